#pragma once

#include "core/Result.h"
#include "eval/DatasetFormat.h"
#include "storage/DatasetRepository.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace pwb {

// Cases as CSV or JSON Lines that the importer reads back to the same cases: the same variables
// (JSON values included), expected output (unset and empty told apart) and metadata.
//
// CSV (UTF-8 without byte order mark, CRLF rows): one column per variable in the order they
// first appear, then `expected` (always, so there is a place to fill in), then one `__NAME`
// column per metadata entry. A column with any value that is not text is a `:json` column, all
// of its cells JSON. Unset cells are empty; empty text is `""`. A cell is quoted when it holds a
// comma, a quote, CR or LF, begins or ends with a space or tab, or is empty text. Some datasets
// have no CSV form — a variable named `expected` or `__x`, a case with no value at all when
// there is no variable or metadata column — and are refused with the reason (JSONL holds all).
//
// JSONL: one `{"vars": {...}, "expected": "...", "metadata": {...}}` per line (LF), without
// `expected` when it is unset and without `metadata` when it is empty.
class DatasetExport
{
    Q_DECLARE_TR_FUNCTIONS(pwb::DatasetExport)

public:
    static Result<QByteArray> toCsv(const QList<DatasetCase> &cases);
    static QByteArray toJsonl(const QList<DatasetCase> &cases);
    static Result<QByteArray> encode(const QList<DatasetCase> &cases, DatasetFormat format);

    // Written atomically (QSaveFile): the file is whole and new, or as it was.
    static Result<void> writeFile(const QList<DatasetCase> &cases, const QString &path,
                                  DatasetFormat format);
};

} // namespace pwb
