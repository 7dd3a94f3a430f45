#pragma once

#include <QString>
#include <QTest>
#include <QWidget>

namespace pwb::test {

// Types `text` into `widget` key by key, as a user would; "\n" presses Return (QTest::keyClicks
// cannot type a newline character itself).
inline void typeText(QWidget *widget, const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0) {
            QTest::keyClick(widget, Qt::Key_Return);
        }
        QTest::keyClicks(widget, lines.at(i));
    }
}

} // namespace pwb::test
