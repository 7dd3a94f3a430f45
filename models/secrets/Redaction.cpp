#include "secrets/Redaction.h"

#include <QStringList>

namespace pwb {

bool isSecretHeaderName(QByteArrayView name)
{
    const QByteArray lower = name.toByteArray().toLower();
    for (const char *exact : {"authorization", "proxy-authorization", "cookie", "set-cookie"}) {
        if (lower == exact) {
            return true;
        }
    }
    for (const char *part : {"token", "secret", "key", "password", "auth"}) {
        if (lower.contains(part)) {
            return true;
        }
    }
    return false;
}

QList<QPair<QByteArray, QByteArray>>
redactHeaders(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QList<QPair<QByteArray, QByteArray>> result = headers;
    for (auto &[name, value] : result) {
        if (isSecretHeaderName(name)) {
            value = kRedacted;
        }
    }
    return result;
}

QString redactSecrets(QString text, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        if (secret.size() >= 8) { // shorter strings would redact ordinary words
            text.replace(secret, QLatin1String(kRedacted));
        }
    }
    return text;
}

} // namespace pwb
