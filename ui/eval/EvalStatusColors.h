#pragma once

#include <QColor>
#include <QString>

namespace pwb {

// The tint of an eval verdict — green pass, red fail, amber error — mixed into a cell's
// background by palette::tinted, so that it suits a dark theme as well as a light one. Invalid
// for anything else (no result yet).
inline QColor evalStatusTint(const QString &status)
{
    if (status == u"pass") {
        return QColor(40, 167, 69);
    }
    if (status == u"fail") {
        return QColor(220, 50, 47);
    }
    if (status == u"error") {
        return QColor(230, 160, 0);
    }
    return {};
}

} // namespace pwb
