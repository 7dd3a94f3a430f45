#include "markdown/MarkdownBlock.h"

#include "markdown/MarkdownLine.h"

#include <QStringList>

namespace pwb {

namespace {

// The lines of `text`, each with its LF (the last one may have none).
QList<QStringView> linesOf(QStringView text)
{
    QList<QStringView> lines;
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype lf = text.indexOf(u'\n', start);
        const qsizetype end = lf < 0 ? text.size() : lf + 1;
        lines.append(text.sliced(start, end - start));
        start = end;
    }
    return lines;
}

QStringView withoutLineEnd(QStringView line)
{
    return line.endsWith(u'\n') ? line.chopped(1) : line;
}

} // namespace

QString MarkdownBlock::language() const
{
    QStringView word = QStringView(fenceInfo).trimmed();
    for (qsizetype i = 0; i < word.size(); ++i) {
        if (word[i].isSpace()) {
            word = word.first(i);
            break;
        }
    }
    // Pandoc-style attributes: ```{.python} or ```{python}
    if (word.startsWith(u'{')) {
        word = word.sliced(1);
    }
    if (word.endsWith(u'}')) {
        word.chop(1);
    }
    if (word.startsWith(u'.')) {
        word = word.sliced(1);
    }
    return word.toString();
}

QString MarkdownBlock::code() const
{
    QList<QStringView> lines = linesOf(source);
    QString code;
    if (kind == Kind::FencedCode) {
        if (lines.isEmpty()) {
            return {};
        }
        const std::optional<markdown::Fence> fence =
            markdown::openingFence(withoutLineEnd(lines.first()));
        if (!fence) {
            return {};
        }
        lines.removeFirst();
        if (!lines.isEmpty() && markdown::closesFence(withoutLineEnd(lines.last()), *fence)) {
            lines.removeLast();
        }
        for (QStringView line : std::as_const(lines)) {
            code += markdown::stripIndent(line, fence->indent);
        }
    } else if (kind == Kind::IndentedCode) {
        while (!lines.isEmpty() && markdown::isBlank(lines.last())) {
            lines.removeLast();
        }
        for (QStringView line : std::as_const(lines)) {
            code += markdown::stripIndent(line, 4);
        }
    }
    return code;
}

} // namespace pwb
