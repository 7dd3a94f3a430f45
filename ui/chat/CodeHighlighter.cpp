#include "chat/CodeHighlighter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>

namespace pwb {

namespace {

// Names models write after a fence that are neither a definition name nor an extension.
QString aliasFor(const QString &language)
{
    static const QHash<QString, QString> aliases {
        {QStringLiteral("shell"), QStringLiteral("Bash")},
        {QStringLiteral("console"), QStringLiteral("Bash")},
        {QStringLiteral("zsh"), QStringLiteral("Zsh")},
        {QStringLiteral("c++"), QStringLiteral("C++")},
        {QStringLiteral("objc"), QStringLiteral("Objective-C")},
        {QStringLiteral("golang"), QStringLiteral("Go")},
        {QStringLiteral("js"), QStringLiteral("JavaScript")},
        {QStringLiteral("ts"), QStringLiteral("TypeScript")},
        {QStringLiteral("jsonl"), QStringLiteral("JSON")},
        {QStringLiteral("dockerfile"), QStringLiteral("Dockerfile")},
        {QStringLiteral("text"), QString()},
        {QStringLiteral("plaintext"), QString()},
    };
    return aliases.value(language.toLower(), language);
}

} // namespace

KSyntaxHighlighting::Definition
CodeHighlighter::definitionFor(const KSyntaxHighlighting::Repository &repository,
                               const QString &language)
{
    const QString name = aliasFor(language);
    if (name.isEmpty()) {
        return {};
    }
    KSyntaxHighlighting::Definition definition = repository.definitionForName(name);
    if (definition.isValid()) {
        return definition;
    }
    // Looked up once per name: the definitions are scanned, not loaded.
    static QHash<QString, QString> byLowerName;
    if (byLowerName.isEmpty()) {
        for (const KSyntaxHighlighting::Definition &each : repository.definitions()) {
            byLowerName.insert(each.name().toLower(), each.name());
        }
    }
    const QString exact = byLowerName.value(name.toLower());
    if (!exact.isEmpty()) {
        return repository.definitionForName(exact);
    }
    return repository.definitionForFileName(QStringLiteral("code.") + name);
}

CodeHighlighter::CodeHighlighter(const KSyntaxHighlighting::Repository &repository,
                                 const QString &language, const KSyntaxHighlighting::Theme &theme)
{
    setTheme(theme);
    setDefinition(definitionFor(repository, language));
}

QList<CodeHighlighter::Span> CodeHighlighter::nextLine(QStringView line)
{
    m_spans.clear();
    if (hasDefinition()) {
        m_state = highlightLine(line, m_state);
    }
    return std::exchange(m_spans, {});
}

void CodeHighlighter::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    if (length <= 0 || format.isDefaultTextStyle(theme())) {
        return; // the block's own format already is the default text style
    }
    auto cached = m_formats.constFind(format.id());
    if (cached == m_formats.constEnd()) {
        QTextCharFormat charFormat;
        if (format.hasTextColor(theme())) {
            charFormat.setForeground(format.textColor(theme()));
        }
        if (format.hasBackgroundColor(theme())) {
            charFormat.setBackground(format.backgroundColor(theme()));
        }
        if (format.isBold(theme())) {
            charFormat.setFontWeight(QFont::Bold);
        }
        if (format.isItalic(theme())) {
            charFormat.setFontItalic(true);
        }
        if (format.isUnderline(theme())) {
            charFormat.setFontUnderline(true);
        }
        if (format.isStrikeThrough(theme())) {
            charFormat.setFontStrikeOut(true);
        }
        cached = m_formats.insert(format.id(), charFormat);
    }
    m_spans.append(Span {offset, length, *cached});
}

} // namespace pwb
