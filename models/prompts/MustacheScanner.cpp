#include "prompts/MustacheScanner.h"

#include "prompts/MustacheError.h"

namespace pwb {

namespace {

MustacheTagKind kindOfSigil(QChar sigil)
{
    switch (sigil.unicode()) {
    case u'#':
        return MustacheTagKind::Section;
    case u'^':
        return MustacheTagKind::Inverted;
    case u'/':
        return MustacheTagKind::Close;
    case u'>':
        return MustacheTagKind::Partial;
    case u'&':
        return MustacheTagKind::Unescaped;
    case u'!':
        return MustacheTagKind::Comment;
    case u'=':
        return MustacheTagKind::Delimiters;
    default:
        return MustacheTagKind::Variable;
    }
}

} // namespace

MustacheScanner::MustacheScanner(QStringView text)
    : m_text(text)
{ }

std::optional<MustacheTag> MustacheScanner::next()
{
    const qsizetype open = m_text.indexOf(m_open, m_position);
    if (open < 0) {
        return std::nullopt;
    }
    const qsizetype afterOpen = open + m_open.size();
    if (afterOpen < m_text.size() && m_text[afterOpen] == u'{') {
        const QString close = u'}' + m_close;
        const qsizetype end = find(close, afterOpen + 1, m_tripleCloseSearch);
        if (end < 0) {
            return unclosed(open, close, m_text.size());
        }
        return named(MustacheTagKind::Unescaped, open, afterOpen + 1, end, close);
    }

    // Whitespace before the sigil is allowed, as the editor's highlighting has it.
    qsizetype sigil = afterOpen;
    while (sigil < m_text.size() && m_text[sigil].isSpace()) {
        ++sigil;
    }
    const MustacheTagKind kind =
        sigil < m_text.size() ? kindOfSigil(m_text[sigil]) : MustacheTagKind::Variable;
    const qsizetype contentStart = kind == MustacheTagKind::Variable ? afterOpen : sigil + 1;

    if (kind == MustacheTagKind::Delimiters) {
        const QString close = u'=' + m_close;
        const qsizetype end = find(close, contentStart, m_delimitersCloseSearch);
        if (end < 0) {
            return unclosed(open, close, m_text.size());
        }
        m_position = end + close.size();
        const MustacheTag tag {kind, open, m_position - open,
                               m_text.sliced(contentStart, end - contentStart).trimmed()};
        if (!setDelimiters(tag.name)) {
            return invalid(open, tag.length,
                           MustacheError::tr("%1 does not set two delimiters: write them with a "
                                             "space between and no \"=\" in them, e.g. "
                                             "{{=<% %>=}}")
                               .arg(MustacheError::quoteTag(m_text, open, tag.length)));
        }
        return tag;
    }

    const qsizetype end = find(m_close, contentStart, m_closeSearch);
    if (end < 0) {
        return unclosed(open, m_close, m_text.size());
    }
    if (kind == MustacheTagKind::Comment) {
        m_position = end + m_close.size();
        return MustacheTag {kind, open, m_position - open,
                            m_text.sliced(contentStart, end - contentStart).trimmed()};
    }
    return named(kind, open, contentStart, end, m_close);
}

MustacheTag MustacheScanner::named(MustacheTagKind kind, qsizetype open, qsizetype contentStart,
                                   qsizetype end, QStringView close)
{
    const QStringView content = m_text.sliced(contentStart, end - contentStart);
    // "{{name ... {{other}}": the first tag was left open, and the second is a tag of its own.
    const qsizetype nextOpen = content.indexOf(m_open);
    if (nextOpen >= 0) {
        return unclosed(open, close, contentStart + nextOpen);
    }
    m_position = end + close.size();
    const MustacheTag tag {kind, open, m_position - open, content.trimmed()};
    const QString quoted = MustacheError::quoteTag(m_text, open, tag.length);
    if (tag.name.isEmpty()) {
        return invalid(open, tag.length, MustacheError::tr("tag %1 has no name").arg(quoted));
    }
    for (QChar c : tag.name) {
        if (c.isSpace()) {
            return invalid(open, tag.length,
                           MustacheError::tr("tag %1: a name cannot contain spaces (\"%2\")")
                               .arg(quoted, tag.name.toString()));
        }
    }
    // "." is the current item; otherwise a dotted name needs every part.
    if (kind != MustacheTagKind::Partial && tag.name != u"." &&
        (tag.name.startsWith(u'.') || tag.name.endsWith(u'.') || tag.name.contains(u".."))) {
        return invalid(open, tag.length,
                       MustacheError::tr("tag %1: the name \"%2\" has an empty part between dots")
                           .arg(quoted, tag.name.toString()));
    }
    return tag;
}

MustacheTag MustacheScanner::invalid(qsizetype offset, qsizetype length, QString problem)
{
    m_problem = std::move(problem);
    m_position = offset + length;
    return {MustacheTagKind::Invalid, offset, length, m_text.sliced(offset, length)};
}

MustacheTag MustacheScanner::unclosed(qsizetype offset, QStringView missing, qsizetype limit)
{
    // What the user most likely meant to be the tag: up to the end of its line or the next tag.
    qsizetype end = offset + m_open.size();
    while (end < limit && m_text[end] != u'\n' && !m_text.sliced(end).startsWith(m_open)) {
        ++end;
    }
    const qsizetype length = end - offset;
    return invalid(offset, length,
                   MustacheError::tr("tag %1 is never closed: \"%2\" is missing")
                       .arg(MustacheError::quoteTag(m_text, offset, length), missing.toString()));
}

qsizetype MustacheScanner::find(QStringView needle, qsizetype from, Search &last)
{
    // Nothing lies between the last search's start and what it found: no need to look again.
    if (last.from >= 0 && last.from <= from && (last.found < 0 || from <= last.found)) {
        return last.found;
    }
    last = {from, m_text.indexOf(needle, from)};
    return last.found;
}

bool MustacheScanner::setDelimiters(QStringView spec)
{
    qsizetype space = 0;
    while (space < spec.size() && !spec[space].isSpace()) {
        ++space;
    }
    const QStringView open = spec.first(space);
    const QStringView close = spec.sliced(space).trimmed();
    auto usable = [](QStringView delimiter) {
        if (delimiter.isEmpty() || delimiter.contains(u'=')) {
            return false;
        }
        for (QChar c : delimiter) {
            if (c.isSpace()) {
                return false;
            }
        }
        return true;
    };
    if (!usable(open) || !usable(close)) {
        return false;
    }
    m_open = open.toString();
    m_close = close.toString();
    m_closeSearch = m_tripleCloseSearch = m_delimitersCloseSearch = {};
    return true;
}

QList<MustacheTagSpan> mustacheTagSpans(QStringView text)
{
    QList<MustacheTagSpan> spans;
    MustacheScanner scanner(text);
    while (const std::optional<MustacheTag> tag = scanner.next()) {
        spans.append({tag->offset, tag->length, tag->kind});
    }
    return spans;
}

} // namespace pwb
