#include "providers/ProviderDirectory.h"
#include "storage/Database.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using pwb::ProviderConfig;
using pwb::ProviderDirectory;
using Field = pwb::ProviderDirectory::FieldError::Field;

Q_DECLARE_METATYPE(Field)

namespace {

QStringList ids(const QList<ProviderConfig> &providers)
{
    QStringList result;
    for (const ProviderConfig &config : providers) {
        result << config.id;
    }
    return result;
}

ProviderConfig added(const QString &id)
{
    ProviderConfig config;
    config.id = id;
    config.displayName = u"Local "_s + id;
    config.baseUrl = QUrl(u"http://localhost:8000/v1"_s);
    return config;
}

} // namespace

// The provider list the application offers: presets, the workspace's changes to them, and the
// providers the user added, on a real workspace file.
class ProviderDirectoryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"workspace-%1.sqlite"_s.arg(++m_workspaces)); // one per row
        QString error;
        m_db = pwb::Database::open(m_path, error);
        QVERIFY2(m_db, qPrintable(error));
    }

    void cleanup() { m_db.reset(); }

    void presetsWhenNothingIsSaved()
    {
        ProviderDirectory directory(*m_db);
        QCOMPARE(ids(directory.providers()), ids(ProviderConfig::presets()));
        QVERIFY(directory.contains(u"anthropic"_s));
        QVERIFY(!directory.contains(u"custom"_s)); // an alias the CLI accepts, not a provider
        QVERIFY(ProviderDirectory::isBuiltIn(u"gemini"_s));
        QVERIFY(!ProviderDirectory::isBuiltIn(u"custom"_s));
        QVERIFY(!directory.hasSavedSettings(u"openai"_s));
        QCOMPARE(directory.provider(u"ollama"_s)->baseUrl, QUrl(u"http://localhost:11434"_s));
        QVERIFY(!directory.provider(u"nope"_s));
    }

    void savedSettingsReplaceAPresetInPlace()
    {
        ProviderDirectory directory(*m_db);
        QSignalSpy changed(&directory, &ProviderDirectory::changed);
        ProviderConfig openai = *directory.provider(u"openai"_s);
        openai.baseUrl = QUrl(u"https://gateway.example.com/openai/v1"_s);
        openai.defaultModel = u"gpt-4o-mini"_s;
        openai.timeouts.firstTokenMs = 300'000;
        const pwb::Result<void> saved = directory.save(openai, u"openai"_s);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        QCOMPARE(changed.size(), 1);

        const QList<ProviderConfig> providers = directory.providers();
        QCOMPARE(ids(providers), ids(ProviderConfig::presets()));
        QCOMPARE(providers.constFirst().baseUrl, openai.baseUrl);
        QCOMPARE(providers.constFirst().defaultModel, u"gpt-4o-mini"_s);
        QCOMPARE(providers.constFirst().timeouts.firstTokenMs, 300'000);
        QCOMPARE(providers.constFirst().apiKeyEnvironmentVariable, u"OPENAI_API_KEY"_s);
        QVERIFY(directory.hasSavedSettings(u"openai"_s));

        // Removing a preset's settings brings the preset back.
        QVERIFY(directory.remove(u"openai"_s).ok());
        QCOMPARE(changed.size(), 2);
        QCOMPARE(directory.provider(u"openai"_s)->baseUrl, QUrl(u"https://api.openai.com/v1"_s));
        QVERIFY(directory.remove(u"openai"_s).ok()); // already so: nothing to do
        QCOMPARE(changed.size(), 2);
    }

    void addedProvidersFollowThePresetsById()
    {
        ProviderDirectory directory(*m_db);
        QSignalSpy changed(&directory, &ProviderDirectory::changed);
        ProviderConfig vllm = added(u"vllm-box"_s);
        vllm.extraHeaders = {{"X-Team", "prompts"}};
        vllm.apiKeyEnvironmentVariable = u"VLLM_KEY"_s;
        QVERIFY(directory.save(vllm).ok());
        QVERIFY(directory.save(added(u"lm-studio"_s)).ok());
        QCOMPARE(changed.size(), 2);

        QStringList expected = ids(ProviderConfig::presets());
        expected << u"lm-studio"_s << u"vllm-box"_s;
        QCOMPARE(ids(directory.providers()), expected);
        const ProviderConfig loaded = *directory.provider(u"vllm-box"_s);
        QCOMPARE(loaded.displayName, u"Local vllm-box"_s);
        QCOMPARE(loaded.extraHeaders, vllm.extraHeaders);
        QCOMPARE(loaded.apiKeyEnvironmentVariable, u"VLLM_KEY"_s);
        QVERIFY(loaded.apiKey.isEmpty());

        // Another directory on the same workspace (the next start) sees the same list.
        QCOMPARE(ids(ProviderDirectory(*m_db).providers()), expected);

        QVERIFY(directory.remove(u"lm-studio"_s).ok());
        QVERIFY(!directory.contains(u"lm-studio"_s));
        const pwb::Result<void> again = directory.remove(u"lm-studio"_s);
        QVERIFY(!again.ok());
        QCOMPARE(again.error(), u"There is no provider \"lm-studio\" to remove."_s);
    }

    void emptyDisplayNameBecomesTheId()
    {
        ProviderDirectory directory(*m_db);
        ProviderConfig config = added(u"bare"_s);
        config.displayName.clear();
        QVERIFY(directory.save(config).ok());
        QCOMPARE(directory.provider(u"bare"_s)->displayName, u"bare"_s);
    }

    void validation_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("replacing");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("idleMs");
        QTest::addColumn<Field>("field");
        QTest::addColumn<QString>("message");

        const QString url = u"http://localhost:8000/v1"_s;
        QTest::newRow("empty id") << QString() << QString() << url << QString() << QByteArray() << 0
                                  << Field::Id << u"Id: a provider needs an id"_s;
        QTest::newRow("id with capitals and _")
            << u"My_VLLM"_s << QString() << url << QString() << QByteArray() << 0 << Field::Id
            << u"Id: \"My_VLLM\" may contain only lowercase letters a-z, digits and hyphens."_s;
        QTest::newRow("id of a preset")
            << u"openai"_s << QString() << url << QString() << QByteArray() << 0 << Field::Id
            << u"Id: a provider \"openai\" already exists"_s;
        QTest::newRow("id of the CLI alias")
            << u"custom"_s << QString() << url << QString() << QByteArray() << 0 << Field::Id
            << u"Id: a provider \"custom\" already exists"_s;
        QTest::newRow("id of an added one")
            << u"existing"_s << QString() << url << QString() << QByteArray() << 0 << Field::Id
            << u"already exists"_s;
        QTest::newRow("rename") << u"other"_s << u"existing"_s << url << QString() << QByteArray()
                                << 0 << Field::Id << u"cannot be renamed"_s;
        QTest::newRow("ftp URL") << u"a"_s << QString() << u"ftp://example.com/v1"_s << QString()
                                 << QByteArray() << 0 << Field::BaseUrl
                                 << u"Base URL: \"ftp://example.com/v1\" must be an http:// or "
                                    u"https:// address"_s;
        QTest::newRow("URL without scheme")
            << u"a"_s << QString() << u"localhost:8000/v1"_s << QString() << QByteArray() << 0
            << Field::BaseUrl << u"Base URL:"_s;
        QTest::newRow("empty URL") << u"a"_s << QString() << QString() << QString() << QByteArray()
                                   << 0 << Field::BaseUrl << u"Base URL:"_s;
        QTest::newRow("URL without host") << u"a"_s << QString() << u"http:///v1"_s << QString()
                                          << QByteArray() << 0 << Field::BaseUrl << u"Base URL:"_s;
        QTest::newRow("variable with a dash")
            << u"a"_s << QString() << url << u"MY-KEY"_s << QByteArray() << 0
            << Field::ApiKeyVariable << u"Key variable: \"MY-KEY\" is not an environment"_s;
        QTest::newRow("secret header")
            << u"a"_s << QString() << url << QString() << "Authorization"_ba << 0 << Field::Headers
            << u"The header Authorization of provider \"a\" looks like a secret: keep it in the "
               u"keychain with the API key, not in the workspace."_s;
        QTest::newRow("header with a space")
            << u"a"_s << QString() << url << QString() << "X Team"_ba << 0 << Field::Headers
            << u"Headers: \"X Team\" is not a valid header name."_s;
        QTest::newRow("negative timeout")
            << u"a"_s << QString() << url << QString() << QByteArray() << -1 << Field::Timeouts
            << u"Timeouts: a time limit cannot be negative"_s;
    }

    void validation()
    {
        QFETCH(QString, id);
        QFETCH(QString, replacing);
        QFETCH(QString, url);
        QFETCH(QString, variable);
        QFETCH(QByteArray, header);
        QFETCH(int, idleMs);
        QFETCH(Field, field);
        QFETCH(QString, message);

        ProviderDirectory directory(*m_db);
        QVERIFY(directory.save(added(u"existing"_s)).ok());
        QSignalSpy changed(&directory, &ProviderDirectory::changed);

        ProviderConfig config = added(id);
        config.baseUrl = QUrl(url, QUrl::StrictMode);
        config.apiKeyEnvironmentVariable = variable;
        if (!header.isEmpty()) {
            config.extraHeaders = {{header, "value"}};
        }
        config.timeouts.idleMs = idleMs;

        const QList<ProviderDirectory::FieldError> errors = directory.validate(config, replacing);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.constFirst().field, field);
        QVERIFY2(errors.constFirst().message.contains(message),
                 qPrintable(errors.constFirst().message));

        const pwb::Result<void> saved = directory.save(config, replacing);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().contains(message), qPrintable(saved.error()));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(directory.providers().size(), ProviderConfig::presets().size() + 1);
    }

    void validSettingsHaveNoErrors()
    {
        ProviderDirectory directory(*m_db);
        ProviderConfig config = added(u"a-1"_s);
        config.apiKeyEnvironmentVariable = u"_MY_KEY2"_s;
        config.extraHeaders = {{"HTTP-Referer", "https://example.com"}, {"X-Title", "pwb"}};
        config.baseUrl = QUrl(u"HTTPS://example.com"_s);
        QVERIFY(directory.validate(config, {}).isEmpty());
        QVERIFY(directory.validate(*directory.provider(u"openai"_s), u"openai"_s).isEmpty());
    }

    void theKeyIsNeverStored()
    {
        const QByteArray canary = "sk-canary-directory-3b8e01f4c2";
        {
            ProviderDirectory directory(*m_db);
            ProviderConfig config = added(u"with-key"_s);
            config.apiKey = QString::fromLatin1(canary);
            QVERIFY(directory.save(config).ok());
            QVERIFY(directory.provider(u"with-key"_s)->apiKey.isEmpty());
        }
        QByteArray bytes;
        for (const QString &suffix : {u""_s, u"-wal"_s}) {
            QFile file(m_path + suffix);
            if (file.open(QIODevice::ReadOnly)) {
                bytes += file.readAll();
            }
        }
        QVERIFY(bytes.contains("with-key")); // the settings did land there
        QVERIFY(!bytes.contains(canary));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_workspaces = 0;
    std::unique_ptr<pwb::Database> m_db;
};

QTEST_GUILESS_MAIN(ProviderDirectoryTest)
#include "tst_providerdirectory.moc"
