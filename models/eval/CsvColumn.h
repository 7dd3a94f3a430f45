#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace pwb {

// What a CSV column holds, as its header says:
//   `expected` or `__expected`   the expected output
//   `__NAME`                     the metadata entry NAME (`__note` → "note")
//   `NAME`                       the variable NAME
// Names are trimmed and case-sensitive. A `:json` suffix (`items:json`, `__tags:json`) makes
// each cell of the column JSON — an array for a Mustache section, a number, an object — where a
// cell is otherwise text as it stands: a cell that merely looks like JSON stays text, so nothing
// in a column of prose changes type behind the author's back.
struct CsvColumn
{
    Q_DECLARE_TR_FUNCTIONS(pwb::CsvColumn)

public:
    enum class Role { Variable, Expected, Metadata };

    Role role = Role::Variable;
    QString name; // the variable's or the metadata entry's; empty for Expected
    bool json = false;

    // Failure: why the header names no usable column (empty, `:json` on the expected output).
    static Result<CsvColumn> fromHeader(const QString &header);
    // The header that reads back as this column (when the name allows it: see the exporter).
    QString header() const;

    bool operator==(const CsvColumn &) const = default;
};

} // namespace pwb
