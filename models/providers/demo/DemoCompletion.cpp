#include "providers/demo/DemoCompletion.h"

#include "providers/demo/SchemaExample.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace pwb::demo {

namespace {

constexpr qsizetype kQuoteLimit = 120; // characters of the user's message quoted back

QString messageText(const QJsonValue &content)
{
    if (content.isString()) {
        return content.toString();
    }
    // Content parts: [{"type": "text", "text": "…"}, {"type": "image_url", …}]
    QStringList texts;
    for (const QJsonValue &part : content.toArray()) {
        texts << part.toObject().value(QLatin1String("text")).toString();
    }
    return texts.join(QLatin1Char('\n'));
}

// The first non-blank line of `text`, trimmed and shortened to kQuoteLimit characters.
QString firstLine(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        QString trimmed = line.trimmed();
        if (trimmed.isEmpty()) {
            continue;
        }
        if (trimmed.size() > kQuoteLimit) {
            qsizetype cut = kQuoteLimit;
            if (trimmed.at(cut - 1).isHighSurrogate()) {
                --cut;
            }
            trimmed = trimmed.left(cut) + QChar(0x2026);
        }
        return trimmed;
    }
    return {};
}

QString numberText(double value)
{
    return QString::number(value, 'g', 6);
}

// A value as JSON text: a stop sequence shows its newlines and quotes as what they are.
QString jsonText(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.sliced(1, array.size() - 2));
}

// The request's parameters as the demo reads them; a wrong one is the error of the whole request.
struct Parameters
{
    QString model;
    qsizetype messageCount = 0;
    qint64 promptTokens = 3; // every reply is primed with a few tokens
    QString quote;
    std::optional<double> temperature;
    std::optional<double> topP;
    std::optional<qint64> maxTokens;
    QStringList stop;
    std::optional<qint64> seed;
    QString responseFormat; // "text", "json_object", "json_schema"
    QJsonObject schema;
};

Result<Parameters> readParameters(const QJsonObject &request)
{
    using R = Result<Parameters>;
    Parameters p;
    p.model = request.value(QLatin1String("model")).toString();

    const QJsonArray messages = request.value(QLatin1String("messages")).toArray();
    if (messages.isEmpty()) {
        return R::failure(DemoCompletion::tr("messages must be a non-empty list"));
    }
    p.messageCount = messages.size();
    QString lastUser;
    for (const QJsonValue &value : messages) {
        const QJsonObject message = value.toObject();
        const QString text = messageText(message.value(QLatin1String("content")));
        p.promptTokens += 4 + (text.size() + 3) / 4; // about four characters a token
        if (message.value(QLatin1String("role")).toString() == QLatin1String("user")) {
            lastUser = text;
        }
    }
    p.quote = firstLine(lastUser);

    auto number = [&](const char *name, double low, double high,
                      std::optional<double> &target) -> std::optional<QString> {
        const QJsonValue value = request.value(QLatin1String(name));
        if (value.isUndefined() || value.isNull()) {
            return std::nullopt;
        }
        if (!value.isDouble() || value.toDouble() < low || value.toDouble() > high) {
            return DemoCompletion::tr("%1 must be a number between %2 and %3 (got %4)")
                .arg(QLatin1String(name), numberText(low), numberText(high), jsonText(value));
        }
        target = value.toDouble();
        return std::nullopt;
    };
    if (const auto error = number("temperature", 0, 2, p.temperature)) {
        return R::failure(*error);
    }
    if (const auto error = number("top_p", 0, 1, p.topP)) {
        return R::failure(*error);
    }
    for (const char *name : {"max_tokens", "max_completion_tokens"}) {
        const QJsonValue value = request.value(QLatin1String(name));
        if (value.isUndefined() || value.isNull()) {
            continue;
        }
        const double tokens = value.toDouble(-1);
        if (!value.isDouble() || tokens < 1 || tokens != std::floor(tokens)) {
            return R::failure(DemoCompletion::tr("%1 must be a whole number of at least 1")
                                  .arg(QLatin1String(name)));
        }
        p.maxTokens = qint64(tokens);
    }
    if (const QJsonValue seed = request.value(QLatin1String("seed")); seed.isDouble()) {
        p.seed = qint64(seed.toDouble());
    }
    const QJsonValue stop = request.value(QLatin1String("stop"));
    if (stop.isString()) {
        p.stop << stop.toString();
    }
    for (const QJsonValue &sequence : stop.toArray()) {
        if (!sequence.toString().isEmpty()) {
            p.stop << sequence.toString();
        }
    }
    const QJsonObject format = request.value(QLatin1String("response_format")).toObject();
    p.responseFormat = format.value(QLatin1String("type")).toString(QStringLiteral("text"));
    p.schema = format.value(QLatin1String("json_schema"))
                   .toObject()
                   .value(QLatin1String("schema"))
                   .toObject();
    return p;
}

QString stopList(const QStringList &stop)
{
    QStringList quoted;
    for (const QString &sequence : stop) {
        quoted << QLatin1Char('`') + jsonText(sequence) + QLatin1Char('`');
    }
    return quoted.join(QStringLiteral(", "));
}

// The part of a Markdown reply that echoes the request; it names every stop sequence, so it is
// not searched for them (it would always be cut there).
QString markdownHeader(const Parameters &p)
{
    const QString notSet = DemoCompletion::tr("not set");
    auto optional = [&](const auto &value) {
        if (!value) {
            return notSet;
        }
        if constexpr (std::is_same_v<std::decay_t<decltype(*value)>, double>) {
            return numberText(*value);
        } else {
            return QString::number(*value);
        }
    };
    const QString quote =
        p.quote.isEmpty() ? DemoCompletion::tr("(there is no user message)") : p.quote;
    QString text;
    text += DemoCompletion::tr("## Offline demo\n\n"
                               "This reply comes from the **offline demo** built into Prompt "
                               "Workbench: nothing left this computer and no API key was used. "
                               "Choose another provider for real answers.\n\n");
    text += DemoCompletion::tr("Your last message begins:\n\n> %1\n\n").arg(quote);
    text += DemoCompletion::tr("Parameters received:\n\n");
    text += DemoCompletion::tr("- model: `%1`\n").arg(p.model);
    text += DemoCompletion::tr("- messages: %1\n").arg(p.messageCount);
    text += DemoCompletion::tr("- temperature: %1\n").arg(optional(p.temperature));
    text += DemoCompletion::tr("- top_p: %1\n").arg(optional(p.topP));
    text += DemoCompletion::tr("- max_tokens: %1\n").arg(optional(p.maxTokens));
    text += DemoCompletion::tr("- stop: %1\n").arg(p.stop.isEmpty() ? notSet : stopList(p.stop));
    text += DemoCompletion::tr("- seed: %1\n").arg(optional(p.seed));
    text += DemoCompletion::tr("- response format: %1\n\n").arg(p.responseFormat);
    return text;
}

QString markdownBody()
{
    return DemoCompletion::tr("Stop sequences are looked for from here on. A reply can hold:\n\n"
                              "1. **bold**, *italic* and `inline code`;\n"
                              "2. lists like this one;\n"
                              "3. fenced code blocks, highlighted:\n\n") +
        QStringLiteral("```python\n"
                       "def greet(name: str) -> str:\n"
                       "    return f\"Hello, {name}!\"\n"
                       "```\n\n") +
        DemoCompletion::tr("Lower max_tokens, or add a stop sequence such as `return`, and run "
                           "again to see this reply end early.");
}

QString jsonReply(const Parameters &p)
{
    QJsonValue document;
    if (p.responseFormat == QLatin1String("json_schema") && !p.schema.isEmpty()) {
        document = schemaExample(p.schema);
    } else {
        document = QJsonObject {
            {QStringLiteral("demo"), true},
            {QStringLiteral("note"), DemoCompletion::tr("offline demo: no model was called")},
            {QStringLiteral("your_message"), p.quote}};
    }
    const QJsonDocument json =
        document.isArray() ? QJsonDocument(document.toArray()) : QJsonDocument(document.toObject());
    return QString::fromUtf8(json.toJson(QJsonDocument::Indented)).trimmed();
}

QString reasoningText(const Parameters &p)
{
    const QString notSet = DemoCompletion::tr("not set");
    return DemoCompletion::tr("The last user message begins \"%1\". I am the offline demo, so I "
                              "will not really answer it. Instead I will describe the request: "
                              "messages %2, temperature %3, max_tokens %4. A short Markdown reply "
                              "with a list and a code block shows how replies are rendered.")
        .arg(p.quote)
        .arg(p.messageCount)
        .arg(p.temperature ? numberText(*p.temperature) : notSet,
             p.maxTokens ? QString::number(*p.maxTokens) : notSet);
}

// `text` cut before the earliest stop sequence found at or after `from`; true if cut.
bool cutAtStop(QString &text, qsizetype from, const QStringList &stop)
{
    qsizetype earliest = -1;
    for (const QString &sequence : stop) {
        const qsizetype at = text.indexOf(sequence, from);
        if (at >= 0 && (earliest < 0 || at < earliest)) {
            earliest = at;
        }
    }
    if (earliest < 0) {
        return false;
    }
    text.truncate(earliest);
    return true;
}

} // namespace

QStringList DemoCompletion::pieces(const QString &text)
{
    QStringList result;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const qsizetype start = i;
        while (i < n && text.at(i).isSpace()) {
            ++i;
        }
        for (int characters = 0; i < n && !text.at(i).isSpace() && characters < 4; ++characters) {
            const bool pair =
                text.at(i).isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate();
            i += pair ? 2 : 1;
        }
        result.append(text.sliced(start, i - start));
    }
    return result;
}

Result<DemoCompletion> DemoCompletion::make(const QJsonObject &request)
{
    const Result<Parameters> read = readParameters(request);
    if (!read) {
        return Result<DemoCompletion>::failure(read.error());
    }
    const Parameters &p = read.value();

    DemoCompletion completion;
    completion.model = p.model;
    completion.promptTokens = p.promptTokens;
    completion.finishReason = QStringLiteral("stop");

    QString text;
    qsizetype searchFrom = 0;
    if (p.responseFormat == QLatin1String("json_schema") ||
        p.responseFormat == QLatin1String("json_object")) {
        text = jsonReply(p);
    } else {
        text = markdownHeader(p);
        searchFrom = text.size();
        text += markdownBody();
    }
    cutAtStop(text, searchFrom, p.stop); // a stop sequence ends the reply with "stop" too

    if (p.model.endsWith(QLatin1String("-thinking"))) {
        completion.reasoningPieces = pieces(reasoningText(p));
    }
    completion.textPieces = pieces(text);

    if (p.maxTokens) {
        // Reasoning counts against the limit, as it does at OpenAI and DeepSeek.
        const qsizetype limit = qsizetype(*p.maxTokens);
        if (completion.reasoningPieces.size() + completion.textPieces.size() > limit) {
            completion.finishReason = QStringLiteral("length");
            if (completion.reasoningPieces.size() > limit) {
                completion.reasoningPieces.resize(limit);
            }
            completion.textPieces.resize(limit - completion.reasoningPieces.size());
        }
    }
    completion.reasoningTokens = completion.reasoningPieces.size();
    completion.completionTokens = completion.reasoningPieces.size() + completion.textPieces.size();
    return completion;
}

} // namespace pwb::demo
