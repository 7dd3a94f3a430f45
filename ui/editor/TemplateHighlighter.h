#pragma once

#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <QTextCharFormat>

namespace KSyntaxHighlighting {
class Repository;
}

namespace pwb {

// Markdown highlighting from KSyntaxHighlighting with Mustache tags ({{name}}, {{#section}},
// {{/section}}, {{^inverted}}, {{! comment}}) marked on top, because a prompt is Markdown-ish
// prose with template variables in it.
class TemplateHighlighter : public KSyntaxHighlighting::SyntaxHighlighter
{
    Q_OBJECT

public:
    explicit TemplateHighlighter(QTextDocument *document);

    // Picks the light or dark default theme for `palette` and re-highlights. The theme is set
    // before the definition: the other way round leaves the text invisible until a rehighlight.
    void adaptToPalette(const QPalette &palette);

    // The shared repository of syntax definitions and themes (loaded once, ~400 definitions).
    static KSyntaxHighlighting::Repository &repository();

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_tagFormat;
    QTextCharFormat m_commentFormat;
};

} // namespace pwb
