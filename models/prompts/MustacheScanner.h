#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace pwb {

enum class MustacheTagKind : quint8 {
    Variable, // {{name}}
    Unescaped, // {{{name}}} or {{&name}}
    Section, // {{#name}}
    Inverted, // {{^name}}
    Close, // {{/name}}
    Partial, // {{>name}}
    Comment, // {{! text}}
    Delimiters, // {{=<% %>=}}
    Invalid, // a tag the parser rejects: never closed, a bad name, bad delimiters
};

// One tag as written. `name` is trimmed: a variable's or section's name ("." for the current
// item), a partial's name, a comment's text, or a delimiter tag's two new delimiters.
struct MustacheTag
{
    MustacheTagKind kind = MustacheTagKind::Invalid;
    qsizetype offset = 0; // of the opening delimiter
    qsizetype length = 0; // through the closing delimiter
    QStringView name;
};

// Finds the tags of a template one after the other, following {{=...=}} delimiter changes. It
// knows nothing of sections or lines: the parser builds on it, and the editor's highlighting and
// variables panel use it directly because it never gives up on malformed input.
class MustacheScanner
{
public:
    explicit MustacheScanner(QStringView text);

    // The next tag at or after position(), or nullopt at the end of the text. A malformed tag
    // comes back as Invalid, problem() says why, and scanning goes on after it.
    std::optional<MustacheTag> next();
    QString problem() const { return m_problem; }

    // Where the text after the last tag starts; the parser moves it past standalone lines.
    qsizetype position() const { return m_position; }
    void skipTo(qsizetype position) { m_position = position; }

private:
    MustacheTag invalid(qsizetype offset, qsizetype length, QString problem);
    MustacheTag unclosed(qsizetype offset, QStringView missing, qsizetype limit);
    MustacheTag named(MustacheTagKind kind, qsizetype open, qsizetype contentStart, qsizetype end,
                      QStringView close);
    struct Search
    {
        qsizetype from = -1;
        qsizetype found = -1;
    };
    qsizetype find(QStringView needle, qsizetype from, Search &last);
    bool setDelimiters(QStringView spec);

    QStringView m_text;
    QString m_open = QStringLiteral("{{");
    QString m_close = QStringLiteral("}}");
    QString m_problem;
    qsizetype m_position = 0;
    // The last search for each closing delimiter (plain, after '}', after '='), so that a text
    // full of unclosed tags is still scanned in linear time.
    Search m_closeSearch;
    Search m_tripleCloseSearch;
    Search m_delimitersCloseSearch;
};

// Every tag in `text` with its kind, for highlighting and underlining; never fails.
struct MustacheTagSpan
{
    qsizetype offset = 0;
    qsizetype length = 0;
    MustacheTagKind kind = MustacheTagKind::Invalid;
    bool operator==(const MustacheTagSpan &) const = default;
};
QList<MustacheTagSpan> mustacheTagSpans(QStringView text);

} // namespace pwb
