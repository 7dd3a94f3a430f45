#include "editor/TemplateHighlighter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>
#include <QPalette>
#include <QRegularExpression>

namespace pwb {

KSyntaxHighlighting::Repository &TemplateHighlighter::repository()
{
    static KSyntaxHighlighting::Repository instance;
    return instance;
}

TemplateHighlighter::TemplateHighlighter(QTextDocument *document)
    : KSyntaxHighlighting::SyntaxHighlighter(document)
{
    adaptToPalette(QPalette());
    setDefinition(repository().definitionForName(QStringLiteral("Markdown")));
}

void TemplateHighlighter::adaptToPalette(const QPalette &palette)
{
    setTheme(repository().themeForPalette(palette));
    const bool dark = palette.color(QPalette::Base).lightness() < 128;

    m_tagFormat = QTextCharFormat();
    m_tagFormat.setForeground(dark ? QColor(0x7d, 0xc4, 0xff) : QColor(0x00, 0x5c, 0xc5));
    m_tagFormat.setBackground(dark ? QColor(0x1d, 0x35, 0x50) : QColor(0xe3, 0xf0, 0xff));
    m_tagFormat.setFontWeight(QFont::DemiBold);

    m_commentFormat = QTextCharFormat();
    m_commentFormat.setForeground(palette.color(QPalette::PlaceholderText));
    m_commentFormat.setFontItalic(true);

    rehighlight();
}

void TemplateHighlighter::highlightBlock(const QString &text)
{
    KSyntaxHighlighting::SyntaxHighlighter::highlightBlock(text);

    // Tags on one line; the Mustache parser in models/ is what reports malformed templates.
    static const QRegularExpression tag(QStringLiteral(R"(\{\{\{?\s*([!#/^>&]?)[^{}]*\}?\}\})"));
    for (auto it = tag.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const bool comment = match.captured(1) == QLatin1String("!");
        setFormat(int(match.capturedStart()), int(match.capturedLength()),
                  comment ? m_commentFormat : m_tagFormat);
    }
}

} // namespace pwb
