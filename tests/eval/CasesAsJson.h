#pragma once

#include "storage/DatasetRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Cases as one line of JSON — [{"vars": {..}, "expected": "..", "metadata": {..}}, ..], without
// "expected" when it is unset and "metadata" when it is empty — so that a test table states the
// cases it expects as data, and a failed comparison prints both sides readably.
inline QByteArray casesAsJson(const QList<pwb::DatasetCase> &cases)
{
    QJsonArray array;
    for (const pwb::DatasetCase &data : cases) {
        QJsonObject object {{QStringLiteral("vars"), data.variables}};
        if (data.expected) {
            object.insert(QStringLiteral("expected"), *data.expected);
        }
        if (!data.metadata.isEmpty()) {
            object.insert(QStringLiteral("metadata"), data.metadata);
        }
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

// Hand-written JSON in the same compact form (keys sorted, no spaces). In the raw strings the
// tests write it in, a quote inside a JSON string is \u0022: moc misreads \" in a raw string
// literal and silently leaves the test class without its slots.
inline QByteArray compactJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    Q_ASSERT_X(error.error == QJsonParseError::NoError, "compactJson", json.constData());
    return document.toJson(QJsonDocument::Compact);
}
