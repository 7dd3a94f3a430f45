#include "cli/DecodeCommand.h"

#include "cli/CliCommands.h"
#include "providers/ProviderConfig.h"
#include "streaming/StreamDecoder.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace pwb::cli {

namespace {

constexpr qsizetype kReadChunk = 64 * 1024;

// One JSON object on one line, keys in the order given ("type" first reads best; QJsonObject
// would sort them).
void printLine(std::initializer_list<std::pair<const char *, QJsonValue>> fields)
{
    QByteArray text = "{";
    for (const auto &[key, value] : fields) {
        if (text.size() > 1) {
            text += ',';
        }
        const QByteArray encoded = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
        text += '"' + QByteArray(key) + "\":" + encoded.sliced(1, encoded.size() - 2);
    }
    text += "}\n";
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
}

// One JSON line per StreamEvent; Started carries nothing a capture reader needs.
void printEvent(const StreamEvent &event)
{
    switch (event.type) {
    case StreamEvent::Type::Started:
        return;
    case StreamEvent::Type::TextDelta:
        printLine({{"type", QStringLiteral("text")}, {"text", event.text}});
        return;
    case StreamEvent::Type::ReasoningDelta:
        printLine({{"type", QStringLiteral("reasoning")}, {"text", event.text}});
        return;
    case StreamEvent::Type::ToolCallDelta:
        printLine({{"type", QStringLiteral("tool_call")},
                   {"index", event.toolCall.index},
                   {"id", event.toolCall.id},
                   {"name", event.toolCall.name},
                   {"arguments", event.toolCall.argumentsDelta}});
        return;
    case StreamEvent::Type::Usage: {
        auto count = [](qint64 value) {
            return value < 0 ? QJsonValue() : QJsonValue(double(value));
        };
        printLine({{"type", QStringLiteral("usage")},
                   {"input_tokens", count(event.usage.inputTokens)},
                   {"output_tokens", count(event.usage.outputTokens)}});
        return;
    }
    case StreamEvent::Type::Finished:
        printLine({{"type", QStringLiteral("finished")},
                   {"reason", StreamEvent::finishReasonId(event.finishReason)},
                   {"complete", event.complete}});
        return;
    case StreamEvent::Type::Failed:
        printLine({{"type", QStringLiteral("failed")},
                   {"phase", StreamError::phaseId(event.error.phase)},
                   {"kind", StreamError::kindId(event.error.kind)},
                   {"message", event.error.message}});
        return;
    }
}

// Calls `feed` with the input in chunks; false (with `error`) if it cannot be read.
template<typename Feed>
bool readInput(const QString &path, Feed &&feed, QString &error)
{
    QFile file;
    const bool fromStdin = path.isEmpty() || path == QLatin1String("-");
    const bool opened = fromStdin ? file.open(stdin, QIODevice::ReadOnly)
                                  : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        error = Text::tr("cannot read %1: %2")
                    .arg(fromStdin ? Text::tr("standard input") : path, file.errorString());
        return false;
    }
    while (true) {
        const QByteArray chunk = file.read(kReadChunk);
        if (chunk.isEmpty()) {
            if (file.error() != QFileDevice::NoError) {
                error = Text::tr("cannot read %1: %2").arg(path, file.errorString());
                return false;
            }
            return true;
        }
        feed(chunk);
    }
}

int decodeSse(const QString &path)
{
    SseParser parser;
    auto printRetry = [&] {
        if (const std::optional<qint64> retry = parser.takeNewRetry()) {
            printLine({{"retry", double(*retry)}});
        }
    };
    QString error;
    const bool read = readInput(
        path,
        [&](const QByteArray &chunk) {
            parser.feed(chunk, [&](const SseEventView &event) {
                printRetry();
                printLine({{"event", QString::fromUtf8(event.type)},
                           {"data", QString::fromUtf8(event.data)},
                           {"id", event.lastEventId}});
            });
            printRetry();
        },
        error);
    std::fflush(stdout);
    if (!read) {
        QTextStream(stderr) << QStringLiteral("pwb decode: ") << error << QStringLiteral("\n");
        return kCheckFailed;
    }
    if (parser.failed()) {
        QTextStream(stderr) << QStringLiteral("pwb decode: ") << parser.errorString()
                            << QStringLiteral("\n");
        return kUsageOrError;
    }
    if (parser.finish() == SseParser::End::IncompleteDiscarded) {
        QTextStream(stderr) << Text::tr(
            "pwb decode: the stream ends inside an event (no blank line after it): "
            "truncated\n");
        return kUsageOrError;
    }
    return kSuccess;
}

} // namespace

int runDecode(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Decode a captured response body and print one JSON object per line per event.\n"
        "Exit status: 0 the stream completed, 2 it failed or was truncated, 1 unreadable input."));
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        Text::tr("openai, openai-responses, anthropic, gemini, ollama, or sse "
                 "(server-sent events alone)."),
        Text::tr("FORMAT"));
    parser.addOption(formatOption);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 Text::tr("The capture; '-' or nothing reads stdin."),
                                 Text::tr("[FILE|-]"));
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << QStringLiteral("pwb decode: ") << parser.errorText()
                            << QStringLiteral("\n");
        return kUsageOrError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return kSuccess;
    }
    const QString format = parser.value(formatOption);
    const QString path = parser.positionalArguments().value(0);
    if (parser.positionalArguments().size() > 1) {
        QTextStream(stderr) << Text::tr("pwb decode: one capture at a time\n");
        return kUsageOrError;
    }
    if (format == QLatin1String("sse")) {
        return decodeSse(path);
    }
    // "openai" is the chat completions format here; the other names are the wire formats'.
    const std::optional<ApiFormat> apiFormat = format == QLatin1String("openai")
        ? std::optional(ApiFormat::OpenAiChat)
        : ProviderConfig::formatFromName(format);
    if (!apiFormat) {
        QTextStream(stderr)
            << Text::tr("pwb decode: --format must be openai, openai-responses, anthropic, gemini, "
                        "ollama or sse (got '%1')\n")
                   .arg(format);
        return kUsageOrError;
    }

    auto decoder = StreamDecoder::create(*apiFormat);
    QList<StreamEvent> events;
    bool ended = false;
    bool complete = false;
    auto flush = [&] {
        for (const StreamEvent &event : std::as_const(events)) {
            printEvent(event);
            if (event.isTerminal()) {
                ended = true;
                complete = event.type == StreamEvent::Type::Finished && event.complete;
            }
        }
        events.clear();
    };
    QString error;
    const bool read = readInput(
        path,
        [&](const QByteArray &chunk) {
            decoder->feed(chunk, events);
            flush();
        },
        error);
    if (!read) {
        std::fflush(stdout);
        QTextStream(stderr) << QStringLiteral("pwb decode: ") << error << QStringLiteral("\n");
        return kCheckFailed;
    }
    decoder->finish(events);
    flush();
    std::fflush(stdout);
    return ended && complete ? kSuccess : kUsageOrError;
}

} // namespace pwb::cli
