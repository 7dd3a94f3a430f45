#include "eval/JsonAnswer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace pwb {

namespace {

const QLatin1StringView kFence("```");

// Characters before byte `offset` of a UTF-8 text.
qsizetype charactersBefore(const QByteArray &utf8, qsizetype offset)
{
    return QString::fromUtf8(utf8.left(qBound(qsizetype(0), offset, utf8.size()))).size();
}

// The first `length` UTF-16 units of `text`, without half a surrogate pair.
QString cut(QStringView text, qsizetype length)
{
    if (length > 0 && length < text.size() && text.at(length - 1).isHighSurrogate()) {
        --length;
    }
    return text.left(length).toString();
}

} // namespace

QStringView JsonAnswer::unfenced(QStringView answer)
{
    const QStringView trimmed = answer.trimmed();
    if (!trimmed.startsWith(kFence) || trimmed.size() < 2 * kFence.size()) {
        return trimmed;
    }
    const qsizetype firstBreak = trimmed.indexOf(QLatin1Char('\n'));
    const qsizetype lastBreak = trimmed.lastIndexOf(QLatin1Char('\n'));
    if (firstBreak < 0 || lastBreak <= firstBreak) {
        return trimmed;
    }
    const QStringView language = trimmed.mid(kFence.size(), firstBreak - kFence.size()).trimmed();
    const QStringView closing = trimmed.mid(lastBreak + 1).trimmed();
    if ((!language.isEmpty() && language.compare(u"json", Qt::CaseInsensitive) != 0) ||
        closing != kFence) {
        return trimmed;
    }
    return trimmed.mid(firstBreak + 1, lastBreak - firstBreak - 1);
}

Result<QJsonValue> JsonAnswer::parseValue(QStringView text)
{
    if (text.trimmed().isEmpty()) {
        return Result<QJsonValue>::failure(tr("not JSON: the answer is empty"));
    }
    // QJsonDocument reads only objects and arrays; inside an array any value is one, and an
    // answer of two values ("1, 2") becomes an array of two, which is not one value.
    QByteArray wrapped = text.toUtf8();
    wrapped.prepend('[').append(']');
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(wrapped, &error);
    if (error.error != QJsonParseError::NoError) {
        const qsizetype character = qMin(charactersBefore(wrapped, error.offset), text.size());
        return Result<QJsonValue>::failure(
            tr("not JSON: %1 at character %2").arg(error.errorString()).arg(qMax(1, character)));
    }
    const QJsonArray values = document.array();
    if (values.size() != 1) {
        return Result<QJsonValue>::failure(tr("not JSON: more than one value"));
    }
    return values.first();
}

Result<QJsonValue> JsonAnswer::parse(const QString &answer)
{
    return parseValue(unfenced(answer));
}

bool JsonAnswer::equal(const QJsonValue &a, const QJsonValue &b)
{
    if (a.type() != b.type()) {
        return false;
    }
    switch (a.type()) {
    case QJsonValue::Double:
        return a.toDouble() == b.toDouble();
    case QJsonValue::Array: {
        const QJsonArray left = a.toArray();
        const QJsonArray right = b.toArray();
        if (left.size() != right.size()) {
            return false;
        }
        for (qsizetype i = 0; i < left.size(); ++i) {
            if (!equal(left.at(i), right.at(i))) {
                return false;
            }
        }
        return true;
    }
    case QJsonValue::Object: {
        const QJsonObject left = a.toObject();
        const QJsonObject right = b.toObject();
        if (left.size() != right.size()) {
            return false;
        }
        for (auto it = left.begin(); it != left.end(); ++it) {
            const auto other = right.constFind(it.key());
            if (other == right.constEnd() || !equal(it.value(), other.value())) {
                return false;
            }
        }
        return true;
    }
    default:
        return a == b;
    }
}

QString JsonAnswer::describe(const QJsonValue &value, qsizetype maxLength)
{
    if (value.isUndefined()) {
        return tr("nothing");
    }
    QString json =
        QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact));
    json = json.mid(1, json.size() - 2); // the array's brackets
    return json.size() > maxLength ? cut(json, maxLength) + u'…' : json;
}

QString JsonAnswer::quote(QStringView text, qsizetype maxLength)
{
    QString shown = text.size() > maxLength ? cut(text, maxLength) + u'…' : text.toString();
    shown.replace(QLatin1Char('\r'), QStringLiteral("\\r"));
    shown.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return u'"' + shown + u'"';
}

} // namespace pwb
