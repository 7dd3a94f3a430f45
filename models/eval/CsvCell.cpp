#include "eval/CsvCell.h"

namespace pwb {

namespace {

bool needsQuotes(const QString &text)
{
    if (text.isEmpty()) {
        return true; // `""` is empty text; nothing at all is an unset value
    }
    const auto isSpace = [](QChar c) { return c == u' ' || c == u'\t'; };
    // A byte order mark at the start of the file would be taken for one and dropped.
    if (isSpace(text.front()) || isSpace(text.back()) || text.front() == QChar(0xFEFF)) {
        return true;
    }
    for (const QChar c : text) {
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n') {
            return true;
        }
    }
    return false;
}

} // namespace

void appendCsvCell(QByteArray &out, const QString &text)
{
    if (!needsQuotes(text)) {
        out += text.toUtf8();
        return;
    }
    out += '"';
    out += text.toUtf8().replace('"', "\"\"");
    out += '"';
}

} // namespace pwb
