#include "prompts/MustacheTemplate.h"

#include "prompts/MustacheScanner.h"

namespace pwb {

namespace {

using Kind = MustacheToken::Kind;

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

// Tags that output nothing vanish with their line when nothing but blanks shares it.
bool canStandAlone(MustacheTagKind kind)
{
    return kind != MustacheTagKind::Variable && kind != MustacheTagKind::Unescaped;
}

// The line of a tag that stands alone on it, [start, end) with its line break; `textStart` is
// where the text after the previous tag starts (a tag before it on the same line means no).
std::optional<std::pair<qsizetype, qsizetype>> standaloneLine(QStringView text, qsizetype textStart,
                                                              const MustacheTag &tag)
{
    qsizetype start = tag.offset;
    while (start > textStart && isBlank(text[start - 1])) {
        --start;
    }
    if (start > 0 && text[start - 1] != u'\n') {
        return std::nullopt;
    }
    qsizetype end = tag.offset + tag.length;
    while (end < text.size() && isBlank(text[end])) {
        ++end;
    }
    if (end == text.size()) {
        return std::pair(start, end);
    }
    if (text[end] == u'\n') {
        return std::pair(start, end + 1);
    }
    if (text[end] == u'\r' && end + 1 < text.size() && text[end + 1] == u'\n') {
        return std::pair(start, end + 2);
    }
    return std::nullopt;
}

QStringList pathOf(QStringView name)
{
    QStringList path;
    if (name != u".") {
        for (QStringView part : name.tokenize(u'.')) {
            path.append(part.toString());
        }
    }
    return path;
}

// Blank lines stay blank: an indented empty line would only add trailing spaces.
QString indentLines(QStringView text, QStringView indent)
{
    QString indented;
    indented.reserve(text.size() + text.count(u'\n') * indent.size() + indent.size());
    qsizetype lineStart = 0;
    while (lineStart < text.size()) {
        const qsizetype lineBreak = text.indexOf(u'\n', lineStart);
        const qsizetype lineEnd = lineBreak < 0 ? text.size() : lineBreak + 1;
        const QStringView line = text.sliced(lineStart, lineEnd - lineStart);
        if (line != u"\n" && line != u"\r\n") {
            indented += indent;
        }
        indented += line;
        lineStart = lineEnd;
    }
    return indented;
}

qsizetype offsetOfLine(QStringView text, int line)
{
    qsizetype offset = 0;
    for (int i = 1; i < line && offset >= 0; ++i) {
        offset = text.indexOf(u'\n', offset);
        offset = offset < 0 ? text.size() : offset + 1;
    }
    return offset;
}

} // namespace

Result<MustacheTemplate, MustacheError> MustacheTemplate::parse(QString source)
{
    MustacheTemplate parsed;
    parsed.m_source = std::move(source);
    return parseSource(std::move(parsed));
}

Result<MustacheTemplate, MustacheError> MustacheTemplate::parseIndented(QString source,
                                                                        const QString &indent)
{
    if (indent.isEmpty()) {
        return parse(std::move(source));
    }
    MustacheTemplate parsed;
    parsed.m_source = indentLines(source, indent);
    parsed.m_unindented = std::move(source);
    parsed.m_indentWidth = indent.size();
    return parseSource(std::move(parsed));
}

Result<MustacheTemplate, MustacheError> MustacheTemplate::parseSource(MustacheTemplate parsed)
{
    const QStringView text = parsed.m_source;
    QList<MustacheToken> &tokens = parsed.m_tokens;
    QList<qsizetype> openSections;
    MustacheScanner scanner(text);
    qsizetype textStart = 0;
    auto failAt = [&](qsizetype offset, qsizetype length, QString message) {
        return Result<MustacheTemplate, MustacheError>::failure(
            parsed.errorAt(offset, length, std::move(message)));
    };
    auto appendText = [&](qsizetype end) {
        if (end > textStart) {
            tokens.append({Kind::Text, textStart, end - textStart, {}, {}, {}, 0});
        }
    };

    while (const std::optional<MustacheTag> tag = scanner.next()) {
        if (tag->kind == MustacheTagKind::Invalid) {
            return failAt(tag->offset, tag->length, scanner.problem());
        }
        qsizetype textEnd = tag->offset;
        QStringView standaloneIndent;
        if (canStandAlone(tag->kind)) {
            if (const auto line = standaloneLine(text, textStart, *tag)) {
                textEnd = line->first;
                standaloneIndent = text.sliced(textEnd, tag->offset - textEnd);
                scanner.skipTo(line->second);
            }
        }
        appendText(textEnd);
        textStart = scanner.position();

        MustacheToken token {Kind::Text, tag->offset, tag->length, {}, {}, {}, 0};
        switch (tag->kind) {
        case MustacheTagKind::Variable:
        case MustacheTagKind::Unescaped:
            token.kind = tag->kind == MustacheTagKind::Variable ? Kind::Variable : Kind::Unescaped;
            token.path = pathOf(tag->name);
            tokens.append(std::move(token));
            break;
        case MustacheTagKind::Section:
        case MustacheTagKind::Inverted:
            if (openSections.size() == kMaxSectionDepth) {
                return failAt(tag->offset, tag->length,
                              MustacheError::tr("section \"%1\" is nested more than %2 "
                                                "sections deep")
                                  .arg(tag->name.toString())
                                  .arg(kMaxSectionDepth));
            }
            token.kind = tag->kind == MustacheTagKind::Section ? Kind::Section : Kind::Inverted;
            token.path = pathOf(tag->name);
            token.name = tag->name.toString();
            openSections.append(tokens.size());
            tokens.append(std::move(token));
            break;
        case MustacheTagKind::Close: {
            if (openSections.isEmpty()) {
                return failAt(tag->offset, tag->length,
                              MustacheError::tr("%1 closes section \"%2\", which is not "
                                                "open")
                                  .arg(MustacheError::quoteTag(text, tag->offset, tag->length),
                                       tag->name.toString()));
            }
            MustacheToken &opener = tokens[openSections.last()];
            if (opener.name != tag->name) {
                return failAt(tag->offset, tag->length,
                              MustacheError::tr("%1 closes section \"%2\", but the open "
                                                "section is \"%3\"")
                                  .arg(MustacheError::quoteTag(text, tag->offset, tag->length),
                                       tag->name.toString(), opener.name));
            }
            opener.end = tokens.size();
            openSections.removeLast();
            break;
        }
        case MustacheTagKind::Partial:
            token.kind = Kind::Partial;
            token.name = tag->name.toString();
            token.indent = standaloneIndent.toString();
            tokens.append(std::move(token));
            break;
        case MustacheTagKind::Comment:
        case MustacheTagKind::Delimiters:
        case MustacheTagKind::Invalid:
            break;
        }
    }
    appendText(text.size());
    if (!openSections.isEmpty()) {
        const MustacheToken &opener = tokens.at(openSections.last());
        return failAt(opener.offset, opener.length,
                      MustacheError::tr("section \"%1\" is never closed").arg(opener.name));
    }
    return parsed;
}

MustacheError MustacheTemplate::errorAt(qsizetype offset, qsizetype length, QString message) const
{
    MustacheError error = MustacheError::at(m_source, offset, length, std::move(message));
    if (m_indentWidth == 0) {
        return error;
    }
    const qsizetype column = std::max(error.column - m_indentWidth, qsizetype(1));
    return MustacheError::at(m_unindented, offsetOfLine(m_unindented, error.line) + column - 1,
                             error.length, error.message);
}

} // namespace pwb
