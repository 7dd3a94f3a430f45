#include "providers/ModelListFetcher.h"

#include "providers/NetworkRequestDefaults.h"
#include "providers/RequestBuilder.h"
#include "secrets/Redaction.h"
#include "streaming/ErrorClassification.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace pwb {

namespace {

// What a person needs to see of the address: no query (page size) and no user info.
QString shownUrl(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
}

// The start of a body that is not a known error shape (an HTML error page, plain text).
QString bodyExcerpt(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.first(qMin<qsizetype>(body.size(), 300))).simplified();
    if (body.size() > 300) {
        text += QStringLiteral("…");
    }
    return text;
}

} // namespace

ModelListFetcher::ModelListFetcher(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_deadline(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, &ModelListFetcher::onTimeout);
}

ModelListFetcher::~ModelListFetcher()
{
    cancel();
}

void ModelListFetcher::fetch(const ProviderConfig &provider)
{
    cancel();
    m_provider = provider;
    // m_deadline covers the whole exchange, not Qt's transfer timeout.
    m_reply = m_network->get(networkRequest(buildModelListRequest(provider)));
    connect(m_reply, &QNetworkReply::finished, this, &ModelListFetcher::onFinished);
    m_deadline->start(m_timeoutMs);
}

void ModelListFetcher::cancel()
{
    m_deadline->stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    m_reply = nullptr;
}

void ModelListFetcher::finish()
{
    m_deadline->stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->deleteLater();
    }
    m_reply = nullptr;
}

void ModelListFetcher::onTimeout()
{
    const QUrl url = m_reply ? m_reply->url() : QUrl();
    cancel();
    Q_EMIT failed(tr("No answer from GET %1 within %2 s.")
                      .arg(shownUrl(url))
                      .arg(m_timeoutMs / 1000.0, 0, 'g', 3));
}

void ModelListFetcher::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply) {
        return;
    }
    const QUrl url = reply->request().url();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    const QNetworkReply::NetworkError networkError = reply->error();
    const QString networkErrorText = reply->errorString();
    const QByteArray body = reply->readAll();
    finish();

    const QStringList secrets {m_provider.apiKey};
    auto fail = [&](const QString &message) { Q_EMIT failed(redactSecrets(message, secrets)); };

    if (status == 0) {
        fail(tr("No answer from GET %1: %2").arg(shownUrl(url), networkErrorText));
        return;
    }
    if (status >= 300 || networkError != QNetworkReply::NoError) {
        const ProviderErrorBody error = parseProviderErrorBody(body);
        QString said = error.parsed && !error.message.isEmpty() ? error.message : bodyExcerpt(body);
        if (said.isEmpty()) {
            said = networkErrorText;
        }
        QString advice;
        if (status == 401 || status == 403) {
            advice = tr(" Check the API key.");
        } else if (status == 404) {
            advice = tr(" Check the base URL and the type of the provider.");
        }
        fail(tr("HTTP %1 from GET %2: %3").arg(status).arg(shownUrl(url), said) + advice);
        return;
    }
    const Result<QStringList> models = parseModelList(m_provider.format, body);
    if (!models) {
        fail(tr("The answer to GET %1 is not a model list: %2").arg(shownUrl(url), models.error()));
        return;
    }
    Q_EMIT modelsFetched(models.value());
}

Result<QStringList> ModelListFetcher::parseModelList(ApiFormat format, QByteArrayView body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Result<QStringList>::failure(tr("it is not JSON (%1 at byte %2)")
                                                .arg(parseError.errorString())
                                                .arg(parseError.offset));
    }
    if (!document.isObject()) {
        return Result<QStringList>::failure(tr("it is not a JSON object"));
    }
    const QJsonObject root = document.object();
    // Gemini and Ollama answer {} or "models": [] when there are none; the others always
    // answer "data".
    const bool openAiShape = format == ApiFormat::OpenAiChat ||
        format == ApiFormat::OpenAiResponses || format == ApiFormat::Anthropic;
    const QLatin1String listName = openAiShape ? QLatin1String("data") : QLatin1String("models");
    const QJsonValue list = root.value(listName);
    if (!list.isArray() && !(list.isUndefined() && !openAiShape && root.isEmpty())) {
        return Result<QStringList>::failure(tr("it has no \"%1\" list").arg(listName));
    }
    QStringList models;
    for (const QJsonValue &entry : list.toArray()) {
        const QJsonObject model = entry.toObject();
        QString id;
        switch (format) {
        case ApiFormat::OpenAiChat:
        case ApiFormat::OpenAiResponses:
        case ApiFormat::Anthropic:
            id = model.value(QLatin1String("id")).toString();
            break;
        case ApiFormat::Gemini: {
            // Embedding and other models are listed too; only these can answer a prompt.
            const QJsonArray methods =
                model.value(QLatin1String("supportedGenerationMethods")).toArray();
            if (!methods.contains(QLatin1String("generateContent")) &&
                !methods.contains(QLatin1String("streamGenerateContent"))) {
                continue;
            }
            id = model.value(QLatin1String("name")).toString();
            if (id.startsWith(QLatin1String("models/"))) {
                id.remove(0, 7);
            }
            break;
        }
        case ApiFormat::Ollama:
            id = model.value(QLatin1String("name")).toString();
            break;
        }
        if (!id.isEmpty()) {
            models.append(id);
        }
    }
    models.sort();
    models.removeDuplicates();
    return models;
}

} // namespace pwb
