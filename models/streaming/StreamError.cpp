#include "streaming/StreamError.h"

#include <QCoreApplication>

namespace pwb {

QString StreamError::phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Connect:
        return QStringLiteral("connect");
    case Phase::FirstPacket:
        return QStringLiteral("first packet");
    case Phase::MidStream:
        return QStringLiteral("mid-stream");
    }
    return {};
}

QString StreamError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Connection:
        return QStringLiteral("connection");
    case Kind::Auth:
        return QStringLiteral("auth");
    case Kind::Permission:
        return QStringLiteral("permission");
    case Kind::NotFound:
        return QStringLiteral("not found");
    case Kind::BadRequest:
        return QStringLiteral("bad request");
    case Kind::ContextLength:
        return QStringLiteral("context length");
    case Kind::RateLimit:
        return QStringLiteral("rate limit");
    case Kind::Quota:
        return QStringLiteral("quota");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::Overloaded:
        return QStringLiteral("overloaded");
    case Kind::ContentFilter:
        return QStringLiteral("content filter");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::NetworkReset:
        return QStringLiteral("network reset");
    case Kind::Protocol:
        return QStringLiteral("protocol");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString StreamError::phaseId(Phase phase)
{
    return phaseName(phase).replace(QLatin1Char(' '), QLatin1Char('-'));
}

QString StreamError::kindId(Kind kind)
{
    return kindName(kind).replace(QLatin1Char(' '), QLatin1Char('_'));
}

QString StreamError::summary() const
{
    QString where = phaseName(phase);
    if (httpStatus > 0) {
        where += QStringLiteral(", HTTP %1").arg(httpStatus);
    }
    return QStringLiteral("%1 (%2): %3").arg(kindName(kind), where, message);
}

QString StreamError::hint() const
{
    switch (kind) {
    case Kind::Connection:
        return tr("Check the provider's base URL, your network and any proxy, then retry.");
    case Kind::Auth:
        return tr("Check the API key of this provider (Edit > Providers and Keys).");
    case Kind::Permission:
        return tr("This key has no access to this model or feature; pick another model or key.");
    case Kind::NotFound:
        return tr("Check the model name and the provider's base URL.");
    case Kind::BadRequest:
        return tr("The provider rejected the request; check the parameters named in its message.");
    case Kind::ContextLength:
        return tr("Shorten the prompt or lower max tokens, or pick a model with a longer context.");
    case Kind::RateLimit:
        return retryAfterMs
            ? tr("Rate limited: retry in %1 s, or lower the request rate.")
                  .arg((*retryAfterMs + 999) / 1000)
            : tr("Rate limited: wait a moment and retry, or lower the request rate.");
    case Kind::Quota:
        return tr("The account is out of credit or quota; check billing with the provider.");
    case Kind::Server:
        return tr("The provider had an internal error; retry, it is usually temporary.");
    case Kind::Overloaded:
        return tr("The provider is overloaded; retry in a little while or use another model.");
    case Kind::ContentFilter:
        return tr("The provider's safety filter blocked this; rephrase the prompt.");
    case Kind::Timeout:
        switch (timeout) {
        case Timeout::Connect:
            return tr(
                "The server did not accept the connection in time; check the URL and network.");
        case Timeout::FirstToken:
            return tr("No reply started in time; retry, or raise the first-token timeout for slow "
                      "reasoning models.");
        case Timeout::Idle:
            return tr("The stream stalled; retry, or raise the idle timeout.");
        case Timeout::Total:
            return tr("The reply took longer than the total time limit; raise it or lower max "
                      "tokens.");
        case Timeout::None:
            break;
        }
        return tr("Retry, or raise the provider's timeouts.");
    case Kind::NetworkReset:
        return tr("The connection dropped; retry.");
    case Kind::Protocol:
        return tr("The reply was not in the expected format; check the provider's API type and "
                  "base URL.");
    case Kind::Cancelled:
        return tr("Stopped by you; the partial reply is kept.");
    }
    return {};
}

} // namespace pwb
