#include "eval/DatasetImport.h"

#include "eval/CsvDatasetReader.h"
#include "eval/JsonlDatasetReader.h"
#include "storage/DatasetRepository.h"

#include <QDir>
#include <QFile>

namespace pwb {

namespace {

DatasetPreview failed(const QString &message)
{
    DatasetPreview preview;
    preview.setErrors({{0, 0, 0, {}, message}});
    return preview;
}

} // namespace

DatasetImport DatasetImport::fromBytes(QByteArrayView bytes, DatasetFormat format)
{
    switch (format) {
    case DatasetFormat::Csv:
        return DatasetImport(CsvDatasetReader::read(bytes));
    case DatasetFormat::Jsonl:
        return DatasetImport(JsonlDatasetReader::read(bytes));
    }
    Q_UNREACHABLE_RETURN(DatasetImport({}));
}

DatasetImport DatasetImport::fromFile(const QString &path, std::optional<DatasetFormat> format)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (!format) {
        format = datasetFormatForPath(path);
    }
    if (!format) {
        return DatasetImport(
            failed(tr("Cannot tell the format of %1: name it .csv or .jsonl, or choose the format.")
                       .arg(shown)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return DatasetImport(failed(tr("Cannot read %1: %2").arg(shown, file.errorString())));
    }
    if (file.size() > maxFileSize) {
        return DatasetImport(failed(tr("%1 is too large to import (%2 MiB; at most %3 MiB).")
                                        .arg(shown)
                                        .arg(file.size() / (1024 * 1024))
                                        .arg(maxFileSize / (1024 * 1024))));
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return DatasetImport(failed(tr("Cannot read %1: %2").arg(shown, file.errorString())));
    }
    return fromBytes(bytes, *format);
}

QString DatasetImport::refusal() const
{
    if (m_preview.errorsTruncated) {
        return tr("Nothing was imported: the file has more than %1 errors.")
            .arg(DatasetPreview::maxErrors);
    }
    return tr("Nothing was imported: the file has errors (%1).").arg(m_preview.errors.size());
}

Result<int> DatasetImport::importInto(DatasetRepository &repository, qint64 datasetId) const
{
    if (!ok()) {
        return Result<int>::failure(refusal());
    }
    const auto added = repository.appendCases(datasetId, m_preview.cases);
    if (!added) {
        return Result<int>::failure(added.error());
    }
    return int(added->size());
}

Result<qint64> DatasetImport::importAsNewDataset(DatasetRepository &repository, const QString &name,
                                                 const QString &description) const
{
    if (!ok()) {
        return Result<qint64>::failure(refusal());
    }
    if (repository.datasetId(name.trimmed())) {
        return Result<qint64>::failure(
            tr("A dataset named \"%1\" exists already; choose another name.").arg(name.trimmed()));
    }
    return repository.createDatasetWithCases(name, description, m_preview.cases);
}

} // namespace pwb
