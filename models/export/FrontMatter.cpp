#include "export/FrontMatter.h"

namespace pwb {

FrontMatter FrontMatter::split(const QString &source)
{
    QString text = source;
    if (text.startsWith(QChar(0xfeff))) {
        text.remove(0, 1);
    }
    // Only a file whose every line ends in CRLF is a Windows checkout; a CR elsewhere is text.
    if (text.contains(QLatin1String("\r\n")) &&
        text.count(QLatin1String("\r\n")) == text.count(u'\n')) {
        text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    }
    FrontMatter result;
    // Exactly at the start of a line: an indented "---" is text inside a YAML block.
    const auto isDelimiter = [](QStringView line) {
        while (line.endsWith(u' ') || line.endsWith(u'\t')) {
            line.chop(1);
        }
        return line == u"---";
    };
    const qsizetype firstEnd = text.indexOf(u'\n');
    if (firstEnd < 0 || !isDelimiter(QStringView(text).left(firstEnd))) {
        result.body = text;
        result.bodyFirstLine = 1;
        return result;
    }
    result.found = true;
    result.yamlFirstLine = 2;
    qsizetype start = firstEnd + 1;
    int line = 2;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        const bool last = end < 0;
        if (last) {
            end = text.size();
        }
        if (isDelimiter(QStringView(text).mid(start, end - start))) {
            result.yaml = text.mid(firstEnd + 1, start - firstEnd - 1);
            result.closingLine = line;
            result.body = last ? QString() : text.mid(end + 1);
            result.bodyFirstLine = line + 1;
            return result;
        }
        if (last) {
            break;
        }
        start = end + 1;
        ++line;
    }
    result.yaml = text.mid(firstEnd + 1);
    return result;
}

} // namespace pwb
