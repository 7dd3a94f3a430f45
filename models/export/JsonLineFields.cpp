#include "export/JsonLineFields.h"

#include <cmath>

namespace pwb {

JsonLineFields::JsonLineFields(QString fileName, qint64 line, QStringList &problems)
    : m_fileName(std::move(fileName))
    , m_line(line)
    , m_problems(problems)
{ }

void JsonLineFields::problem(const QString &field, const QString &message)
{
    ++m_problemCount;
    if (field.isEmpty()) {
        m_problems.append(tr("%1:%2: %3").arg(m_fileName).arg(m_line).arg(message));
    } else {
        m_problems.append(
            tr("%1:%2: field \"%3\": %4").arg(m_fileName).arg(m_line).arg(field, message));
    }
}

void JsonLineFields::wrongType(const QString &path, const QString &expected)
{
    problem(path, tr("must be %1").arg(expected));
}

bool JsonLineFields::isSet(const QJsonObject &object, const QString &path)
{
    const QJsonValue value = object.value(path.section(u'.', -1));
    return !value.isUndefined() && !value.isNull();
}

std::optional<QJsonValue> JsonLineFields::valueAt(const QJsonObject &object, const QString &path,
                                                  Need need)
{
    const QJsonValue value = object.value(path.section(u'.', -1));
    if (value.isUndefined() || value.isNull()) {
        if (need == Need::Required) {
            problem(path, value.isNull() ? tr("must not be null") : tr("is missing"));
        }
        return std::nullopt;
    }
    return value;
}

QString JsonLineFields::text(const QJsonObject &object, const QString &path, Need need)
{
    const std::optional<QJsonValue> value = valueAt(object, path, need);
    if (!value) {
        return {};
    }
    if (!value->isString()) {
        wrongType(path, tr("text"));
        return {};
    }
    // Text from a file is never null once read, so it is told apart from a missing field.
    const QString result = value->toString();
    return result.isNull() ? QStringLiteral("") : result;
}

QVariant JsonLineFields::integer(const QJsonObject &object, const QString &path, Need need)
{
    const std::optional<QJsonValue> value = valueAt(object, path, need);
    if (!value) {
        return {};
    }
    const double number = value->toDouble();
    // 2^53: beyond it a JSON number is no longer an exact whole number.
    if (!value->isDouble() || std::trunc(number) != number ||
        std::abs(number) > 9007199254740992.0) {
        wrongType(path,
                  need == Need::Optional ? tr("a whole number or null") : tr("a whole number"));
        return {};
    }
    return QVariant(value->toInteger());
}

QVariant JsonLineFields::number(const QJsonObject &object, const QString &path, Need need)
{
    const std::optional<QJsonValue> value = valueAt(object, path, need);
    if (!value) {
        return {};
    }
    if (!value->isDouble()) {
        wrongType(path, need == Need::Optional ? tr("a number or null") : tr("a number"));
        return {};
    }
    return QVariant(value->toDouble());
}

QJsonObject JsonLineFields::object(const QJsonObject &object, const QString &path, Need need)
{
    const std::optional<QJsonValue> value = valueAt(object, path, need);
    if (!value) {
        return {};
    }
    if (!value->isObject()) {
        wrongType(path, tr("an object"));
        return {};
    }
    return value->toObject();
}

QJsonArray JsonLineFields::array(const QJsonObject &object, const QString &path, Need need)
{
    const std::optional<QJsonValue> value = valueAt(object, path, need);
    if (!value) {
        return {};
    }
    if (!value->isArray()) {
        wrongType(path, tr("a list"));
        return {};
    }
    return value->toArray();
}

} // namespace pwb
