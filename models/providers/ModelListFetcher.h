#pragma once

#include "core/Result.h"
#include "providers/ProviderConfig.h"

#include <QByteArrayView>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QNetworkAccessManager;
class QTimer;

namespace pwb {

// Asks a provider which models it offers (buildModelListRequest: the same base URL and key
// header as a chat request), so a settings page can offer them and "Test connection" can prove
// that the URL and the key work. One fetch at a time: fetch() abandons the one before.
class ModelListFetcher : public QObject
{
    Q_OBJECT

public:
    explicit ModelListFetcher(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ModelListFetcher() override;

    // Gives up after this long without the whole answer (default 20 s).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }

    // `provider.apiKey` is sent as the format's key header. Ends with exactly one of the signals.
    void fetch(const ProviderConfig &provider);
    void cancel(); // no signal follows
    bool isRunning() const { return m_reply != nullptr; }

    // The model ids in a list answer, sorted: OpenAI-compatible and Anthropic data[].id; Gemini
    // models[].name without "models/", only models that can generate content; Ollama
    // models[].name. Failure: a sentence saying what is wrong with the body.
    static Result<QStringList> parseModelList(ApiFormat format, QByteArrayView body);

Q_SIGNALS:
    void modelsFetched(const QStringList &models);
    // A sentence for the user: what was asked, the HTTP status and the provider's own message
    // (the key never appears in it).
    void failed(const QString &message);

private:
    void onFinished();
    void onTimeout();
    void finish();

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_deadline;
    int m_timeoutMs = 20'000;
    ProviderConfig m_provider;
};

} // namespace pwb
