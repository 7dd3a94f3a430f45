#include "providers/RequestBuilder.h"

#include "core/BuildInfo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace pwb {

namespace {

QUrl withPath(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/'))) {
        basePath.chop(1);
    }
    url.setPath(basePath + path);
    return url;
}

QString roleName(ChatMessage::Role role, bool assistantIsModel = false)
{
    switch (role) {
    case ChatMessage::Role::System:
        return QStringLiteral("system");
    case ChatMessage::Role::User:
        return QStringLiteral("user");
    case ChatMessage::Role::Assistant:
        return assistantIsModel ? QStringLiteral("model") : QStringLiteral("assistant");
    }
    return {};
}

// System messages joined, for the formats that take instructions apart from the turns.
QString systemText(const ChatRequest &request)
{
    QStringList parts;
    for (const ChatMessage &message : request.messages) {
        if (message.role == ChatMessage::Role::System) {
            parts << message.content;
        }
    }
    return parts.join(QStringLiteral("\n\n"));
}

// The turns as [{role, content}], the shape OpenAI, Anthropic and Ollama share. Formats that
// take the system prompt apart (Responses `instructions`, Anthropic `system`) leave it out.
QJsonArray roleContentMessages(const ChatRequest &request, bool includeSystem)
{
    QJsonArray messages;
    for (const ChatMessage &message : request.messages) {
        if (includeSystem || message.role != ChatMessage::Role::System) {
            messages.append(QJsonObject {{QStringLiteral("role"), roleName(message.role)},
                                         {QStringLiteral("content"), message.content}});
        }
    }
    return messages;
}

// What each format calls the sampling parameters; nullptr where it has no such parameter (or
// where the builder handles it itself).
struct ParameterNames
{
    const char *temperature;
    const char *topP;
    const char *maxTokens;
    const char *stop;
    const char *seed;
};

// Inserts the parameters the request sets, under the format's names; unset ones stay out, so
// the provider's defaults apply.
void insertParameters(QJsonObject &target, const ChatRequest &request, const ParameterNames &names)
{
    auto put = [&](const char *name, const QJsonValue &value) {
        if (name) {
            target.insert(QLatin1StringView(name), value);
        }
    };
    if (request.temperature) {
        put(names.temperature, *request.temperature);
    }
    if (request.topP) {
        put(names.topP, *request.topP);
    }
    if (request.maxTokens) {
        put(names.maxTokens, *request.maxTokens);
    }
    if (!request.stop.isEmpty()) {
        put(names.stop, QJsonArray::fromStringList(request.stop));
    }
    if (request.seed) {
        put(names.seed, double(*request.seed));
    }
}

QJsonObject openAiChatBody(const ChatRequest &request)
{
    const QJsonArray messages = roleContentMessages(request, true);
    QJsonObject body {
        {QStringLiteral("model"), request.model},
        {QStringLiteral("messages"), messages},
        {QStringLiteral("stream"), true},
        {QStringLiteral("stream_options"), QJsonObject {{QStringLiteral("include_usage"), true}}}};
    insertParameters(body, request, {"temperature", "top_p", "max_tokens", "stop", "seed"});
    if (!request.jsonSchema.isEmpty()) {
        body.insert(QStringLiteral("response_format"),
                    QJsonObject {{QStringLiteral("type"), QStringLiteral("json_schema")},
                                 {QStringLiteral("json_schema"),
                                  QJsonObject {{QStringLiteral("name"), QStringLiteral("response")},
                                               {QStringLiteral("schema"), request.jsonSchema},
                                               {QStringLiteral("strict"), true}}}});
    } else if (request.jsonMode) {
        body.insert(QStringLiteral("response_format"),
                    QJsonObject {{QStringLiteral("type"), QStringLiteral("json_object")}});
    }
    return body;
}

QJsonObject openAiResponsesBody(const ChatRequest &request)
{
    const QJsonArray input = roleContentMessages(request, false);
    QJsonObject body {{QStringLiteral("model"), request.model},
                      {QStringLiteral("input"), input},
                      {QStringLiteral("stream"), true}};
    const QString instructions = systemText(request);
    if (!instructions.isEmpty()) {
        body.insert(QStringLiteral("instructions"), instructions);
    }
    insertParameters(body, request,
                     {"temperature", "top_p", "max_output_tokens", nullptr, nullptr});
    if (!request.jsonSchema.isEmpty()) {
        body.insert(
            QStringLiteral("text"),
            QJsonObject {{QStringLiteral("format"),
                          QJsonObject {{QStringLiteral("type"), QStringLiteral("json_schema")},
                                       {QStringLiteral("name"), QStringLiteral("response")},
                                       {QStringLiteral("schema"), request.jsonSchema},
                                       {QStringLiteral("strict"), true}}}});
    } else if (request.jsonMode) {
        body.insert(
            QStringLiteral("text"),
            QJsonObject {{QStringLiteral("format"),
                          QJsonObject {{QStringLiteral("type"), QStringLiteral("json_object")}}}});
    }
    return body;
}

QJsonObject anthropicBody(const ChatRequest &request)
{
    const QJsonArray messages = roleContentMessages(request, false);
    QJsonObject body {
        {QStringLiteral("model"), request.model},
        {QStringLiteral("messages"), messages},
        {QStringLiteral("max_tokens"), request.maxTokens.value_or(kAnthropicDefaultMaxTokens)},
        {QStringLiteral("stream"), true}};
    const QString system = systemText(request);
    if (!system.isEmpty()) {
        body.insert(QStringLiteral("system"), system);
    }
    // max_tokens is always sent (required); Anthropic has no seed.
    insertParameters(body, request, {"temperature", "top_p", nullptr, "stop_sequences", nullptr});
    return body;
}

QJsonObject geminiBody(const ChatRequest &request)
{
    QJsonArray contents;
    for (const ChatMessage &message : request.messages) {
        if (message.role != ChatMessage::Role::System) {
            contents.append(QJsonObject {
                {QStringLiteral("role"), roleName(message.role, true)},
                {QStringLiteral("parts"),
                 QJsonArray {QJsonObject {{QStringLiteral("text"), message.content}}}}});
        }
    }
    QJsonObject body {{QStringLiteral("contents"), contents}};
    const QString system = systemText(request);
    if (!system.isEmpty()) {
        body.insert(QStringLiteral("systemInstruction"),
                    QJsonObject {{QStringLiteral("parts"),
                                  QJsonArray {QJsonObject {{QStringLiteral("text"), system}}}}});
    }
    QJsonObject config;
    insertParameters(config, request,
                     {"temperature", "topP", "maxOutputTokens", "stopSequences", "seed"});
    if (!request.jsonSchema.isEmpty() || request.jsonMode) {
        config.insert(QStringLiteral("responseMimeType"), QStringLiteral("application/json"));
        if (!request.jsonSchema.isEmpty()) {
            config.insert(QStringLiteral("responseJsonSchema"), request.jsonSchema);
        }
    }
    if (!config.isEmpty()) {
        body.insert(QStringLiteral("generationConfig"), config);
    }
    return body;
}

QJsonObject ollamaBody(const ChatRequest &request)
{
    const QJsonArray messages = roleContentMessages(request, true);
    QJsonObject body {{QStringLiteral("model"), request.model},
                      {QStringLiteral("messages"), messages},
                      {QStringLiteral("stream"), true}};
    QJsonObject options;
    insertParameters(options, request, {"temperature", "top_p", "num_predict", "stop", "seed"});
    if (!options.isEmpty()) {
        body.insert(QStringLiteral("options"), options);
    }
    if (!request.jsonSchema.isEmpty()) {
        body.insert(QStringLiteral("format"), request.jsonSchema);
    } else if (request.jsonMode) {
        body.insert(QStringLiteral("format"), QStringLiteral("json"));
    }
    return body;
}

constexpr char kAnthropicVersion[] = "2023-06-01";

void addHeader(HttpRequestSpec &spec, const QByteArray &name, const QByteArray &value)
{
    spec.headers.append(qMakePair(name, value));
}

} // namespace

HttpRequestSpec buildStreamingRequest(const ProviderConfig &provider, const ChatRequest &request)
{
    HttpRequestSpec spec;
    spec.headers = {{"Content-Type", "application/json"},
                    {"User-Agent", QByteArray("PromptWorkbench/") + buildinfo::kVersion}};
    QJsonObject body;
    switch (provider.format) {
    case ApiFormat::OpenAiChat:
    case ApiFormat::OpenAiResponses:
        spec.url =
            withPath(provider.baseUrl,
                     provider.format == ApiFormat::OpenAiChat ? QStringLiteral("/chat/completions")
                                                              : QStringLiteral("/responses"));
        addHeader(spec, "Accept", "text/event-stream");
        body = provider.format == ApiFormat::OpenAiChat ? openAiChatBody(request)
                                                        : openAiResponsesBody(request);
        break;
    case ApiFormat::Anthropic:
        spec.url = withPath(provider.baseUrl, QStringLiteral("/v1/messages"));
        addHeader(spec, "Accept", "text/event-stream");
        addHeader(spec, "anthropic-version", kAnthropicVersion);
        body = anthropicBody(request);
        break;
    case ApiFormat::Gemini: {
        spec.url = withPath(provider.baseUrl,
                            QStringLiteral("/v1beta/models/%1:streamGenerateContent")
                                .arg(QString::fromLatin1(QUrl::toPercentEncoding(request.model))));
        spec.url.setQuery(QUrlQuery {{QStringLiteral("alt"), QStringLiteral("sse")}});
        addHeader(spec, "Accept", "text/event-stream");
        body = geminiBody(request);
        break;
    }
    case ApiFormat::Ollama:
        spec.url = withPath(provider.baseUrl, QStringLiteral("/api/chat"));
        addHeader(spec, "Accept", "application/x-ndjson");
        body = ollamaBody(request);
        break;
    }
    spec.headers.append(apiKeyHeaders(provider));
    spec.headers.append(provider.extraHeaders);
    spec.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return spec;
}

HttpRequestSpec buildModelListRequest(const ProviderConfig &provider)
{
    HttpRequestSpec spec;
    spec.headers = {{"Accept", "application/json"},
                    {"User-Agent", QByteArray("PromptWorkbench/") + buildinfo::kVersion}};
    // One page as large as each API allows: a model list longer than that is not a list a
    // person picks from.
    switch (provider.format) {
    case ApiFormat::OpenAiChat:
    case ApiFormat::OpenAiResponses:
        spec.url = withPath(provider.baseUrl, QStringLiteral("/models"));
        break;
    case ApiFormat::Anthropic:
        spec.url = withPath(provider.baseUrl, QStringLiteral("/v1/models"));
        spec.url.setQuery(QUrlQuery {{QStringLiteral("limit"), QStringLiteral("1000")}});
        addHeader(spec, "anthropic-version", kAnthropicVersion);
        break;
    case ApiFormat::Gemini:
        spec.url = withPath(provider.baseUrl, QStringLiteral("/v1beta/models"));
        spec.url.setQuery(QUrlQuery {{QStringLiteral("pageSize"), QStringLiteral("1000")}});
        break;
    case ApiFormat::Ollama:
        spec.url = withPath(provider.baseUrl, QStringLiteral("/api/tags"));
        break;
    }
    spec.headers.append(apiKeyHeaders(provider));
    spec.headers.append(provider.extraHeaders);
    return spec;
}

QList<QPair<QByteArray, QByteArray>> apiKeyHeaders(const ProviderConfig &provider)
{
    const QByteArray key = provider.apiKey.toUtf8();
    if (key.isEmpty()) {
        return {};
    }
    switch (provider.format) {
    case ApiFormat::Anthropic:
        return {{"x-api-key", key}};
    case ApiFormat::Gemini:
        return {{"x-goog-api-key", key}};
    case ApiFormat::OpenAiChat:
    case ApiFormat::OpenAiResponses:
    case ApiFormat::Ollama: // Ollama only behind an authenticating proxy
        break;
    }
    return {{"Authorization", "Bearer " + key}};
}

} // namespace pwb
