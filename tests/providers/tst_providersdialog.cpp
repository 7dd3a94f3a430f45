#include "LoopbackServer.h"
#include "Screenshots.h"
#include "ScriptedSecretStore.h"
#include "providers/ApiKeyResolver.h"
#include "providers/ProviderDirectory.h"
#include "providers/ProvidersDialog.h"
#include "secrets/KeychainSecretStore.h"
#include "storage/Database.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <optional>

using namespace Qt::StringLiterals;
using pwb::ProvidersDialog;
using pwb::SecretStore;
using pwb::test::LoopbackServer;
using pwb::test::ServerScript;

namespace {

const QByteArray kModels = "{\"object\":\"list\",\"data\":[{\"id\":\"qwen3-8b\"},{\"id\":\"llama-3."
                           "1-8b\"},{\"id\":\"mistral-7b\"}]}";

} // namespace

// The providers dialog driven as a user would (offscreen), on a real workspace file, the real
// Secret Service of the test session and a loopback "provider".
class ProvidersDialogTest : public QObject
{
    Q_OBJECT

    template<typename T>
    T *child(QWidget &dialog, const QString &name)
    {
        T *widget = dialog.findChild<T *>(name);
        if (!widget) {
            qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        }
        return widget;
    }

    void click(QWidget &dialog, const QString &buttonName)
    {
        QPushButton *button = child<QPushButton>(dialog, buttonName);
        QVERIFY(button);
        QVERIFY2(button->isEnabled(), qPrintable(buttonName));
        QTest::mouseClick(button, Qt::LeftButton);
    }

    void replaceText(QWidget &dialog, const QString &editName, const QString &text)
    {
        auto *edit = child<QLineEdit>(dialog, editName);
        QVERIFY(edit);
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Tab); // editingFinished, as when leaving the field
    }

    QString text(QWidget &dialog, const QString &labelName)
    {
        auto *label = child<QLabel>(dialog, labelName);
        return label && label->isVisible() ? label->text() : QString();
    }

    QStringList listed(QWidget &dialog)
    {
        QStringList ids;
        auto *list = child<QListWidget>(dialog, u"providerList"_s);
        for (int row = 0; row < list->count(); ++row) {
            ids << list->item(row)->data(Qt::UserRole).toString();
        }
        return ids;
    }

    void select(QWidget &dialog, const QString &id)
    {
        auto *list = child<QListWidget>(dialog, u"providerList"_s);
        const int row = int(listed(dialog).indexOf(id));
        QVERIFY2(row >= 0, qPrintable(id));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->item(row)).center());
        QCOMPARE(static_cast<ProvidersDialog &>(dialog).currentProviderId(), id);
    }

    SecretStore::Result keychainEntry(const QString &providerId)
    {
        pwb::KeychainSecretStore store(m_service);
        std::optional<SecretStore::Result> answer;
        store.read(SecretStore::apiKeyName(providerId),
                   [&](const SecretStore::Result &result) { answer = result; });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 20000)) {
            return {SecretStore::Status::Failed, {}, u"no answer"_s};
        }
        return *answer;
    }

    QByteArray workspaceBytes()
    {
        QByteArray bytes;
        for (const QString &suffix : {u""_s, u"-wal"_s}) {
            QFile file(m_db->filePath() + suffix);
            if (file.open(QIODevice::ReadOnly)) {
                bytes += file.readAll();
            }
        }
        return bytes;
    }

    // Adds a provider at the loopback server through the form and saves it.
    void addProvider(ProvidersDialog &dialog, const QString &id, const QString &key,
                     const QString &keyVariable = {})
    {
        click(dialog, u"providerAddButton"_s);
        replaceText(dialog, u"providerIdEdit"_s, id);
        replaceText(dialog, u"providerNameEdit"_s, u"Loopback "_s + id);
        replaceText(dialog, u"providerBaseUrlEdit"_s, m_server->url().toString() + u"/v1"_s);
        replaceText(dialog, u"providerKeyVariableEdit"_s, keyVariable);
        if (!key.isEmpty()) {
            replaceText(dialog, u"apiKeyEdit"_s, key);
        }
        click(dialog, u"providerSaveButton"_s);
        QTRY_VERIFY2(text(dialog, u"providerSaveResult"_s).startsWith(u"Saved \""_s + id),
                     qPrintable(text(dialog, u"providerSaveResult"_s)));
        if (!key.isEmpty()) {
            QTRY_COMPARE(text(dialog, u"providerSaveResult"_s),
                         u"Saved \"%1\" and its key."_s.arg(id));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "no D-Bus session: run the tests with 'tools/dev test'");
        for (const char *variable : {"OPENAI_API_KEY", "ANTHROPIC_API_KEY", "DEEPSEEK_API_KEY"}) {
            qunsetenv(variable);
        }
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_service =
            u"Prompt Workbench dialog test "_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QString error;
        m_db = pwb::Database::open(
            m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s),
            error);
        QVERIFY2(m_db, qPrintable(error));
        m_store = std::make_unique<pwb::KeychainSecretStore>(m_service);
        m_keys = std::make_unique<pwb::ApiKeyResolver>(m_store.get());
        m_directory = std::make_unique<pwb::ProviderDirectory>(*m_db);
        m_server = std::make_unique<LoopbackServer>();
        m_server->setDefaultScript(ServerScript::response(200, kModels));
    }

    void cleanup()
    {
        m_server.reset();
        m_directory.reset();
        m_keys.reset();
        m_store.reset();
        m_db.reset();
    }

    void addProviderTypeKeySaveAndTest()
    {
        ProvidersDialog dialog(m_directory.get(), m_keys.get(), &m_network);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(listed(dialog).mid(0, 8),
                 (QStringList {u"openai"_s, u"openai-responses"_s, u"anthropic"_s, u"gemini"_s,
                               u"ollama"_s, u"deepseek"_s, u"qwen"_s, u"openai-compatible"_s}));
        pwb::test::saveScreenshot(&dialog, u"providers-dialog-preset"_s);

        const QString canary = u"sk-canary-dialog-"_s + QUuid::createUuid().toString(QUuid::Id128);
        click(dialog, u"providerAddButton"_s);
        QVERIFY(!child<QPushButton>(dialog, u"providerAddButton"_s)->isEnabled());
        replaceText(dialog, u"providerIdEdit"_s, u"loopback"_s);
        replaceText(dialog, u"providerNameEdit"_s, u"Loopback server"_s);
        replaceText(dialog, u"providerBaseUrlEdit"_s, m_server->url().toString() + u"/v1"_s);
        replaceText(dialog, u"providerKeyVariableEdit"_s, {});
        replaceText(dialog, u"apiKeyEdit"_s, canary);

        // Masked until asked, and Save key waits for the provider to exist.
        auto *keyEdit = child<QLineEdit>(dialog, u"apiKeyEdit"_s);
        QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);
        QVERIFY(!keyEdit->displayText().contains(u"canary"_s));
        QVERIFY(!child<QPushButton>(dialog, u"apiKeySaveButton"_s)->isEnabled());
        click(dialog, u"apiKeyShowButton"_s);
        QCOMPARE(keyEdit->echoMode(), QLineEdit::Normal);
        QCOMPARE(keyEdit->displayText(), canary);
        click(dialog, u"apiKeyShowButton"_s);
        QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);
        pwb::test::saveScreenshot(&dialog, u"providers-dialog-new"_s);

        click(dialog, u"providerSaveButton"_s);
        QTRY_COMPARE(text(dialog, u"providerSaveResult"_s), u"Saved \"loopback\" and its key."_s);
        QTRY_VERIFY2(text(dialog, u"apiKeyStatus"_s).startsWith(u"Stored in the system keychain"_s),
                     qPrintable(text(dialog, u"apiKeyStatus"_s)));
        QVERIFY(keyEdit->text().isEmpty()); // stored: no copy stays in the widget
        QVERIFY(listed(dialog).contains(u"loopback"_s));
        QCOMPARE(dialog.currentProviderId(), u"loopback"_s);
        QVERIFY(child<QLineEdit>(dialog, u"providerIdEdit"_s)->isReadOnly());

        // The key typed above is gone from the form: Test connection reads it back from the
        // keychain, and the server receives exactly it.
        click(dialog, u"providerTestButton"_s);
        QTRY_COMPARE(text(dialog, u"providerTestResult"_s), u"Connected — 3 models"_s);
        QCOMPARE(m_server->requests().constLast().path, "/v1/models"_ba);
        QCOMPARE(m_server->requests().constLast().header("Authorization"),
                 "Bearer " + canary.toUtf8());
        auto *models = child<QComboBox>(dialog, u"providerModelCombo"_s);
        QStringList offered;
        for (int i = 0; i < models->count(); ++i) {
            offered << models->itemText(i);
        }
        QCOMPARE(offered, (QStringList {u"llama-3.1-8b"_s, u"mistral-7b"_s, u"qwen3-8b"_s}));

        // Pick one as the default model and save it.
        models->lineEdit()->setFocus();
        QTest::keyClicks(models->lineEdit(), u"llama-3.1-8b"_s);
        QCOMPARE(models->currentText(), u"llama-3.1-8b"_s);
        click(dialog, u"providerSaveButton"_s);
        QTRY_COMPARE(text(dialog, u"providerSaveResult"_s), u"Saved \"loopback\"."_s);
        QCOMPARE(m_directory->provider(u"loopback"_s)->defaultModel, u"llama-3.1-8b"_s);
        QTRY_VERIFY(text(dialog, u"apiKeyStatus"_s).startsWith(u"Stored in the system keychain"_s));
        const QImage shot = pwb::test::saveScreenshot(&dialog, u"providers-dialog-connected"_s);
        QVERIFY(pwb::test::distinctColours(shot) > 10);

        const SecretStore::Result entry = keychainEntry(u"loopback"_s);
        QCOMPARE(entry.status, SecretStore::Status::Ok);
        QCOMPARE(entry.secret, canary);

        const QByteArray workspace = workspaceBytes();
        QVERIFY(workspace.contains("Loopback server")); // the settings are there…
        QVERIFY(!workspace.contains(canary.toUtf8())); // …the key is not

        // The next start lists it, with its settings.
        ProvidersDialog reopened(m_directory.get(), m_keys.get(), &m_network);
        QVERIFY(listed(reopened).contains(u"loopback"_s));
    }

    void failedTestIsShownInline()
    {
        ProvidersDialog dialog(m_directory.get(), m_keys.get(), &m_network);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        addProvider(dialog, u"wrong-key"_s, u"sk-wrong-0123456789"_s);
        m_server->enqueue(ServerScript::response(401,
                                                 "{\"error\":{\"message\":\"Incorrect API key "
                                                 "provided.\",\"code\":\"invalid_api_key\"}}"));
        click(dialog, u"providerTestButton"_s);
        QTRY_VERIFY(text(dialog, u"providerTestResult"_s).startsWith(u"HTTP 401 from GET"_s));
        QVERIFY2(text(dialog, u"providerTestResult"_s)
                     .endsWith(u"/v1/models: Incorrect API key provided. Check the API key."_s),
                 qPrintable(text(dialog, u"providerTestResult"_s)));
        QVERIFY(child<QPushButton>(dialog, u"providerTestButton"_s)->isEnabled());
        pwb::test::saveScreenshot(&dialog, u"providers-dialog-test-failed"_s);
    }

    void invalidFieldsAreNamedInline()
    {
        ProvidersDialog dialog(m_directory.get(), m_keys.get(), &m_network);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const int before = int(listed(dialog).size());
        click(dialog, u"providerAddButton"_s);
        replaceText(dialog, u"providerIdEdit"_s, u"My_Server"_s);
        replaceText(dialog, u"providerBaseUrlEdit"_s, u"ftp://example.com/v1"_s);
        replaceText(dialog, u"providerKeyVariableEdit"_s, u"MY-KEY"_s);
        click(dialog, u"providerSaveButton"_s);

        QCOMPARE(
            text(dialog, u"providerIdError"_s),
            u"Id: \"My_Server\" may contain only lowercase letters a-z, digits and hyphens."_s);
        QVERIFY(text(dialog, u"providerBaseUrlError"_s).startsWith(u"Base URL: \"ftp://"_s));
        QVERIFY(text(dialog, u"providerKeyVariableError"_s).startsWith(u"Key variable:"_s));
        QCOMPARE(text(dialog, u"providerSaveResult"_s),
                 u"Not saved: correct the fields marked above."_s);
        QCOMPARE(int(listed(dialog).size()), before + 1); // the unsaved "New provider" row
        QVERIFY(!m_directory->contains(u"My_Server"_s));
        pwb::test::saveScreenshot(&dialog, u"providers-dialog-invalid"_s);

        // Test connection needs a usable URL too, and says so.
        click(dialog, u"providerTestButton"_s);
        QVERIFY(text(dialog, u"providerTestResult"_s).startsWith(u"Base URL:"_s));
        QVERIFY(m_server->requests().isEmpty());

        // Correcting the fields clears the errors.
        replaceText(dialog, u"providerIdEdit"_s, u"my-server"_s);
        replaceText(dialog, u"providerBaseUrlEdit"_s, m_server->url().toString());
        replaceText(dialog, u"providerKeyVariableEdit"_s, u"MY_KEY"_s);
        click(dialog, u"providerSaveButton"_s);
        QTRY_COMPARE(text(dialog, u"providerSaveResult"_s), u"Saved \"my-server\"."_s);
        QVERIFY(text(dialog, u"providerIdError"_s).isEmpty());
        QVERIFY(text(dialog, u"providerBaseUrlError"_s).isEmpty());

        // A second provider with the same id is refused.
        click(dialog, u"providerAddButton"_s);
        replaceText(dialog, u"providerIdEdit"_s, u"my-server"_s);
        click(dialog, u"providerSaveButton"_s);
        QCOMPARE(text(dialog, u"providerIdError"_s),
                 u"Id: a provider \"my-server\" already exists; choose another id."_s);
    }

    void secretHeadersAreRefused()
    {
        ProvidersDialog dialog(m_directory.get(), m_keys.get(), &m_network);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        select(dialog, u"openai-compatible"_s);
        click(dialog, u"providerAddHeaderButton"_s);
        auto *table = child<QTableWidget>(dialog, u"providerHeadersTable"_s);
        QCOMPARE(table->rowCount(), 1);
        QTRY_VERIFY(QApplication::focusWidget() &&
                    table->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClicks(QApplication::focusWidget(), u"X-Api-Key"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), u"abc"_s); // the value cell's editor
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(table->item(0, 0)->text(), u"X-Api-Key"_s);
        QTRY_COMPARE(table->item(0, 1)->text(), u"abc"_s); // the delegate commits a moment later

        click(dialog, u"providerSaveButton"_s);
        QCOMPARE(
            text(dialog, u"providerHeadersError"_s),
            u"The header X-Api-Key of provider \"openai-compatible\" looks like a secret: keep "
            u"it in the keychain with the API key, not in the workspace."_s);
        QVERIFY(!m_directory->hasSavedSettings(u"openai-compatible"_s));
        pwb::test::saveScreenshot(&dialog, u"providers-dialog-secret-header"_s);

        // An ordinary header is saved.
        table->item(0, 0)->setText(u"HTTP-Referer"_s);
        click(dialog, u"providerSaveButton"_s);
        QTRY_COMPARE(text(dialog, u"providerSaveResult"_s), u"Saved \"openai-compatible\"."_s);
        QCOMPARE(m_directory->provider(u"openai-compatible"_s)->extraHeaders,
                 (QList<QPair<QByteArray, QByteArray>> {{"HTTP-Referer", "abc"}}));
    }

    void aKeyForABuiltInProvider()
    {
        ProvidersDialog dialog(m_directory.get(), m_keys.get(), &m_network);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        select(dialog, u"anthropic"_s);
        QTRY_COMPARE(text(dialog, u"apiKeyStatus"_s), u"No key. ANTHROPIC_API_KEY is not set."_s);
        QVERIFY(!child<QPushButton>(dialog, u"providerRemoveButton"_s)->isEnabled());

        replaceText(dialog, u"apiKeyEdit"_s, u"sk-ant-builtin-0123456789"_s);
        click(dialog, u"apiKeySaveButton"_s);
        QTRY_COMPARE(text(dialog, u"apiKeyStatus"_s), u"Stored in the system keychain."_s);
        QCOMPARE(keychainEntry(u"anthropic"_s).secret, u"sk-ant-builtin-0123456789"_s);
        QVERIFY(!m_directory->hasSavedSettings(u"anthropic"_s)); // only the key changed

        click(dialog, u"apiKeyRemoveButton"_s);
        QTRY_COMPARE(text(dialog, u"apiKeyStatus"_s), u"No key. ANTHROPIC_API_KEY is not set."_s);
        QCOMPARE(keychainEntry(u"anthropic"_s).status, SecretStore::Status::NotFound);
    }

    void environmentKeysAreShownAndNotCopied()
    {
        const QByteArray envKey = "sk-env-dialog-0123456789";
        qputenv("PWB_DIALOG_TEST_KEY", envKey);
        ProvidersDialog dialog(m_directory.get(), m_keys.get(), &m_network);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        addProvider(dialog, u"from-env"_s, {}, u"PWB_DIALOG_TEST_KEY"_s);
        QTRY_COMPARE(text(dialog, u"apiKeyStatus"_s),
                     u"From environment variable PWB_DIALOG_TEST_KEY. It takes precedence over a "
                     u"key stored here."_s);
        pwb::test::saveScreenshot(&dialog, u"providers-dialog-environment"_s);

        click(dialog, u"providerTestButton"_s);
        QTRY_COMPARE(text(dialog, u"providerTestResult"_s), u"Connected — 3 models"_s);
        QCOMPARE(m_server->requests().constLast().header("Authorization"), "Bearer " + envKey);
        QCOMPARE(keychainEntry(u"from-env"_s).status, SecretStore::Status::NotFound);
        QVERIFY(!workspaceBytes().contains(envKey));
        qunsetenv("PWB_DIALOG_TEST_KEY");

        // Editing the variable updates where the key comes from.
        replaceText(dialog, u"providerKeyVariableEdit"_s, u"PWB_DIALOG_UNSET_KEY"_s);
        QTRY_COMPARE(text(dialog, u"apiKeyStatus"_s),
                     u"No key. PWB_DIALOG_UNSET_KEY is not set. This provider usually works "
                     u"without one."_s); // a server on this machine
    }

    void unreachableKeychainKeepsTheKeyForTheSession()
    {
        const QString why = u"The name org.freedesktop.secrets was not provided by any .service "
                            u"files"_s;
        pwb::test::ScriptedSecretStore store(SecretStore::Status::Unavailable, why);
        pwb::ApiKeyResolver keys(&store);
        ProvidersDialog dialog(m_directory.get(), &keys, &m_network);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        select(dialog, u"deepseek"_s);
        QTRY_COMPARE(text(dialog, u"apiKeyStatus"_s),
                     u"No key. No keychain is reachable (%1); a key you save is kept for this "
                     u"session only. DEEPSEEK_API_KEY is not set."_s.arg(why));

        replaceText(dialog, u"apiKeyEdit"_s, u"sk-deepseek-session-0123456789"_s);
        click(dialog, u"apiKeySaveButton"_s);
        QTRY_COMPARE(
            text(dialog, u"apiKeyStatus"_s),
            u"No keychain is reachable (%1); the key is kept for this session only."_s.arg(why));
        QVERIFY(text(dialog, u"apiKeyError"_s).isEmpty());
        QVERIFY(keys.hasSessionKey(u"deepseek"_s));
        QVERIFY(store.entries.isEmpty());
        QVERIFY(!workspaceBytes().contains("sk-deepseek-session"));
        pwb::test::saveScreenshot(&dialog, u"providers-dialog-session-key"_s);
    }

    void refusingKeychainShowsItsError()
    {
        pwb::test::ScriptedSecretStore store(SecretStore::Status::Denied, u"access denied"_s);
        pwb::ApiKeyResolver keys(&store);
        ProvidersDialog dialog(m_directory.get(), &keys, &m_network);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        select(dialog, u"openai"_s);
        replaceText(dialog, u"apiKeyEdit"_s, u"sk-refused-0123456789"_s);
        click(dialog, u"apiKeySaveButton"_s);
        QTRY_COMPARE(text(dialog, u"apiKeyError"_s),
                     u"The keychain did not store the API key for \"openai\": access denied"_s);
        QVERIFY(!keys.hasSessionKey(u"openai"_s));
        // The typed key stays, so the user can try again.
        QCOMPARE(child<QLineEdit>(dialog, u"apiKeyEdit"_s)->text(), u"sk-refused-0123456789"_s);
    }

    void removeAsksInPlace()
    {
        ProvidersDialog dialog(m_directory.get(), m_keys.get(), &m_network);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        addProvider(dialog, u"temporary"_s, u"sk-temporary-0123456789"_s);
        QCOMPARE(keychainEntry(u"temporary"_s).status, SecretStore::Status::Ok);

        click(dialog, u"providerRemoveButton"_s);
        QWidget *bar = child<QWidget>(dialog, u"providerRemoveBar"_s);
        QVERIFY(bar->isVisible());
        pwb::test::saveScreenshot(&dialog, u"providers-dialog-remove"_s);
        click(dialog, u"providerCancelRemoveButton"_s);
        QVERIFY(!bar->isVisible());
        QVERIFY(m_directory->contains(u"temporary"_s));

        click(dialog, u"providerRemoveButton"_s);
        click(dialog, u"providerConfirmRemoveButton"_s);
        QVERIFY(!listed(dialog).contains(u"temporary"_s));
        QVERIFY(!m_directory->contains(u"temporary"_s));
        QCOMPARE(text(dialog, u"providerSaveResult"_s), u"Removed \"temporary\"."_s);
        QTRY_COMPARE(keychainEntry(u"temporary"_s).status, SecretStore::Status::NotFound);

        // A built-in provider is reset instead, and keeps its key.
        select(dialog, u"ollama"_s);
        replaceText(dialog, u"providerBaseUrlEdit"_s, u"http://gpu-box:11434"_s);
        click(dialog, u"providerSaveButton"_s);
        QTRY_COMPARE(text(dialog, u"providerSaveResult"_s), u"Saved \"ollama\"."_s);
        auto *remove = child<QPushButton>(dialog, u"providerRemoveButton"_s);
        QCOMPARE(remove->text(), u"&Reset"_s);
        click(dialog, u"providerRemoveButton"_s);
        click(dialog, u"providerConfirmRemoveButton"_s);
        QCOMPARE(child<QLineEdit>(dialog, u"providerBaseUrlEdit"_s)->text(),
                 u"http://localhost:11434"_s);
        QCOMPARE(dialog.currentProviderId(), u"ollama"_s);
        QVERIFY(!m_directory->hasSavedSettings(u"ollama"_s));
    }

    void pickingAnotherProviderDropsTheUnsavedNewOne()
    {
        ProvidersDialog dialog(m_directory.get(), m_keys.get(), &m_network);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QStringList before = listed(dialog);
        click(dialog, u"providerAddButton"_s);
        QCOMPARE(listed(dialog).size(), before.size() + 1);
        select(dialog, u"gemini"_s);
        QCOMPARE(listed(dialog), before);
        QVERIFY(child<QPushButton>(dialog, u"providerAddButton"_s)->isEnabled());
        QCOMPARE(child<QLineEdit>(dialog, u"providerIdEdit"_s)->text(), u"gemini"_s);
    }

private:
    QTemporaryDir m_dir;
    QString m_service;
    QNetworkAccessManager m_network;
    std::unique_ptr<pwb::Database> m_db;
    std::unique_ptr<pwb::KeychainSecretStore> m_store;
    std::unique_ptr<pwb::ApiKeyResolver> m_keys;
    std::unique_ptr<pwb::ProviderDirectory> m_directory;
    std::unique_ptr<LoopbackServer> m_server;
};

QTEST_MAIN(ProvidersDialogTest)
#include "tst_providersdialog.moc"
