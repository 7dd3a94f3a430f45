#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace pwb {

// Reads the typed fields of one JSON object from one line of a file, collecting every problem
// as "FILE:LINE: field "PATH": what is wrong" instead of stopping at the first, so that one
// pass over a file tells its author everything to fix. Nested objects keep the path
// ("usage.inputTokens", "chunks[3]").
class JsonLineFields
{
    Q_DECLARE_TR_FUNCTIONS(pwb::JsonLineFields)

public:
    enum class Need { Required, Optional }; // Optional: missing or null gives the null value

    JsonLineFields(QString fileName, qint64 line, QStringList &problems);

    // A problem with `field` (a full path), or with the line as a whole when `field` is empty.
    void problem(const QString &field, const QString &message);
    bool hasProblems() const { return m_problemCount > 0; }

    // Each returns the null value (a null QString or QVariant, an empty object or array) when
    // the field is missing, null or of the wrong type; the last two are problems unless the
    // field is Optional and missing or null.
    QString text(const QJsonObject &object, const QString &path, Need need);
    QVariant integer(const QJsonObject &object, const QString &path, Need need); // qint64
    QVariant number(const QJsonObject &object, const QString &path, Need need); // double
    QJsonObject object(const QJsonObject &object, const QString &path, Need need);
    QJsonArray array(const QJsonObject &object, const QString &path, Need need);
    // Whether the field is there and not null.
    static bool isSet(const QJsonObject &object, const QString &path);

private:
    // The value at the last part of `path` (the object holds it), or nullopt when it is missing
    // or null — a problem when `need` is Required.
    std::optional<QJsonValue> valueAt(const QJsonObject &object, const QString &path, Need need);
    void wrongType(const QString &path, const QString &expected);

    QString m_fileName;
    qint64 m_line;
    QStringList &m_problems;
    int m_problemCount = 0;
};

} // namespace pwb
