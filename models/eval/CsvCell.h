#pragma once

#include <QByteArray>
#include <QString>

namespace pwb {

// Appends `text` as one RFC 4180 cell (UTF-8), quoted when it holds a comma, a quote, CR or LF,
// begins or ends with a space or tab, begins with a byte order mark, or is empty (so that `""`,
// empty text, differs from nothing at all, an unset value).
void appendCsvCell(QByteArray &out, const QString &text);

} // namespace pwb
