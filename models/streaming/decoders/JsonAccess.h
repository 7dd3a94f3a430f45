#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace pwb::json {

// Short, null-safe access for decoding provider JSON, where any field may be absent or null.
inline QJsonObject object(const QJsonObject &parent, QLatin1StringView key)
{
    return parent.value(key).toObject();
}
inline QJsonArray array(const QJsonObject &parent, QLatin1StringView key)
{
    return parent.value(key).toArray();
}
inline QString string(const QJsonObject &parent, QLatin1StringView key)
{
    return parent.value(key).toString();
}
// An integer count, or -1 when absent.
inline qint64 count(const QJsonObject &parent, QLatin1StringView key)
{
    const QJsonValue value = parent.value(key);
    return value.isDouble() ? value.toInteger() : -1;
}

} // namespace pwb::json
