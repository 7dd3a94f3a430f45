#pragma once

#include <QNetworkRequest>

namespace pwb {

struct HttpRequestSpec;

// HTTP/1.1 connections Qt may keep open to one host:port at once. Qt's default is 6, so the 7th
// column of a comparison against one host (api.openai.com, a local Ollama or vLLM) would wait,
// with nothing to show for it, until another stream ended; 32 is the evaluator's highest
// concurrency. Qt opens a connection only when a request needs one, so the number costs nothing
// while it is unused.
//
// HTTP/2 does not change this for the servers most likely to be hit by many columns at once:
// over http:// (a local Ollama, vLLM, llama.cpp) Qt speaks HTTP/1.1 only, since h2c needs
// Http2CleartextAllowedAttribute, which we leave off. Over https:// Qt offers h2 by ALPN; a
// server that takes it multiplexes every stream on one connection (up to its own
// SETTINGS_MAX_CONCURRENT_STREAMS) and this limit is unused, while one that answers http/1.1
// falls back to it.
inline constexpr int kConnectionsPerHost = 32;

// What every request of the app carries: the connection limit above, no HTTP cache (a reply is
// never the same twice), and no Qt transfer timeout (each caller runs its own limits). The limit
// must be on every request, not only the streaming ones: Qt sizes the connection pool of a host
// from the first request to it, and the pool outlives that request, so a model-list fetch with
// Qt's default would hold later streams to that host at 6.
void applyRequestDefaults(QNetworkRequest &request);

// `spec`'s URL and headers, with the defaults applied.
QNetworkRequest networkRequest(const HttpRequestSpec &spec);

} // namespace pwb
