#pragma once

#include "providers/demo/DemoResponder.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace pwb::demo {

// A QNetworkReply played in-process: the headers of a DemoResponse at once (queued, so the
// caller can connect first), then one body chunk per timer tick, then finished(). abort()
// behaves as Qt's own replies do: OperationCanceledError, finished(), and no data afterwards.
class DemoReply : public QNetworkReply
{
    Q_OBJECT

public:
    // `intervalMs` between chunks; 0 plays them as fast as the event loop turns.
    DemoReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request,
              DemoResponse response, int intervalMs, QObject *parent = nullptr);

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void begin();
    void playNext();
    void end();

    DemoResponse m_response;
    qsizetype m_nextChunk = 0;
    qint64 m_delivered = 0;
    qint64 m_total = 0;
    QByteArray m_buffer;
    QTimer m_timer;
};

} // namespace pwb::demo
