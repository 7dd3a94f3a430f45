#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace pwb {

// The one place that decides what is secret. Logs, saved runs, exports and the CLI all pass
// headers and text through here before they leave memory.
inline constexpr char kRedacted[] = "[redacted]";

// Authorization, Proxy-Authorization, x-api-key, x-goog-api-key, Cookie, Set-Cookie, and any
// header whose name contains "token", "secret", "key" or "password" (case-insensitive).
bool isSecretHeaderName(QByteArrayView name);

QList<QPair<QByteArray, QByteArray>>
redactHeaders(const QList<QPair<QByteArray, QByteArray>> &headers);

// `text` with every occurrence of each of `secrets` (of 8+ characters) replaced by [redacted]:
// for bodies and URLs that may echo a key back.
QString redactSecrets(QString text, const QStringList &secrets);

} // namespace pwb
