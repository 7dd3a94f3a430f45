#pragma once

#include "eval/DatasetImportError.h"
#include "storage/DatasetRepository.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace pwb {

// What a file would import: the cases read without error and every error found (up to
// maxErrors), so that the user fixes the whole file in one go rather than error by error.
struct DatasetPreview
{
    Q_DECLARE_TR_FUNCTIONS(pwb::DatasetPreview)

public:
    static constexpr int maxErrors = 100;

    QList<DatasetCase> cases; // in file order; `id` and `position` are not set
    QStringList variableNames; // in the order they first appear
    QList<DatasetImportError> errors; // by line; at most maxErrors
    bool errorsTruncated = false; // there were more than maxErrors

    bool ok() const { return errors.isEmpty(); }

    // Keeps the first maxErrors of `found` by line (the order of errors on one line is kept).
    void setErrors(QList<DatasetImportError> found);

    // Every error on its own line, then "… and more errors" when some were left out.
    QString errorText() const;
};

} // namespace pwb
