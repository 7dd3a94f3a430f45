#include "providers/NetworkRequestDefaults.h"

#include "providers/RequestBuilder.h"

#include <QHttp1Configuration>

namespace pwb {

void applyRequestDefaults(QNetworkRequest &request)
{
    QHttp1Configuration http1;
    http1.setNumberOfConnectionsPerHost(kConnectionsPerHost);
    request.setHttp1Configuration(http1);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setTransferTimeout(0);
}

QNetworkRequest networkRequest(const HttpRequestSpec &spec)
{
    QNetworkRequest request(spec.url);
    for (const auto &[name, value] : spec.headers) {
        request.setRawHeader(name, value);
    }
    applyRequestDefaults(request);
    return request;
}

} // namespace pwb
