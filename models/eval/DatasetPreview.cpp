#include "eval/DatasetPreview.h"

#include <algorithm>

namespace pwb {

void DatasetPreview::setErrors(QList<DatasetImportError> found)
{
    std::stable_sort(
        found.begin(), found.end(),
        [](const DatasetImportError &a, const DatasetImportError &b) { return a.line < b.line; });
    errorsTruncated = found.size() > maxErrors;
    if (errorsTruncated) {
        found.resize(maxErrors);
    }
    errors = std::move(found);
}

QString DatasetPreview::errorText() const
{
    QStringList lines;
    for (const DatasetImportError &error : errors) {
        lines.append(error.toString());
    }
    if (errorsTruncated) {
        lines.append(tr("… and more errors (only the first %1 are shown)").arg(maxErrors));
    }
    return lines.join(u'\n');
}

} // namespace pwb
