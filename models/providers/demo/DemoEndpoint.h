#pragma once

#include <QLatin1StringView>
#include <QStringList>

namespace pwb::demo {

// The offline demo lives under a host in `.invalid`, a top-level domain reserved never to resolve
// (RFC 2606, RFC 6761). DemoNetworkAccessManager answers it in-process; if a request for it ever
// reaches a real network stack instead (a plain QNetworkAccessManager), it fails at once with
// "host not found" rather than reaching some server. Plain http: there is no TLS to fake.
inline constexpr QLatin1StringView kHost {"demo.invalid"};
inline constexpr QLatin1StringView kBaseUrl {"http://demo.invalid/v1"};

inline constexpr QLatin1StringView kFastModel {"demo-fast"};
// Streams reasoning (`reasoning_content`) before its reply, like DeepSeek's reasoner.
inline constexpr QLatin1StringView kThinkingModel {"demo-thinking"};

inline QStringList modelIds()
{
    return {QString(kFastModel), QString(kThinkingModel)};
}

} // namespace pwb::demo
