#pragma once

#include <QNetworkAccessManager>

namespace pwb::demo {

// The application's QNetworkAccessManager: requests to the offline demo's host (demo::kHost) are
// answered in-process by a DemoReply, so the demo goes through the same StreamingCall, SseParser
// and decoder as every real provider; every other request goes to the network as usual.
class DemoNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    static constexpr int kDefaultDeltasPerSecond = 60;

    explicit DemoNetworkAccessManager(QObject *parent = nullptr);

    // How fast demo replies stream: body chunks (about one delta each) per second; 0 streams as
    // fast as the event loop turns (tests, scripts).
    void setDeltasPerSecond(int rate) { m_deltasPerSecond = qMax(0, rate); }
    int deltasPerSecond() const { return m_deltasPerSecond; }

    static bool isDemoUrl(const QUrl &url);

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    int m_deltasPerSecond = kDefaultDeltasPerSecond;
};

} // namespace pwb::demo
