#pragma once

#include <QCoreApplication>
#include <QString>

namespace pwb {

// One problem in a file being imported, located as precisely as the format allows, so that the
// user can go to it: the physical line (newlines inside quoted CSV values count), the character
// in that line, the CSV field and its column name, or the JSON key.
struct DatasetImportError
{
    Q_DECLARE_TR_FUNCTIONS(pwb::DatasetImportError)

public:
    int line = 0; // 1-based line of the file; 0: the file as a whole
    int column = 0; // 1-based character in that line; 0: not known
    int field = 0; // CSV: 1-based field of the row; 0: none
    QString key; // the CSV column's header or the JSON key; empty: none
    QString message;

    // `line 5, field 2 ("answer"): message`, `line 7, column 12: message`,
    // `line 3, "expected": message`, or the message alone for the whole file.
    QString toString() const;

    bool operator==(const DatasetImportError &) const = default;
};

} // namespace pwb
