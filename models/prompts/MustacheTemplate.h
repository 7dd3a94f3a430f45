#pragma once

#include "core/Result.h"
#include "prompts/MustacheError.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pwb {

// One step of a parsed template. Sections hold no children: their body is the tokens up to
// `end`, so rendering walks one flat list.
struct MustacheToken
{
    enum class Kind : quint8 {
        Text,
        Variable, // HTML-escaped when the render asks for it
        Unescaped,
        Section,
        Inverted,
        Partial,
    };
    Kind kind = Kind::Text;
    qsizetype offset = 0; // Text: the literal is source()[offset, offset + length)
    qsizetype length = 0; // otherwise: the tag's place, for errors found while rendering
    QStringList path; // Variable, Unescaped, Section, Inverted: the name split at dots; empty: "."
    QString name; // Partial: the partial's name
    QString indent; // Partial: the whitespace before a standalone partial tag
    qsizetype end = 0; // Section, Inverted: the index of the first token after the section
};

// A template parsed once (mustache spec v1.x: interpolation with dotted names and ".", sections,
// inverted sections, comments, partials, set delimiters, standalone lines) and then rendered
// any number of times by renderMustache(). Lambdas are not supported: the data is JSON, which
// has no functions.
class MustacheTemplate
{
public:
    // Fails on the first malformed tag or section, with its line and column.
    static Result<MustacheTemplate, MustacheError> parse(QString source);
    // A partial's text, each line indented by `indent` first, as the spec asks of a partial tag
    // that stands alone on its line. Errors still point into the text as written.
    static Result<MustacheTemplate, MustacheError> parseIndented(QString source,
                                                                 const QString &indent);

    // Deeper nested sections are an error: rendering recurses once per level.
    static constexpr int kMaxSectionDepth = 100;

    const QString &source() const { return m_source; }
    const QList<MustacheToken> &tokens() const { return m_tokens; }
    // The error at [offset, offset + length) of source(), placed in the text as written.
    MustacheError errorAt(qsizetype offset, qsizetype length, QString message) const;

private:
    MustacheTemplate() = default;
    static Result<MustacheTemplate, MustacheError> parseSource(MustacheTemplate parsed);

    QString m_source;
    QList<MustacheToken> m_tokens;
    // parseIndented(): the text as written, and the width of the indent added to its lines.
    QString m_unindented;
    qsizetype m_indentWidth = 0;
};

} // namespace pwb
