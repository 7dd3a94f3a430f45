#pragma once

#include <QColor>
#include <QPalette>

namespace pwb {

// The tints of a diff, mixed from the palette's base so that they suit a dark theme as well as a
// light one: a fixed light pink under the palette's light text would be unreadable on dark.
struct DiffColours
{
    QColor removedWord;
    QColor insertedWord;
    QColor removedLine;
    QColor insertedLine;
    QColor header;
    QColor muted; // text that is a hint, not content

    static QColor blend(const QColor &from, const QColor &to, double amount)
    {
        const auto mix = [amount](int a, int b) { return int(a + (b - a) * amount + 0.5); };
        return QColor(mix(from.red(), to.red()), mix(from.green(), to.green()),
                      mix(from.blue(), to.blue()));
    }

    static DiffColours from(const QPalette &palette)
    {
        const QColor base = palette.color(QPalette::Base);
        const QColor text = palette.color(QPalette::Text);
        // On a dark base a tint needs more of the colour to be seen at all.
        const bool dark = base.lightness() < text.lightness();
        const double word = dark ? 0.45 : 0.30;
        const double line = dark ? 0.18 : 0.10;
        const QColor red(220, 50, 47);
        const QColor green(40, 167, 69);
        DiffColours colours;
        colours.removedWord = blend(base, red, word);
        colours.insertedWord = blend(base, green, word);
        colours.removedLine = blend(base, red, line);
        colours.insertedLine = blend(base, green, line);
        colours.header = blend(base, text, dark ? 0.14 : 0.07);
        colours.muted = blend(base, text, 0.55);
        return colours;
    }
};

} // namespace pwb
