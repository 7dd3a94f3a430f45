#pragma once

#include <QColor>
#include <QPalette>

namespace pwb::palette {

// True when the palette is a dark one (light text on a dark base): colours below follow it, so
// dark mode never shows light-theme reds and greens on a dark background.
inline bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
}

// Text colour for errors and warnings, readable on the palette's base.
inline QColor errorText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x1c);
}

inline QColor successText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x6e, 0x20);
}

// A tinted background: `tint` mixed into the palette's base at `strength` (0..1).
inline QColor tinted(const QPalette &palette, const QColor &tint, double strength)
{
    const QColor base = palette.color(QPalette::Base);
    auto mix = [strength](int a, int b) { return int(a + (b - a) * strength); };
    return QColor(mix(base.red(), tint.red()), mix(base.green(), tint.green()),
                  mix(base.blue(), tint.blue()));
}

// Secondary text (figures, hints): the text colour halfway to the base.
inline QColor mutedText(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    return QColor((text.red() + base.red()) / 2, (text.green() + base.green()) / 2,
                  (text.blue() + base.blue()) / 2);
}

} // namespace pwb::palette
