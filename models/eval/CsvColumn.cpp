#include "eval/CsvColumn.h"

using namespace Qt::StringLiterals;

namespace pwb {

namespace {

const auto jsonSuffix = ":json"_L1;
const auto metadataPrefix = "__"_L1;

} // namespace

Result<CsvColumn> CsvColumn::fromHeader(const QString &header)
{
    CsvColumn column;
    QString name = header.trimmed();
    if (name.endsWith(jsonSuffix)) {
        column.json = true;
        name.chop(jsonSuffix.size());
        name = name.trimmed();
    }
    if (name == u"expected" || name == u"__expected") {
        if (column.json) {
            return Result<CsvColumn>::failure(
                tr("the expected output is text; remove \":json\" from the column name"));
        }
        column.role = Role::Expected;
        return column;
    }
    if (name.startsWith(metadataPrefix)) {
        column.role = Role::Metadata;
        name = name.sliced(metadataPrefix.size());
    }
    if (name.isEmpty()) {
        return Result<CsvColumn>::failure(
            column.role == Role::Metadata
                ? tr("a metadata column needs a name after \"__\"")
                : tr("the column has no name; the first row names every column"));
    }
    column.name = name;
    return column;
}

QString CsvColumn::header() const
{
    QString header;
    switch (role) {
    case Role::Expected:
        return u"expected"_s;
    case Role::Metadata:
        header = metadataPrefix + name;
        break;
    case Role::Variable:
        header = name;
        break;
    }
    return json ? header + jsonSuffix : header;
}

} // namespace pwb
