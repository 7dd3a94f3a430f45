#pragma once

#include "core/Result.h"
#include "eval/DatasetFormat.h"
#include "eval/DatasetPreview.h"

#include <QByteArrayView>
#include <QCoreApplication>

#include <optional>

namespace pwb {

class DatasetRepository;

// A dataset file read for import: first the preview (the cases, every error, the variables),
// then — only when there is no error at all — the cases written in one transaction, so that a
// file with a mistake on line 4,000 leaves the workspace as it was.
class DatasetImport
{
    Q_DECLARE_TR_FUNCTIONS(pwb::DatasetImport)

public:
    static constexpr qint64 maxFileSize = 256 * 1024 * 1024;

    static DatasetImport fromBytes(QByteArrayView bytes, DatasetFormat format);
    // The format by the file's extension when none is given (datasetFormatForPath). A file that
    // cannot be read, is too large, or has no known format is an error of the preview (line 0).
    static DatasetImport fromFile(const QString &path,
                                  std::optional<DatasetFormat> format = std::nullopt);

    const DatasetPreview &preview() const { return m_preview; }
    bool ok() const { return m_preview.ok(); }

    // Appends the cases to an existing dataset. Returns the number of cases added.
    Result<int> importInto(DatasetRepository &repository, qint64 datasetId) const;
    // Creates the dataset `name` with the cases (failure if the name is taken). Returns its id.
    Result<qint64> importAsNewDataset(DatasetRepository &repository, const QString &name,
                                      const QString &description = {}) const;

private:
    explicit DatasetImport(DatasetPreview preview)
        : m_preview(std::move(preview))
    { }
    QString refusal() const;

    DatasetPreview m_preview;
};

} // namespace pwb
