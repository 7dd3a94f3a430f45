#pragma once

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>
#include <QHash>
#include <QList>
#include <QTextCharFormat>

namespace KSyntaxHighlighting {
class Repository;
}

namespace pwb {

// Highlights code one line at a time, in order, for code that is written into a document once
// (a reply's code block): the formats are computed as the lines arrive instead of by a
// QSyntaxHighlighter that would re-highlight whenever the document changes.
class CodeHighlighter : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    struct Span
    {
        int start = 0;
        int length = 0;
        QTextCharFormat format;
    };

    // `language` as written after a code fence: a definition name in any case ("python",
    // "C++"), an alias or a file extension ("py", "sh", "ts"). No definition: no spans.
    CodeHighlighter(const KSyntaxHighlighting::Repository &repository, const QString &language,
                    const KSyntaxHighlighting::Theme &theme);

    bool hasDefinition() const { return definition().isValid(); }
    // The formats of the next line (without its line end).
    QList<Span> nextLine(QStringView line);

    static KSyntaxHighlighting::Definition
    definitionFor(const KSyntaxHighlighting::Repository &repository, const QString &language);

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    KSyntaxHighlighting::State m_state;
    QList<Span> m_spans;
    QHash<int, QTextCharFormat> m_formats; // by KSyntaxHighlighting::Format::id()
};

} // namespace pwb
