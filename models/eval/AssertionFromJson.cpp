// Assertion::fromJson: reading and checking one assertion's configuration.
#include "eval/Assertion.h"
#include "eval/JsonAnswer.h"
#include "eval/JsonPath.h"
#include "eval/JsonSchemaSubset.h"
#include "eval/NumberInText.h"
#include "prompts/MustacheTemplate.h"

#include <QRegularExpression>

#include <cmath>

namespace pwb {

namespace {

using Type = Assertion::Type;

// The fields each type reads besides type, label, weight and negate (and threshold for the
// graded ones).
QStringList fieldsOf(Type type)
{
    switch (type) {
    case Type::Equals:
    case Type::StartsWith:
    case Type::Levenshtein:
        return {QStringLiteral("value"), QStringLiteral("trim"), QStringLiteral("ignoreCase")};
    case Type::Contains:
        return {QStringLiteral("values"), QStringLiteral("value"), QStringLiteral("match"),
                QStringLiteral("ignoreCase")};
    case Type::Regex:
        return {QStringLiteral("value"), QStringLiteral("ignoreCase")};
    case Type::IsJson:
        return {};
    case Type::JsonSchema:
    case Type::MaxCost:
    case Type::MaxOutputTokens:
        return {QStringLiteral("value")};
    case Type::JsonPath:
        return {QStringLiteral("path"), QStringLiteral("value")};
    case Type::Numeric:
        return {QStringLiteral("value"), QStringLiteral("extract"),
                QStringLiteral("absoluteTolerance"), QStringLiteral("relativeTolerance")};
    case Type::MaxLatency:
        return {QStringLiteral("value"), QStringLiteral("measure")};
    case Type::LlmJudge:
        return {QStringLiteral("rubric"), QStringLiteral("provider"), QStringLiteral("model"),
                QStringLiteral("scale")};
    }
    return {};
}

bool isWhole(double number)
{
    return std::isfinite(number) && std::floor(number) == number;
}

// Reads the fields of one assertion; the first problem stops it.
class Reader
{
public:
    explicit Reader(const QJsonObject &json)
        : m_json(json)
    { }

    std::optional<QString> problem;
    QString field;

    bool has(const QString &key) const
    {
        const QJsonValue value = m_json.value(key);
        return !value.isUndefined() && !value.isNull();
    }
    QJsonValue get(const QString &key) const { return m_json.value(key); }

    void fail(const QString &key, const QString &message)
    {
        if (!problem) {
            field = key;
            problem = message;
        }
    }

    void readBool(const QString &key, bool &into)
    {
        if (has(key)) {
            if (get(key).isBool()) {
                into = get(key).toBool();
            } else {
                fail(key, Assertion::tr("must be true or false"));
            }
        }
    }
    void readText(const QString &key, QString &into, bool required)
    {
        if (has(key) && get(key).isString() && !get(key).toString().isEmpty()) {
            into = get(key).toString();
        } else if (has(key) || required) {
            fail(key, Assertion::tr("must be a text that is not empty"));
        }
    }
    void readNonNegative(const QString &key, std::optional<double> &into)
    {
        if (has(key)) {
            const double number = get(key).toDouble(-1);
            if (get(key).isDouble() && std::isfinite(number) && number >= 0) {
                into = number;
            } else {
                fail(key, Assertion::tr("must be a number, 0 or more"));
            }
        }
    }
    // One of `names`, stored as its index.
    template<typename E>
    void readChoice(const QString &key, const QStringList &names, E &into)
    {
        if (has(key)) {
            const qsizetype index = names.indexOf(get(key).toString());
            if (get(key).isString() && index >= 0) {
                into = E(index);
            } else {
                fail(key,
                     Assertion::tr("must be one of: %1")
                         .arg(QStringLiteral("\"") + names.join(QStringLiteral("\", \"")) +
                              QStringLiteral("\"")));
            }
        }
    }
    // A text that is a Mustache template over the case's variables; checked by parsing.
    void checkTemplate(const QString &key, const QString &text)
    {
        if (text.contains(QStringLiteral("{{"))) {
            const auto parsed = MustacheTemplate::parse(text);
            if (!parsed) {
                fail(key, parsed.error().toString());
            }
        }
    }

private:
    const QJsonObject &m_json;
};

void readValue(Reader &reader, Assertion &assertion)
{
    const QString key = QStringLiteral("value");
    const QJsonValue value = reader.get(key);
    // null is a value here (json-path may expect null); the types that take texts refuse it.
    const bool given = !value.isUndefined();
    if (given) {
        assertion.value = value;
    }
    switch (assertion.type) {
    case Type::Equals:
    case Type::StartsWith:
    case Type::Levenshtein:
        if (given && !value.isString()) {
            reader.fail(key,
                        Assertion::tr("must be a text (leave it out to compare with the "
                                      "expected output)"));
        }
        reader.checkTemplate(key, value.toString());
        break;
    case Type::Contains: {
        const QString valuesKey = QStringLiteral("values");
        if (given && reader.has(valuesKey)) {
            reader.fail(valuesKey, Assertion::tr("give either \"value\" (one text) or \"values\""));
        } else if (given) {
            if (!value.isString() || value.toString().isEmpty()) {
                reader.fail(key, Assertion::tr("must be a text that is not empty"));
            }
            assertion.value = QJsonValue::Undefined;
            assertion.values = {value.toString()};
        } else if (reader.has(valuesKey)) {
            const QJsonValue list = reader.get(valuesKey);
            for (const QJsonValue &text : list.toArray()) {
                if (!text.isString() || text.toString().isEmpty()) {
                    reader.fail(valuesKey,
                                Assertion::tr("must be a list of texts that are not "
                                              "empty"));
                }
                assertion.values << text.toString();
            }
            if (!list.isArray() || assertion.values.isEmpty()) {
                reader.fail(valuesKey, Assertion::tr("must be a list of at least one text"));
            }
        }
        for (const QString &text : std::as_const(assertion.values)) {
            reader.checkTemplate(given ? key : valuesKey, text);
        }
        break;
    }
    case Type::Regex: {
        if (!value.isString() || value.toString().isEmpty()) {
            reader.fail(key, Assertion::tr("must be a regular expression"));
            break;
        }
        const QRegularExpression pattern(value.toString());
        if (!pattern.isValid()) {
            reader.fail(key,
                        Assertion::tr("is not a valid regular expression: %1 at character %2")
                            .arg(pattern.errorString())
                            .arg(pattern.patternErrorOffset() + 1));
        }
        break;
    }
    case Type::IsJson:
        break;
    case Type::JsonSchema:
        if (!given) {
            reader.fail(key, Assertion::tr("must be a JSON Schema (an object)"));
        } else if (const auto schema = JsonSchemaSubset::compile(value); !schema) {
            reader.fail(key, schema.error());
        }
        break;
    case Type::JsonPath:
        break; // any JSON; null too
    case Type::Numeric:
        if (given && !value.isDouble() &&
            !(value.isString() && NumberInText::whole(value.toString()))) {
            reader.fail(key,
                        Assertion::tr("must be a number (leave it out to compare with the "
                                      "expected output)"));
        }
        break;
    case Type::MaxLatency:
        if (!value.isDouble() || !(value.toDouble() > 0) || !std::isfinite(value.toDouble())) {
            reader.fail(key, Assertion::tr("must be a number of milliseconds, more than 0"));
        }
        break;
    case Type::MaxCost:
        if (!value.isDouble() || !(value.toDouble() >= 0) || !std::isfinite(value.toDouble())) {
            reader.fail(key, Assertion::tr("must be a number of US dollars, 0 or more"));
        }
        break;
    case Type::MaxOutputTokens:
        if (!value.isDouble() || !isWhole(value.toDouble()) || value.toDouble() < 0) {
            reader.fail(key, Assertion::tr("must be a whole number of tokens, 0 or more"));
        }
        break;
    case Type::LlmJudge:
        break;
    }
}

} // namespace

Result<Assertion> Assertion::fromJson(const QJsonValue &json, int number)
{
    const auto failure = [number](const QString &field, const QString &message) {
        return Result<Assertion>::failure(
            field.isEmpty() ? tr("assertion %1: %2").arg(number).arg(message)
                            : tr("assertion %1, \"%2\": %3").arg(number).arg(field, message));
    };
    if (!json.isObject()) {
        return failure({}, tr("must be an object with a \"type\""));
    }
    const QJsonObject object = json.toObject();
    const QString typeKey = QStringLiteral("type");
    const std::optional<Type> type = typeFromName(object.value(typeKey).toString());
    if (!type) {
        const QString known = typeNames().join(QStringLiteral(", "));
        return object.contains(typeKey)
            ? failure(typeKey,
                      tr("%1 is not an assertion type (known: %2)")
                          .arg(JsonAnswer::describe(object.value(typeKey)), known))
            : failure(typeKey, tr("is missing (one of: %1)").arg(known));
    }

    Assertion assertion;
    assertion.type = *type;
    QStringList fields = {typeKey, QStringLiteral("label"), QStringLiteral("weight"),
                          QStringLiteral("negate")};
    if (isGraded(*type)) {
        fields << QStringLiteral("threshold");
    }
    fields << fieldsOf(*type);
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (fields.contains(it.key())) {
            continue;
        }
        if (it.key() == u"threshold") {
            return failure(it.key(),
                           tr("%1 scores 0 or 1; a threshold applies to contains, "
                              "levenshtein and llm-judge")
                               .arg(typeName(*type)));
        }
        return failure(it.key(),
                       tr("is not a field of %1 (its fields: %2)")
                           .arg(typeName(*type), fields.join(QStringLiteral(", "))));
    }

    Reader reader(object);
    reader.readText(QStringLiteral("label"), assertion.label, false);
    if (const QString key = QStringLiteral("weight"); reader.has(key)) {
        const double weight = object.value(key).toDouble(-1);
        if (object.value(key).isDouble() && std::isfinite(weight) && weight >= 0) {
            assertion.weight = weight;
        } else {
            reader.fail(key, tr("must be a number, 0 or more"));
        }
    }
    reader.readBool(QStringLiteral("negate"), assertion.negate);
    if (const QString key = QStringLiteral("threshold"); reader.has(key)) {
        const double threshold = object.value(key).toDouble(-1);
        if (object.value(key).isDouble() && threshold >= 0 && threshold <= 1) {
            assertion.threshold = threshold;
        } else {
            reader.fail(key, tr("must be a number between 0 and 1"));
        }
    }
    readValue(reader, assertion);
    reader.readBool(QStringLiteral("trim"), assertion.trim);
    reader.readBool(QStringLiteral("ignoreCase"), assertion.ignoreCase);
    reader.readChoice(QStringLiteral("match"), {QStringLiteral("any"), QStringLiteral("all")},
                      assertion.match);
    reader.readChoice(QStringLiteral("extract"), {QStringLiteral("first"), QStringLiteral("whole")},
                      assertion.extract);
    reader.readChoice(QStringLiteral("measure"),
                      {QStringLiteral("total"), QStringLiteral("first-token")}, assertion.measure);
    reader.readNonNegative(QStringLiteral("absoluteTolerance"), assertion.absoluteTolerance);
    reader.readNonNegative(QStringLiteral("relativeTolerance"), assertion.relativeTolerance);

    if (*type == Type::JsonPath) {
        const QString key = QStringLiteral("path");
        reader.readText(key, assertion.path, true);
        if (!reader.problem) {
            if (const auto path = JsonPath::parse(assertion.path); !path) {
                reader.fail(key, path.error());
            }
        }
    }
    if (*type == Type::LlmJudge) {
        const QString rubric = QStringLiteral("rubric");
        reader.readText(rubric, assertion.rubric, true);
        if (!reader.problem) {
            if (const auto parsed = MustacheTemplate::parse(assertion.rubric); !parsed) {
                reader.fail(rubric, parsed.error().toString());
            }
        }
        reader.readText(QStringLiteral("provider"), assertion.provider, true);
        reader.readText(QStringLiteral("model"), assertion.model, true);
        if (const QString key = QStringLiteral("scale"); reader.has(key)) {
            const QJsonValue scale = object.value(key);
            const QList<double> scales = {1, 5, 10, 100};
            if (scale.isDouble() && scales.contains(scale.toDouble())) {
                assertion.scale = scale.toInt();
            } else {
                reader.fail(key, tr("must be 1, 5, 10 or 100 (the judge's highest score)"));
            }
        }
    }
    if (reader.problem) {
        return failure(reader.field, *reader.problem);
    }
    return assertion;
}

} // namespace pwb
