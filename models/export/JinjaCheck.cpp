#include "export/JinjaCheck.h"

#include <QRegularExpression>

namespace pwb {

namespace {

QString shortened(const QString &construct)
{
    const QString oneLine = construct.simplified();
    return oneLine.size() <= 60 ? oneLine : oneLine.left(57) + QLatin1String("...");
}

QString controlFlowHint(const QString &statement)
{
    static const QRegularExpression ifStatement(
        QStringLiteral("^(?:el)?if\\s+(?:not\\s+)?([A-Za-z_][\\w.]*)\\s*$"));
    static const QRegularExpression forStatement(
        QStringLiteral("^for\\s+\\w+\\s+in\\s+([A-Za-z_][\\w.]*)\\s*$"));
    if (const auto match = ifStatement.match(statement); match.hasMatch()) {
        const QString name = match.captured(1);
        return JinjaCheck::tr("Mustache sections {{#%1}}…{{/%1}} (and {{^%1}}…{{/%1}} for "
                              "\"not\") do the same")
            .arg(name);
    }
    if (const auto match = forStatement.match(statement); match.hasMatch()) {
        const QString name = match.captured(1);
        return JinjaCheck::tr("a Mustache section {{#%1}}…{{/%1}} repeats for each item, with "
                              "{{.}} the item")
            .arg(name);
    }
    if (statement.startsWith(QLatin1String("end")) || statement == QLatin1String("else")) {
        return JinjaCheck::tr("it belongs to a block that Mustache writes as a section");
    }
    return JinjaCheck::tr("Mustache has no such statement");
}

} // namespace

void JinjaCheck::check(const QString &text, int firstLine, const QString &field, ReadLog &log)
{
    const auto position = [&](qsizetype offset) {
        const int line = int(text.left(offset).count(u'\n'));
        const qsizetype lineStart = text.lastIndexOf(u'\n', offset - 1) + 1;
        return std::pair {firstLine + line, int(offset - lineStart) + 1};
    };
    struct Finding
    {
        qsizetype offset;
        QString message;
    };
    QList<Finding> findings;

    static const QRegularExpression statement(QStringLiteral("\\{%-?\\s*(.*?)\\s*-?%\\}"),
                                              QRegularExpression::DotMatchesEverythingOption);
    for (auto it = statement.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        findings.append({match.capturedStart(),
                         tr("unsupported Jinja control flow '%1' (%2)")
                             .arg(shortened(match.captured(0)),
                                  controlFlowHint(match.captured(1).simplified()))});
    }
    static const QRegularExpression comment(QStringLiteral("\\{#.*?#\\}"),
                                            QRegularExpression::DotMatchesEverythingOption);
    for (auto it = comment.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        findings.append({match.capturedStart(),
                         tr("unsupported Jinja comment '%1' (a Mustache comment is {{! … }})")
                             .arg(shortened(match.captured(0)))});
    }
    static const QRegularExpression expression(QStringLiteral("\\{\\{(.*?)\\}\\}"),
                                               QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression name(
        QStringLiteral("^\\s*[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*\\s*$"));
    for (auto it = expression.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString inner = match.captured(1);
        if (name.match(inner).hasMatch()) {
            continue;
        }
        QString message;
        if (inner.startsWith(u'-') || inner.endsWith(u'-')) {
            message = tr("unsupported Jinja whitespace control '%1' (Mustache keeps the text "
                         "around a tag as it is)");
        } else if (inner.contains(u'|')) {
            message = tr("unsupported Jinja filter '%1' (Mustache inserts values as they are: "
                         "{{name}})");
        } else {
            message = tr("unsupported Jinja expression '%1' (Mustache inserts variables only: "
                         "{{name}} or {{a.b}})");
        }
        findings.append({match.capturedStart(), message.arg(shortened(match.captured(0)))});
    }
    std::sort(findings.begin(), findings.end(),
              [](const Finding &a, const Finding &b) { return a.offset < b.offset; });
    for (const Finding &finding : std::as_const(findings)) {
        const auto [line, column] = position(finding.offset);
        log.error(line, column, field, finding.message);
    }
}

} // namespace pwb
