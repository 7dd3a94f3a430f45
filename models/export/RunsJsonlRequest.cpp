#include "export/RunsJsonlRequest.h"

#include "secrets/Redaction.h"

namespace pwb {

QJsonObject redactedRequestJson(const QJsonObject &request)
{
    const QString headersKey = QStringLiteral("headers");
    if (!request.value(headersKey).isObject()) {
        return request;
    }
    QJsonObject headers = request.value(headersKey).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        if (isSecretHeaderName(it.key().toUtf8())) {
            it.value() = QString::fromLatin1(kRedacted);
        }
    }
    QJsonObject redacted = request;
    redacted.insert(headersKey, headers);
    return redacted;
}

} // namespace pwb
