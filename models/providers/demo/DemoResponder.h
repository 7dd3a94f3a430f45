#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace pwb::demo {

// One HTTP response of the offline demo, before it is played: the status, the content type and
// the body in the pieces it is delivered in (one SSE event each for a stream).
struct DemoResponse
{
    int status = 200;
    QByteArray reasonPhrase = "OK";
    QByteArray contentType;
    QList<QByteArray> chunks;
};

// The offline demo server, as a pure function of the request: what an OpenAI-compatible server
// would answer. POST …/chat/completions streams a DemoCompletion as chat-completion chunks (role,
// reasoning and content deltas, finish_reason, usage when stream_options.include_usage asks,
// then `data: [DONE]`); GET …/models lists the demo models; anything else, an unknown model or a
// request a real provider would refuse is an HTTP error with an OpenAI-style error body.
class DemoResponder
{
    Q_DECLARE_TR_FUNCTIONS(pwb::demo::DemoResponder)

public:
    static DemoResponse respond(const QByteArray &method, const QString &path,
                                const QByteArray &body);
};

} // namespace pwb::demo
