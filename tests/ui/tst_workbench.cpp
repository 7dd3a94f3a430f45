#include "LoopbackServer.h"
#include "OpenAiStream.h"
#include "Screenshots.h"
#include "Typing.h"
#include "chat/AssistantTurnWidget.h"
#include "chat/ChatPanel.h"
#include "chat/ReplyView.h"
#include "compare/CompareColumnWidget.h"
#include "compare/CompareRunner.h"
#include "compare/CompareWindow.h"
#include "core/ApplicationIdentity.h"
#include "editor/MessageEditor.h"
#include "editor/ParametersPanel.h"
#include "editor/PromptEditorPanel.h"
#include "editor/VariableRow.h"
#include "editor/VariablesPanel.h"
#include "mainwindow/MainActions.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/PromptSession.h"
#include "prompts/VersionDiff.h"
#include "providers/ProviderDirectory.h"
#include "storage/CompareRepository.h"
#include "storage/PromptRepository.h"
#include "storage/Workspace.h"
#include "versions/VersionDiffView.h"
#include "versions/VersionHistoryPanel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using pwb::test::ServerScript;

// The path a prompt author takes, on the real main window: write a prompt with variables, fill
// them, run it against a provider (a loopback server), watch it stream, stop one, save
// versions, edit, restore; a failing run shows its error inline and keeps the partial text.
class WorkbenchTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<pwb::Workspace> m_workspace;
    pwb::test::LoopbackServer m_server;
    std::unique_ptr<pwb::MainWindow> m_window;

    pwb::PromptEditorPanel *editor() const { return m_window->editorPanel(); }
    pwb::ChatPanel *chat() const { return m_window->chatPanel(); }

    QString sentUserMessage(int request) const
    {
        const QJsonArray messages = QJsonDocument::fromJson(m_server.requests().at(request).body)
                                        .object()
                                        .value(u"messages")
                                        .toArray();
        return messages.last().toObject().value(u"content").toString();
    }

    void shoot(const QString &name) const { pwb::test::saveScreenshot(m_window.get(), name); }

private Q_SLOTS:
    void initTestCase()
    {
        pwb::applyApplicationIdentity();
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(pwb::AppSettings::filePath());
        m_workspace = std::move(pwb::Workspace::open(m_dir.filePath(u"w.sqlite"_s))).value();
        m_workspace->recorder().setBatchInterval(10);
        m_window = std::make_unique<pwb::MainWindow>(*m_workspace, nullptr);
        m_window->resize(1360, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

        // A provider on this machine needs no key.
        pwb::ProviderConfig loopback = *pwb::ProviderConfig::preset(u"openai-compatible"_s);
        loopback.id = u"loopback"_s;
        loopback.displayName = u"Loopback test server"_s;
        loopback.baseUrl = m_server.url();
        QVERIFY(m_window->providers()->save(loopback).ok());
    }

    void writeFillAndRunAPrompt()
    {
        m_window->actions()->newPrompt->trigger();
        QTest::keyClicks(editor()->nameField(), u"Support reply"_s);
        QTest::keyClick(editor()->nameField(), Qt::Key_Return);
        pwb::test::typeText(editor()->messageEditors().at(0)->textEdit(),
                            u"You answer questions about {{product}}."_s);
        pwb::test::typeText(editor()->messageEditors().at(1)->textEdit(),
                            u"Customer: {{question}}"_s);

        pwb::VariablesPanel *variables = editor()->variablesPanel();
        QTRY_VERIFY(variables->row(u"question"_s));
        QTest::keyClicks(variables->row(u"product"_s)->valueEdit(), u"Acme Cloud"_s);
        QTest::keyClicks(variables->row(u"question"_s)->valueEdit(), u"How do I reset it?"_s);

        pwb::ParametersPanel *parameters = editor()->parametersPanel();
        editor()->inspector()->setCurrentIndex(1);
        parameters->providerBox()->setCurrentIndex(
            parameters->providerBox()->findData(u"loopback"_s));
        parameters->modelBox()->setCurrentText(u"test-model"_s);
        parameters->maxTokensSet()->setChecked(true);
        parameters->maxTokensBox()->setValue(300);
        shoot(u"workbench-1-written"_s);

        // The preview shows the request as it will be sent, variables filled in.
        editor()->inspector()->setCurrentWidget(editor()->preview());
        QTRY_VERIFY(editor()->preview()->toPlainText().contains(u"Customer: How do I reset it?"));
        QVERIFY(editor()->preview()->toPlainText().contains(u"\"max_tokens\": 300"));
        shoot(u"workbench-2-preview"_s);

        QStringList deltas;
        for (int i = 0; i < 30; ++i) {
            deltas.append(i == 0 ? u"To reset Acme Cloud:\n\n"_s : u"%1. step %1\n"_s.arg(i));
        }
        m_server.enqueue(ServerScript::streamed(pwb::test::openAiReplyEvents(deltas), 25));
        QSignalSpy ended(chat(), &pwb::ChatPanel::runEnded);
        QTest::keyClick(editor()->messageEditors().at(1)->textEdit(), Qt::Key_Return,
                        Qt::ControlModifier);
        QTRY_VERIFY(chat()->isRunning());
        pwb::AssistantTurnWidget *turn = chat()->lastAssistantTurn();
        QTRY_VERIFY(turn->replyView()->text().contains(u"step 3"));
        QVERIFY(ended.isEmpty()); // seen while streaming
        shoot(u"workbench-3-streaming"_s);
        QTRY_COMPARE(ended.count(), 1);
        QVERIFY(turn->replyView()->text().contains(u"step 29"));
        QCOMPARE(sentUserMessage(0), u"Customer: How do I reset it?"_s);
        QVERIFY(turn->figuresLabel()->text().contains(u"tok/s"));
        shoot(u"workbench-4-finished"_s);
    }

    void stopMidStream()
    {
        const QList<QByteArray> events = pwb::test::openAiReplyEvents({u"Let me think"_s});
        m_server.enqueue(
            ServerScript().send(ServerScript::head(200)).chunk(events.at(0) + events.at(1)).hang());
        m_window->actions()->run->trigger();
        QTRY_VERIFY(chat()->isRunning()); // the key lookup answers later
        pwb::AssistantTurnWidget *turn = chat()->lastAssistantTurn();
        QTRY_COMPARE(turn->replyView()->text(), u"Let me think"_s);
        QTest::keyClick(m_window.get(), Qt::Key_Escape);
        QVERIFY(!chat()->isRunning());
        QCOMPARE(turn->replyView()->text(), u"Let me think"_s);
        QVERIFY(turn->errorLabel()->text().contains(u"Stopped"));
        shoot(u"workbench-5-stopped"_s);
    }

    void saveEditSaveAndRestore()
    {
        pwb::PromptRepository &prompts = m_workspace->prompts();
        const qint64 promptId = *m_window->session()->currentPrompt();
        QTest::keyClicks(editor()->noteField(), u"first draft"_s);
        QTest::keyClick(editor()->messageEditors().at(1)->textEdit(), Qt::Key_S,
                        Qt::ControlModifier);
        QCOMPARE(prompts.versions(promptId).size(), 1);
        QCOMPARE(prompts.versions(promptId).at(0).note, u"first draft"_s);
        QCOMPARE(editor()->versionLabel()->text(), u"Version 1"_s);
        QVERIFY(editor()->noteField()->text().isEmpty());

        // Saving again with nothing changed makes no version.
        m_window->actions()->saveVersion->trigger();
        QCOMPARE(prompts.versions(promptId).size(), 1);

        QPlainTextEdit *user = editor()->messageEditors().at(1)->textEdit();
        user->moveCursor(QTextCursor::End);
        QTest::keyClicks(user, u" Be concise."_s);
        QCOMPARE(editor()->versionLabel()->text(), u"Version 1 · edited"_s);
        m_window->actions()->saveVersion->trigger();
        const QList<pwb::PromptVersionRecord> versions = prompts.versions(promptId);
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions.at(1).parentId, std::optional<qint64>(versions.at(0).id));
        QCOMPARE(versions.at(1).content.messages.at(1).content,
                 u"Customer: {{question}} Be concise."_s);

        // History: the new version is selected and compared with the one before it.
        m_window->actions()->history->trigger();
        pwb::VersionHistoryPanel *history = m_window->historyPanel();
        QVERIFY(history->isVisible());
        QCOMPARE(history->currentVersion(), versions.at(1).id);
        QTRY_VERIFY(history->diffView()->hasDiff());
        const pwb::VersionDiff &diff = history->diffView()->diff();
        QCOMPARE(diff.count(pwb::DiffChange::Changed), 1);
        QVERIFY(history->diffView()->browser()->toPlainText().contains(u"Be concise."));
        shoot(u"workbench-6-history-diff"_s);

        // Restore version 1 from the history: into the editor, not saved until Ctrl+S.
        history->selectVersions({versions.at(0).id});
        history->restoreAction()->trigger();
        QCOMPARE(editor()->messageEditors().at(1)->text(), u"Customer: {{question}}"_s);
        QCOMPARE(prompts.versions(promptId).size(), 2);
        QCOMPARE(editor()->versionLabel()->text(), u"Version 2 · edited"_s);
        editor()->undoStack()->undo(); // restoring is one undoable step
        QCOMPARE(editor()->messageEditors().at(1)->text(), u"Customer: {{question}} Be concise."_s);
        shoot(u"workbench-7-restored"_s);
    }

    void failedRunShowsInlineAndKeepsPartialText()
    {
        const QList<QByteArray> events = pwb::test::openAiReplyEvents({u"Partial answer"_s});
        m_server.enqueue(ServerScript()
                             .send(ServerScript::head(200))
                             .chunk(events.at(0) + events.at(1))
                             .wait(30)
                             // FIN, not RST, in the middle of the chunked body: an RST makes
                             // the kernel drop bytes the client has not read yet, so on a busy
                             // machine the partial text would never arrive (and Qt resends the
                             // POST as if nothing had been received).
                             .close());
        QSignalSpy ended(chat(), &pwb::ChatPanel::runEnded);
        m_window->actions()->run->trigger();
        QTRY_VERIFY(chat()->isRunning());
        pwb::AssistantTurnWidget *turn = chat()->lastAssistantTurn();
        QTRY_COMPARE(ended.count(), 1);
        QCOMPARE(turn->replyView()->text(), u"Partial answer"_s);
        QVERIFY(turn->errorBox()->isVisible());
        QVERIFY(turn->errorLabel()->text().contains(u"network reset"));
        shoot(u"workbench-8-error"_s);
    }

    void templateErrorIsNamedInline()
    {
        QPlainTextEdit *system = editor()->messageEditors().at(0)->textEdit();
        system->moveCursor(QTextCursor::End);
        pwb::test::typeText(system, u"\n{{#rules}}unclosed"_s);
        m_window->actions()->run->trigger();
        QTRY_VERIFY(chat()->problemLabel()->isVisible());
        const QString problem = chat()->problemLabel()->text();
        QVERIFY2(problem.contains(u"Message 1 (system), line 2, column 1") &&
                     problem.contains(u"rules"),
                 qPrintable(problem));
        editor()->undoStack()->undo();
    }

    // Run › Compare opens the compare view on the prompt in the editor; Run All there sends it,
    // variables filled in, to every column and saves the comparison with the prompt.
    void compareOpensOnThePromptInTheEditor()
    {
        m_server.enqueue(ServerScript::streamed(pwb::test::openAiReplyEvents({u"One"_s})));
        m_server.enqueue(ServerScript::streamed(pwb::test::openAiReplyEvents({u"One"_s})));
        const qsizetype before = m_server.requests().size();
        QCOMPARE(m_window->actions()->compare->shortcut(), QKeySequence(u"Ctrl+Shift+Return"_s));
        QVERIFY(m_window->actions()->compare->isEnabled());
        m_window->actions()->compare->trigger();
        pwb::CompareWindow *compare = m_window->findChild<pwb::CompareWindow *>();
        QVERIFY(compare && compare->isVisible());
        QVERIFY(compare->windowTitle().contains(u"Support reply"));
        QCOMPARE(compare->columnCount(), 2);
        // The editor's content and every saved version are offered.
        QVERIFY(compare->column(0)->versionBox()->count() >= 3);

        QSignalSpy allEnded(compare->runner(), &pwb::CompareRunner::allEnded);
        compare->runAllAction()->trigger();
        QTRY_COMPARE(allEnded.count(), 1);
        QCOMPARE(m_server.requests().size(), before + 2);
        QVERIFY(sentUserMessage(int(before)).contains(u"How do I reset it?"));
        QCOMPARE(compare->column(1)->turn()->replyView()->text(), u"One"_s);
        pwb::CompareRepository sessions(m_workspace->database());
        QCOMPARE(sessions.sessions(editor()->promptId()).size(), 1);
        compare->close();
    }

    void cleanupTestCase()
    {
        m_window->session()->saveAllModified(); // no question on close
        m_window->close();
        m_window.reset();
    }
};

QTEST_MAIN(WorkbenchTest)
#include "tst_workbench.moc"
