#include "providers/demo/DemoNetworkAccessManager.h"

#include "providers/demo/DemoEndpoint.h"
#include "providers/demo/DemoReply.h"
#include "providers/demo/DemoResponder.h"

#include <QIODevice>

namespace pwb::demo {

namespace {

QByteArray methodOf(QNetworkAccessManager::Operation operation, const QNetworkRequest &request)
{
    switch (operation) {
    case QNetworkAccessManager::HeadOperation:
        return "HEAD";
    case QNetworkAccessManager::GetOperation:
        return "GET";
    case QNetworkAccessManager::PutOperation:
        return "PUT";
    case QNetworkAccessManager::PostOperation:
        return "POST";
    case QNetworkAccessManager::DeleteOperation:
        return "DELETE";
    case QNetworkAccessManager::CustomOperation:
        return request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    case QNetworkAccessManager::UnknownOperation:
        break;
    }
    return {};
}

} // namespace

DemoNetworkAccessManager::DemoNetworkAccessManager(QObject *parent)
    : QNetworkAccessManager(parent)
{ }

bool DemoNetworkAccessManager::isDemoUrl(const QUrl &url)
{
    return url.host().compare(kHost, Qt::CaseInsensitive) == 0;
}

QNetworkReply *DemoNetworkAccessManager::createRequest(Operation operation,
                                                       const QNetworkRequest &request,
                                                       QIODevice *outgoingData)
{
    if (!isDemoUrl(request.url())) {
        return QNetworkAccessManager::createRequest(operation, request, outgoingData);
    }
    // post(QByteArray) hands over a QBuffer: the whole body is there to read now.
    const QByteArray body = outgoingData ? outgoingData->readAll() : QByteArray();
    const int intervalMs = m_deltasPerSecond > 0 ? 1000 / m_deltasPerSecond : 0;
    return new DemoReply(
        operation, request,
        DemoResponder::respond(methodOf(operation, request), request.url().path(), body),
        intervalMs, this);
}

} // namespace pwb::demo
