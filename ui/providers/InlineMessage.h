#pragma once

#include <QColor>
#include <QLabel>
#include <QPalette>

namespace pwb {

// A label for a message shown in place, next to what it is about (never a modal box): errors
// in a red that reads on light and dark palettes, other notes in the normal text colour.
inline QLabel *makeInlineMessage(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

inline void showInlineMessage(QLabel *label, const QString &text, bool isError)
{
    QPalette palette = label->parentWidget() ? label->parentWidget()->palette() : QPalette();
    if (isError) {
        palette.setColor(QPalette::WindowText, QColor(0xd6, 0x3a, 0x2f));
    }
    label->setPalette(palette);
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace pwb
