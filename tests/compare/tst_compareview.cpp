#include "LoopbackServer.h"
#include "OpenAiStream.h"
#include "Screenshots.h"
#include "chat/AssistantTurnWidget.h"
#include "chat/ReplyView.h"
#include "compare/CompareColumnWidget.h"
#include "compare/CompareDiffPanel.h"
#include "compare/CompareGridDialog.h"
#include "compare/CompareRunner.h"
#include "compare/CompareWindow.h"
#include "compare/ScrollSync.h"
#include "core/ApplicationIdentity.h"
#include "providers/ApiKeyResolver.h"
#include "providers/ProviderDirectory.h"
#include "storage/CompareRepository.h"
#include "storage/PromptRepository.h"
#include "storage/StoredRun.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace Qt::StringLiterals;
using pwb::test::ServerScript;

namespace {

QByteArray modelOf(const pwb::test::LoopbackServer::Request &request)
{
    return QJsonDocument::fromJson(request.body).object().value(u"model").toString().toUtf8();
}

// A reply of `words` streamed one word per event, `delayMs` apart.
ServerScript paced(const QString &text, int delayMs)
{
    QStringList deltas;
    for (const QString &word : text.split(u' ')) {
        deltas.append(deltas.isEmpty() ? word : u' ' + word);
    }
    return ServerScript::streamed(pwb::test::openAiReplyEvents(deltas), delayMs);
}

} // namespace

// The compare view on a real workspace against a loopback server: columns stream at once,
// each with its own figures; a failing or stopped column stays in its column; the session,
// votes and ratings are saved and reopen offline.
class CompareViewTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<pwb::Workspace> m_workspace;
    pwb::test::LoopbackServer m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<pwb::ProviderDirectory> m_providers;
    std::unique_ptr<pwb::ApiKeyResolver> m_keys;
    std::unique_ptr<pwb::CompareWindow> m_window;
    pwb::ComparePromptSource m_source;
    QHash<QByteArray, ServerScript> m_scripts; // by model

    pwb::CompareServices services()
    {
        return {m_workspace->database(), m_workspace->prompts(), *m_providers, *m_keys,
                &m_workspace->recorder(), &m_network,
                // A made-up price, so that "cheapest" has something to compare.
                [](const QString &, const QString &model,
                   const pwb::Usage &usage) -> std::optional<double> {
                    if (usage.outputTokens < 0) {
                        return std::nullopt;
                    }
                    return usage.outputTokens * (model.size() * 0.0001);
                }};
    }

    pwb::CompareColumnSpec column(const QString &model, std::optional<qint64> version = {}) const
    {
        pwb::CompareColumnSpec spec;
        spec.providerId = u"loopback"_s;
        spec.model = model;
        spec.promptVersionId = version;
        return spec;
    }

    QString text(int column) const { return m_window->column(column)->turn()->replyView()->text(); }

private Q_SLOTS:
    void initTestCase()
    {
        pwb::applyApplicationIdentity();
        QStandardPaths::setTestModeEnabled(true);
        m_workspace = std::move(pwb::Workspace::open(m_dir.filePath(u"w.sqlite"_s))).value();
        m_workspace->recorder().setBatchInterval(10);
        m_providers = std::make_unique<pwb::ProviderDirectory>(m_workspace->database());
        m_keys = std::make_unique<pwb::ApiKeyResolver>(nullptr);
        pwb::ProviderConfig loopback = *pwb::ProviderConfig::preset(u"openai-compatible"_s);
        loopback.id = u"loopback"_s;
        loopback.displayName = u"Loopback test server"_s;
        loopback.baseUrl = m_server.url();
        QVERIFY(m_providers->save(loopback).ok());

        pwb::PromptRepository &prompts = m_workspace->prompts();
        const qint64 prompt = prompts.createPrompt(u"Release notes"_s).value();
        pwb::PromptContent content;
        content.messages = {{pwb::ChatMessage::Role::System, u"You write release notes."_s},
                            {pwb::ChatMessage::Role::User, u"Summarise {{change}}."_s}};
        content.providerId = u"loopback"_s;
        content.model = u"m-fast"_s;
        QVERIFY(prompts.saveVersion(prompt, content, u"first"_s).ok());
        content.messages[0].content = u"You write short release notes."_s;
        QVERIFY(prompts.saveVersion(prompt, content, u"shorter"_s).ok());

        m_source.promptId = prompt;
        m_source.name = u"Release notes"_s;
        m_source.editorContent = content;
        m_source.editorBaseVersionId = prompts.versions(prompt).last().id;
        m_source.variables = QJsonObject {{u"change"_s, u"the new sync engine"_s}};

        m_server.setScriptChooser([this](const pwb::test::LoopbackServer::Request &request)
                                      -> std::optional<ServerScript> {
            const auto script = m_scripts.constFind(modelOf(request));
            if (script == m_scripts.cend()) {
                return std::nullopt;
            }
            return *script;
        });

        m_window = std::make_unique<pwb::CompareWindow>(services());
        m_window->setPrompt(m_source);
        m_window->resize(1400, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void fourColumnsStreamSideBySide()
    {
        const QList<QByteArray> partial = pwb::test::openAiReplyEvents({u"Half of"_s, u" it"_s});
        m_scripts[QByteArrayLiteral("m-fast")] = paced(u"The sync engine is faster."_s, 0);
        m_scripts[QByteArrayLiteral("m-slow")] = paced(u"The sync engine is faster."_s, 60);
        // Fails mid-stream: the connection closes in the middle of the chunked body.
        m_scripts[QByteArrayLiteral("m-fail")] = ServerScript()
                                                     .send(ServerScript::head(200))
                                                     .chunk(partial.at(0) + partial.at(1))
                                                     .wait(40)
                                                     .close();
        // Says a little, then nothing more until it is stopped.
        m_scripts[QByteArrayLiteral("m-stop")] = ServerScript()
                                                     .send(ServerScript::head(200))
                                                     .chunk(partial.at(0) + partial.at(1))
                                                     .hang();
        m_window->setColumns(
            {column(u"m-fast"_s), column(u"m-slow"_s), column(u"m-fail"_s), column(u"m-stop"_s)});
        QCOMPARE(m_window->columnCount(), 4);

        const qsizetype before = m_server.requests().size();
        QSignalSpy ended(m_window->runner(), &pwb::CompareRunner::columnEnded);
        QCOMPARE(m_window->runAllAction()->shortcut(), QKeySequence(u"Ctrl+Shift+Return"_s));
        m_window->runAllAction()->trigger();
        // Every column's request is on the wire before any reply has been read.
        QTRY_COMPARE(m_server.requests().size(), before + 4);
        QTRY_COMPARE(text(3), u"Half of"_s);
        QVERIFY(m_window->runner()->isRunning(3));
        pwb::test::saveScreenshot(m_window.get(), u"compare-1-streaming"_s);

        QTest::mouseClick(m_window->column(3)->runButton(), Qt::LeftButton); // Stop (D only)
        QTRY_COMPARE(ended.count(), 4);
        QVERIFY(!m_window->runner()->isAnyRunning());

        // Each column ends on its own terms, and its figures are its own.
        QCOMPARE(text(0), u"The sync engine is faster."_s);
        QCOMPARE(text(1), u"The sync engine is faster."_s);
        QCOMPARE(text(2), u"Half of"_s);
        QCOMPARE(text(3), u"Half of"_s);
        for (int i : {0, 1}) {
            const QString figures = m_window->column(i)->turn()->figuresLabel()->text();
            QVERIFY2(figures.contains(u"TTFT") && figures.contains(u"5 out") &&
                         figures.contains(u"$") && figures.contains(u"stop"),
                     qPrintable(figures));
            QVERIFY(!m_window->column(i)->turn()->errorBox()->isVisible());
            QCOMPARE(m_window->column(i)->statusLabel()->text(), u"done"_s);
        }
        for (int i = 0; i < 4; ++i) { // every column can be edited and run again
            QCOMPARE(m_window->column(i)->runButton()->text(), u"Run"_s);
            QVERIFY(m_window->column(i)->modelEdit()->isEnabled());
            QVERIFY(m_window->column(i)->bestButton()->isEnabled());
        }
        QVERIFY(!m_window->stopAllAction()->isEnabled());
        QCOMPARE(m_window->column(2)->statusLabel()->text(), u"failed"_s);
        QVERIFY(m_window->column(2)->turn()->errorBox()->isVisible());
        QVERIFY2(m_window->column(2)->turn()->errorLabel()->text().contains(u"mid-stream"),
                 qPrintable(m_window->column(2)->turn()->errorLabel()->text()));
        QCOMPARE(m_window->column(3)->statusLabel()->text(), u"stopped"_s);
        QVERIFY(m_window->column(3)->turn()->errorLabel()->text().contains(u"Stopped"));
        for (int i = 0; i < 4; ++i) {
            QVERIFY(m_window->runner()->reply(i).timings.firstTokenMs >= 0);
        }

        // The summary compares what finished: A and B said the same thing.
        const QString summary = m_window->summaryLabel()->text();
        QVERIFY2(summary.contains(u"Identical: A = B"), qPrintable(summary));
        QVERIFY2(summary.contains(u"Fastest"), qPrintable(summary));
        QVERIFY2(summary.contains(u"Cheapest"), qPrintable(summary));

        // Recorded as one session, a run per column, each with how it ended.
        const qint64 session = m_window->sessionId();
        QVERIFY(session > 0);
        const QList<pwb::StoredRun> runs =
            pwb::StoredRun::loadCompareSession(m_workspace->database(), session);
        QCOMPARE(runs.size(), 4);
        QCOMPARE(runs.at(0).status, u"complete"_s);
        QCOMPARE(runs.at(1).status, u"complete"_s);
        QCOMPARE(runs.at(2).status, u"failed"_s);
        QCOMPARE(runs.at(3).status, u"cancelled"_s);
        QCOMPARE(runs.at(3).reply.text, u"Half of"_s);
        pwb::test::saveScreenshot(m_window.get(), u"compare-2-four-columns"_s);
    }

    void diffBetweenTwoColumns()
    {
        m_window->showDiff(0, 2);
        QVERIFY(m_window->diffPanel()->isVisible());
        const QString html = m_window->diffPanel()->view()->toHtml();
        QVERIFY(html.contains(u"line-through"));
        QVERIFY(m_window->diffPanel()->view()->toPlainText().contains(u"sync engine"));
        QVERIFY(m_window->diffPanel()->similarityLabel()->text().contains(u"%"));
        m_window->diffPanel()->choose(0, 1);
        QVERIFY(m_window->diffPanel()->similarityLabel()->text().startsWith(u"100"));
        pwb::test::saveScreenshot(m_window.get(), u"compare-3-diff"_s);
        m_window->diffAction()->setChecked(false);
    }

    void votesAndRatingsAreSaved()
    {
        QTest::mouseClick(m_window->column(1)->bestButton(), Qt::LeftButton);
        QTest::mouseClick(m_window->column(0)->ratingButton(4), Qt::LeftButton);
        QTest::mouseClick(m_window->column(1)->ratingButton(5), Qt::LeftButton);
        QTest::mouseClick(m_window->column(0)->bestButton(), Qt::LeftButton); // moves the vote
        QVERIFY(!m_window->column(1)->isBest());

        pwb::CompareRepository repository(m_workspace->database());
        const QList<pwb::CompareVote> votes = repository.votes(m_window->sessionId());
        QCOMPARE(votes.size(), 2);
        for (const pwb::CompareVote &vote : votes) {
            if (vote.runId == m_window->runner()->runId(0)) {
                QCOMPARE(vote.rating, std::optional<int>(4));
                QVERIFY(vote.best);
            } else {
                QCOMPARE(vote.runId, m_window->runner()->runId(1));
                QCOMPARE(vote.rating, std::optional<int>(5));
                QVERIFY(!vote.best);
            }
        }
        QTest::mouseClick(m_window->column(0)->ratingButton(4), Qt::LeftButton); // clears it
        QCOMPARE(m_window->column(0)->rating(), std::nullopt);
        QTest::mouseClick(m_window->column(0)->ratingButton(4), Qt::LeftButton);
    }

    void oneColumnRunsAgainAlone()
    {
        m_scripts[QByteArrayLiteral("m-fail")] = paced(u"Fixed now."_s, 0);
        const QString first = text(0);
        QSignalSpy ended(m_window->runner(), &pwb::CompareRunner::columnEnded);
        QTest::mouseClick(m_window->column(2)->runButton(), Qt::LeftButton);
        QTRY_COMPARE(ended.count(), 1);
        QCOMPARE(ended.at(0).at(0).toInt(), 2);
        QCOMPARE(text(2), u"Fixed now."_s);
        QCOMPARE(text(0), first);
        QVERIFY(!m_window->column(2)->turn()->errorBox()->isVisible());
        QCOMPARE(pwb::StoredRun::loadCompareSession(m_workspace->database(), m_window->sessionId())
                     .size(),
                 5);
    }

    void sessionReopensOffline()
    {
        const qint64 session = m_window->sessionId();
        const qsizetype requests = m_server.requests().size();
        pwb::CompareWindow reopened(services());
        reopened.setPrompt(m_source);
        reopened.resize(1400, 800);
        reopened.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reopened));
        reopened.openSession(session);
        QCOMPARE(reopened.columnCount(), 4);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(reopened.column(i)->turn()->replyView()->text(), text(i));
            QCOMPARE(reopened.column(i)->turn()->figuresLabel()->text(),
                     m_window->column(i)->turn()->figuresLabel()->text());
            QCOMPARE(reopened.column(i)->modelEdit()->text(),
                     m_window->column(i)->modelEdit()->text());
        }
        QVERIFY(reopened.column(0)->isBest());
        QCOMPARE(reopened.column(0)->rating(), std::optional<int>(4));
        QCOMPARE(reopened.column(1)->rating(), std::optional<int>(5));
        QCOMPARE(reopened.column(3)->statusLabel()->text(), u"stopped"_s);
        QVERIFY(reopened.summaryLabel()->text().contains(u"Identical: A = B"));
        QCOMPARE(m_server.requests().size(), requests); // nothing was sent
        pwb::test::saveScreenshot(&reopened, u"compare-4-reopened"_s);
    }

    void aColumnThatCannotBeSentSaysWhy()
    {
        pwb::CompareColumnSpec broken = column(u"m-fast"_s);
        broken.providerId = u"nowhere"_s;
        m_window->setColumns({column(u"m-fast"_s), broken});
        QSignalSpy allEnded(m_window->runner(), &pwb::CompareRunner::allEnded);
        m_window->runAll();
        QTRY_COMPARE(allEnded.count(), 1);
        QCOMPARE(text(0), u"The sync engine is faster."_s);
        QVERIFY(m_window->column(1)->turn()->errorBox()->isVisible());
        QVERIFY2(m_window->column(1)->turn()->errorLabel()->text().contains(u"nowhere"),
                 qPrintable(m_window->column(1)->turn()->errorLabel()->text()));
        QCOMPARE(m_window->column(1)->statusLabel()->text(), u"not sent"_s);
    }

    void badOverridesAreNamedBeforeRunning()
    {
        m_window->setColumns({column(u"m-fast"_s), column(u"m-slow"_s)});
        QLineEdit *overrides = m_window->column(1)->overridesEdit();
        QTest::keyClicks(overrides, u"temprature=0.2"_s);
        const qsizetype requests = m_server.requests().size();
        m_window->runAll();
        QVERIFY(m_window->problemLabel()->isVisible());
        QVERIFY2(m_window->problemLabel()->text().contains(u"Column B") &&
                     m_window->problemLabel()->text().contains(u"temprature"),
                 qPrintable(m_window->problemLabel()->text()));
        QCOMPARE(m_server.requests().size(), requests);

        overrides->clear();
        QTest::keyClicks(overrides, u"temperature=0.2 max_tokens=50"_s);
        QSignalSpy allEnded(m_window->runner(), &pwb::CompareRunner::allEnded);
        m_window->runAll();
        QTRY_COMPARE(allEnded.count(), 1);
        const QJsonObject body = QJsonDocument::fromJson(m_server.requests().last().body).object();
        const QJsonObject other =
            QJsonDocument::fromJson(m_server.requests().at(m_server.requests().size() - 2).body)
                .object();
        const QJsonObject slow = body.value(u"model") == u"m-slow"_s ? body : other;
        QCOMPARE(slow.value(u"temperature").toDouble(), 0.2);
        QCOMPARE(slow.value(u"max_tokens").toInt(), 50);
        QVERIFY(m_window->column(1)->turn()->figuresLabel()->text().contains(u"TTFT"));
    }

    void versionsTimesModelsGrid()
    {
        QList<pwb::CompareVersionChoice> versions;
        for (const pwb::PromptVersionRecord &version :
             m_workspace->prompts().versions(*m_source.promptId)) {
            versions.append({version.id, version.number, u"v%1"_s.arg(version.number)});
        }
        pwb::CompareGridDialog dialog(versions, {u"m-fast"_s}, 8);
        dialog.versionList()->item(0)->setCheckState(Qt::Checked);
        dialog.versionList()->item(1)->setCheckState(Qt::Checked);
        dialog.modelsEdit()->setPlainText(u"m-fast\nloopback/m-slow\nloopback/org/m-3"_s);
        QVERIFY2(dialog.countLabel()->text().contains(u"6"),
                 qPrintable(dialog.countLabel()->text()));
        const QList<pwb::CompareColumnSpec> cells = dialog.columns();
        QCOMPARE(cells.size(), 6);
        QCOMPARE(cells.at(0).promptVersionId, versions.at(0).versionId);
        QCOMPARE(cells.at(2).model, u"org/m-3"_s);
        QCOMPARE(cells.at(2).providerId, u"loopback"_s);
        QCOMPARE(cells.at(3).promptVersionId, versions.at(1).versionId);
        dialog.modelsEdit()->setPlainText(u"a\nb\nc\nd\ne"_s);
        QVERIFY(dialog.columns().isEmpty()); // 10 columns do not fit
        QVERIFY(dialog.countLabel()->text().contains(u"at most 8"));

        m_window->setColumns(cells);
        QCOMPARE(m_window->columnCount(), 6);
        QCOMPARE(m_window->column(4)->versionBox()->currentText(), u"v2 · shorter"_s);
    }

    void scrollingIsSynchronised()
    {
        QString longText;
        for (int i = 0; i < 200; ++i) {
            longText += u"Line %1 of a long answer.\n\n"_s.arg(i);
        }
        m_window->setColumns({column(u"m-fast"_s), column(u"m-slow"_s)});
        for (int i = 0; i < 2; ++i) {
            m_window->column(i)->turn()->replyView()->setMarkdown(i == 0 ? longText
                                                                         : longText + longText);
        }
        QScrollBar *a = m_window->column(0)->scrollArea()->verticalScrollBar();
        QScrollBar *b = m_window->column(1)->scrollArea()->verticalScrollBar();
        QTRY_VERIFY(a->maximum() > 0 && b->maximum() > a->maximum());
        a->setValue(0);
        b->setValue(0);
        a->triggerAction(QAbstractSlider::SliderPageStepAdd);
        a->triggerAction(QAbstractSlider::SliderPageStepAdd);
        const double share = double(a->value()) / a->maximum();
        QVERIFY(b->value() > 0);
        QVERIFY(qAbs(double(b->value()) / b->maximum() - share) < 0.01);

        m_window->syncAction()->setChecked(false);
        const int bBefore = b->value();
        a->triggerAction(QAbstractSlider::SliderPageStepAdd);
        QCOMPARE(b->value(), bBefore);
        m_window->syncAction()->setChecked(true);
    }

    void columnLimits()
    {
        m_window->setColumns({column(u"m-fast"_s), column(u"m-slow"_s)});
        QVERIFY(!m_window->column(0)->findChild<QToolButton *>(u"removeColumn"_s)->isEnabled());
        for (int i = 0; i < 10; ++i) {
            m_window->addColumn();
        }
        QCOMPARE(m_window->columnCount(), pwb::CompareWindow::kMaxColumns);
        QCOMPARE(m_window->column(7)->modelEdit()->text(), u"m-slow"_s); // a copy of the last
        m_window->removeColumn(0);
        QCOMPARE(m_window->columnCount(), 7);
        QCOMPARE(m_window->column(0)->modelEdit()->text(), u"m-slow"_s);
    }

    // Eight columns against one host all stream at once: none waits for another to end (Qt's
    // default of 6 connections per host would hold back two of them).
    void eightColumnsOnOneHostStartTogether()
    {
        QList<pwb::CompareColumnSpec> specs;
        for (int i = 0; i < 8; ++i) {
            const QString model = u"m-eight-%1"_s.arg(i);
            const QList<QByteArray> events =
                pwb::test::openAiReplyEvents({u"Column "_s, QString::number(i)});
            ServerScript script;
            script.send(ServerScript::head(200)).chunk(events.at(0) + events.at(1));
            script.holdUntilReleased();
            for (qsizetype e = 2; e < events.size(); ++e) {
                script.chunk(events.at(e));
            }
            m_scripts[model.toUtf8()] = script.endChunks().close();
            specs.append(column(model));
        }
        m_window->setColumns(specs);
        QSignalSpy allEnded(m_window->runner(), &pwb::CompareRunner::allEnded);
        m_window->runAll();
        for (int i = 0; i < 8; ++i) {
            QTRY_COMPARE(text(i), u"Column "_s);
        }
        QCOMPARE(allEnded.count(), 0);
        // Eight streaming columns share the GUI thread: each redraws 15 times a second, at its
        // own phase of the interval, so that their paints take turns (bench_compare_render).
        for (int i = 0; i < 8; ++i) {
            QCOMPARE(m_window->column(i)->turn()->replyView()->frameInterval(),
                     4 * pwb::ReplyView::kFrameMs);
        }
        pwb::test::saveScreenshot(m_window.get(), u"compare-5-eight-columns"_s);
        m_server.releaseHeld();
        QTRY_COMPARE(allEnded.count(), 1);
        for (int i = 0; i < 8; ++i) {
            QCOMPARE(text(i), u"Column %1"_s.arg(i));
        }
        // Once they have ended, a column run alone redraws at the full rate again.
        for (int i = 0; i < 8; ++i) {
            QCOMPARE(m_window->column(i)->turn()->replyView()->frameInterval(),
                     pwb::ReplyView::kFrameMs);
        }
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(CompareViewTest)
#include "tst_compareview.moc"
