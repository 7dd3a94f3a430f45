#include "LoopbackServer.h"
#include "OpenAiStream.h"
#include "Screenshots.h"
#include "chat/AssistantTurnWidget.h"
#include "chat/ChatPanel.h"
#include "chat/ChatRunner.h"
#include "chat/ChatTranscript.h"
#include "chat/ReplyView.h"
#include "chat/UserTurnWidget.h"
#include "mainwindow/MainActions.h"
#include "storage/Database.h"
#include "storage/RunRecorder.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using pwb::test::LoopbackServer;
using pwb::test::ServerScript;

// The chat pane against a real HTTP server on loopback, recording into a real workspace.
class ChatPanelTest : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        QTemporaryDir dir;
        std::unique_ptr<pwb::Workspace> workspace;
        LoopbackServer server;
        QNetworkAccessManager network;
        std::unique_ptr<pwb::MainActions> actions;
        std::unique_ptr<pwb::ChatRunner> runner;
        std::unique_ptr<pwb::ChatPanel> panel;

        Fixture()
        {
            workspace = std::move(pwb::Workspace::open(dir.filePath(u"w.sqlite"_s))).value();
            workspace->recorder().setBatchInterval(10);
            actions = std::make_unique<pwb::MainActions>(nullptr);
            runner = std::make_unique<pwb::ChatRunner>(&network, &workspace->recorder());
            panel = std::make_unique<pwb::ChatPanel>(actions.get(), runner.get());
            panel->resize(520, 640);
            panel->show();
        }

        pwb::RunSetup setup() const
        {
            pwb::RunSetup setup;
            setup.provider = *pwb::ProviderConfig::preset(u"openai-compatible"_s);
            setup.provider.id = u"loopback"_s;
            setup.provider.baseUrl = server.url();
            setup.provider.apiKey = u"sk-test-canary"_s;
            setup.provider.timeouts.firstTokenMs = 5000;
            setup.request.model = u"test-model"_s;
            setup.title = u"Greeting · version 1"_s;
            return setup;
        }

        QString runStatus(qint64 runId) const
        {
            QSqlQuery query(workspace->database().connection());
            query.prepare(u"SELECT status FROM runs WHERE id = ?"_s);
            query.addBindValue(runId);
            return query.exec() && query.next() ? query.value(0).toString() : QString();
        }

        QJsonArray sentMessages(int request) const
        {
            return QJsonDocument::fromJson(server.requests().at(request).body)
                .object()
                .value(u"messages")
                .toArray();
        }
    };

    static QList<pwb::ChatMessage> prompt()
    {
        return {{pwb::ChatMessage::Role::System, u"Be brief."_s},
                {pwb::ChatMessage::Role::User, u"Say hello."_s}};
    }

private Q_SLOTS:
    void streamsTheReplyAndRecordsTheRun()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(f.panel.get()));
        f.server.enqueue(ServerScript::streamed(
            pwb::test::openAiReplyEvents({u"# Hello"_s, u"\n\nNice "_s, u"to meet "_s,
                                          u"you.\n\n```python\nprint('hi')\n```\n"_s}),
            40));
        QSignalSpy ended(f.panel.get(), &pwb::ChatPanel::runEnded);
        f.panel->startConversation(prompt(), f.setup());
        QVERIFY(f.panel->isRunning());
        QVERIFY(f.actions->stop->isEnabled());

        pwb::AssistantTurnWidget *turn = f.panel->lastAssistantTurn();
        QVERIFY(turn);
        // Streaming: part of the text is shown before the reply has ended.
        QTRY_VERIFY(turn->replyView()->text().contains(u"Nice"));
        QVERIFY(ended.isEmpty());
        pwb::test::saveScreenshot(f.panel.get(), u"chat-streaming"_s);
        QTRY_COMPARE(ended.count(), 1);

        QVERIFY(turn->replyView()->text().endsWith(u"```\n"));
        QVERIFY(!f.panel->isRunning());
        QVERIFY(!f.actions->stop->isEnabled());
        QVERIFY(f.actions->regenerate->isEnabled());
        const QString figures = turn->figuresLabel()->text();
        QVERIFY2(figures.contains(u"TTFT") && figures.contains(u"12 in · 4 out") &&
                     figures.contains(u"stop"),
                 qPrintable(figures));
        QVERIFY(!turn->errorBox()->isVisible());
        QCOMPARE(f.panel->statsLabel()->text(), figures);

        // What was sent: the rendered prompt, and the key in the header only.
        QCOMPARE(f.sentMessages(0).size(), 2);
        QCOMPARE(f.server.requests().at(0).header("authorization"), "Bearer sk-test-canary");
        const qint64 runId = ended.at(0).at(0).toLongLong();
        QVERIFY(runId > 0);
        QTRY_COMPARE(f.runStatus(runId), u"complete"_s);
        pwb::test::saveScreenshot(f.panel.get(), u"chat-finished"_s);

        // "Code": the request as it was sent, as Python and as curl, without the key.
        QVERIFY(turn->codeButton()->isVisible());
        const QList<QAction *> languages = turn->codeButton()->menu()->actions();
        QCOMPARE(languages.size(), 3);
        QSignalSpy messages(f.panel.get(), &pwb::ChatPanel::message);
        languages.at(1)->trigger();
        const QString python = QGuiApplication::clipboard()->text();
        QVERIFY2(python.contains(u"from openai import OpenAI"_s), qPrintable(python));
        QVERIFY(python.contains(u"os.environ["_s));
        QVERIFY(!python.contains(u"sk-test-canary"_s));
        QCOMPARE(messages.count(), 1);
        languages.at(0)->trigger();
        const QString curl = QGuiApplication::clipboard()->text();
        QVERIFY2(curl.contains(u"curl -sS -N '"_s + f.server.url().toString()), qPrintable(curl));
        QVERIFY2(curl.contains(u"-H \"Authorization: Bearer ${OPENAI_API_KEY}\""_s),
                 qPrintable(curl));
        QVERIFY(curl.contains(u"\"test-model\""_s)); // the body as that turn sent it
        QVERIFY(!curl.contains(u"sk-test-canary"_s));
    }

    void stopKeepsThePartialReply()
    {
        Fixture f;
        const QList<QByteArray> events = pwb::test::openAiReplyEvents({u"Partial "_s, u"text"_s});
        f.server.enqueue(
            ServerScript().send(ServerScript::head(200)).chunk(events.at(0) + events.at(1)).hang());
        f.panel->startConversation(prompt(), f.setup());
        pwb::AssistantTurnWidget *turn = f.panel->lastAssistantTurn();
        QTRY_VERIFY(turn->replyView()->text() == u"Partial "_s);

        f.actions->stop->trigger();
        QVERIFY(!f.panel->isRunning());
        QCOMPARE(turn->replyView()->text(), u"Partial "_s);
        QVERIFY(turn->errorBox()->isVisibleTo(f.panel.get()));
        QVERIFY(turn->errorLabel()->text().contains(u"Stopped"));
        QTRY_COMPARE(f.runStatus(f.panel->conversation().turns().at(0).runId), u"cancelled"_s);
    }

    void errorShowsInlineAndRetryReplacesTheReply()
    {
        Fixture f;
        const QList<QByteArray> events = pwb::test::openAiReplyEvents({u"Half a "_s});
        f.server.enqueue(ServerScript()
                             .send(ServerScript::head(200))
                             .chunk(events.at(0) + events.at(1))
                             .wait(30)
                             .reset());
        QSignalSpy ended(f.panel.get(), &pwb::ChatPanel::runEnded);
        f.panel->startConversation(prompt(), f.setup());
        QTRY_COMPARE(ended.count(), 1);
        pwb::AssistantTurnWidget *failed = f.panel->lastAssistantTurn();
        QCOMPARE(failed->replyView()->text(), u"Half a "_s);
        QVERIFY(failed->errorBox()->isVisibleTo(f.panel.get()));
        const QString error = failed->errorLabel()->text();
        QVERIFY2(error.contains(u"mid-stream") && error.contains(u"partial reply"),
                 qPrintable(error));
        QTRY_COMPARE(f.runStatus(ended.at(0).at(0).toLongLong()), u"failed"_s);
        pwb::test::saveScreenshot(f.panel.get(), u"chat-error-inline"_s);

        f.server.enqueue(ServerScript::streamed(pwb::test::openAiReplyEvents({u"Whole."_s})));
        QTest::mouseClick(failed->retryButton(), Qt::LeftButton);
        QTRY_COMPARE(ended.count(), 2);
        QCOMPARE(f.panel->transcript()->turnCount(), 1); // replaced, not appended
        QCOMPARE(f.panel->lastAssistantTurn()->replyView()->text(), u"Whole."_s);
        QVERIFY(!f.panel->lastAssistantTurn()->errorBox()->isVisibleTo(f.panel.get()));
    }

    void followUpThenEditAndResend()
    {
        Fixture f;
        f.server.enqueue(ServerScript::streamed(pwb::test::openAiReplyEvents({u"Hello!"_s})));
        QSignalSpy ended(f.panel.get(), &pwb::ChatPanel::runEnded);
        f.panel->startConversation(prompt(), f.setup());
        QTRY_COMPARE(ended.count(), 1);

        f.server.enqueue(ServerScript::streamed(pwb::test::openAiReplyEvents({u"Paris."_s})));
        QTest::keyClicks(f.panel->composer(), u"Capital of France?"_s);
        QTest::keyClick(f.panel->composer(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(ended.count(), 2);
        QVERIFY(f.panel->composer()->toPlainText().isEmpty());
        QCOMPARE(f.panel->transcript()->turnCount(), 3);
        const QJsonArray second = f.sentMessages(1);
        QCOMPARE(second.size(), 4); // system, user, the first reply, the follow-up
        QCOMPARE(second.at(2).toObject().value(u"content").toString(), u"Hello!"_s);
        QCOMPARE(second.at(3).toObject().value(u"content").toString(), u"Capital of France?"_s);

        pwb::UserTurnWidget *user = f.panel->userTurn(1);
        QVERIFY(user);
        f.server.enqueue(ServerScript::streamed(pwb::test::openAiReplyEvents({u"Rome."_s})));
        QTest::mouseClick(user->editButton(), Qt::LeftButton);
        user->editor()->selectAll();
        QTest::keyClicks(user->editor(), u"Capital of Italy?"_s);
        QTest::mouseClick(user->resendButton(), Qt::LeftButton);
        QTRY_COMPARE(ended.count(), 3);
        QCOMPARE(f.panel->transcript()->turnCount(), 3);
        QCOMPARE(f.sentMessages(2).at(3).toObject().value(u"content").toString(),
                 u"Capital of Italy?"_s);
        QCOMPARE(f.panel->lastAssistantTurn()->replyView()->text(), u"Rome."_s);

        f.server.enqueue(ServerScript::streamed(pwb::test::openAiReplyEvents({u"Roma."_s})));
        f.actions->regenerate->trigger();
        QTRY_COMPARE(ended.count(), 4);
        QCOMPARE(f.sentMessages(3).size(), 4);
        QCOMPARE(f.panel->lastAssistantTurn()->replyView()->text(), u"Roma."_s);
        pwb::test::saveScreenshot(f.panel.get(), u"chat-conversation"_s);
    }
};

QTEST_MAIN(ChatPanelTest)
#include "tst_chatpanel.moc"
