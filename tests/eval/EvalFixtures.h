#pragma once

#include "eval/Assertion.h"
#include "eval/EvalAnswer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

namespace pwb::test {

// A JSON object written in a test table; a typo in it fails the test, not the parse.
inline QJsonObject object(const QString &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (!json.isEmpty() && (error.error != QJsonParseError::NoError || !document.isObject())) {
        qFatal("test table JSON is not an object: %s (%s)", qPrintable(json),
               qPrintable(error.errorString()));
    }
    return document.object();
}

// An assertion from JSON that must be valid.
inline Assertion assertion(const QString &json)
{
    const Result<Assertion> parsed = Assertion::fromJson(object(json), 1);
    if (!parsed) {
        qFatal("test table assertion is not valid: %s", qPrintable(parsed.error()));
    }
    return parsed.value();
}

// An answer: `expected` null = the case has none; `context` may give "variables", "input",
// "latencyMs", "firstTokenMs", "outputTokens", "costUsd" and "failure".
inline EvalAnswer answer(const QString &output, const QString &expected = {},
                         const QString &context = {})
{
    const QJsonObject extra = object(context);
    EvalAnswer answer;
    answer.output = output;
    if (!expected.isNull()) {
        answer.expected = expected;
    }
    answer.variables = extra.value(u"variables").toObject();
    answer.input = extra.value(u"input").toString();
    answer.failure = extra.value(u"failure").toString();
    const auto figure = [&](const char16_t *key) {
        const QJsonValue value = extra.value(QString::fromUtf16(key));
        return value.isDouble() ? std::optional<qint64>(qint64(value.toDouble())) : std::nullopt;
    };
    answer.figures.latencyMs = figure(u"latencyMs");
    answer.figures.firstTokenMs = figure(u"firstTokenMs");
    answer.figures.outputTokens = figure(u"outputTokens");
    if (extra.value(u"costUsd").isDouble()) {
        answer.figures.costUsd = extra.value(u"costUsd").toDouble();
    }
    return answer;
}

inline bool near(double a, double b)
{
    return std::abs(a - b) < 1e-6;
}

} // namespace pwb::test
