#pragma once

#include "LoopbackServer.h"

#include <QString>
#include <QStringList>

// The streams the GUI benchmarks play: a long, deterministic model reply in Markdown (prose,
// lists, tables, quotes, code in several languages), cut into 1-7 character deltas and served
// as an OpenAI chat-completions SSE response paced at a fixed token rate.
namespace pwb::bench {

// About `characters` characters of generated Markdown; another seed, another reply.
QString generateReply(qsizetype characters, quint32 seed = 20251121);
// Cuts the reply into deltas of 1 to 7 characters (4 on average), as a tokenizer would.
QStringList toDeltas(const QString &text, int count);
// The whole response, paced at `tokensPerSecond`.
pwb::test::ServerScript pacedScript(const QStringList &deltas, int tokensPerSecond);

} // namespace pwb::bench
