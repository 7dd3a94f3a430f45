#include "eval/JsonValueText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QList>

#include <algorithm>

namespace pwb {

namespace {

// Qt's JSON parser drops a byte order mark at the start of a string, as QString::fromUtf8 does;
// escaped, it is kept. Outside strings JSON has no room for one, so replacing every one is safe.
const QByteArray byteOrderMark = QByteArrayLiteral("\xEF\xBB\xBF");
const QByteArray escapedByteOrderMark = QByteArrayLiteral("\\ufeff");

} // namespace

JsonValueText::Parsed JsonValueText::parse(QByteArrayView utf8)
{
    // As the only element of an array, which QJsonDocument reads.
    QByteArray wrapped;
    wrapped.reserve(utf8.size() + 2);
    wrapped.append('[');
    QList<qsizetype> marks; // where utf8 has a byte order mark
    qsizetype from = 0;
    for (qsizetype at = utf8.indexOf(byteOrderMark); at >= 0;
         at = utf8.indexOf(byteOrderMark, from)) {
        marks.append(at);
        wrapped.append(utf8.sliced(from, at - from)).append(escapedByteOrderMark);
        from = at + byteOrderMark.size();
    }
    wrapped.append(utf8.sliced(from)).append(']');

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(wrapped, &error);
    if (error.error != QJsonParseError::NoError) {
        // Qt's offset is just past the offending character, and counts the '[' and the escapes.
        const qsizetype escaped = error.offset - 2;
        qsizetype offset = escaped;
        for (qsizetype k = 0; k < marks.size(); ++k) {
            const qsizetype start = marks.at(k) + k * (escapedByteOrderMark.size() - 3);
            if (escaped <= start) {
                break;
            }
            if (escaped < start + escapedByteOrderMark.size()) {
                offset = marks.at(k);
                break;
            }
            offset -= escapedByteOrderMark.size() - 3;
        }
        return {std::nullopt, error.errorString(), std::clamp<qsizetype>(offset, 0, utf8.size())};
    }
    const QJsonArray array = document.array();
    if (array.isEmpty()) {
        return {std::nullopt, tr("no value"), -1};
    }
    if (array.size() > 1) {
        return {std::nullopt, tr("more than one value"), -1};
    }
    return {array.first(), {}, -1};
}

QByteArray JsonValueText::compact(const QJsonValue &value)
{
    QByteArray array = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return array.sliced(1, array.size() - 2).replace(byteOrderMark, escapedByteOrderMark);
}

QString JsonValueText::typed(const QJsonValue &value)
{
    if (value.isString()) {
        return value.toString();
    }
    return value.isNull() || value.isUndefined() ? QString() : QString::fromUtf8(compact(value));
}

bool JsonValueText::isText(const QJsonValue &value)
{
    if (value.isString()) {
        return QStringView(value.toString()).isValidUtf16();
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::all_of(array.begin(), array.end(),
                           [](const QJsonValue &element) { return isText(element); });
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!QStringView(it.key()).isValidUtf16() || !isText(it.value())) {
                return false;
            }
        }
    }
    return true;
}

QString JsonValueText::notTextError()
{
    return tr("holds an unpaired surrogate escape (such as \\ud800), which is no text");
}

} // namespace pwb
