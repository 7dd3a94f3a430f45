#pragma once

#include "eval/DatasetImportError.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace pwb {

struct CsvField
{
    QString text;
    bool quoted = false; // `""` is an empty quoted field, told apart from an empty unquoted one
    int line = 0; // where the field begins
};

struct CsvRow
{
    int line = 0; // where the row begins
    int lastLine = 0; // where it ends: later than `line` when a quoted value holds a newline
    QList<CsvField> fields;
    // Malformed text in this row (line and field set, no key): the row is still read as well as
    // it can be, so that the checks that follow find their errors too.
    QList<DatasetImportError> errors;
};

// RFC 4180 CSV as bytes become rows and fields. Rows end at LF, CRLF or a lone CR (a spreadsheet
// on an old Mac); quoted fields hold commas, doubled quotes and any newline, kept as written.
// A UTF-8 byte order mark at the start is skipped; blank lines are skipped (they are no record,
// as in Python's and most spreadsheets' readers). Lines count every newline, quoted or not, so
// they are the line numbers an editor shows. The bytes are read as UTF-8; checking that they are
// is the caller's part.
class CsvParser
{
    Q_DECLARE_TR_FUNCTIONS(pwb::CsvParser)

public:
    struct Parsed
    {
        QList<CsvRow> rows;
        // The errors of a row that is not among `rows`: one whose quote is never closed (it
        // swallows the rest of the file; the last error says where it was opened), or the row
        // cut short by too many errors.
        QList<DatasetImportError> droppedRowErrors;
        int errorCount = 0; // all errors, in rows and droppedRowErrors
    };

    // Stops as soon as there are more than `maxErrors` errors.
    static Parsed parse(QByteArrayView bytes, int maxErrors);
};

} // namespace pwb
