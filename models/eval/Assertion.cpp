#include "eval/Assertion.h"

namespace pwb {

QStringList Assertion::typeNames()
{
    // In the order of Type.
    return {QStringLiteral("equals"),      QStringLiteral("contains"),
            QStringLiteral("regex"),       QStringLiteral("starts-with"),
            QStringLiteral("is-json"),     QStringLiteral("json-schema"),
            QStringLiteral("json-path"),   QStringLiteral("numeric"),
            QStringLiteral("levenshtein"), QStringLiteral("max-latency"),
            QStringLiteral("max-cost"),    QStringLiteral("max-output-tokens"),
            QStringLiteral("llm-judge")};
}

QString Assertion::typeName(Type type)
{
    return typeNames().value(int(type));
}

std::optional<Assertion::Type> Assertion::typeFromName(const QString &name)
{
    const qsizetype index = typeNames().indexOf(name);
    return index < 0 ? std::nullopt : std::optional<Type>(Type(index));
}

bool Assertion::isGraded(Type type)
{
    return type == Type::Contains || type == Type::Levenshtein || type == Type::LlmJudge;
}

double Assertion::defaultThreshold() const
{
    switch (type) {
    case Type::Levenshtein:
        return 0.8;
    case Type::LlmJudge:
        return 0.5;
    default:
        return 1; // contains all: every text; the ungraded types score 1 when they pass
    }
}

QJsonObject Assertion::toJson() const
{
    QJsonObject json {{QStringLiteral("type"), typeName(type)}};
    const auto put = [&json](const char16_t *key, const QJsonValue &field) {
        json.insert(QString::fromUtf16(key), field);
    };
    if (!label.isEmpty()) {
        put(u"label", label);
    }
    if (weight != 1) {
        put(u"weight", weight);
    }
    if (negate) {
        put(u"negate", true);
    }
    if (threshold) {
        put(u"threshold", *threshold);
    }
    if (!value.isUndefined()) {
        put(u"value", value);
    }
    if (!values.isEmpty()) {
        put(u"values", QJsonArray::fromStringList(values));
    }
    if (trim) {
        put(u"trim", true);
    }
    if (ignoreCase) {
        put(u"ignoreCase", true);
    }
    if (match == Match::All) {
        put(u"match", QStringLiteral("all"));
    }
    if (!path.isEmpty()) {
        put(u"path", path);
    }
    if (extract == Extract::Whole) {
        put(u"extract", QStringLiteral("whole"));
    }
    if (absoluteTolerance) {
        put(u"absoluteTolerance", *absoluteTolerance);
    }
    if (relativeTolerance) {
        put(u"relativeTolerance", *relativeTolerance);
    }
    if (measure == Measure::FirstToken) {
        put(u"measure", QStringLiteral("first-token"));
    }
    if (!rubric.isEmpty()) {
        put(u"rubric", rubric);
    }
    if (!provider.isEmpty()) {
        put(u"provider", provider);
    }
    if (!model.isEmpty()) {
        put(u"model", model);
    }
    if (scale) {
        put(u"scale", *scale);
    }
    return json;
}

QJsonArray Assertion::listToJson(const QList<Assertion> &assertions)
{
    QJsonArray array;
    for (const Assertion &assertion : assertions) {
        array.append(assertion.toJson());
    }
    return array;
}

Result<QList<Assertion>> Assertion::listFromJson(const QJsonArray &array)
{
    QList<Assertion> assertions;
    for (qsizetype i = 0; i < array.size(); ++i) {
        Result<Assertion> assertion = fromJson(array.at(i), int(i) + 1);
        if (!assertion) {
            return Result<QList<Assertion>>::failure(assertion.error());
        }
        assertions.append(std::move(assertion).value());
    }
    return assertions;
}

} // namespace pwb
