#include "storage/RunDetails.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace pwb {

Result<RunDetails> RunDetails::load(const Database &database, qint64 runId)
{
    std::optional<StoredRun> run = StoredRun::load(database, runId);
    if (!run) {
        return Result<RunDetails>::failure(tr("Run %1 is not in this workspace.").arg(runId));
    }
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT r.cost_usd, p.id, p.name, v.number FROM runs r "
                                 "LEFT JOIN prompt_versions v ON v.id = r.prompt_version_id "
                                 "LEFT JOIN prompts p ON p.id = v.prompt_id WHERE r.id = ?"));
    query.addBindValue(runId);
    if (!query.exec() || !query.next()) {
        return Result<RunDetails>::failure(
            tr("Cannot read run %1: %2").arg(runId).arg(query.lastError().databaseText()));
    }
    RunDetails details;
    details.run = std::move(*run);
    if (!query.value(0).isNull()) {
        details.costUsd = query.value(0).toDouble();
    }
    details.promptId = idFromSql(query.value(1));
    details.promptName = query.value(2).toString();
    details.versionNumber = query.value(3).toInt();
    return details;
}

QString RunDetails::promptTitle() const
{
    if (promptId) {
        return QStringLiteral("%1@%2").arg(promptName).arg(versionNumber);
    }
    // Imported from another workspace without its version: the snapshot names where it came from
    // (RunsJsonlImport).
    const QJsonObject source = run.snapshot.value(QLatin1String("source")).toObject();
    if (const QString name = source.value(QLatin1String("prompt")).toString(); !name.isEmpty()) {
        return QStringLiteral("%1@%2").arg(name).arg(
            source.value(QLatin1String("version")).toInt());
    }
    return tr("(unsaved prompt)"); // the table's word for it too
}

QString RunDetails::requestText() const
{
    const QJsonObject &request = run.request;
    QStringList lines;
    lines.append(QStringLiteral("POST ") + request.value(QStringLiteral("url")).toString());
    const QJsonObject headers = request.value(QStringLiteral("headers")).toObject();
    for (auto it = headers.constBegin(); it != headers.constEnd(); ++it) {
        lines.append(it.key() + QStringLiteral(": ") + it.value().toString());
    }
    lines.append(QString());
    const QJsonValue body = request.value(QStringLiteral("body"));
    if (body.isObject()) {
        lines.append(
            QString::fromUtf8(QJsonDocument(body.toObject()).toJson(QJsonDocument::Indented))
                .trimmed());
    } else {
        lines.append(body.toString());
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace pwb
