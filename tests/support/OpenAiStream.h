#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace pwb::test {

// OpenAI chat-completions SSE events for a reply made of `deltas`: a role chunk, one chunk per
// delta, the finish chunk, a usage chunk and [DONE] — one QByteArray per event, so a script can
// pace them.
inline QList<QByteArray> openAiReplyEvents(const QStringList &deltas, int promptTokens = 12,
                                           const QByteArray &finishReason = "stop")
{
    QList<QByteArray> events;
    events.append(QByteArrayLiteral(
        "data: "
        "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"model\":\"test-model\","
        "\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"}}]}\n\n"));
    for (const QString &delta : deltas) {
        QString escaped = delta;
        escaped.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'"', QStringLiteral("\\\""))
            .replace(u'\n', QStringLiteral("\\n"));
        events.append("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" +
                      escaped.toUtf8() + "\"}}]}\n\n");
    }
    events.append("data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"" +
                  finishReason + "\"}]}\n\n");
    events.append(
        "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":" + QByteArray::number(promptTokens) +
        ",\"completion_tokens\":" + QByteArray::number(deltas.size()) +
        ",\"total_tokens\":" + QByteArray::number(promptTokens + deltas.size()) + "}}\n\n");
    events.append(QByteArrayLiteral("data: [DONE]\n\n"));
    return events;
}

} // namespace pwb::test
