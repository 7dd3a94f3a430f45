#include "eval/JsonlDatasetReader.h"

#include "eval/JsonValueText.h"
#include "eval/Utf8Validation.h"

#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pwb {

namespace {

// The 1-based character at byte `offset` of a line of UTF-8.
int columnAt(QByteArrayView line, qsizetype offset)
{
    return int(utf8Text(line.first(std::clamp<qsizetype>(offset, 0, line.size()))).size()) + 1;
}

class CaseReader
{
public:
    CaseReader(int line, QList<DatasetImportError> &errors)
        : m_line(line)
        , m_errors(errors)
        , m_errorsBefore(errors.size())
    { }

    // nullopt when the object has errors (they are in `errors`).
    std::optional<DatasetCase> read(const QJsonObject &object)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!JsonValueText::isText(QJsonObject {{it.key(), it.value()}})) {
                fail(it.key(), JsonValueText::notTextError());
            }
        }
        if (m_errors.size() > m_errorsBefore) {
            return std::nullopt;
        }
        if (object.contains("vars"_L1)) {
            readWrapped(object);
        } else {
            readFlat(object);
        }
        // Not QJsonObject::contains(QString()): Qt 6.8 reads through the null string's pointer
        // when a key holds a NUL character (found by fuzz_dataset_import).
        const QStringList names = m_data.variables.keys();
        if (std::any_of(names.begin(), names.end(),
                        [](const QString &name) { return name.isEmpty(); })) {
            fail({}, JsonlDatasetReader::tr("a variable has an empty name (\"\")"));
        }
        if (m_errors.size() > m_errorsBefore) {
            return std::nullopt;
        }
        return m_data;
    }

private:
    void readWrapped(const QJsonObject &object)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == "vars"_L1) {
                if (it->isObject()) {
                    m_data.variables = it->toObject();
                } else {
                    fail(it.key(), JsonlDatasetReader::tr("must be an object"));
                }
            } else if (it.key() == "expected"_L1) {
                readExpected(it.key(), it.value());
            } else if (it.key() == "metadata"_L1) {
                readMetadata(it.key(), it.value());
            } else {
                fail(it.key(),
                     JsonlDatasetReader::tr("unknown key next to \"vars\"; variables go inside "
                                            "\"vars\", and the other keys allowed are "
                                            "\"expected\" and \"metadata\""));
            }
        }
    }

    void readFlat(const QJsonObject &object)
    {
        QString expectedKey, metadataKey;
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString &key = it.key();
            if (key == "expected"_L1 || key == "__expected"_L1) {
                if (!expectedKey.isEmpty()) {
                    fail(key,
                         JsonlDatasetReader::tr("\"%1\" is the expected output already")
                             .arg(expectedKey));
                    continue;
                }
                expectedKey = key;
                readExpected(key, it.value());
            } else if (key == "metadata"_L1 || key == "__metadata"_L1) {
                if (!metadataKey.isEmpty()) {
                    fail(key,
                         JsonlDatasetReader::tr("\"%1\" is the metadata already").arg(metadataKey));
                    continue;
                }
                metadataKey = key;
                readMetadata(key, it.value());
            } else {
                m_data.variables.insert(key, it.value());
            }
        }
    }

    void readExpected(const QString &key, const QJsonValue &value)
    {
        if (value.isString()) {
            m_data.expected = value.toString();
        } else if (!value.isNull()) {
            fail(key, JsonlDatasetReader::tr("must be a string"));
        }
    }

    void readMetadata(const QString &key, const QJsonValue &value)
    {
        if (value.isObject()) {
            m_data.metadata = value.toObject();
        } else if (!value.isNull()) {
            fail(key, JsonlDatasetReader::tr("must be an object"));
        }
    }

    void fail(const QString &key, const QString &message)
    {
        m_errors.append({m_line, 0, 0, key, message});
    }

    int m_line;
    QList<DatasetImportError> &m_errors;
    qsizetype m_errorsBefore;
    DatasetCase m_data;
};

} // namespace

DatasetPreview JsonlDatasetReader::read(QByteArrayView input)
{
    const QByteArrayView bytes = withoutByteOrderMark(input);
    DatasetPreview preview;
    QList<DatasetImportError> errors;
    QSet<QString> seen;
    int line = 0;
    for (qsizetype start = 0; start < bytes.size() && errors.size() <= DatasetPreview::maxErrors;) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0) {
            end = bytes.size();
        }
        QByteArrayView text = bytes.sliced(start, end - start);
        start = end + 1;
        ++line;
        if (text.endsWith('\r')) {
            text.chop(1);
        }
        if (text.trimmed().isEmpty()) {
            continue;
        }
        if (const qsizetype bad = invalidUtf8Offset(text); bad >= 0) {
            errors.append(
                {line, columnAt(text, bad), 0, {}, tr("not UTF-8; save the file as UTF-8")});
            continue;
        }
        const JsonValueText::Parsed json = JsonValueText::parse(text);
        if (!json.value) {
            errors.append({line,
                           json.offset < 0 ? 0 : columnAt(text, json.offset),
                           0,
                           {},
                           tr("not JSON: %1").arg(json.error)});
            continue;
        }
        if (!json.value->isObject()) {
            errors.append(
                {line, 0, 0, {}, tr("not a JSON object; each line holds one case as an object")});
            continue;
        }
        if (std::optional<DatasetCase> data =
                CaseReader(line, errors).read(json.value->toObject())) {
            for (auto it = data->variables.begin(); it != data->variables.end(); ++it) {
                if (!seen.contains(it.key())) {
                    seen.insert(it.key());
                    preview.variableNames.append(it.key());
                }
            }
            preview.cases.append(std::move(*data));
        }
    }
    if (errors.isEmpty() && preview.cases.isEmpty()) {
        errors.append({0, 0, 0, {}, tr("the file holds no cases")});
    }
    preview.setErrors(std::move(errors));
    return preview;
}

} // namespace pwb
