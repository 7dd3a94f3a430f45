#include "storage/CompareRepository.h"

#include "storage/Database.h"
#include "storage/SqlTransaction.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace pwb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("pwb::CompareRepository", text);
}
} // namespace

CompareRepository::CompareRepository(Database &database)
    : m_database(database)
{ }

Result<qint64> CompareRepository::createSession(const QString &name, std::optional<qint64> promptId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO compare_sessions (name, prompt_id, created_at) "
                                 "VALUES (?, ?, ?) RETURNING id"));
    query.addBindValue(sqlText(name));
    query.addBindValue(sqlId(promptId));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec() || !query.next()) {
        return Result<qint64>::failure(
            tr("Cannot save the comparison: %1").arg(query.lastError().databaseText()));
    }
    return query.value(0).toLongLong();
}

Result<void> CompareRepository::addRun(qint64 sessionId, qint64 runId, int column)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("UPDATE runs SET compare_session_id = ?, compare_column = ? WHERE id = ?"));
    query.addBindValue(sessionId);
    query.addBindValue(column);
    query.addBindValue(runId);
    if (!query.exec() || query.numRowsAffected() != 1) {
        return Result<void>::failure(tr("Cannot add run %1 to the comparison: %2")
                                         .arg(runId)
                                         .arg(query.lastError().databaseText()));
    }
    return {};
}

QList<qint64> CompareRepository::runs(qint64 sessionId) const
{
    QList<qint64> ids;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT id FROM runs WHERE compare_session_id = ? ORDER BY compare_column, id"));
    query.addBindValue(sessionId);
    query.exec();
    while (query.next()) {
        ids << query.value(0).toLongLong();
    }
    return ids;
}

Result<void> CompareRepository::rate(qint64 sessionId, qint64 runId, std::optional<int> rating)
{
    if (rating && (*rating < 1 || *rating > 5)) {
        return Result<void>::failure(tr("A rating is 1 to 5, not %1").arg(*rating));
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO compare_votes (session_id, run_id, rating, voted_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (session_id, run_id) DO UPDATE SET rating = excluded.rating, "
        "voted_at = excluded.voted_at"));
    query.addBindValue(sessionId);
    query.addBindValue(runId);
    query.addBindValue(rating ? QVariant(*rating) : QVariant(QMetaType::fromType<int>()));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec()) {
        return Result<void>::failure(
            tr("Cannot save the rating: %1").arg(query.lastError().databaseText()));
    }
    return {};
}

Result<void> CompareRepository::voteBest(qint64 sessionId, qint64 runId)
{
    SqlTransaction transaction(m_database.connection());
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE compare_votes SET best = 0 WHERE session_id = ?"));
    query.addBindValue(sessionId);
    query.exec();
    query.prepare(QStringLiteral(
        "INSERT INTO compare_votes (session_id, run_id, best, voted_at) VALUES (?, ?, 1, ?) "
        "ON CONFLICT (session_id, run_id) DO UPDATE SET best = 1, voted_at = excluded.voted_at"));
    query.addBindValue(sessionId);
    query.addBindValue(runId);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec()) {
        return Result<void>::failure(
            tr("Cannot save the vote: %1").arg(query.lastError().databaseText()));
    }
    return transaction.commit();
}

Result<void> CompareRepository::clearBest(qint64 sessionId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE compare_votes SET best = 0 WHERE session_id = ?"));
    query.addBindValue(sessionId);
    if (!query.exec()) {
        return Result<void>::failure(
            tr("Cannot save the vote: %1").arg(query.lastError().databaseText()));
    }
    return {};
}

QList<CompareSessionRecord> CompareRepository::sessions(std::optional<qint64> promptId) const
{
    QList<CompareSessionRecord> result;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT s.id, s.name, s.prompt_id, s.created_at, "
                                 "(SELECT count(*) FROM runs r WHERE r.compare_session_id = s.id) "
                                 "FROM compare_sessions s WHERE ? IS NULL OR s.prompt_id = ? "
                                 "ORDER BY s.created_at DESC, s.id DESC"));
    query.addBindValue(sqlId(promptId));
    query.addBindValue(sqlId(promptId));
    query.exec();
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toString(),
                       idFromSql(query.value(2)), query.value(3).toLongLong(),
                       query.value(4).toInt()});
    }
    return result;
}

QList<CompareVote> CompareRepository::votes(qint64 sessionId) const
{
    QList<CompareVote> result;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT run_id, rating, best FROM compare_votes WHERE session_id = ? ORDER BY run_id"));
    query.addBindValue(sessionId);
    query.exec();
    while (query.next()) {
        result.append(
            {query.value(0).toLongLong(),
             query.value(1).isNull() ? std::nullopt : std::optional<int>(query.value(1).toInt()),
             query.value(2).toBool()});
    }
    return result;
}

} // namespace pwb
