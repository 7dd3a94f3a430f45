#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace pwb {

class Database;

// One case of an eval dataset: the variable values a prompt is rendered with, the expected
// output (optional) and free-form metadata.
struct DatasetCase
{
    qint64 id = 0;
    int position = 0;
    QJsonObject variables;
    std::optional<QString> expected;
    QJsonObject metadata;
};

// A dataset as listed: its name and how much hangs on it.
struct DatasetSummary
{
    qint64 id = 0;
    QString name;
    QString description;
    int caseCount = 0;
    int evalRunCount = 0;
};

class DatasetRepository
{
    Q_DECLARE_TR_FUNCTIONS(pwb::DatasetRepository)

public:
    explicit DatasetRepository(Database &database);

    QList<DatasetSummary> datasets() const; // by name, case-insensitively
    std::optional<DatasetSummary> dataset(qint64 datasetId) const;
    Result<void> renameDataset(qint64 datasetId, const QString &name); // failure if taken
    // Removes the dataset with its cases and its eval runs and their results.
    Result<void> removeDataset(qint64 datasetId);

    Result<qint64> createDataset(const QString &name, const QString &description = {});
    std::optional<qint64> datasetId(const QString &name) const;

    // Inserts a case at `position` (cases at or after it move down); -1 appends.
    Result<qint64> insertCase(qint64 datasetId, const DatasetCase &data, int position = -1);
    Result<void> updateCase(const DatasetCase &data); // by id: variables, expected, metadata
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
