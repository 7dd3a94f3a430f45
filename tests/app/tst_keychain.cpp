#include "secrets/KeychainSecretStore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <optional>

using namespace Qt::StringLiterals;
using pwb::SecretStore;

// Talks to a real Secret Service: `tools/dev test` runs the suite under a private D-Bus session
// with an unlocked GNOME Keyring. Nothing here is mocked.
class KeychainTest : public QObject
{
    Q_OBJECT

    // Runs one asynchronous call and waits (with the event loop running) for its answer.
    template<typename Call>
    SecretStore::Result await(Call call)
    {
        std::optional<SecretStore::Result> answer;
        int answers = 0;
        call([&](const SecretStore::Result &result) {
            answer = result;
            ++answers;
        });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 20000)) {
            return {SecretStore::Status::Failed, {}, u"no answer within 20 s"_s};
        }
        QTest::qWait(20); // a second answer would be a bug
        return answers == 1
            ? *answer
            : SecretStore::Result {SecretStore::Status::Failed, {}, u"answered twice"_s};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "no D-Bus session: run the tests with 'tools/dev test', which provides a private "
                 "session bus and an unlocked GNOME Keyring");
        m_service =
            u"Prompt Workbench test "_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    void writeReadOverwriteRemove()
    {
        pwb::KeychainSecretStore store(m_service);
        const QString key = u"provider/openai"_s;
        const QString secret =
            u"sk-canary-"_s + QUuid::createUuid().toString(QUuid::Id128) + u"-密钥"_s;

        SecretStore::Result result = await([&](auto done) { store.write(key, secret, done); });
        QVERIFY2(result.status == SecretStore::Status::Ok, qPrintable(result.message));

        result = await([&](auto done) { store.read(key, done); });
        QVERIFY2(result.status == SecretStore::Status::Ok, qPrintable(result.message));
        QCOMPARE(result.secret, secret);

        result = await([&](auto done) { store.write(key, u"sk-rotated"_s, done); });
        QVERIFY2(result.status == SecretStore::Status::Ok, qPrintable(result.message));
        result = await([&](auto done) { store.read(key, done); });
        QCOMPARE(result.secret, u"sk-rotated"_s);

        // A second store (another process, in real life) sees the same entry.
        pwb::KeychainSecretStore other(m_service);
        result = await([&](auto done) { other.read(key, done); });
        QCOMPARE(result.secret, u"sk-rotated"_s);

        result = await([&](auto done) { store.remove(key, done); });
        QVERIFY2(result.status == SecretStore::Status::Ok, qPrintable(result.message));
        result = await([&](auto done) { store.read(key, done); });
        QCOMPARE(result.status, SecretStore::Status::NotFound);
        QVERIFY(result.secret.isEmpty());
    }

    void missingKeyIsNotFound()
    {
        pwb::KeychainSecretStore store(m_service);
        const SecretStore::Result result =
            await([&](auto done) { store.read(u"provider/never-written"_s, done); });
        QCOMPARE(result.status, SecretStore::Status::NotFound);
        QCOMPARE(SecretStore::statusName(result.status), u"NotFound"_s);
    }

    void servicesAreSeparate()
    {
        pwb::KeychainSecretStore mine(m_service);
        pwb::KeychainSecretStore theirs(m_service + u" (other)"_s);
        QCOMPARE(await([&](auto done) { mine.write(u"k"_s, u"mine"_s, done); }).status,
                 SecretStore::Status::Ok);
        QCOMPARE(await([&](auto done) { theirs.read(u"k"_s, done); }).status,
                 SecretStore::Status::NotFound);
        QCOMPARE(await([&](auto done) { mine.remove(u"k"_s, done); }).status,
                 SecretStore::Status::Ok);
    }

    void storeDestroyedBeforeTheAnswer()
    {
        // The job outlives its store and answers; it used to be deleted with the store and
        // then called back by libsecret, crashing the program.
        int answers = 0;
        {
            pwb::KeychainSecretStore store(m_service);
            store.read(u"provider/gone"_s, [&](const SecretStore::Result &) { ++answers; });
        }
        QTRY_COMPARE(answers, 1);
        pwb::KeychainSecretStore next(m_service);
        QCOMPARE(await([&](auto done) { next.read(u"provider/gone"_s, done); }).status,
                 SecretStore::Status::NotFound);
    }

private:
    QString m_service;
};

QTEST_GUILESS_MAIN(KeychainTest)
#include "tst_keychain.moc"
