#include "cli/ChatCommand.h"

#include "cli/CliCommands.h"
#include "providers/ApiKeyResolver.h"
#include "providers/Provider.h"
#include "providers/demo/DemoNetworkAccessManager.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/Redaction.h"
#include "streaming/StreamedReply.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimer>

namespace pwb::cli {

namespace {

int usageError(const QString &message)
{
    err() << QStringLiteral("pwb chat: ") << message << QStringLiteral("\n");
    err().flush();
    return kUsageOrError;
}

QString providerList()
{
    QStringList ids;
    for (const ProviderConfig &config : ProviderConfig::presets()) {
        ids << config.id;
    }
    return ids.join(QStringLiteral(", "));
}

// The key by the rule the GUI follows too (ApiKeyResolver: environment variable, then the OS
// keychain), or none: no keychain reachable within a few seconds, or access refused, means the
// request goes without a key.
ResolvedApiKey resolveKey(const ProviderConfig &provider)
{
    KeychainSecretStore store(KeychainSecretStore::defaultServiceName());
    ApiKeyResolver resolver(&store);
    QEventLoop loop;
    ResolvedApiKey resolved;
    resolver.resolve(provider, &loop, [&](const ResolvedApiKey &answer) {
        resolved = answer;
        loop.quit();
    });
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    loop.exec();
    return resolved;
}

QJsonObject replyToJson(const StreamedReply &reply)
{
    QJsonArray tools;
    for (const StreamedReply::ToolCall &call : reply.toolCalls) {
        tools.append(QJsonObject {{QStringLiteral("id"), call.id},
                                  {QStringLiteral("name"), call.name},
                                  {QStringLiteral("arguments"), call.arguments}});
    }
    auto count = [](qint64 value) { return value < 0 ? QJsonValue() : QJsonValue(double(value)); };
    QJsonObject json {
        {QStringLiteral("model"), reply.model},
        {QStringLiteral("text"), reply.text},
        {QStringLiteral("reasoning"), reply.reasoning},
        {QStringLiteral("tool_calls"), tools},
        {QStringLiteral("usage"),
         QJsonObject {
             {QStringLiteral("input_tokens"), count(reply.usage.inputTokens)},
             {QStringLiteral("output_tokens"), count(reply.usage.outputTokens)},
             {QStringLiteral("reasoning_tokens"), count(reply.usage.reasoningTokens)},
             {QStringLiteral("cached_input_tokens"), count(reply.usage.cachedInputTokens)}}},
        {QStringLiteral("timings_ms"),
         QJsonObject {{QStringLiteral("headers"), count(reply.timings.headersMs)},
                      {QStringLiteral("first_token"), count(reply.timings.firstTokenMs)},
                      {QStringLiteral("last_token"), count(reply.timings.lastTokenMs)},
                      {QStringLiteral("end"), count(reply.timings.endMs)}}},
    };
    if (reply.state == StreamedReply::State::Finished) {
        json.insert(QStringLiteral("finish_reason"),
                    StreamEvent::finishReasonName(reply.finishReason));
        json.insert(QStringLiteral("provider_finish_reason"), reply.rawFinishReason);
        json.insert(QStringLiteral("complete"), reply.complete);
    } else {
        json.insert(
            QStringLiteral("error"),
            QJsonObject {{QStringLiteral("phase"), StreamError::phaseName(reply.error.phase)},
                         {QStringLiteral("kind"), StreamError::kindName(reply.error.kind)},
                         {QStringLiteral("http_status"), reply.error.httpStatus},
                         {QStringLiteral("message"), reply.error.message},
                         {QStringLiteral("code"), reply.error.providerCode},
                         {QStringLiteral("hint"), reply.error.hint()}});
    }
    return json;
}

QString summaryLine(const StreamedReply &reply)
{
    QStringList parts;
    if (reply.state == StreamedReply::State::Finished) {
        parts << Text::tr("finished: %1%2")
                     .arg(StreamEvent::finishReasonName(reply.finishReason),
                          reply.complete ? QString()
                                         : Text::tr(" (truncated: the stream ended early)"));
    }
    if (reply.timings.firstTokenMs >= 0) {
        parts << Text::tr("TTFT %1 ms").arg(reply.timings.firstTokenMs);
    }
    const double rate = reply.timings.tokensPerSecond(reply.usage.outputTokens);
    if (rate > 0) {
        parts << Text::tr("%1 tokens/s").arg(rate, 0, 'f', 1);
    }
    if (reply.usage.inputTokens >= 0 || reply.usage.outputTokens >= 0) {
        parts << Text::tr("tokens in %1 / out %2")
                     .arg(reply.usage.inputTokens)
                     .arg(reply.usage.outputTokens);
    }
    if (reply.timings.endMs >= 0) {
        parts << Text::tr("%1 s").arg(reply.timings.endMs / 1000.0, 0, 'f', 2);
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace

int runChat(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Send one prompt to a provider and stream the reply to stdout; figures go to stderr.\n"
        "The API key is read from the provider's environment variable (e.g. OPENAI_API_KEY), else "
        "from\n"
        "the OS keychain (service \"Prompt Workbench\", entry \"api-key/<provider>\").\n"
        "Exit status: 0 the reply completed, 2 it failed or was truncated."));
    const QCommandLineOption providerOption(
        QStringLiteral("provider"),
        Text::tr("Built-in provider: %1 (default: openai).").arg(providerList()), Text::tr("ID"),
        QStringLiteral("openai"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        Text::tr("Wire format, overriding the provider's: openai-chat, "
                 "openai-responses, anthropic, gemini, ollama."),
        Text::tr("FORMAT"));
    const QCommandLineOption baseUrlOption(QStringLiteral("base-url"),
                                           Text::tr("Base URL, overriding the provider's."),
                                           Text::tr("URL"));
    const QCommandLineOption modelOption(QStringLiteral("model"),
                                         Text::tr("Model name (required)."), Text::tr("MODEL"));
    const QCommandLineOption systemOption(QStringLiteral("system"), Text::tr("A system message."),
                                          Text::tr("TEXT"));
    const QCommandLineOption temperatureOption(QStringLiteral("temperature"),
                                               Text::tr("Sampling temperature."), Text::tr("T"));
    const QCommandLineOption topPOption(QStringLiteral("top-p"), Text::tr("Nucleus sampling."),
                                        Text::tr("P"));
    const QCommandLineOption maxTokensOption(QStringLiteral("max-tokens"),
                                             Text::tr("Largest reply, in tokens."), Text::tr("N"));
    const QCommandLineOption stopOption(
        QStringLiteral("stop"), Text::tr("A stop sequence (repeatable)."), Text::tr("TEXT"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), Text::tr("Sampling seed."),
                                        Text::tr("N"));
    const QCommandLineOption headerOption(QStringLiteral("header"),
                                          Text::tr("Extra HTTP header (repeatable)."),
                                          Text::tr("'NAME: VALUE'"));
    const QCommandLineOption keyEnvOption(
        QStringLiteral("api-key-env"),
        Text::tr("Read the API key from this environment variable instead."), Text::tr("VAR"));
    const QCommandLineOption firstTokenOption(
        QStringLiteral("first-token-timeout"),
        Text::tr("Seconds to wait for the first token (default 180)."), Text::tr("S"));
    const QCommandLineOption idleOption(
        QStringLiteral("idle-timeout"),
        Text::tr("Seconds without data before giving up (default 90)."), Text::tr("S"));
    const QCommandLineOption totalOption(QStringLiteral("total-timeout"),
                                         Text::tr("Seconds for the whole reply (default 1800)."),
                                         Text::tr("S"));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"),
        Text::tr("Print one JSON object with the whole reply instead of streaming."));
    const QCommandLineOption reasoningOption(
        QStringLiteral("show-reasoning"), Text::tr("Stream reasoning (thinking) text to stderr."));
    parser.addOptions({providerOption, formatOption, baseUrlOption, modelOption, systemOption,
                       temperatureOption, topPOption, maxTokensOption, stopOption, seedOption,
                       headerOption, keyEnvOption, firstTokenOption, idleOption, totalOption,
                       jsonOption, reasoningOption});
    parser.addPositionalArgument(QStringLiteral("message"),
                                 Text::tr("The user message; '-' or nothing reads it from stdin."));
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return kSuccess;
    }

    std::optional<ProviderConfig> provider = ProviderConfig::preset(parser.value(providerOption));
    if (!provider) {
        return usageError(Text::tr("unknown provider '%1' (known: %2)")
                              .arg(parser.value(providerOption), providerList()));
    }
    if (parser.isSet(formatOption)) {
        const std::optional<ApiFormat> format =
            ProviderConfig::formatFromName(parser.value(formatOption));
        if (!format) {
            return usageError(Text::tr("unknown format '%1'").arg(parser.value(formatOption)));
        }
        provider->format = *format;
    }
    if (parser.isSet(baseUrlOption)) {
        provider->baseUrl = QUrl(parser.value(baseUrlOption), QUrl::StrictMode);
        if (!provider->baseUrl.isValid() || provider->baseUrl.scheme().isEmpty()) {
            return usageError(
                Text::tr("--base-url '%1' is not a valid URL").arg(parser.value(baseUrlOption)));
        }
    }
    if (!parser.value(keyEnvOption).isEmpty()) {
        provider->apiKeyEnvironmentVariable = parser.value(keyEnvOption);
    }
    if (!provider->isOfflineDemo()) {
        provider->apiKey = resolveKey(*provider).key;
    }
    for (const QString &header : parser.values(headerOption)) {
        const qsizetype colon = header.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            return usageError(Text::tr("--header '%1' is not 'NAME: VALUE'").arg(header));
        }
        provider->extraHeaders.append(
            {header.first(colon).trimmed().toUtf8(), header.sliced(colon + 1).trimmed().toUtf8()});
    }
    auto seconds = [&](const QCommandLineOption &option, int &target) {
        if (!parser.isSet(option)) {
            return true;
        }
        bool ok = false;
        const double value = parser.value(option).toDouble(&ok);
        if (!ok || value < 0) {
            return false;
        }
        target = int(value * 1000);
        return true;
    };
    if (!seconds(firstTokenOption, provider->timeouts.firstTokenMs) ||
        !seconds(idleOption, provider->timeouts.idleMs) ||
        !seconds(totalOption, provider->timeouts.totalMs)) {
        return usageError(Text::tr("timeouts are seconds, e.g. --idle-timeout 30"));
    }

    ChatRequest request;
    request.model = parser.value(modelOption);
    if (request.model.isEmpty()) {
        return usageError(Text::tr("--model is required"));
    }
    auto number = [&](const QCommandLineOption &option, auto &target, auto convert) {
        if (!parser.isSet(option)) {
            return true;
        }
        bool ok = false;
        const auto value = convert(parser.value(option), &ok);
        if (ok) {
            target = value;
        }
        return ok;
    };
    if (!number(temperatureOption, request.temperature,
                [](const QString &s, bool *ok) { return s.toDouble(ok); }) ||
        !number(topPOption, request.topP,
                [](const QString &s, bool *ok) { return s.toDouble(ok); }) ||
        !number(maxTokensOption, request.maxTokens,
                [](const QString &s, bool *ok) { return s.toInt(ok); }) ||
        !number(seedOption, request.seed,
                [](const QString &s, bool *ok) { return s.toLongLong(ok); })) {
        return usageError(Text::tr("--temperature, --top-p, --max-tokens and --seed take numbers"));
    }
    request.stop = parser.values(stopOption);
    if (parser.isSet(systemOption)) {
        request.messages.append({ChatMessage::Role::System, parser.value(systemOption)});
    }
    QString message = parser.positionalArguments().join(QLatin1Char(' '));
    if (message.isEmpty() || message == QLatin1String("-")) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly)) {
            return usageError(Text::tr("no message given and stdin is unreadable"));
        }
        message = QString::fromUtf8(input.readAll());
    }
    if (message.trimmed().isEmpty()) {
        return usageError(Text::tr("the message is empty"));
    }
    request.messages.append({ChatMessage::Role::User, message});

    const bool json = parser.isSet(jsonOption);
    demo::DemoNetworkAccessManager network; // answers the offline demo; the rest goes out
    // The offline demo streams at reading pace only for someone watching; a pipe gets it at once.
    if (json || !isTerminal(stdout)) {
        network.setDeltasPerSecond(0);
    }
    Provider chat(*provider, &network);
    StreamedReply reply;
    const bool showReasoning = parser.isSet(reasoningOption);
    QTextStream out(stdout);
    QObject::connect(&chat, &Provider::streamEvent, &chat, [&](quint64, const StreamEvent &event) {
        reply.apply(event);
        if (json) {
            return;
        }
        if (event.type == StreamEvent::Type::TextDelta) {
            out << event.text;
            out.flush(); // token by token, not when a buffer fills
        } else if (event.type == StreamEvent::Type::ReasoningDelta && showReasoning) {
            err() << event.text;
            err().flush();
        }
    });
    QObject::connect(&chat, &Provider::streamEvent, &chat, [](quint64, const StreamEvent &event) {
        if (event.isTerminal()) {
            QCoreApplication::exit(0);
        }
    });
    chat.send(request);
    QCoreApplication::exec();

    if (json) {
        out << QJsonDocument(replyToJson(reply)).toJson(QJsonDocument::Indented);
    } else if (!reply.text.isEmpty() && !reply.text.endsWith(QLatin1Char('\n'))) {
        out << QStringLiteral("\n");
    }
    out.flush();
    // Nothing printed here may carry the key, even when a provider echoes it back.
    const QStringList secrets {provider->apiKey};
    if (reply.state == StreamedReply::State::Failed) {
        err() << QStringLiteral("pwb chat: ") << redactSecrets(reply.error.summary(), secrets)
              << QStringLiteral("\n  ") << reply.error.hint() << QStringLiteral("\n");
        if (!reply.error.partialText.isEmpty() && !json) {
            err() << Text::tr("  (the reply above is partial: %1 characters before the failure)\n")
                         .arg(reply.error.partialText.size());
        }
        err().flush();
        return kUsageOrError;
    }
    err() << QStringLiteral("— ") << summaryLine(reply) << QStringLiteral("\n");
    err().flush();
    return reply.complete ? kSuccess : kUsageOrError; // a truncated reply is not one to rely on
}

} // namespace pwb::cli
