#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace pwb::demo {

// What the offline demo "model" answers to one OpenAI chat-completions request body: a reply
// made only from the request (no clock, no randomness), so the same request always streams the
// same pieces. The reply says it is the demo, quotes the first line of the last user message,
// echoes the parameters it received and shows some Markdown (a list, a fenced code block); with
// a JSON response format it is a JSON document instead. max_tokens and stop sequences are
// honoured, so changing them visibly changes the reply.
struct DemoCompletion
{
    Q_DECLARE_TR_FUNCTIONS(pwb::demo::DemoCompletion)

public:
    QString model;
    QStringList reasoningPieces; // streamed first, as reasoning_content deltas
    QStringList textPieces; // a few characters each, as content deltas
    QString finishReason; // "stop" or "length"
    qint64 promptTokens = 0;
    qint64 completionTokens = 0; // one per piece, reasoning included
    qint64 reasoningTokens = 0;

    // Fails with a sentence naming the parameter when the request is one a real provider would
    // refuse too (temperature above 2, max_tokens 0, no messages, …).
    static Result<DemoCompletion> make(const QJsonObject &request);

    // Splits text into pieces of whitespace plus up to four characters, never inside a
    // surrogate pair.
    static QStringList pieces(const QString &text);
};

} // namespace pwb::demo
