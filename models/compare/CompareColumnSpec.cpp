#include "compare/CompareColumnSpec.h"

#include "prompts/PromptParameters.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pwb {

PromptContent CompareColumnSpec::applyTo(const PromptContent &base) const
{
    PromptContent content = base;
    if (!providerId.isEmpty()) {
        content.providerId = providerId;
    }
    if (!model.isEmpty()) {
        content.model = model;
    }
    for (auto it = parameterOverrides.constBegin(); it != parameterOverrides.constEnd(); ++it) {
        if (it.value().isNull()) {
            content.parameters.remove(it.key());
        } else {
            content.parameters.insert(it.key(), it.value());
        }
    }
    return content;
}

QString CompareColumnSpec::label() const
{
    QStringList parts;
    parts.append(promptVersionId ? tr("v%1").arg(versionNumber) : tr("editor"));
    if (!model.isEmpty()) {
        parts.append(model);
    }
    if (!parameterOverrides.isEmpty()) {
        parts.append(formatOverrides(parameterOverrides));
    }
    return parts.join(QStringLiteral(" · "));
}

namespace {

// Splits at spaces and commas outside quotes and brackets, so `stop=["a, b"]` stays whole.
QStringList splitPairs(const QString &text)
{
    QStringList pairs;
    QString current;
    int depth = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            current += c;
            if (c == u'\\' && i + 1 < text.size()) {
                current += text.at(++i);
            } else if (c == u'"') {
                quoted = false;
            }
            continue;
        }
        if (c == u'"') {
            quoted = true;
        } else if (c == u'[' || c == u'{') {
            ++depth;
        } else if ((c == u']' || c == u'}') && depth > 0) {
            --depth;
        } else if (depth == 0 && c.isSpace() &&
                   (current.endsWith(u'=') || text.mid(i).trimmed().startsWith(u'='))) {
            continue; // "temperature = 0.2": spaces around '=' join, they do not split
        } else if (depth == 0 && (c.isSpace() || c == u',')) {
            if (!current.isEmpty()) {
                pairs.append(current);
                current.clear();
            }
            continue;
        }
        current += c;
    }
    if (!current.isEmpty()) {
        pairs.append(current);
    }
    return pairs;
}

QJsonValue parseValue(const QString &text)
{
    // Wrapped in an array, so a bare number or string parses as a JSON value.
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]"));
    if (document.isArray() && document.array().size() == 1) {
        return document.array().first();
    }
    return QJsonValue(text);
}

} // namespace

Result<QJsonObject> CompareColumnSpec::parseOverrides(const QString &text)
{
    QJsonObject overrides;
    for (const QString &pair : splitPairs(text)) {
        const qsizetype equals = pair.indexOf(u'=');
        if (equals <= 0) {
            return Result<QJsonObject>::failure(
                tr("\"%1\" is not name=value (for example temperature=0.2)").arg(pair));
        }
        overrides.insert(pair.left(equals).trimmed(), parseValue(pair.mid(equals + 1).trimmed()));
    }
    QJsonObject checked = overrides;
    for (auto it = checked.begin(); it != checked.end();) {
        it = it.value().isNull() ? checked.erase(it) : std::next(it);
    }
    const QList<ParameterProblem> problems = PromptParameters::check(checked);
    if (!problems.isEmpty()) {
        QStringList messages;
        for (const ParameterProblem &problem : problems) {
            messages.append(problem.message);
        }
        return Result<QJsonObject>::failure(messages.join(u'\n'));
    }
    return overrides;
}

QString CompareColumnSpec::formatOverrides(const QJsonObject &overrides)
{
    QStringList pairs;
    for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it) {
        const QByteArray json =
            QJsonDocument(QJsonArray {it.value()}).toJson(QJsonDocument::Compact);
        pairs.append(it.key() + u'=' + QString::fromUtf8(json.mid(1, json.size() - 2)));
    }
    return pairs.join(u' ');
}

QList<CompareColumnSpec> CompareColumnSpec::grid(const QList<CompareColumnSpec> &versions,
                                                 const QList<CompareColumnSpec> &models)
{
    QList<CompareColumnSpec> cells;
    for (const CompareColumnSpec &version : versions) {
        for (const CompareColumnSpec &model : models) {
            CompareColumnSpec cell = model;
            cell.promptVersionId = version.promptVersionId;
            cell.versionNumber = version.versionNumber;
            cells.append(cell);
        }
    }
    return cells;
}

} // namespace pwb
