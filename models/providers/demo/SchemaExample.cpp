#include "providers/demo/SchemaExample.h"

#include <QJsonArray>

namespace pwb::demo {

namespace {

QJsonValue exampleOf(const QJsonObject &schema, int depth)
{
    if (depth > 8) {
        return QJsonValue();
    }
    if (schema.contains(QLatin1String("const"))) {
        return schema.value(QLatin1String("const"));
    }
    if (const QJsonArray options = schema.value(QLatin1String("enum")).toArray();
        !options.isEmpty()) {
        return options.first();
    }
    for (const char *alternatives : {"anyOf", "oneOf"}) {
        if (const QJsonArray options = schema.value(QLatin1String(alternatives)).toArray();
            !options.isEmpty()) {
            return exampleOf(options.first().toObject(), depth + 1);
        }
    }
    QString type = schema.value(QLatin1String("type")).toString();
    for (const QJsonValue &candidate : schema.value(QLatin1String("type")).toArray()) {
        if (candidate.toString() != QLatin1String("null")) {
            type = candidate.toString();
            break;
        }
    }
    if (type.isEmpty() && schema.contains(QLatin1String("properties"))) {
        type = QStringLiteral("object");
    }
    if (type == QLatin1String("object")) {
        QJsonObject object;
        const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            object.insert(it.key(), exampleOf(it.value().toObject(), depth + 1));
        }
        return object;
    }
    if (type == QLatin1String("array")) {
        const QJsonValue items = schema.value(QLatin1String("items"));
        return items.isObject() ? QJsonArray {exampleOf(items.toObject(), depth + 1)}
                                : QJsonArray {};
    }
    if (type == QLatin1String("string")) {
        const QString format = schema.value(QLatin1String("format")).toString();
        if (format == QLatin1String("date")) {
            return QStringLiteral("2026-01-01");
        }
        if (format == QLatin1String("date-time")) {
            return QStringLiteral("2026-01-01T00:00:00Z");
        }
        if (format == QLatin1String("email")) {
            return QStringLiteral("demo@example.com");
        }
        if (format == QLatin1String("uri")) {
            return QStringLiteral("https://example.com/");
        }
        return QStringLiteral("demo");
    }
    if (type == QLatin1String("integer") || type == QLatin1String("number")) {
        return schema.value(QLatin1String("minimum")).toDouble(0);
    }
    if (type == QLatin1String("boolean")) {
        return false;
    }
    return QJsonValue();
}

} // namespace

QJsonValue schemaExample(const QJsonObject &schema)
{
    return exampleOf(schema, 0);
}

} // namespace pwb::demo
