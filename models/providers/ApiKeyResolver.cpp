#include "providers/ApiKeyResolver.h"

namespace pwb {

QString ResolvedApiKey::description() const
{
    switch (source) {
    case Source::Environment:
        return tr("From environment variable %1").arg(environmentVariable);
    case Source::Keychain:
        return tr("Stored in the system keychain");
    case Source::Session:
        return tr("No keychain is reachable (%1); the key is kept for this session only")
            .arg(keychainMessage);
    case Source::None:
        break;
    }
    switch (keychainStatus) {
    case SecretStore::Status::Unavailable:
        return tr("No key. No keychain is reachable (%1); a key you save is kept for this "
                  "session only")
            .arg(keychainMessage);
    case SecretStore::Status::Denied:
    case SecretStore::Status::Failed:
        return tr("No key: the keychain did not answer (%1)").arg(keychainMessage);
    case SecretStore::Status::Ok:
    case SecretStore::Status::NotFound:
        break;
    }
    return tr("No key");
}

ApiKeyResolver::ApiKeyResolver(SecretStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{ }

template<typename Answer, typename Callback>
void ApiKeyResolver::answerLater(QObject *context, Callback done, Answer answer)
{
    Q_ASSERT_X(context, "ApiKeyResolver", "answers need a context object that outlives them");
    QMetaObject::invokeMethod(
        this,
        [guard = QPointer<QObject>(context), done = std::move(done), answer = std::move(answer)] {
            if (guard) {
                done(answer);
            }
        },
        Qt::QueuedConnection);
}

void ApiKeyResolver::resolve(const ProviderConfig &provider, QObject *context, ResolveCallback done)
{
    ResolvedApiKey resolved;
    const QString variable = provider.apiKeyEnvironmentVariable;
    if (!variable.isEmpty()) {
        // A pasted key often ends with a newline; no key has whitespace around it.
        resolved.key = qEnvironmentVariable(variable.toLocal8Bit().constData()).trimmed();
        if (!resolved.key.isEmpty()) {
            resolved.source = ResolvedApiKey::Source::Environment;
            resolved.environmentVariable = variable;
            answerLater(context, std::move(done), resolved);
            return;
        }
    }
    if (const auto session = m_session.constFind(provider.id); session != m_session.cend()) {
        resolved.key = session->key;
        resolved.source = ResolvedApiKey::Source::Session;
        resolved.keychainStatus = SecretStore::Status::Unavailable;
        resolved.keychainMessage = session->keychainMessage;
        answerLater(context, std::move(done), resolved);
        return;
    }
    if (!m_store) {
        resolved.keychainStatus = SecretStore::Status::Unavailable;
        resolved.keychainMessage = tr("no keychain is set up for this program");
        answerLater(context, std::move(done), resolved);
        return;
    }
    m_store->read(SecretStore::apiKeyName(provider.id),
                  [self = QPointer<ApiKeyResolver>(this), context = QPointer<QObject>(context),
                   done = std::move(done)](const SecretStore::Result &result) {
                      if (!self || !context) {
                          return;
                      }
                      ResolvedApiKey answer;
                      answer.keychainStatus = result.status;
                      answer.keychainMessage = result.message;
                      if (result.status == SecretStore::Status::Ok &&
                          !result.secret.trimmed().isEmpty()) {
                          answer.key = result.secret.trimmed();
                          answer.source = ResolvedApiKey::Source::Keychain;
                      }
                      self->answerLater(context, std::move(done), answer);
                  });
}

void ApiKeyResolver::saveKey(const QString &providerId, const QString &key, QObject *context,
                             WriteCallback done)
{
    using Answer = Result<ResolvedApiKey::Source>;
    const QString trimmed = key.trimmed();
    if (trimmed.isEmpty()) {
        answerLater(context, std::move(done),
                    Answer::failure(tr("The API key for \"%1\" is empty.").arg(providerId)));
        return;
    }
    if (!m_store) {
        m_session.insert(providerId, {trimmed, tr("no keychain is set up for this program")});
        Q_EMIT keyChanged(providerId);
        answerLater(context, std::move(done), Answer(ResolvedApiKey::Source::Session));
        return;
    }
    m_store->write(
        SecretStore::apiKeyName(providerId), trimmed,
        [self = QPointer<ApiKeyResolver>(this), context = QPointer<QObject>(context), providerId,
         trimmed, done = std::move(done)](const SecretStore::Result &result) {
            if (!self) {
                return;
            }
            Answer answer = Answer(ResolvedApiKey::Source::Keychain);
            switch (result.status) {
            case SecretStore::Status::Ok:
                self->m_session.remove(providerId);
                break;
            case SecretStore::Status::Unavailable:
                self->m_session.insert(providerId, {trimmed, result.message});
                answer = Answer(ResolvedApiKey::Source::Session);
                break;
            case SecretStore::Status::NotFound:
            case SecretStore::Status::Denied:
            case SecretStore::Status::Failed:
                // Refused is not unreachable: falling back to memory would hide the refusal.
                answer = Answer::failure(tr("The keychain did not store the API key for \"%1\": %2")
                                             .arg(providerId,
                                                  result.message.isEmpty()
                                                      ? SecretStore::statusName(result.status)
                                                      : result.message));
                break;
            }
            if (answer) {
                Q_EMIT self->keyChanged(providerId);
            }
            if (context) {
                self->answerLater(context, std::move(done), answer);
            }
        });
}

void ApiKeyResolver::removeKey(const QString &providerId, QObject *context, WriteCallback done)
{
    using Answer = Result<ResolvedApiKey::Source>;
    const bool hadSessionKey = m_session.remove(providerId);
    if (!m_store) {
        if (hadSessionKey) {
            Q_EMIT keyChanged(providerId);
        }
        answerLater(context, std::move(done), Answer(ResolvedApiKey::Source::None));
        return;
    }
    m_store->remove(
        SecretStore::apiKeyName(providerId),
        [self = QPointer<ApiKeyResolver>(this), context = QPointer<QObject>(context), providerId,
         hadSessionKey, done = std::move(done)](const SecretStore::Result &result) {
            if (!self) {
                return;
            }
            Answer answer = Answer(ResolvedApiKey::Source::None);
            switch (result.status) {
            case SecretStore::Status::Ok:
            case SecretStore::Status::NotFound:
                break;
            case SecretStore::Status::Unavailable:
                // Nothing reachable to remove; the session key, if any, is gone.
                break;
            case SecretStore::Status::Denied:
            case SecretStore::Status::Failed:
                answer = Answer::failure(
                    tr("The keychain did not remove the API key for \"%1\": %2")
                        .arg(providerId,
                             result.message.isEmpty() ? SecretStore::statusName(result.status)
                                                      : result.message));
                break;
            }
            if (answer || hadSessionKey) {
                Q_EMIT self->keyChanged(providerId);
            }
            if (context) {
                self->answerLater(context, std::move(done), answer);
            }
        });
}

void ApiKeyResolver::prepare(const ProviderConfig &provider, QObject *context, PrepareCallback done)
{
    resolve(provider, context, [provider, done = std::move(done)](const ResolvedApiKey &key) {
        Prepared prepared;
        prepared.config = provider;
        prepared.config.apiKey = key.key;
        prepared.key = key;
        prepared.usable = key.found() || !needsApiKey(provider);
        if (!prepared.usable) {
            const QString name =
                provider.displayName.isEmpty() ? provider.id : provider.displayName;
            prepared.problem = provider.apiKeyEnvironmentVariable.isEmpty()
                ? tr("No API key for %1: store one in Edit > Providers and Keys.").arg(name)
                : tr("No API key for %1: set %2 or store one in Edit > Providers and Keys.")
                      .arg(name, provider.apiKeyEnvironmentVariable);
            if (!key.keychainMessage.isEmpty()) {
                prepared.problem += tr(" (The keychain said: %1)").arg(key.keychainMessage);
            }
        }
        done(prepared);
    });
}

bool ApiKeyResolver::needsApiKey(const ProviderConfig &provider)
{
    if (provider.format == ApiFormat::Ollama || provider.isOfflineDemo()) {
        return false;
    }
    const QString host = provider.baseUrl.host().toLower();
    return host != QLatin1String("localhost") && host != QLatin1String("127.0.0.1") &&
        host != QLatin1String("::1") && !host.endsWith(QLatin1String(".localhost"));
}

} // namespace pwb
