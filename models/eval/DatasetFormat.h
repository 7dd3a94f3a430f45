#pragma once

#include <QFileInfo>
#include <QString>

#include <optional>

namespace pwb {

// The file formats a dataset is imported from and exported to.
enum class DatasetFormat { Csv, Jsonl };

// By the file name's extension, case-insensitively: .csv; .jsonl, .ndjson or .jsonlines.
inline std::optional<DatasetFormat> datasetFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"csv") {
        return DatasetFormat::Csv;
    }
    if (suffix == u"jsonl" || suffix == u"ndjson" || suffix == u"jsonlines") {
        return DatasetFormat::Jsonl;
    }
    return std::nullopt;
}

} // namespace pwb
