#include "streaming/ErrorClassification.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace pwb {

using Kind = StreamError::Kind;

ProviderErrorBody parseProviderErrorBody(QByteArrayView body)
{
    ProviderErrorBody result;
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(body.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return result;
    }
    QJsonObject root = document.object();
    if (document.isArray() && !document.array().isEmpty()) {
        root = document.array().first().toObject(); // Gemini sometimes wraps errors in [ ]
    }
    const QJsonValue error = root.value(QLatin1String("error"));
    if (error.isString()) { // Ollama
        result.message = error.toString();
        result.parsed = true;
        return result;
    }
    if (!error.isObject()) {
        return result;
    }
    const QJsonObject object = error.toObject();
    result.message = object.value(QLatin1String("message")).toString();
    result.type = object.value(QLatin1String("type")).toString();
    const QJsonValue code = object.value(QLatin1String("code"));
    const QString codeText = code.isString() ? code.toString()
        : code.isDouble()                    ? QString::number(code.toInt())
                                             : QString();
    const QString status = object.value(QLatin1String("status")).toString();
    // A numeric code is the HTTP status again (Gemini); the status word says more.
    if (!codeText.isEmpty() && !code.isDouble()) {
        result.code = codeText;
    } else if (!result.type.isEmpty()) {
        result.code = result.type;
    } else {
        result.code = status.isEmpty() ? codeText : status;
    }
    result.parsed = true;
    return result;
}

bool mentionsContextLength(const QString &message)
{
    static const QRegularExpression pattern(
        QStringLiteral(
            "context[ _-]?(length|window)|maximum context|prompt is too long|input is too "
            "long|too many (input )?tokens|exceeds? the (model's )?(maximum|max|context)|"
            "reduce the length|input token count .* exceeds"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(message).hasMatch();
}

namespace {

std::optional<Kind> kindFromCode(const QString &rawCode, const QString &message)
{
    const QString code = rawCode.toLower();
    if (code.isEmpty()) {
        return std::nullopt;
    }
    if (code.contains(QLatin1String("context_length")) ||
        code.contains(QLatin1String("too_long"))) {
        return Kind::ContextLength;
    }
    if (code.contains(QLatin1String("overloaded")) || code == QLatin1String("unavailable")) {
        return Kind::Overloaded;
    }
    if (code.contains(QLatin1String("insufficient_quota")) ||
        code.contains(QLatin1String("billing")) || code.contains(QLatin1String("credit"))) {
        return Kind::Quota;
    }
    if (code.contains(QLatin1String("rate_limit")) || code == QLatin1String("resource_exhausted")) {
        return Kind::RateLimit;
    }
    if (code.contains(QLatin1String("authentication")) || code.contains(QLatin1String("api_key")) ||
        code == QLatin1String("unauthenticated")) {
        return Kind::Auth;
    }
    if (code.contains(QLatin1String("permission"))) {
        return Kind::Permission;
    }
    if (code.contains(QLatin1String("not_found")) || code.contains(QLatin1String("model_not"))) {
        return Kind::NotFound;
    }
    if (code.contains(QLatin1String("content_filter")) || code.contains(QLatin1String("safety")) ||
        code.contains(QLatin1String("content_policy"))) {
        return Kind::ContentFilter;
    }
    if (code.contains(QLatin1String("invalid_request")) ||
        code == QLatin1String("invalid_argument") || code == QLatin1String("failed_precondition") ||
        code.contains(QLatin1String("request_too_large"))) {
        return mentionsContextLength(message) ? Kind::ContextLength : Kind::BadRequest;
    }
    if (code.contains(QLatin1String("server_error")) || code == QLatin1String("api_error") ||
        code == QLatin1String("internal")) {
        return Kind::Server;
    }
    if (code.contains(QLatin1String("timeout")) || code == QLatin1String("deadline_exceeded")) {
        return Kind::Timeout;
    }
    return std::nullopt;
}

} // namespace

Kind classifyHttpError(int httpStatus, const ProviderErrorBody &body)
{
    if (mentionsContextLength(body.message) && httpStatus >= 400 && httpStatus < 500 &&
        httpStatus != 429) {
        return Kind::ContextLength;
    }
    const std::optional<Kind> fromCode = kindFromCode(body.code, body.message);
    switch (httpStatus) {
    case 401:
        return Kind::Auth;
    case 403:
        return fromCode == Kind::Quota ? Kind::Quota : Kind::Permission;
    case 404:
        return Kind::NotFound;
    case 408:
        return Kind::Timeout;
    case 413:
        return Kind::ContextLength;
    case 429:
        return fromCode == Kind::Quota ? Kind::Quota : Kind::RateLimit;
    case 529:
        return Kind::Overloaded;
    default:
        break;
    }
    if (fromCode) {
        return *fromCode;
    }
    if (httpStatus == 402) {
        return Kind::Quota;
    }
    if (httpStatus >= 500) {
        return Kind::Server;
    }
    return Kind::BadRequest;
}

Kind classifyStreamedError(const QString &code, const QString &message)
{
    if (mentionsContextLength(message)) {
        return Kind::ContextLength;
    }
    return kindFromCode(code, message).value_or(Kind::Server);
}

std::optional<qint64> parseRetryAfterMs(const HttpHeaders &headers, qint64 nowUtcMs)
{
    auto value = [&](QByteArrayView name) -> std::optional<QByteArray> {
        for (const auto &[key, headerValue] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0) {
                return headerValue.trimmed();
            }
        }
        return std::nullopt;
    };
    if (const auto ms = value("retry-after-ms")) {
        bool ok = false;
        const double parsed = ms->toDouble(&ok);
        if (ok && parsed >= 0) {
            return qint64(parsed);
        }
    }
    if (const auto after = value("retry-after")) {
        bool ok = false;
        const double seconds = after->toDouble(&ok);
        if (ok && seconds >= 0) {
            return qint64(seconds * 1000.0);
        }
        // HTTP-date, e.g. "Wed, 21 Oct 2026 07:28:00 GMT"
        const QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(*after).chopped(4),
                                                       QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
        if (when.isValid() && after->endsWith("GMT")) {
            QDateTime utc = when;
            utc.setTimeZone(QTimeZone::UTC);
            return std::max<qint64>(0, utc.toMSecsSinceEpoch() - nowUtcMs);
        }
    }
    return std::nullopt;
}

QList<QPair<QString, QString>> rateLimitHeaders(const HttpHeaders &headers)
{
    QList<QPair<QString, QString>> result;
    for (const auto &[key, headerValue] : headers) {
        const QByteArray name = key.toLower();
        if (name.startsWith("x-ratelimit-") || name.startsWith("anthropic-ratelimit-") ||
            name.startsWith("retry-after")) {
            result.append({QString::fromLatin1(name), QString::fromLatin1(headerValue)});
        }
    }
    return result;
}

} // namespace pwb
