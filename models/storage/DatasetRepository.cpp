#include "storage/DatasetRepository.h"

#include "storage/Database.h"
#include "storage/SqlTransaction.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace pwb {

namespace {

QString compact(const QJsonDocument &document)
{
    // Qt's JSON parser drops a byte order mark at the start of a string unless it is escaped, so
    // a value beginning with one would come back without it. Only strings can hold one.
    return QString::fromUtf8(
        document.toJson(QJsonDocument::Compact).replace("\xEF\xBB\xBF", "\\ufeff"));
}

QString compact(const QJsonObject &object)
{
    return compact(QJsonDocument(object));
}

QString compact(const QJsonArray &array) // assertions: their texts may begin with one too
{
    return compact(QJsonDocument(array));
}

QJsonArray arrayFrom(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toByteArray()).array();
}

QVariant expectedValue(const std::optional<QString> &expected)
{
    return expected ? QVariant(sqlText(*expected)) : QVariant(QMetaType::fromType<QString>());
}

} // namespace

DatasetRepository::DatasetRepository(Database &database)
    : m_database(database)
{ }

Result<qint64> DatasetRepository::createDataset(const QString &name, const QString &description)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO datasets (name, description, created_at, updated_at) VALUES (?, ?, ?, ?) "
        "RETURNING id"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    query.addBindValue(name.trimmed());
    query.addBindValue(sqlText(description));
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec() || !query.next()) {
        return Result<qint64>::failure(
            QCoreApplication::translate("pwb::DatasetRepository",
                                        "Cannot create the dataset \"%1\": %2")
                .arg(name, query.lastError().databaseText()));
    }
    return query.value(0).toLongLong();
}

std::optional<qint64> DatasetRepository::datasetId(const QString &name) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id FROM datasets WHERE name = ?"));
    query.addBindValue(name);
    if (query.exec() && query.next()) {
        return query.value(0).toLongLong();
    }
    return std::nullopt;
}

QList<DatasetInfo> DatasetRepository::datasets() const
{
    QList<DatasetInfo> result;
    QSqlQuery query(m_database.connection());
    query.exec(QStringLiteral(
        "SELECT d.id, d.name, d.description, "
        "(SELECT count(*) FROM dataset_cases c WHERE c.dataset_id = d.id), d.updated_at "
        "FROM datasets d ORDER BY d.name COLLATE NOCASE, d.id"));
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toString(),
                       query.value(2).toString(), query.value(3).toInt(),
                       query.value(4).toLongLong()});
    }
    return result;
}

Result<void> DatasetRepository::renameDataset(qint64 datasetId, const QString &name)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE datasets SET name = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(sqlText(name.trimmed()));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(datasetId);
    if (!query.exec() || query.numRowsAffected() != 1) {
        return Result<void>::failure(
            QCoreApplication::translate("pwb::DatasetRepository",
                                        "Cannot rename the dataset to \"%1\": %2")
                .arg(name, query.lastError().databaseText()));
    }
    return {};
}

Result<void> DatasetRepository::removeDataset(qint64 datasetId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM datasets WHERE id = ?"));
    query.addBindValue(datasetId);
    if (!query.exec() || query.numRowsAffected() != 1) {
        return Result<void>::failure(
            QCoreApplication::translate("pwb::DatasetRepository", "Cannot delete dataset %1: %2")
                .arg(datasetId)
                .arg(query.lastError().databaseText()));
    }
    return {};
}

int DatasetRepository::evalRunCount(qint64 datasetId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM eval_runs WHERE dataset_id = ?"));
    query.addBindValue(datasetId);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

QJsonArray DatasetRepository::assertions(qint64 datasetId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT assertions FROM datasets WHERE id = ?"));
    query.addBindValue(datasetId);
    return query.exec() && query.next() ? arrayFrom(query.value(0)) : QJsonArray();
}

Result<void> DatasetRepository::setAssertions(qint64 datasetId, const QJsonArray &assertions)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("UPDATE datasets SET assertions = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(compact(assertions));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(datasetId);
    if (!query.exec() || query.numRowsAffected() != 1) {
        return Result<void>::failure(
            QCoreApplication::translate("pwb::DatasetRepository",
                                        "Cannot save the assertions of dataset %1: %2")
                .arg(datasetId)
                .arg(query.lastError().databaseText()));
    }
    return {};
}

Result<qint64> DatasetRepository::insertCase(qint64 datasetId, const DatasetCase &data,
                                             int position)
{
    SqlTransaction transaction(m_database.connection());
    QSqlQuery query(m_database.connection());
    if (position < 0) {
        query.prepare(QStringLiteral(
            "SELECT coalesce(max(position) + 1, 0) FROM dataset_cases WHERE dataset_id = ?"));
        query.addBindValue(datasetId);
        if (!query.exec() || !query.next()) {
            return Result<qint64>::failure(
                QCoreApplication::translate("pwb::DatasetRepository", "Cannot add the case: %1")
                    .arg(query.lastError().databaseText()));
        }
        position = query.value(0).toInt();
    } else {
        query.prepare(QStringLiteral("UPDATE dataset_cases SET position = position + 1 WHERE "
                                     "dataset_id = ? AND position >= ?"));
        query.addBindValue(datasetId);
        query.addBindValue(position);
        query.exec();
    }
    query.prepare(QStringLiteral("INSERT INTO dataset_cases (dataset_id, position, variables, "
                                 "expected, metadata, assertions, created_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    query.addBindValue(datasetId);
    query.addBindValue(position);
    query.addBindValue(compact(data.variables));
    query.addBindValue(expectedValue(data.expected));
    query.addBindValue(compact(data.metadata));
    query.addBindValue(compact(data.assertions));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec() || !query.next()) {
        return Result<qint64>::failure(
            QCoreApplication::translate("pwb::DatasetRepository", "Cannot add the case: %1")
                .arg(query.lastError().databaseText()));
    }
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    if (const Result<void> committed = transaction.commit(); !committed) {
        return Result<qint64>::failure(committed.error());
    }
    return id;
}

Result<void> DatasetRepository::updateCase(const DatasetCase &data)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "UPDATE dataset_cases SET variables = ?, expected = ?, metadata = ?, assertions = ? "
        "WHERE id = ?"));
    query.addBindValue(compact(data.variables));
    query.addBindValue(expectedValue(data.expected));
    query.addBindValue(compact(data.metadata));
    query.addBindValue(compact(data.assertions));
    query.addBindValue(data.id);
    if (!query.exec() || query.numRowsAffected() != 1) {
        return Result<void>::failure(
            QCoreApplication::translate("pwb::DatasetRepository", "Cannot change case %1: %2")
                .arg(data.id)
                .arg(query.lastError().databaseText()));
    }
    return {};
}

Result<void> DatasetRepository::removeCase(qint64 caseId)
{
    SqlTransaction transaction(m_database.connection());
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("DELETE FROM dataset_cases WHERE id = ? RETURNING dataset_id, position"));
    query.addBindValue(caseId);
    if (!query.exec() || !query.next()) {
        return Result<void>::failure(
            QCoreApplication::translate("pwb::DatasetRepository", "Cannot remove case %1: %2")
                .arg(caseId)
                .arg(query.lastError().databaseText()));
    }
    const qint64 dataset = query.value(0).toLongLong();
    const int position = query.value(1).toInt();
    query.finish();
    query.prepare(QStringLiteral(
        "UPDATE dataset_cases SET position = position - 1 WHERE dataset_id = ? AND position > ?"));
    query.addBindValue(dataset);
    query.addBindValue(position);
    query.exec();
    return transaction.commit();
}

QList<DatasetCase> DatasetRepository::cases(qint64 datasetId) const
{
    QList<DatasetCase> result;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, position, variables, expected, metadata, assertions "
                                 "FROM dataset_cases WHERE dataset_id = ? ORDER BY position, id"));
    query.addBindValue(datasetId);
    query.exec();
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toInt(),
                       QJsonDocument::fromJson(query.value(2).toByteArray()).object(),
                       query.value(3).isNull() ? std::nullopt
                                               : std::optional<QString>(query.value(3).toString()),
                       QJsonDocument::fromJson(query.value(4).toByteArray()).object(),
                       arrayFrom(query.value(5))});
    }
    return result;
}

Result<QList<qint64>> DatasetRepository::appendCases(qint64 datasetId,
                                                     const QList<DatasetCase> &cases)
{
    SqlTransaction transaction(m_database.connection());
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT coalesce(max(position) + 1, 0) FROM dataset_cases WHERE dataset_id = ?"));
    query.addBindValue(datasetId);
    if (!query.exec() || !query.next()) {
        return Result<QList<qint64>>::failure(
            QCoreApplication::translate("pwb::DatasetRepository", "Cannot add the cases: %1")
                .arg(query.lastError().databaseText()));
    }
    int position = query.value(0).toInt();
    query.finish();
    // One prepared statement for all: thousands of cases go in within a blink.
    query.prepare(QStringLiteral("INSERT INTO dataset_cases (dataset_id, position, variables, "
                                 "expected, metadata, assertions, created_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<qint64> ids;
    ids.reserve(cases.size());
    for (const DatasetCase &data : cases) {
        query.bindValue(0, datasetId);
        query.bindValue(1, position++);
        query.bindValue(2, compact(data.variables));
        query.bindValue(3, expectedValue(data.expected));
        query.bindValue(4, compact(data.metadata));
        query.bindValue(5, compact(data.assertions));
        query.bindValue(6, now);
        if (!query.exec()) {
            return Result<QList<qint64>>::failure(
                QCoreApplication::translate("pwb::DatasetRepository",
                                            "Cannot add case %1 of %2: %3")
                    .arg(ids.size() + 1)
                    .arg(cases.size())
                    .arg(query.lastError().databaseText()));
        }
        ids.append(query.lastInsertId().toLongLong());
    }
    query.finish();
    if (const Result<void> committed = transaction.commit(); !committed) {
        return Result<QList<qint64>>::failure(committed.error());
    }
    return ids;
}

Result<qint64> DatasetRepository::createDatasetWithCases(const QString &name,
                                                         const QString &description,
                                                         const QList<DatasetCase> &cases)
{
    SqlTransaction transaction(m_database.connection());
    const Result<qint64> created = createDataset(name, description);
    if (!created) {
        return created;
    }
    if (const auto appended = appendCases(created.value(), cases); !appended) {
        return Result<qint64>::failure(appended.error());
    }
    if (const Result<void> committed = transaction.commit(); !committed) {
        return Result<qint64>::failure(committed.error());
    }
    return created;
}

} // namespace pwb
