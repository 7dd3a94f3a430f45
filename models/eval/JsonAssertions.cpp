// AssertionEvaluator: the checks of JSON in an answer (is-json, json-schema, json-path).
#include "eval/AssertionEvaluator.h"
#include "eval/JsonAnswer.h"
#include "eval/JsonPath.h"
#include "eval/JsonSchemaSubset.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pwb {

namespace {

QString kindOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object:
        return AssertionEvaluator::tr("an object");
    case QJsonValue::Array:
        return AssertionEvaluator::tr("an array");
    case QJsonValue::String:
        return AssertionEvaluator::tr("a string");
    case QJsonValue::Double:
        return AssertionEvaluator::tr("a number");
    case QJsonValue::Bool:
        return AssertionEvaluator::tr("a boolean");
    default:
        return AssertionEvaluator::tr("null");
    }
}

bool isFenced(const QString &answer)
{
    return JsonAnswer::unfenced(answer).size() != QStringView(answer).trimmed().size();
}

} // namespace

AssertionOutcome AssertionEvaluator::isJson(const Assertion &, const EvalAnswer &answer)
{
    const Result<QJsonValue> json = JsonAnswer::parse(answer.output);
    if (!json) {
        return AssertionOutcome::fail(json.error());
    }
    return AssertionOutcome::pass(isFenced(answer.output)
                                      ? tr("is JSON (%1, in a ``` fence)").arg(kindOf(json.value()))
                                      : tr("is JSON (%1)").arg(kindOf(json.value())));
}

AssertionOutcome AssertionEvaluator::jsonSchema(const Assertion &assertion,
                                                const EvalAnswer &answer)
{
    const Result<JsonSchemaSubset> schema = JsonSchemaSubset::compile(assertion.value);
    if (!schema) {
        return AssertionOutcome::error(tr("the schema is not valid: %1").arg(schema.error()));
    }
    const Result<QJsonValue> json = JsonAnswer::parse(answer.output);
    if (!json) {
        return AssertionOutcome::fail(json.error());
    }
    QString unchecked;
    if (!schema->uncheckedKeywords().isEmpty()) {
        unchecked =
            tr("; not checked: %1").arg(schema->uncheckedKeywords().join(QStringLiteral(", ")));
    }
    constexpr qsizetype kShown = 3;
    const QList<JsonSchemaSubset::Violation> violations = schema->validate(json.value());
    if (violations.isEmpty()) {
        return AssertionOutcome::pass(tr("matches the schema") + unchecked);
    }
    QStringList shown;
    for (qsizetype i = 0; i < qMin(kShown, violations.size()); ++i) {
        shown << JsonSchemaSubset::describe(violations.at(i));
    }
    QString reason = shown.join(QStringLiteral("; "));
    if (violations.size() > kShown) {
        reason += tr(" (and %1 more)").arg(violations.size() - kShown);
    }
    return AssertionOutcome::fail(reason + unchecked);
}

AssertionOutcome AssertionEvaluator::jsonPath(const Assertion &assertion, const EvalAnswer &answer)
{
    const Result<JsonPath> path = JsonPath::parse(assertion.path);
    if (!path) {
        return AssertionOutcome::error(
            tr("the JSON path %1 is not valid: %2").arg(assertion.path, path.error()));
    }
    QJsonValue wanted = assertion.value;
    if (wanted.isUndefined()) {
        if (!answer.expected) {
            return AssertionOutcome::error(noExpectedOutput());
        }
        const Result<QJsonValue> expected = JsonAnswer::parse(*answer.expected);
        wanted = expected ? expected.value() : QJsonValue(*answer.expected);
    }
    const Result<QJsonValue> json = JsonAnswer::parse(answer.output);
    if (!json) {
        return AssertionOutcome::fail(json.error());
    }
    const Result<QJsonValue> found = path->find(json.value());
    if (!found) {
        return AssertionOutcome::fail(found.error());
    }
    const QString where = path->toString();
    if (JsonAnswer::equal(found.value(), wanted)) {
        return AssertionOutcome::pass(
            tr("%1 is %2").arg(where, JsonAnswer::describe(found.value())));
    }
    return AssertionOutcome::fail(
        tr("%1 is %2, expected %3")
            .arg(where, JsonAnswer::describe(found.value()), JsonAnswer::describe(wanted)));
}

} // namespace pwb
