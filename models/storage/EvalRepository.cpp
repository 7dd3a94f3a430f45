#include "storage/EvalRepository.h"

#include "storage/Database.h"
#include "storage/SqlStatementCache.h"
#include "storage/SqlTransaction.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace pwb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("pwb::EvalRepository", text);
}
} // namespace

EvalRepository::EvalRepository(Database &database)
    : m_database(database)
    , m_statements(std::make_shared<SqlStatementCache>(database.connection()))
{ }

Result<qint64> EvalRepository::createEvalRun(qint64 datasetId, const QString &name,
                                             const QJsonObject &config)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO eval_runs (dataset_id, name, config, created_at) "
                                 "VALUES (?, ?, ?, ?) RETURNING id"));
    query.addBindValue(datasetId);
    query.addBindValue(sqlText(name));
    query.addBindValue(QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact)));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec() || !query.next()) {
        return Result<qint64>::failure(
            tr("Cannot start the eval run: %1").arg(query.lastError().databaseText()));
    }
    return query.value(0).toLongLong();
}

Result<void> EvalRepository::recordResult(qint64 evalRunId, const EvalResult &result)
{
    // The UNIQUE cell treats NULL versions as distinct, so replace explicitly — in one
    // transaction, so that a result is never missing in between (and one commit, not two).
    SqlTransaction transaction(m_database.connection());
    QSqlQuery &remove = m_statements->prepared(
        QStringLiteral("DELETE FROM eval_results WHERE eval_run_id = ? AND case_id = ? AND "
                       "prompt_version_id IS ? AND provider_id = ? AND model = ?"));
    remove.bindValue(0, evalRunId);
    remove.bindValue(1, result.caseId);
    remove.bindValue(2, sqlId(result.promptVersionId));
    remove.bindValue(3, result.providerId);
    remove.bindValue(4, result.model);
    remove.exec();
    QSqlQuery &insert = m_statements->prepared(QStringLiteral(
        "INSERT INTO eval_results (eval_run_id, case_id, prompt_version_id, provider_id, model, "
        "run_id, status, score, assertions, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bindValue(0, evalRunId);
    insert.bindValue(1, result.caseId);
    insert.bindValue(2, sqlId(result.promptVersionId));
    insert.bindValue(3, sqlText(result.providerId));
    insert.bindValue(4, sqlText(result.model));
    insert.bindValue(5, sqlId(result.runId));
    insert.bindValue(6, result.status);
    insert.bindValue(
        7, result.score ? QVariant(*result.score) : QVariant(QMetaType::fromType<double>()));
    insert.bindValue(
        8, QString::fromUtf8(QJsonDocument(result.assertions).toJson(QJsonDocument::Compact)));
    insert.bindValue(9, QDateTime::currentMSecsSinceEpoch());
    if (!insert.exec()) {
        return Result<void>::failure(tr("Cannot record the result of case %1: %2")
                                         .arg(result.caseId)
                                         .arg(insert.lastError().databaseText()));
    }
    return transaction.commit();
}

Result<void> EvalRepository::setStatus(qint64 evalRunId, const QString &status)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "UPDATE eval_runs SET status = ?, finished_at = CASE WHEN ? = 'running' THEN NULL "
        "ELSE ? END WHERE id = ?"));
    query.addBindValue(status);
    query.addBindValue(status);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(evalRunId);
    if (!query.exec() || query.numRowsAffected() != 1) {
        return Result<void>::failure(tr("Cannot set the eval run's status to %1: %2")
                                         .arg(status, query.lastError().databaseText()));
    }
    return {};
}

QString EvalRepository::status(qint64 evalRunId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT status FROM eval_runs WHERE id = ?"));
    query.addBindValue(evalRunId);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

QList<EvalResult> EvalRepository::results(qint64 evalRunId) const
{
    QList<EvalResult> list;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT case_id, prompt_version_id, provider_id, model, run_id, status, score, assertions "
        "FROM eval_results WHERE eval_run_id = ? ORDER BY case_id, id"));
    query.addBindValue(evalRunId);
    query.exec();
    while (query.next()) {
        list.append({query.value(0).toLongLong(), idFromSql(query.value(1)),
                     query.value(2).toString(), query.value(3).toString(),
                     idFromSql(query.value(4)), query.value(5).toString(),
                     query.value(6).isNull() ? std::nullopt
                                             : std::optional<double>(query.value(6).toDouble()),
                     QJsonDocument::fromJson(query.value(7).toByteArray()).array()});
    }
    return list;
}

namespace {

const QString kRunColumns = QStringLiteral(
    "SELECT e.id, e.dataset_id, d.name, e.name, e.status, e.config, e.created_at, e.finished_at, "
    "(SELECT count(*) FROM eval_results r WHERE r.eval_run_id = e.id), "
    "(SELECT count(*) FROM eval_results r WHERE r.eval_run_id = e.id AND r.status = 'pass') "
    "FROM eval_runs e JOIN datasets d ON d.id = e.dataset_id ");

EvalRunInfo runInfo(const QSqlQuery &query)
{
    return {
        query.value(0).toLongLong(), query.value(1).toLongLong(),
        query.value(2).toString(),   query.value(3).toString(),
        query.value(4).toString(),   QJsonDocument::fromJson(query.value(5).toByteArray()).object(),
        query.value(6).toLongLong(), idFromSql(query.value(7)),
        query.value(8).toInt(),      query.value(9).toInt()};
}

} // namespace

QList<EvalRunInfo> EvalRepository::evalRuns(std::optional<qint64> datasetId) const
{
    QList<EvalRunInfo> list;
    QSqlQuery query(m_database.connection());
    query.prepare(kRunColumns +
                  QStringLiteral("WHERE ? IS NULL OR e.dataset_id = ? "
                                 "ORDER BY e.created_at DESC, e.id DESC"));
    query.addBindValue(sqlId(datasetId));
    query.addBindValue(sqlId(datasetId));
    query.exec();
    while (query.next()) {
        list.append(runInfo(query));
    }
    return list;
}

std::optional<EvalRunInfo> EvalRepository::evalRun(qint64 evalRunId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(kRunColumns + QStringLiteral("WHERE e.id = ?"));
    query.addBindValue(evalRunId);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return runInfo(query);
}

Result<int> EvalRepository::markInterrupted(Database &database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral(
            "UPDATE eval_runs SET status = 'interrupted' WHERE status = 'running'"))) {
        return Result<int>::failure(tr("Cannot mark unfinished eval runs as interrupted: %1")
                                        .arg(query.lastError().databaseText()));
    }
    return query.numRowsAffected();
}

std::optional<qint64> EvalRepository::datasetOf(qint64 evalRunId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT dataset_id FROM eval_runs WHERE id = ?"));
    query.addBindValue(evalRunId);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

QList<qint64> EvalRepository::pendingCases(qint64 evalRunId, std::optional<qint64> promptVersionId,
                                           const QString &providerId, const QString &model) const
{
    QList<qint64> ids;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT c.id FROM dataset_cases c JOIN eval_runs e ON e.dataset_id = c.dataset_id "
        "WHERE e.id = ? AND NOT EXISTS (SELECT 1 FROM eval_results r WHERE r.eval_run_id = e.id "
        "AND r.case_id = c.id AND r.prompt_version_id IS ? AND r.provider_id = ? AND r.model = ?) "
        "ORDER BY c.position, c.id"));
    query.addBindValue(evalRunId);
    query.addBindValue(sqlId(promptVersionId));
    query.addBindValue(providerId);
    query.addBindValue(model);
    query.exec();
    while (query.next()) {
        ids << query.value(0).toLongLong();
    }
    return ids;
}

} // namespace pwb
