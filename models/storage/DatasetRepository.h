#pragma once

#include "core/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace pwb {

class Database;

// One case of an eval dataset: the variable values a prompt is rendered with, the expected
// output (optional), free-form metadata and the case's own assertions (docs/ASSERTIONS.md; the
// dataset's assertions apply to every case as well).
struct DatasetCase
{
    qint64 id = 0;
    int position = 0;
    QJsonObject variables;
    std::optional<QString> expected;
    QJsonObject metadata;
    QJsonArray assertions;
};

// A dataset as listed: what it is called and how many cases it holds.
struct DatasetInfo
{
    qint64 id = 0;
    QString name;
    QString description;
    int caseCount = 0;
    qint64 updatedAt = 0; // ms since the epoch
};

class DatasetRepository
{
public:
    explicit DatasetRepository(Database &database);

    Result<qint64> createDataset(const QString &name, const QString &description = {});
    std::optional<qint64> datasetId(const QString &name) const;
    QList<DatasetInfo> datasets() const; // by name
    Result<void> renameDataset(qint64 datasetId, const QString &name);
    Result<void> removeDataset(qint64 datasetId); // with its cases and eval runs
    int evalRunCount(qint64 datasetId) const; // what removeDataset takes with it

    // The assertions every case of the dataset is scored with (docs/ASSERTIONS.md).
    QJsonArray assertions(qint64 datasetId) const;
    Result<void> setAssertions(qint64 datasetId, const QJsonArray &assertions);

    // Inserts a case at `position` (cases at or after it move down); -1 appends.
    Result<qint64> insertCase(qint64 datasetId, const DatasetCase &data, int position = -1);
    // By id: variables, expected, metadata, assertions.
    Result<void> updateCase(const DatasetCase &data);
    Result<void> removeCase(qint64 caseId); // later cases move up
    QList<DatasetCase> cases(qint64 datasetId) const; // in order

    // Appends `cases` in their order (their `id` and `position` are ignored), all in one
    // transaction: every case is added, or none. Returns their new ids.
    Result<QList<qint64>> appendCases(qint64 datasetId, const QList<DatasetCase> &cases);
    // A new dataset holding `cases`, in one transaction: no dataset is left if a case fails.
    Result<qint64> createDatasetWithCases(const QString &name, const QString &description,
                                          const QList<DatasetCase> &cases);

private:
    Database &m_database;
};

} // namespace pwb
