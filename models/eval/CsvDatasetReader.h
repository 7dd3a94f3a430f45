#pragma once

#include "eval/DatasetPreview.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace pwb {

// A CSV file (RFC 4180, UTF-8) as dataset cases: the first row names the columns (CsvColumn),
// each further row is one case.
//
// An empty cell leaves its value unset — no variable, no expected output, no metadata entry —
// and a quoted empty cell (`""`) sets it to empty text: the convention of PostgreSQL's CSV, and
// what a spreadsheet writes for a cell left blank (unquoted, nothing). In a `:json` column an
// empty cell is unset either way; any other cell there must be one JSON value.
//
// Every error is collected (up to DatasetPreview::maxErrors): text that is not UTF-8 (by
// line), a quote in the middle of an unquoted value, text after a closing quote, a quote never
// closed, an empty or repeated column name, a row with more or fewer fields than the header, a
// cell of a `:json` column that is not JSON. A row with an error gives no case.
class CsvDatasetReader
{
    Q_DECLARE_TR_FUNCTIONS(pwb::CsvDatasetReader)

public:
    static DatasetPreview read(QByteArrayView bytes);
};

} // namespace pwb
