#include "prompts/PromptParameters.h"

#include <QJsonArray>

#include <cmath>
#include <limits>

namespace pwb {

namespace {

// Whole numbers JSON carries exactly (a double's 53-bit mantissa).
constexpr double kLargestExactInteger = 9007199254740992.0;

bool isUnset(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull();
}

bool isWholeNumber(const QJsonValue &value)
{
    const double number = value.toDouble();
    return value.isDouble() && std::isfinite(number) && std::floor(number) == number &&
        std::abs(number) <= kLargestExactInteger;
}

// What the parameters say, once checked; filled only from valid values.
struct Parsed
{
    ChatRequest request;
    QList<ParameterProblem> problems;
};

Parsed parse(const QJsonObject &parameters)
{
    Parsed parsed;
    ChatRequest &request = parsed.request;
    auto problem = [&](const QString &field, const QString &message) {
        parsed.problems.append({field, message});
    };
    const QString temperature = QStringLiteral("temperature");
    const QString topP = QStringLiteral("top_p");
    const QString maxTokens = QStringLiteral("max_tokens");
    const QString stop = QStringLiteral("stop");
    const QString seed = QStringLiteral("seed");
    const QString responseFormat = QStringLiteral("response_format");
    const QString jsonSchema = QStringLiteral("json_schema");

    for (auto it = parameters.begin(); it != parameters.end(); ++it) {
        if (!PromptParameters::keys().contains(it.key())) {
            problem(it.key(),
                    PromptParameters::tr("%1 is not a parameter (known: %2)")
                        .arg(it.key(), PromptParameters::keys().join(QStringLiteral(", "))));
        }
    }

    if (const QJsonValue value = parameters.value(temperature); !isUnset(value)) {
        if (value.isDouble() && value.toDouble() >= 0 && value.toDouble() <= 2) {
            request.temperature = value.toDouble();
        } else {
            problem(temperature, PromptParameters::tr("temperature must be between 0 and 2"));
        }
    }
    if (const QJsonValue value = parameters.value(topP); !isUnset(value)) {
        if (value.isDouble() && value.toDouble() >= 0 && value.toDouble() <= 1) {
            request.topP = value.toDouble();
        } else {
            problem(topP, PromptParameters::tr("top_p must be between 0 and 1"));
        }
    }
    if (const QJsonValue value = parameters.value(maxTokens); !isUnset(value)) {
        if (isWholeNumber(value) && value.toDouble() >= 1 &&
            value.toDouble() <= std::numeric_limits<int>::max()) {
            request.maxTokens = int(value.toDouble());
        } else {
            problem(maxTokens,
                    PromptParameters::tr("max_tokens must be a whole number of at least 1"));
        }
    }
    if (const QJsonValue value = parameters.value(stop); !isUnset(value)) {
        QStringList sequences;
        bool valid = value.isString() || value.isArray();
        const QJsonArray array = value.isString() ? QJsonArray {value} : value.toArray();
        for (const QJsonValue &sequence : array) {
            valid = valid && sequence.isString() && !sequence.toString().isEmpty();
            sequences << sequence.toString();
        }
        if (valid) {
            request.stop = sequences;
        } else {
            problem(stop, PromptParameters::tr("stop must be a list of non-empty texts"));
        }
    }
    if (const QJsonValue value = parameters.value(seed); !isUnset(value)) {
        if (isWholeNumber(value)) {
            request.seed = qint64(value.toDouble());
        } else {
            problem(seed, PromptParameters::tr("seed must be a whole number"));
        }
    }

    const QJsonValue schema = parameters.value(jsonSchema);
    const bool hasSchema = !isUnset(schema);
    if (hasSchema && (!schema.isObject() || schema.toObject().isEmpty())) {
        problem(jsonSchema, PromptParameters::tr("json_schema must be a JSON Schema object"));
    }
    const QJsonValue formatValue = parameters.value(responseFormat);
    const QString format = isUnset(formatValue)
        ? (hasSchema ? QStringLiteral("json_schema") : QStringLiteral("text"))
        : formatValue.toString();
    if (format == QLatin1String("json_schema")) {
        if (!hasSchema) {
            problem(jsonSchema,
                    PromptParameters::tr("json_schema is needed when response_format is "
                                         "\"json_schema\""));
        } else if (schema.isObject()) {
            request.jsonSchema = schema.toObject();
        }
    } else if (format == QLatin1String("json_object") || format == QLatin1String("text")) {
        request.jsonMode = format == QLatin1String("json_object");
        if (hasSchema) {
            problem(jsonSchema,
                    PromptParameters::tr("json_schema is given but response_format is \"%1\"")
                        .arg(format));
        }
    } else {
        problem(responseFormat,
                PromptParameters::tr("response_format must be \"text\", \"json_object\" or "
                                     "\"json_schema\""));
    }
    return parsed;
}

} // namespace

QStringList PromptParameters::keys()
{
    return {QStringLiteral("temperature"), QStringLiteral("top_p"),
            QStringLiteral("max_tokens"),  QStringLiteral("stop"),
            QStringLiteral("seed"),        QStringLiteral("response_format"),
            QStringLiteral("json_schema")};
}

QList<ParameterProblem> PromptParameters::check(const QJsonObject &parameters)
{
    return parse(parameters).problems;
}

Result<void> PromptParameters::apply(const QJsonObject &parameters, ChatRequest &request)
{
    const Parsed parsed = parse(parameters);
    if (!parsed.problems.isEmpty()) {
        QStringList messages;
        for (const ParameterProblem &problem : parsed.problems) {
            messages << problem.message;
        }
        return Result<void>::failure(messages.join(QLatin1Char('\n')));
    }
    request.temperature = parsed.request.temperature;
    request.topP = parsed.request.topP;
    request.maxTokens = parsed.request.maxTokens;
    request.stop = parsed.request.stop;
    request.seed = parsed.request.seed;
    request.jsonSchema = parsed.request.jsonSchema;
    request.jsonMode = parsed.request.jsonMode;
    return {};
}

Result<ChatRequest> PromptParameters::toRequest(const QJsonObject &parameters)
{
    ChatRequest request;
    if (const Result<void> applied = apply(parameters, request); !applied) {
        return Result<ChatRequest>::failure(applied.error());
    }
    return request;
}

QJsonObject PromptParameters::fromRequest(const ChatRequest &request)
{
    QJsonObject parameters;
    if (request.temperature) {
        parameters.insert(QStringLiteral("temperature"), *request.temperature);
    }
    if (request.topP) {
        parameters.insert(QStringLiteral("top_p"), *request.topP);
    }
    if (request.maxTokens) {
        parameters.insert(QStringLiteral("max_tokens"), *request.maxTokens);
    }
    if (!request.stop.isEmpty()) {
        parameters.insert(QStringLiteral("stop"), QJsonArray::fromStringList(request.stop));
    }
    if (request.seed) {
        parameters.insert(QStringLiteral("seed"), double(*request.seed));
    }
    if (!request.jsonSchema.isEmpty()) {
        parameters.insert(QStringLiteral("response_format"), QStringLiteral("json_schema"));
        parameters.insert(QStringLiteral("json_schema"), request.jsonSchema);
    } else if (request.jsonMode) {
        parameters.insert(QStringLiteral("response_format"), QStringLiteral("json_object"));
    }
    return parameters;
}

} // namespace pwb
