#include "eval/DatasetExport.h"

#include "eval/CsvCell.h"
#include "eval/CsvColumn.h"
#include "eval/JsonValueText.h"

#include <QDir>
#include <QHash>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace pwb {

namespace {

// The columns for the keys of one kind of value (variables or metadata), in the order they
// first appear; a key with any value that is not text gets a `:json` column.
QList<CsvColumn> columnsFor(const QList<DatasetCase> &cases, QJsonObject DatasetCase::*values,
                            CsvColumn::Role role)
{
    QList<CsvColumn> columns;
    QHash<QString, qsizetype> index;
    for (const DatasetCase &data : cases) {
        const QJsonObject &object = data.*values;
        for (auto it = object.begin(); it != object.end(); ++it) {
            auto found = index.constFind(it.key());
            if (found == index.cend()) {
                found = index.insert(it.key(), columns.size());
                columns.append({role, it.key(), false});
            }
            columns[*found].json = columns.at(*found).json || !it->isString();
        }
    }
    return columns;
}

} // namespace

Result<QByteArray> DatasetExport::toCsv(const QList<DatasetCase> &cases)
{
    const QList<CsvColumn> variables =
        columnsFor(cases, &DatasetCase::variables, CsvColumn::Role::Variable);
    const QList<CsvColumn> metadata =
        columnsFor(cases, &DatasetCase::metadata, CsvColumn::Role::Metadata);
    const QList<CsvColumn> columns =
        variables + QList<CsvColumn> {{CsvColumn::Role::Expected, {}, false}} + metadata;

    for (const CsvColumn &column : columns) {
        const Result<CsvColumn> readBack = CsvColumn::fromHeader(column.header());
        if (!readBack || readBack.value() != column) {
            return Result<QByteArray>::failure(
                column.role == CsvColumn::Role::Variable
                    ? tr("The variable \"%1\" has no CSV column: its name would read back as "
                         "something else. Export as JSONL instead.")
                          .arg(column.name)
                    : tr("The metadata entry \"%1\" has no CSV column: its name would read back "
                         "as something else. Export as JSONL instead.")
                          .arg(column.name));
        }
    }
    if (columns.size() == 1) {
        for (qsizetype i = 0; i < cases.size(); ++i) {
            if (!cases.at(i).expected) {
                return Result<QByteArray>::failure(
                    tr("Case %1 has no value at all, and its CSV row would be a blank line, "
                       "which is no row. Export as JSONL instead.")
                        .arg(i + 1));
            }
        }
    }

    QByteArray out;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (i > 0) {
            out += ',';
        }
        appendCsvCell(out, columns.at(i).header());
    }
    out += "\r\n";
    for (const DatasetCase &data : cases) {
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (i > 0) {
                out += ',';
            }
            const CsvColumn &column = columns.at(i);
            if (column.role == CsvColumn::Role::Expected) {
                if (data.expected) {
                    appendCsvCell(out, *data.expected);
                }
                continue;
            }
            const QJsonObject &values =
                column.role == CsvColumn::Role::Variable ? data.variables : data.metadata;
            const auto value = values.constFind(column.name);
            if (value == values.constEnd()) {
                continue; // unset: an empty, unquoted cell
            }
            appendCsvCell(out,
                          column.json ? QString::fromUtf8(JsonValueText::compact(*value))
                                      : value->toString());
        }
        out += "\r\n";
    }
    return out;
}

QByteArray DatasetExport::toJsonl(const QList<DatasetCase> &cases)
{
    QByteArray out;
    for (const DatasetCase &data : cases) {
        QJsonObject object {{u"vars"_s, data.variables}};
        if (data.expected) {
            object.insert(u"expected"_s, *data.expected);
        }
        if (!data.metadata.isEmpty()) {
            object.insert(u"metadata"_s, data.metadata);
        }
        out += JsonValueText::compact(object);
        out += '\n';
    }
    return out;
}

Result<QByteArray> DatasetExport::encode(const QList<DatasetCase> &cases, DatasetFormat format)
{
    switch (format) {
    case DatasetFormat::Csv:
        return toCsv(cases);
    case DatasetFormat::Jsonl:
        return toJsonl(cases);
    }
    Q_UNREACHABLE_RETURN(QByteArray());
}

Result<void> DatasetExport::writeFile(const QList<DatasetCase> &cases, const QString &path,
                                      DatasetFormat format)
{
    const Result<QByteArray> bytes = encode(cases, format);
    if (!bytes) {
        return Result<void>::failure(bytes.error());
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.value()) != bytes->size() ||
        !file.commit()) {
        return Result<void>::failure(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

} // namespace pwb
