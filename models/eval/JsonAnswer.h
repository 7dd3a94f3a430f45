#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QStringView>

namespace pwb {

// JSON in a model's answer, for is-json, json-schema and json-path.
//
// What counts as JSON: the answer without leading and trailing whitespace is one JSON value of
// any kind (RFC 8259: an object, an array, a string, a number, true, false or null), or it is
// exactly one Markdown fence — a line "```" or "```json" (any case), the JSON, a line "```" —
// with nothing but whitespace around it. Models add that fence even when told not to, and the
// JSON inside is what the author asked for; prose around the fence ("Here is the JSON: …") is
// not accepted, because an app parsing the answer would fail on it too.
struct JsonAnswer
{
    Q_DECLARE_TR_FUNCTIONS(pwb::JsonAnswer)

public:
    // The answer's JSON, or why it is not: "not JSON: unterminated object at character 17"
    // (1-based, counting UTF-16 code units of the answer).
    static Result<QJsonValue> parse(const QString &answer);
    // `text` as one JSON value of any kind, no fence: the same errors.
    static Result<QJsonValue> parseValue(QStringView text);

    // The JSON inside a fence that is the whole (trimmed) answer, or the trimmed answer itself.
    static QStringView unfenced(QStringView answer);

    // JSON equality, with numbers compared as numbers (1 == 1.0) and object keys in any order.
    static bool equal(const QJsonValue &a, const QJsonValue &b);

    // Compact JSON for a reason, cut at `maxLength` characters with "…": "A-1" → "\"A-1\"".
    static QString describe(const QJsonValue &value, qsizetype maxLength = 60);
    // A text quoted for a reason, cut at `maxLength` with "…", line breaks shown as \n.
    static QString quote(QStringView text, qsizetype maxLength = 60);
};

} // namespace pwb
