#include "ScriptedSecretStore.h"
#include "providers/ApiKeyResolver.h"
#include "secrets/KeychainSecretStore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <optional>

using namespace Qt::StringLiterals;
using pwb::ApiFormat;
using pwb::ApiKeyResolver;
using pwb::ProviderConfig;
using pwb::ResolvedApiKey;
using pwb::SecretStore;
using Source = pwb::ResolvedApiKey::Source;
using pwb::test::ScriptedSecretStore;

Q_DECLARE_METATYPE(pwb::ApiFormat)

// Keys from the environment (set in this process), from a real Secret Service (GNOME Keyring
// on the private D-Bus session that `tools/dev test` provides), and from memory when the
// keychain cannot be reached (a scripted store: the one thing the real keychain cannot show).
class ApiKeyResolverTest : public QObject
{
    Q_OBJECT

    ResolvedApiKey resolve(ApiKeyResolver &resolver, const ProviderConfig &provider)
    {
        std::optional<ResolvedApiKey> answer;
        resolver.resolve(provider, this,
                         [&](const ResolvedApiKey &resolved) { answer = resolved; });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 20000)) {
            qWarning("no answer within 20 s");
            return {};
        }
        return *answer;
    }

    template<typename Call>
    pwb::Result<Source> write(Call call)
    {
        std::optional<pwb::Result<Source>> answer;
        call([&](const pwb::Result<Source> &result) { answer = result; });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 20000)) {
            return pwb::Result<Source>::failure(u"no answer within 20 s"_s);
        }
        return *answer;
    }

    SecretStore::Result keychainRead(SecretStore &store, const QString &key)
    {
        std::optional<SecretStore::Result> answer;
        store.read(key, [&](const SecretStore::Result &result) { answer = result; });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 20000)) {
            return {SecretStore::Status::Failed, {}, u"no answer"_s};
        }
        return *answer;
    }

    // A provider of its own for each test: its id names the keychain entry, its variable
    // is set or unset by the test alone.
    ProviderConfig provider(const QString &name)
    {
        ProviderConfig config;
        config.id = u"test-"_s + name;
        config.baseUrl = QUrl(u"https://api.example.invalid/v1"_s);
        config.apiKeyEnvironmentVariable = u"PWB_TEST_KEY_"_s + name.toUpper().replace(u'-', u'_');
        qunsetenv(config.apiKeyEnvironmentVariable.toLatin1().constData());
        return config;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "no D-Bus session: run the tests with 'tools/dev test', which provides a private "
                 "session bus and an unlocked GNOME Keyring");
        m_service = u"Prompt Workbench resolver test "_s +
            QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    void environmentComesFirst()
    {
        pwb::KeychainSecretStore store(m_service);
        ApiKeyResolver resolver(&store);
        const ProviderConfig config = provider(u"env-first"_s);
        QVERIFY(write([&](auto done) {
            resolver.saveKey(config.id, u"sk-stored-0123456789"_s, this, done);
        }));

        // A pasted key often carries a newline: it is not part of the key.
        qputenv(config.apiKeyEnvironmentVariable.toLatin1().constData(), "sk-env-0123456789\n");
        ResolvedApiKey resolved = resolve(resolver, config);
        QCOMPARE(resolved.source, Source::Environment);
        QCOMPARE(resolved.key, u"sk-env-0123456789"_s);
        QCOMPARE(resolved.environmentVariable, config.apiKeyEnvironmentVariable);
        QCOMPARE(resolved.description(),
                 u"From environment variable "_s + config.apiKeyEnvironmentVariable);

        // Set but empty is not set: the stored key applies.
        qputenv(config.apiKeyEnvironmentVariable.toLatin1().constData(), "");
        resolved = resolve(resolver, config);
        QCOMPARE(resolved.source, Source::Keychain);
        QCOMPARE(resolved.key, u"sk-stored-0123456789"_s);
        QCOMPARE(resolved.keychainStatus, SecretStore::Status::Ok);
        QCOMPARE(resolved.description(), u"Stored in the system keychain"_s);
        QVERIFY(write([&](auto done) { resolver.removeKey(config.id, this, done); }));
    }

    void providerWithoutVariableReadsTheKeychain()
    {
        pwb::KeychainSecretStore store(m_service);
        ApiKeyResolver resolver(&store);
        ProviderConfig config = provider(u"no-variable"_s);
        config.apiKeyEnvironmentVariable.clear();
        QVERIFY(write(
            [&](auto done) { resolver.saveKey(config.id, u"sk-local-0123456789"_s, this, done); }));
        const ResolvedApiKey resolved = resolve(resolver, config);
        QCOMPARE(resolved.source, Source::Keychain);
        QCOMPARE(resolved.key, u"sk-local-0123456789"_s);
        QVERIFY(write([&](auto done) { resolver.removeKey(config.id, this, done); }));
    }

    void saveAndRemoveWriteTheRealKeychain()
    {
        pwb::KeychainSecretStore store(m_service);
        ApiKeyResolver resolver(&store);
        QSignalSpy changed(&resolver, &ApiKeyResolver::keyChanged);
        const ProviderConfig config = provider(u"save-remove"_s);
        const QString key = u"sk-canary-"_s + QUuid::createUuid().toString(QUuid::Id128);

        pwb::Result<Source> saved = write(
            [&](auto done) { resolver.saveKey(config.id, u"  "_s + key + u"\n"_s, this, done); });
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        QCOMPARE(saved.value(), Source::Keychain);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), config.id);
        QVERIFY(!resolver.hasSessionKey(config.id));

        // Another process (here: another store) finds it under the documented name, trimmed.
        pwb::KeychainSecretStore other(m_service);
        const SecretStore::Result entry = keychainRead(other, u"api-key/"_s + config.id);
        QCOMPARE(entry.status, SecretStore::Status::Ok);
        QCOMPARE(entry.secret, key);
        QCOMPARE(resolve(resolver, config).key, key);

        const pwb::Result<Source> removed =
            write([&](auto done) { resolver.removeKey(config.id, this, done); });
        QVERIFY2(removed.ok(), qPrintable(removed.error()));
        QCOMPARE(removed.value(), Source::None);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(keychainRead(other, u"api-key/"_s + config.id).status,
                 SecretStore::Status::NotFound);

        const ResolvedApiKey resolved = resolve(resolver, config);
        QCOMPARE(resolved.source, Source::None);
        QVERIFY(resolved.key.isEmpty());
        QCOMPARE(resolved.keychainStatus, SecretStore::Status::NotFound);
        QCOMPARE(resolved.description(), u"No key"_s);

        // Removing what is not there is not an error.
        QVERIFY(write([&](auto done) { resolver.removeKey(config.id, this, done); }).ok());
    }

    void emptyKeyIsRefused()
    {
        pwb::KeychainSecretStore store(m_service);
        ApiKeyResolver resolver(&store);
        const pwb::Result<Source> saved =
            write([&](auto done) { resolver.saveKey(u"test-empty"_s, u" \n"_s, this, done); });
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().contains(u"test-empty"), qPrintable(saved.error()));
    }

    void unreachableKeychainKeepsTheKeyForThisSessionOnly()
    {
        const QString why = u"The name org.freedesktop.secrets was not provided by any .service "
                            u"files"_s;
        ScriptedSecretStore store(SecretStore::Status::Unavailable, why);
        ApiKeyResolver resolver(&store);
        const ProviderConfig config = provider(u"unreachable"_s);

        ResolvedApiKey resolved = resolve(resolver, config);
        QCOMPARE(resolved.source, Source::None);
        QCOMPARE(resolved.keychainStatus, SecretStore::Status::Unavailable);
        QVERIFY(!resolved.keychainReachable());
        QCOMPARE(resolved.description(),
                 u"No key. No keychain is reachable (%1); a key you save is kept for this "
                 u"session only"_s.arg(why));

        const pwb::Result<Source> saved = write([&](auto done) {
            resolver.saveKey(config.id, u"sk-session-0123456789"_s, this, done);
        });
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        QCOMPARE(saved.value(), Source::Session);
        QCOMPARE(store.writes, 1); // the keychain was asked first
        QVERIFY(store.entries.isEmpty());
        QVERIFY(resolver.hasSessionKey(config.id));

        resolved = resolve(resolver, config);
        QCOMPARE(resolved.source, Source::Session);
        QCOMPARE(resolved.key, u"sk-session-0123456789"_s);
        QCOMPARE(
            resolved.description(),
            u"No keychain is reachable (%1); the key is kept for this session only"_s.arg(why));

        // A session key is still below the environment.
        qputenv(config.apiKeyEnvironmentVariable.toLatin1().constData(), "sk-env-0123456789");
        QCOMPARE(resolve(resolver, config).source, Source::Environment);
        qunsetenv(config.apiKeyEnvironmentVariable.toLatin1().constData());

        // Another resolver (a new run of the program) knows nothing of it.
        ApiKeyResolver nextRun(&store);
        QCOMPARE(resolve(nextRun, config).source, Source::None);

        QVERIFY(write([&](auto done) { resolver.removeKey(config.id, this, done); }).ok());
        QVERIFY(!resolver.hasSessionKey(config.id));
        QCOMPARE(resolve(resolver, config).source, Source::None);
    }

    void sessionKeyIsNewerThanAStoredOne()
    {
        // Stored while the keychain worked, replaced while it could not be reached.
        ScriptedSecretStore store(SecretStore::Status::Ok, {});
        store.entries.insert(u"api-key/test-newer"_s, u"sk-old-0123456789"_s);
        ApiKeyResolver resolver(&store);
        store.status = SecretStore::Status::Unavailable;
        QCOMPARE(write([&](auto done) {
                     resolver.saveKey(u"test-newer"_s, u"sk-new-0123456789"_s, this, done);
                 }).value(),
                 Source::Session);
        store.status = SecretStore::Status::Ok;
        ProviderConfig config = provider(u"newer"_s);
        const ResolvedApiKey resolved = resolve(resolver, config);
        QCOMPARE(resolved.source, Source::Session);
        QCOMPARE(resolved.key, u"sk-new-0123456789"_s);
    }

    void refusingKeychainIsAnErrorNotASessionKey_data()
    {
        QTest::addColumn<SecretStore::Status>("status");
        QTest::newRow("denied") << SecretStore::Status::Denied;
        QTest::newRow("failed") << SecretStore::Status::Failed;
    }

    void refusingKeychainIsAnErrorNotASessionKey()
    {
        QFETCH(SecretStore::Status, status);
        ScriptedSecretStore store(status, u"access refused by the user"_s);
        ApiKeyResolver resolver(&store);
        QSignalSpy changed(&resolver, &ApiKeyResolver::keyChanged);
        const ProviderConfig config = provider(u"refused"_s);

        const pwb::Result<Source> saved = write([&](auto done) {
            resolver.saveKey(config.id, u"sk-refused-0123456789"_s, this, done);
        });
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error(),
                 u"The keychain did not store the API key for \"test-refused\": access refused by "
                 u"the user"_s);
        QVERIFY(!resolver.hasSessionKey(config.id));
        QCOMPARE(changed.size(), 0);

        const ResolvedApiKey resolved = resolve(resolver, config);
        QCOMPARE(resolved.source, Source::None);
        QCOMPARE(resolved.keychainStatus, status);
        QCOMPARE(resolved.description(),
                 u"No key: the keychain did not answer (access refused by the user)"_s);
        QVERIFY(!write([&](auto done) { resolver.removeKey(config.id, this, done); }).ok());
    }

    void withoutAKeychainKeysAreSessionOnly()
    {
        ApiKeyResolver resolver(nullptr);
        const ProviderConfig config = provider(u"no-store"_s);
        QVERIFY(!resolve(resolver, config).keychainReachable());
        QCOMPARE(write([&](auto done) {
                     resolver.saveKey(config.id, u"sk-memory-0123456789"_s, this, done);
                 }).value(),
                 Source::Session);
        QCOMPARE(resolve(resolver, config).key, u"sk-memory-0123456789"_s);
    }

    void answersNeverArriveInsideTheCall()
    {
        ScriptedSecretStore store(SecretStore::Status::Ok, {});
        store.answerInsideTheCall = true;
        store.entries.insert(u"api-key/test-sync"_s, u"sk-sync-0123456789"_s);
        ApiKeyResolver resolver(&store);
        ProviderConfig config = provider(u"sync"_s);
        config.id = u"test-sync"_s;
        int answers = 0;
        resolver.resolve(config, this, [&](const ResolvedApiKey &) { ++answers; });
        QCOMPARE(answers, 0);
        QTRY_COMPARE(answers, 1);
        resolver.saveKey(config.id, u"sk-sync-2"_s, this, [&](const auto &) { ++answers; });
        QCOMPARE(answers, 1);
        QTRY_COMPARE(answers, 2);
    }

    void answerForADestroyedContextIsDropped()
    {
        ScriptedSecretStore store(SecretStore::Status::Ok, {});
        ApiKeyResolver resolver(&store);
        const ProviderConfig config = provider(u"context"_s);
        auto *context = new QObject;
        bool dropped = true;
        resolver.resolve(config, context, [&](const ResolvedApiKey &) { dropped = false; });
        delete context;
        // Answers come in order: once the later one is in, the earlier one had its turn.
        QCOMPARE(resolve(resolver, config).source, Source::None);
        QVERIFY(dropped);
    }

    void prepareSetsTheKeyOrSaysWhatIsMissing()
    {
        ScriptedSecretStore store(SecretStore::Status::Ok, {});
        store.entries.insert(u"api-key/test-stored"_s, u"sk-stored-0123456789"_s);
        ApiKeyResolver resolver(&store);
        auto prepare = [&](const ProviderConfig &config) {
            std::optional<ApiKeyResolver::Prepared> answer;
            resolver.prepare(config, this,
                             [&](const ApiKeyResolver::Prepared &prepared) { answer = prepared; });
            [&] { QVERIFY(QTest::qWaitFor([&] { return answer.has_value(); }, 20000)); }();
            return answer.value_or(ApiKeyResolver::Prepared {});
        };

        ProviderConfig stored = provider(u"stored"_s);
        ApiKeyResolver::Prepared prepared = prepare(stored);
        QVERIFY(prepared.usable);
        QCOMPARE(prepared.config.apiKey, u"sk-stored-0123456789"_s);
        QCOMPARE(prepared.config.baseUrl, stored.baseUrl);
        QCOMPARE(prepared.key.source, Source::Keychain);
        QVERIFY(prepared.problem.isEmpty());

        ProviderConfig missing = provider(u"missing"_s);
        missing.displayName = u"Example"_s;
        prepared = prepare(missing);
        QVERIFY(!prepared.usable);
        QVERIFY(prepared.config.apiKey.isEmpty());
        QCOMPARE(prepared.problem,
                 u"No API key for Example: set PWB_TEST_KEY_MISSING or store one in Edit > "
                 u"Providers and Keys."_s);

        ProviderConfig local = provider(u"local"_s);
        local.baseUrl = QUrl(u"http://localhost:8000/v1"_s);
        prepared = prepare(local);
        QVERIFY(prepared.usable); // a server on this machine usually takes no key
        QVERIFY(prepared.problem.isEmpty());

        ScriptedSecretStore locked(SecretStore::Status::Unavailable, u"no Secret Service"_s);
        ApiKeyResolver lockedResolver(&locked);
        std::optional<ApiKeyResolver::Prepared> answer;
        missing.apiKeyEnvironmentVariable.clear();
        lockedResolver.prepare(missing, this,
                               [&](const ApiKeyResolver::Prepared &p) { answer = p; });
        QTRY_VERIFY(answer.has_value());
        QCOMPARE(answer->problem,
                 u"No API key for Example: store one in Edit > Providers and Keys. (The keychain "
                 u"said: no Secret Service)"_s);
    }

    void needsApiKey_data()
    {
        QTest::addColumn<ApiFormat>("format");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("needed");
        QTest::newRow("openai") << ApiFormat::OpenAiChat << u"https://api.openai.com/v1"_s << true;
        QTest::newRow("gemini") << ApiFormat::Gemini
                                << u"https://generativelanguage.googleapis.com"_s << true;
        QTest::newRow("vllm on localhost")
            << ApiFormat::OpenAiChat << u"http://localhost:8000/v1"_s << false;
        QTest::newRow("llama.cpp on 127.0.0.1")
            << ApiFormat::OpenAiChat << u"http://127.0.0.1:8080/v1"_s << false;
        QTest::newRow("ipv6 loopback")
            << ApiFormat::OpenAiChat << u"http://[::1]:8080/v1"_s << false;
        QTest::newRow("ollama elsewhere")
            << ApiFormat::Ollama << u"http://gpu-box:11434"_s << false;
        QTest::newRow("compatible server elsewhere")
            << ApiFormat::OpenAiChat << u"http://gpu-box:8000/v1"_s << true;
    }

    void needsApiKey()
    {
        QFETCH(ApiFormat, format);
        QFETCH(QString, url);
        QFETCH(bool, needed);
        ProviderConfig config;
        config.format = format;
        config.baseUrl = QUrl(url);
        QCOMPARE(ApiKeyResolver::needsApiKey(config), needed);
    }

private:
    QString m_service;
};

QTEST_GUILESS_MAIN(ApiKeyResolverTest)
#include "tst_apikeyresolver.moc"
