#include "eval/CsvDatasetReader.h"

#include "eval/CsvColumn.h"
#include "eval/CsvParser.h"
#include "eval/JsonValueText.h"
#include "eval/Utf8Validation.h"

#include <QHash>

#include <algorithm>
#include <optional>

namespace pwb {

namespace {

// One error for each line (CR, LF and CRLF end lines, as in CsvParser) that is not UTF-8, at
// the character where it stops being UTF-8.
QList<DatasetImportError> utf8Errors(QByteArrayView bytes)
{
    QList<DatasetImportError> errors;
    if (invalidUtf8Offset(bytes) < 0) {
        return errors;
    }
    int line = 1;
    qsizetype start = 0;
    while (errors.size() <= DatasetPreview::maxErrors) {
        qsizetype end = start;
        while (end < bytes.size() && bytes[end] != '\n' && bytes[end] != '\r') {
            ++end;
        }
        const QByteArrayView text = bytes.sliced(start, end - start);
        if (const qsizetype bad = invalidUtf8Offset(text); bad >= 0) {
            errors.append({line,
                           int(utf8Text(text.first(bad)).size()) + 1,
                           0,
                           {},
                           CsvDatasetReader::tr("not UTF-8; save the file as UTF-8")});
        }
        if (end >= bytes.size()) {
            break;
        }
        if (bytes[end] == '\r' && end + 1 < bytes.size() && bytes[end + 1] == '\n') {
            ++end;
        }
        start = end + 1;
        ++line;
    }
    return errors;
}

struct Header
{
    QStringList names; // as written, trimmed
    QList<std::optional<CsvColumn>> columns; // none for a column with an error
};

Header readHeader(const CsvRow &row, QList<DatasetImportError> &errors)
{
    Header header;
    QHash<QString, qsizetype> fieldOfColumn; // by role and name, to find a repeated column
    for (qsizetype i = 0; i < row.fields.size() && errors.size() <= DatasetPreview::maxErrors;
         ++i) {
        const CsvField &field = row.fields.at(i);
        header.names.append(field.text.trimmed());
        const Result<CsvColumn> column = CsvColumn::fromHeader(field.text);
        if (!column) {
            errors.append({field.line, 0, int(i) + 1, header.names.last(), column.error()});
            header.columns.append(std::nullopt);
            continue;
        }
        const QString identity = QString::number(int(column->role)) + u':' + column->name;
        if (const auto first = fieldOfColumn.constFind(identity); first != fieldOfColumn.cend()) {
            errors.append(
                {field.line, 0, int(i) + 1, header.names.last(),
                 column->role == CsvColumn::Role::Expected
                     ? CsvDatasetReader::tr(
                           "a second expected-output column; field %1 is one already")
                           .arg(*first + 1)
                     : CsvDatasetReader::tr("the same column as field %1").arg(*first + 1)});
            header.columns.append(std::nullopt);
            continue;
        }
        fieldOfColumn.insert(identity, i);
        header.columns.append(column.value());
    }
    return header;
}

// One JSON cell; nullopt after adding the error.
std::optional<QJsonValue> jsonCell(const CsvField &field, int fieldNumber, const QString &name,
                                   QList<DatasetImportError> &errors)
{
    const QByteArray utf8 = field.text.toUtf8();
    const JsonValueText::Parsed json = JsonValueText::parse(utf8);
    if (!json.value) {
        errors.append({field.line, 0, fieldNumber, name,
                       json.offset < 0
                           ? CsvDatasetReader::tr("not JSON: %1").arg(json.error)
                           : CsvDatasetReader::tr("not JSON: %1 at character %2 of the value")
                                 .arg(json.error)
                                 .arg(utf8Text(utf8.first(json.offset)).size() + 1)});
        return std::nullopt;
    }
    if (!JsonValueText::isText(*json.value)) {
        errors.append({field.line, 0, fieldNumber, name, JsonValueText::notTextError()});
        return std::nullopt;
    }
    return json.value;
}

// A row with as many fields as the header as a case; nullopt when a cell has an error (added to
// `errors`) or its column has one.
std::optional<DatasetCase> readRow(const CsvRow &row, const Header &header,
                                   QList<DatasetImportError> &errors)
{
    DatasetCase data;
    bool good = true;
    for (qsizetype i = 0; i < row.fields.size() && errors.size() <= DatasetPreview::maxErrors;
         ++i) {
        const CsvField &field = row.fields.at(i);
        if (!header.columns.at(i)) {
            good = false; // its header is wrong, so this cell has no place in a case
            continue;
        }
        const CsvColumn &column = *header.columns.at(i);
        if (field.text.isEmpty() && !field.quoted) {
            continue; // unset
        }
        if (column.role == CsvColumn::Role::Expected) {
            data.expected = field.text;
            continue;
        }
        QJsonValue value = field.text;
        if (column.json) {
            if (field.text.trimmed().isEmpty()) {
                continue; // unset, quoted or not: `""` is no JSON value
            }
            const std::optional<QJsonValue> json =
                jsonCell(field, int(i) + 1, header.names.at(i), errors);
            if (!json) {
                good = false;
                continue;
            }
            value = *json;
        }
        (column.role == CsvColumn::Role::Variable ? data.variables : data.metadata)
            .insert(column.name, value);
    }
    return good ? std::optional<DatasetCase>(std::move(data)) : std::nullopt;
}

} // namespace

DatasetPreview CsvDatasetReader::read(QByteArrayView bytes)
{
    DatasetPreview preview;
    // Each source of errors stops after maxErrors + 1; the first maxErrors by line are kept.
    const QList<DatasetImportError> encodingErrors = utf8Errors(withoutByteOrderMark(bytes));
    QList<DatasetImportError> errors;
    const CsvParser::Parsed parsed = CsvParser::parse(bytes, DatasetPreview::maxErrors);
    if (parsed.rows.isEmpty()) {
        errors += parsed.droppedRowErrors;
        if (parsed.droppedRowErrors.isEmpty()) {
            errors.append({0, 0, 0, {}, tr("the file is empty; its first row names the columns")});
        }
        preview.setErrors(errors + encodingErrors);
        return preview;
    }

    errors += parsed.rows.first().errors;
    const Header header = readHeader(parsed.rows.first(), errors);
    for (const std::optional<CsvColumn> &column : header.columns) {
        if (column && column->role == CsvColumn::Role::Variable) {
            preview.variableNames.append(column->name);
        }
    }
    const auto named = [&](DatasetImportError error) {
        if (error.field > 0 && error.field <= header.names.size()) {
            error.key = header.names.at(error.field - 1);
        }
        return error;
    };

    for (qsizetype r = 1; r < parsed.rows.size() && errors.size() <= DatasetPreview::maxErrors;
         ++r) {
        const CsvRow &row = parsed.rows.at(r);
        for (const DatasetImportError &error : row.errors) {
            errors.append(named(error));
        }
        const int count = int(row.fields.size());
        const int expected = int(header.columns.size());
        if (count != expected) {
            errors.append(
                {row.line,
                 0,
                 0,
                 {},
                 count > expected
                     ? tr("too many fields: %1 where the header has %2; a value with a "
                          "comma in it goes in quotes")
                           .arg(count)
                           .arg(expected)
                     : tr("too few fields: %1 where the header has %2").arg(count).arg(expected)});
            continue;
        }
        std::optional<DatasetCase> data = readRow(row, header, errors);
        // Its text is not what the file meant when a line of it is not UTF-8.
        const auto encodingError = std::lower_bound(
            encodingErrors.cbegin(), encodingErrors.cend(), row.line,
            [](const DatasetImportError &error, int line) { return error.line < line; });
        const bool encoded =
            encodingError == encodingErrors.cend() || encodingError->line > row.lastLine;
        if (data && row.errors.isEmpty() && encoded) {
            preview.cases.append(std::move(*data));
        }
    }

    for (const DatasetImportError &error : parsed.droppedRowErrors) {
        errors.append(named(error));
    }
    errors += encodingErrors;
    if (errors.isEmpty() && preview.cases.isEmpty()) {
        errors.append({0, 0, 0, {}, tr("the file holds no cases, only a header row")});
    }
    preview.setErrors(std::move(errors));
    return preview;
}

} // namespace pwb
