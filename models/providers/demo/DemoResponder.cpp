#include "providers/demo/DemoResponder.h"

#include "providers/demo/DemoCompletion.h"
#include "providers/demo/DemoEndpoint.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pwb::demo {

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

DemoResponse error(int status, const QByteArray &reason, const QString &message,
                   const QString &code,
                   const QString &type = QStringLiteral("invalid_request_error"))
{
    DemoResponse response;
    response.status = status;
    response.reasonPhrase = reason;
    response.contentType = "application/json";
    response.chunks = {compact(QJsonObject {{QStringLiteral("error"),
                                             QJsonObject {{QStringLiteral("message"), message},
                                                          {QStringLiteral("type"), type},
                                                          {QStringLiteral("param"), QJsonValue()},
                                                          {QStringLiteral("code"), code}}}})};
    return response;
}

DemoResponse modelList()
{
    QJsonArray data;
    for (const QString &id : modelIds()) {
        data.append(QJsonObject {{QStringLiteral("id"), id},
                                 {QStringLiteral("object"), QStringLiteral("model")},
                                 {QStringLiteral("owned_by"), QStringLiteral("prompt-workbench")}});
    }
    DemoResponse response;
    response.contentType = "application/json";
    response.chunks = {compact(QJsonObject {{QStringLiteral("object"), QStringLiteral("list")},
                                            {QStringLiteral("data"), data}})};
    return response;
}

DemoResponse stream(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject()) {
        return error(400, "Bad Request",
                     DemoResponder::tr("The request body is not a JSON object: %1")
                         .arg(parseError.errorString()),
                     QStringLiteral("invalid_json"));
    }
    const QJsonObject request = document.object();
    const QString model = request.value(QLatin1String("model")).toString();
    if (!modelIds().contains(model)) {
        return error(404, "Not Found",
                     DemoResponder::tr("The model '%1' does not exist in the offline demo; it "
                                       "has %2.")
                         .arg(model, modelIds().join(QStringLiteral(", "))),
                     QStringLiteral("model_not_found"));
    }
    if (!request.value(QLatin1String("stream")).toBool()) {
        return error(400, "Bad Request",
                     DemoResponder::tr("The offline demo only streams: set \"stream\": true."),
                     QStringLiteral("stream_required"));
    }
    const Result<DemoCompletion> made = DemoCompletion::make(request);
    if (!made) {
        return error(400, "Bad Request", made.error(), QStringLiteral("invalid_value"));
    }
    const DemoCompletion &completion = made.value();

    // The same request gets the same id, like everything else in the demo.
    const QString id =
        QStringLiteral("chatcmpl-demo-") +
        QString::fromLatin1(
            QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex().left(16));
    auto chunk = [&](const QJsonObject &delta, const QJsonValue &finishReason) {
        return "data: " +
            compact(QJsonObject {
                {QStringLiteral("id"), id},
                {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                {QStringLiteral("model"), completion.model},
                {QStringLiteral("choices"),
                 QJsonArray {QJsonObject {{QStringLiteral("index"), 0},
                                          {QStringLiteral("delta"), delta},
                                          {QStringLiteral("finish_reason"), finishReason}}}}}) +
            "\n\n";
    };

    DemoResponse response;
    response.contentType = "text/event-stream; charset=utf-8";
    response.chunks.append(chunk(QJsonObject {{QStringLiteral("role"), QStringLiteral("assistant")},
                                              {QStringLiteral("content"), QString()}},
                                 QJsonValue()));
    for (const QString &piece : completion.reasoningPieces) {
        response.chunks.append(
            chunk(QJsonObject {{QStringLiteral("reasoning_content"), piece}}, QJsonValue()));
    }
    for (const QString &piece : completion.textPieces) {
        response.chunks.append(
            chunk(QJsonObject {{QStringLiteral("content"), piece}}, QJsonValue()));
    }
    response.chunks.append(chunk(QJsonObject {}, completion.finishReason));
    if (request.value(QLatin1String("stream_options"))
            .toObject()
            .value(QLatin1String("include_usage"))
            .toBool()) {
        const QJsonObject usage {
            {QStringLiteral("prompt_tokens"), completion.promptTokens},
            {QStringLiteral("completion_tokens"), completion.completionTokens},
            {QStringLiteral("total_tokens"), completion.promptTokens + completion.completionTokens},
            {QStringLiteral("completion_tokens_details"),
             QJsonObject {{QStringLiteral("reasoning_tokens"), completion.reasoningTokens}}}};
        response.chunks.append("data: " +
                               compact(QJsonObject {{QStringLiteral("id"), id},
                                                    {QStringLiteral("object"),
                                                     QStringLiteral("chat.completion.chunk")},
                                                    {QStringLiteral("model"), completion.model},
                                                    {QStringLiteral("choices"), QJsonArray {}},
                                                    {QStringLiteral("usage"), usage}}) +
                               "\n\n");
    }
    response.chunks.append("data: [DONE]\n\n");
    return response;
}

} // namespace

DemoResponse DemoResponder::respond(const QByteArray &method, const QString &path,
                                    const QByteArray &body)
{
    if (method == "POST" && path.endsWith(QLatin1String("/chat/completions"))) {
        return stream(body);
    }
    if (method == "GET" && path.endsWith(QLatin1String("/models"))) {
        return modelList();
    }
    return error(404, "Not Found",
                 tr("The offline demo answers POST /v1/chat/completions and GET /v1/models, "
                    "not %1 %2.")
                     .arg(QString::fromLatin1(method), path),
                 QStringLiteral("unknown_url"));
}

} // namespace pwb::demo
