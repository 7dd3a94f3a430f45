#pragma once

#include "core/Result.h"
#include "storage/DatasetRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>

namespace pwb {

class Database;

// The eval datasets a new workspace starts with, so that an evaluation can be tried with no key
// and no network (on the offline demo). One JSON file per dataset in resources/sample-datasets
// (embedded at :/sample-datasets): its name, description, the assertions of every case
// (docs/ASSERTIONS.md) and its cases, each {"vars": {...}, "expected": "...", "assertions": [...]}.
class SampleDatasets
{
    Q_DECLARE_TR_FUNCTIONS(pwb::SampleDatasets)

public:
    struct Dataset
    {
        QString name;
        QString description;
        QJsonArray assertions;
        QList<DatasetCase> cases;
    };

    // Every sample in `directory`, in file-name order; the error names the file and what is wrong.
    static Result<QList<Dataset>>
    load(const QString &directory = QStringLiteral(":/sample-datasets"));
    // Adds them to the workspace (inside the caller's transaction, when there is one).
    static Result<void> seed(Database &database,
                             const QString &directory = QStringLiteral(":/sample-datasets"));
};

} // namespace pwb
