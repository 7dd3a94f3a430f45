#pragma once

#include "core/Result.h"
#include "providers/ProviderConfig.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace pwb {

// Where a provider's API key was found, and what the keychain said on the way.
struct ResolvedApiKey
{
    Q_DECLARE_TR_FUNCTIONS(pwb::ResolvedApiKey)

public:
    enum class Source {
        None, // no key anywhere: the request goes without one
        Environment, // the provider's environment variable (never copied into the keychain)
        Session, // typed in this session while no keychain was reachable; memory only
        Keychain, // the OS keychain, entry SecretStore::apiKeyName(id)
    };

    QString key;
    Source source = Source::None;
    QString environmentVariable; // the variable read, when source is Environment
    // The keychain's answer: Ok / NotFound when it was asked, Unavailable / Denied / Failed when
    // it could not say. A key from the environment does not ask it (status stays Ok).
    SecretStore::Status keychainStatus = SecretStore::Status::Ok;
    QString keychainMessage; // its own words when it could not answer

    bool found() const { return source != Source::None; }
    bool keychainReachable() const { return keychainStatus != SecretStore::Status::Unavailable; }
    // One line for the user: "From environment variable OPENAI_API_KEY", "Stored in the system
    // keychain", "No keychain is reachable (…); the key is kept for this session only", "No key".
    QString description() const;
};

// The one rule for finding a provider's API key, shared by the GUI and `pwb chat`:
//   1. the provider's environment variable (apiKeyEnvironmentVariable), when set and not empty;
//   2. a key kept for this session (saved while no keychain was reachable);
//   3. the OS keychain (SecretStore), entry "api-key/<id>".
// The environment comes first so that a shell or CI job can override a stored key without
// touching it, as with every other tool that reads OPENAI_API_KEY.
//
// saveKey()/removeKey() write through the SecretStore. When no keychain is reachable the key is
// kept in memory for this session only: it is never written anywhere else, and there is no
// plaintext fallback. Every answer arrives later (never inside the call), on this thread, and is
// dropped if `context` is destroyed first.
class ApiKeyResolver : public QObject
{
    Q_OBJECT

public:
    // `store` may be null (no keychain in this build or process): keys are then session-only.
    explicit ApiKeyResolver(SecretStore *store, QObject *parent = nullptr);

    using ResolveCallback = std::function<void(const ResolvedApiKey &)>;
    // Answers with the key's source; the key is in ResolvedApiKey::key (set it on a copy of the
    // config before creating a Provider).
    void resolve(const ProviderConfig &provider, QObject *context, ResolveCallback done);

    using WriteCallback = std::function<void(const Result<ResolvedApiKey::Source> &)>;
    // Stores `key` in the keychain (answers Keychain), or for this session when no keychain is
    // reachable (answers Session). A keychain that refuses or fails is a failure with its words.
    void saveKey(const QString &providerId, const QString &key, QObject *context,
                 WriteCallback done);
    // Removes the stored and the session key (answers None). A key in the environment stays.
    void removeKey(const QString &providerId, QObject *context, WriteCallback done);

    bool hasSessionKey(const QString &providerId) const { return m_session.contains(providerId); }

    // A provider ready to send with: `config` is the provider with its key set, `usable` says
    // whether a request is worth sending (a key was found, or the provider needs none), and
    // `problem` tells the user what to do when it is not.
    struct Prepared
    {
        ProviderConfig config;
        ResolvedApiKey key;
        bool usable = false;
        QString problem;
    };
    using PrepareCallback = std::function<void(const Prepared &)>;
    void prepare(const ProviderConfig &provider, QObject *context, PrepareCallback done);

    // Whether a request to `provider` needs an API key to be worth sending: false for Ollama
    // the offline demo,
    // and servers on this machine (llama.cpp, vLLM, LM Studio usually run without one).
    static bool needsApiKey(const ProviderConfig &provider);

Q_SIGNALS:
    // After saveKey()/removeKey() changed where `providerId`'s key comes from.
    void keyChanged(const QString &providerId);

private:
    struct SessionKey
    {
        QString key;
        QString keychainMessage; // why it is not in the keychain
    };

    template<typename Answer, typename Callback>
    void answerLater(QObject *context, Callback done, Answer answer);

    QPointer<SecretStore> m_store;
    QHash<QString, SessionKey> m_session;
};

} // namespace pwb
