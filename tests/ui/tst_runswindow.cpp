#include "Screenshots.h"
#include "chat/ReplyView.h"
#include "core/ApplicationIdentity.h"
#include "core/Localization.h"
#include "editor/MessageEditor.h"
#include "editor/PromptEditorPanel.h"
#include "editor/VariablesPanel.h"
#include "mainwindow/MainActions.h"
#include "mainwindow/MainWindow.h"
#include "providers/PriceTable.h"
#include "providers/RequestBuilder.h"
#include "runs/RunDetailPanel.h"
#include "runs/RunPairColumn.h"
#include "runs/RunPairWindow.h"
#include "runs/RunsFilterBar.h"
#include "runs/RunsWindow.h"
#include "storage/Database.h"
#include "storage/PromptRepository.h"
#include "storage/RunRecorder.h"
#include "storage/RunReplay.h"
#include "storage/SampleWorkspace.h"
#include "storage/StoredRun.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pwb;

namespace {

const QString kKey = u"sk-live-7Hq2mZ9xRv4Lp0Nw"_s;

// One run as a provider streamed it: pieces at their times, then how it ended.
struct RunScript
{
    QString prompt; // a sample prompt's name; empty: a snapshot (unsaved edits)
    int version = 1;
    QString provider;
    QString model;
    QJsonObject variables;
    QList<QPair<qint64, StreamEvent>> pieces;
    StreamEvent end = StreamEvent::finished(FinishReason::Stop, u"stop"_s, true);
    Usage usage;
    StreamTimings timings;
    qint64 hoursAgo = 1;
};

// `text` as pieces of a few words, `stepMs` apart from `fromMs`.
QList<QPair<qint64, StreamEvent>> textPieces(const QString &text, qint64 fromMs, qint64 stepMs,
                                             bool reasoning = false)
{
    QList<QPair<qint64, StreamEvent>> pieces;
    const QStringList words = text.split(u' ');
    for (int i = 0; i < words.size(); i += 3) {
        QString piece = words.mid(i, 3).join(u' ');
        if (i + 3 < words.size()) {
            piece += u' ';
        }
        pieces.append(
            {fromMs + (i / 3) * stepMs,
             reasoning ? StreamEvent::reasoningDelta(piece) : StreamEvent::textDelta(piece)});
    }
    return pieces;
}

Usage usage(qint64 in, qint64 out, qint64 reasoning = -1)
{
    Usage u;
    u.inputTokens = in;
    u.outputTokens = out;
    u.reasoningTokens = reasoning;
    return u;
}

StreamTimings timings(qint64 headers, qint64 first, qint64 last, qint64 end)
{
    StreamTimings t;
    t.headersMs = headers;
    t.firstTokenMs = first;
    t.lastTokenMs = last;
    t.endMs = end;
    return t;
}

StreamEvent failure(StreamError::Phase phase, StreamError::Kind kind, int http,
                    const QString &message)
{
    StreamError error;
    error.phase = phase;
    error.kind = kind;
    error.httpStatus = http;
    error.message = message;
    return StreamEvent::failed(error);
}

const QString kSummary =
    u"**Millbrook opened its new public library** on Saturday, after three years of building "
    "work.\n\n- It cost **€4.2 million** and holds 60,000 books.\n- There is a children's wing "
    "and a workshop with two 3D printers.\n- Twice as many visitors came as expected."_s;

} // namespace

class RunsWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        applyApplicationIdentity();
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(AppSettings::filePath());
        // As the app shows it in English ("8 runs", not "8 run(s)"): the README's picture.
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
        auto opened = Workspace::open(m_dir.filePath(u"runs.sqlite"_s));
        QVERIFY2(opened, qPrintable(opened.error()));
        m_workspace = std::move(opened).value();
        QVERIFY(SampleWorkspace::seed(m_workspace->database()));
        const auto prices = std::make_shared<PriceTable>(PriceTable::load());
        m_workspace->recorder().setCostFunction(
            [prices](const QString &provider, const QString &model, const Usage &u) {
                return prices->costUsd(provider, model, u);
            });
        recordRuns();
    }

    void anEmptyWorkspaceSaysHowRunsArrive()
    {
        auto opened = Workspace::open(m_dir.filePath(u"empty.sqlite"_s));
        QVERIFY(opened);
        RunsWindow window(opened.value()->database(), nullptr);
        window.show();
        QVERIFY(window.emptyLabel()->isVisible());
        QVERIFY2(window.emptyLabel()->text().contains(u"runs are saved when you send a prompt"_s),
                 qPrintable(window.emptyLabel()->text()));
        QVERIFY(window.detailPanel()->emptyLabel()->isVisible());
    }

    void listsEveryRunNewestFirst()
    {
        RunsWindow window(m_workspace->database(), nullptr);
        QCOMPARE(window.model()->rowCount(), m_runs.size());
        QCOMPARE(window.model()->runId(0), m_runs.last()); // recorded an hour ago: the newest
        QVERIFY2(window.countLabel()->text().startsWith(u"%1 run"_s.arg(m_runs.size())),
                 qPrintable(window.countLabel()->text()));
        QVERIFY(window.filterBar()->promptBox()->count() >= 5); // "All" and the four samples
    }

    void searchFiltersRows()
    {
        RunsWindow window(m_workspace->database(), nullptr);
        window.show();
        QSignalSpy filtered(window.filterBar(), &RunsFilterBar::filterChanged);
        QTest::keyClicks(window.filterBar()->searchField(), u"Millbrook"_s);
        QCOMPARE(filtered.count(), 0); // typing waits for a pause…
        QVERIFY(filtered.wait()); // …then filters once
        QCOMPARE(filtered.count(), 1);
        QCOMPARE(window.model()->rowCount(), 2); // the summary and the one cut off mid-stream
        for (int row = 0; row < window.model()->rowCount(); ++row) {
            const auto run = StoredRun::load(m_workspace->database(), window.model()->runId(row));
            QVERIFY(run->reply.text.contains(u"Millbrook"_s));
        }
        QTest::keyClicks(window.filterBar()->searchField(), u"zzz"_s);
        QVERIFY(filtered.wait());
        QVERIFY(window.emptyLabel()->isVisible());
        QCOMPARE(window.emptyLabel()->text(), u"No runs match these filters."_s);
    }

    void statusAndTargetFilters()
    {
        RunsWindow window(m_workspace->database(), nullptr);
        QComboBox *status = window.filterBar()->statusBox();
        status->setCurrentIndex(status->findData(u"failed"_s));
        QCOMPARE(window.model()->rowCount(), 2);
        for (int row = 0; row < 2; ++row) {
            QCOMPARE(window.model()->index(row, RunsTableModel::Status).data().toString(),
                     u"failed"_s);
        }
        status->setCurrentIndex(0);
        QComboBox *target = window.filterBar()->targetBox();
        target->setCurrentIndex(target->findText(u"anthropic — all models"_s));
        QCOMPARE(window.model()->rowCount(), 2);
        target->setCurrentIndex(target->findText(u"openai / gpt-4o"_s));
        QCOMPARE(window.model()->rowCount(), 2);
    }

    void selectingARunShowsItAsStored()
    {
        RunsWindow window(m_workspace->database(), nullptr);
        window.show();
        window.selectRun(m_cutOff);
        RunDetailPanel *detail = window.detailPanel();
        QCOMPARE(detail->runId(), m_cutOff);
        QVERIFY(detail->titleLabel()->text().startsWith(u"Summarise an article@1"_s));
        const QString request = detail->requestView()->toPlainText();
        QVERIFY2(request.contains(u"[redacted]"_s), qPrintable(request));
        QVERIFY(!request.contains(kKey));
        QVERIFY(request.startsWith(u"POST https://api.anthropic.com/"_s));
        QVERIFY(request.contains(u"\"model\": \"claude-haiku-4-5\""_s)); // pretty-printed body
        QVERIFY(detail->replyView()->text().startsWith(u"Millbrook opened"_s));
        QVERIFY(detail->errorLabel()->isVisible());
        QVERIFY2(detail->errorLabel()->text().contains(u"HTTP 529"_s),
                 qPrintable(detail->errorLabel()->text()));
        QVERIFY(detail->errorLabel()->text().contains(u"Overloaded"_s));
        const QString figures = detail->figuresLabel()->text();
        QVERIFY2(figures.contains(u"First token"_s) && figures.contains(u"390 ms"_s),
                 qPrintable(figures));
        QVERIFY(detail->variablesView()->toPlainText().contains(u"article:"_s));

        window.selectRun(m_summary);
        QVERIFY(detail->errorLabel()->isHidden());
        QCOMPARE(detail->replyView()->text(), kSummary);
        QVERIFY(detail->figuresLabel()->text().contains(u"2,150 ms"_s) ||
                detail->figuresLabel()->text().contains(u"2150 ms"_s));
        QVERIFY(detail->figuresLabel()->text().contains(u"$"_s)); // gpt-4o has a price

        window.selectRun(m_toolRun);
        QVERIFY(detail->toolCallsLabel()->isVisible());
        QVERIFY(detail->toolCallsLabel()->text().contains(u"create_contact("_s));
    }

    void replaysAtTenTimesIntoTheView()
    {
        RunsWindow window(m_workspace->database(), nullptr);
        window.show();
        window.selectRun(m_summary);
        RunDetailPanel *detail = window.detailPanel();
        qint64 now = 1'000;
        detail->replay()->setClock([&now] { return now; });
        QTest::mouseClick(detail->fastReplayButton(), Qt::LeftButton);
        QVERIFY(detail->replay()->isPlaying());
        QCOMPARE(detail->replyView()->text(), QString()); // the first token came at 480 ms
        QVERIFY(detail->stopReplayButton()->isEnabled());
        now += 48; // 480 ms of the run, at 10x
        detail->replay()->catchUp();
        QVERIFY(!detail->replyView()->text().isEmpty());
        QVERIFY(kSummary.startsWith(detail->replyView()->text()));
        QVERIFY(detail->replyView()->text().size() < kSummary.size());
        QVERIFY2(detail->replayStatusLabel()->text().contains(u"0.5 s"_s),
                 qPrintable(detail->replayStatusLabel()->text()));
        now += 200;
        detail->replay()->catchUp();
        QCOMPARE(detail->replyView()->text(), kSummary);
        QVERIFY(!detail->replay()->isPlaying());
        QVERIFY(!detail->stopReplayButton()->isEnabled());
        QVERIFY(detail->replayStatusLabel()->text().startsWith(u"Replayed"_s));
    }

    void compareNeedsExactlyTwoRuns()
    {
        RunsWindow window(m_workspace->database(), nullptr);
        window.show();
        QSignalSpy compare(&window, &RunsWindow::compareRequested);
        QTableView *table = window.table();
        auto clickRow = [table](int row, Qt::KeyboardModifiers modifiers) {
            const QRect cell = table->visualRect(table->model()->index(row, 1));
            QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers, cell.center());
        };
        clickRow(0, {});
        QVERIFY(!window.compareAction()->isEnabled());
        clickRow(2, Qt::ControlModifier);
        QVERIFY(window.compareAction()->isEnabled());
        QVERIFY(window.countLabel()->text().contains(u"2 selected"_s));
        window.compareAction()->trigger();
        QCOMPARE(compare.count(), 1);
        const qint64 first = compare.first().at(0).toLongLong();
        const qint64 second = compare.first().at(1).toLongLong();
        QCOMPARE(QSet<qint64>({first, second}),
                 QSet<qint64>({window.model()->runId(0), window.model()->runId(2)}));
        QVERIFY(first < second);
        clickRow(3, Qt::ControlModifier);
        QVERIFY(!window.compareAction()->isEnabled());
    }

    void aFinishedRunAppearsWhileOpen()
    {
        RunsWindow window(m_workspace->database(), &m_workspace->recorder());
        window.show();
        window.selectRun(m_summary);
        const int before = window.model()->rowCount();
        const qint64 run = record(
            {u"Translate"_s, 1, u"demo"_s, u"demo-fast"_s,
             QJsonObject {{u"text"_s, u"Good morning"_s}, {u"target_language"_s, u"German"_s}},
             textPieces(u"Guten Morgen"_s, 40, 20),
             StreamEvent::finished(FinishReason::Stop, u"stop"_s, true), usage(20, 4),
             timings(5, 40, 60, 61), 0});
        QTRY_COMPARE(window.model()->rowCount(), before + 1);
        QCOMPARE(window.model()->runId(0), run);
        QCOMPARE(window.detailPanel()->runId(), m_summary); // what was open stays open
        m_runs.append(run);
    }

    void openInEditorRestoresTheVersionAndVariables()
    {
        MainWindow main(*m_workspace, nullptr);
        QVERIFY(main.actions()->runsBrowser->isEnabled());
        main.show();
        RunsWindow *runs = main.showRuns();
        QCOMPARE(main.showRuns(), runs); // one window, reused
        runs->selectRun(m_cutOff); // Summarise an article, version 1 of 2
        QPushButton *open = runs->detailPanel()->openInEditorButton();
        QVERIFY(open->isEnabled());
        QTest::mouseClick(open, Qt::LeftButton);

        PromptRepository &prompts = m_workspace->prompts();
        const std::optional<StoredRun> run = StoredRun::load(m_workspace->database(), m_cutOff);
        const std::optional<PromptVersionRecord> version = prompts.version(*run->promptVersionId);
        QCOMPARE(main.editorPanel()->promptId(), version->promptId);
        QCOMPARE(main.editorPanel()->content().canonicalJson(), version->content.canonicalJson());
        QVERIFY(prompts.versions(version->promptId).last().content.contentHash() !=
                version->content.contentHash()); // a real restore, not the newest version
        QCOMPARE(main.editorPanel()->variablesPanel()->values().value(u"article"_s),
                 run->variables.value(u"article"_s).toString());

        runs->selectRun(m_snapshot);
        QVERIFY(!open->isEnabled());
        QVERIFY(open->toolTip().contains(u"never saved"_s));
    }

    // Compare in the runs browser opens the two runs side by side, over the browser.
    void compareOpensTheTwoRunsSideBySide()
    {
        MainWindow main(*m_workspace, nullptr);
        main.show();
        RunsWindow *runs = main.showRuns();
        QSignalSpy compare(runs, &RunsWindow::compareRequested);
        QTableView *table = runs->table();
        for (const int row : {0, 1}) {
            const QRect cell = table->visualRect(table->model()->index(row, 1));
            QTest::mouseClick(table->viewport(), Qt::LeftButton,
                              row == 0 ? Qt::KeyboardModifiers() : Qt::ControlModifier,
                              cell.center());
        }
        runs->compareAction()->trigger();
        QCOMPARE(compare.count(), 1);
        auto *pair = runs->findChild<RunPairWindow *>();
        QVERIFY(pair);
        QVERIFY(pair->isVisible());
        const qint64 first = compare.first().at(0).toLongLong();
        const qint64 second = compare.first().at(1).toLongLong();
        QCOMPARE(pair->windowTitle(), u"Compare Runs %1 and %2"_s.arg(first).arg(second));
        QVERIFY(pair->column(0)->titleLabel()->text().startsWith(u"Run %1"_s.arg(first)));
        QVERIFY(pair->column(1)->titleLabel()->text().startsWith(u"Run %1"_s.arg(second)));
        QCOMPARE(main.showRunPair(first, second), pair); // one window, reused
    }

    void screenshot()
    {
        RunsWindow window(m_workspace->database(), nullptr);
        window.resize(1200, 750);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selectRun(m_reasoned);
        window.detailPanel()->replyView()->setReasoningExpanded(true);
        QTest::qWait(50); // layout of the rendered reply
        const QImage image = test::saveScreenshot(&window, u"runs-window"_s);
        QVERIFY(test::distinctColours(image) > 20);

        window.selectRun(m_cutOff);
        QTest::qWait(50);
        QVERIFY(test::distinctColours(test::saveScreenshot(&window, u"runs-window-failed"_s)) > 20);
    }

private:
    qint64 record(const RunScript &script)
    {
        RunRecorder &recorder = m_workspace->recorder();
        PromptRepository &prompts = m_workspace->prompts();
        RunStart start;
        ChatRequest chat;
        chat.model = script.model;
        if (!script.prompt.isEmpty()) {
            for (const PromptRecord &prompt : prompts.prompts()) {
                if (prompt.name == script.prompt) {
                    const PromptVersionRecord version =
                        prompts.versions(prompt.id).at(script.version - 1);
                    start.promptVersionId = version.id;
                    chat.messages = version.content.messages;
                }
            }
            Q_ASSERT(start.promptVersionId);
        } else {
            chat.messages = {{ChatMessage::Role::User, u"Write a haiku about tea."_s}};
            start.snapshot = QJsonObject {{u"messages"_s, u"(unsaved)"_s}};
        }
        ProviderConfig provider = *ProviderConfig::preset(script.provider);
        provider.apiKey = kKey;
        start.providerId = script.provider;
        start.model = script.model;
        start.variables = script.variables;
        start.request = buildStreamingRequest(provider, chat);
        start.secrets = {kKey};
        const qint64 run = recorder.begin(start).value();
        recorder.record(run, StreamEvent::started(script.model, u"resp_1"_s), 0);
        for (const auto &[at, event] : script.pieces) {
            recorder.record(run, event, at);
        }
        recorder.record(run, StreamEvent::usageUpdate(script.usage), script.timings.lastTokenMs);
        StreamEvent end = script.end;
        end.timings = script.timings;
        recorder.record(run, end, script.timings.endMs);
        QSqlQuery query(m_workspace->database().connection());
        query.prepare(u"UPDATE runs SET started_at = ? WHERE id = ?"_s);
        query.addBindValue(QDateTime::currentMSecsSinceEpoch() - script.hoursAgo * 3'600'000 -
                           run * 60'000);
        query.addBindValue(run);
        query.exec();
        return run;
    }

    void recordRuns()
    {
        const QJsonObject article {
            {u"article"_s,
             u"The town of Millbrook opened its new public library on Saturday after three "
             "years of building work."_s}};
        m_runs.append(
            record({u"Summarise an article"_s,
                    1,
                    u"openai"_s,
                    u"gpt-4o-mini"_s,
                    article,
                    {},
                    failure(StreamError::Phase::FirstPacket, StreamError::Kind::RateLimit, 429,
                            u"Rate limit reached for gpt-4o-mini on tokens per min "
                            "(TPM): Limit 200000, Used 199823, Requested 1250."_s),
                    usage(-1, -1),
                    timings(180, -1, -1, 182),
                    50}));
        m_runs.append(record({u"Translate"_s, 1, u"ollama"_s, u"llama3.2"_s,
                              QJsonObject {{u"text"_s, u"The meeting has moved to Thursday."_s},
                                           {u"target_language"_s, u"French"_s}},
                              textPieces(u"La réunion a été déplacée à jeudi."_s, 900, 80),
                              StreamEvent::finished(FinishReason::Stop, u"stop"_s, true),
                              usage(38, 12), timings(60, 900, 1060, 1075), 30}));
        m_toolRun =
            record({u"Extract JSON"_s,
                    1,
                    u"openai"_s,
                    u"gpt-4o"_s,
                    QJsonObject {{u"email"_s, u"Hi Sam, Northwind will order 40 licences."_s}},
                    {{620,
                      StreamEvent::toolCallDelta({0, u"call_8Fq"_s, u"create_contact"_s,
                                                  u"{\"company\": \"Northwind\", "_s})},
                     {700, StreamEvent::toolCallDelta({0, {}, {}, u"\"licences\": 40}"_s})}},
                    StreamEvent::finished(FinishReason::ToolCalls, u"tool_calls"_s, true),
                    usage(310, 28),
                    timings(240, 620, 700, 720),
                    26});
        m_runs.append(m_toolRun);
        m_cutOff = record(
            {u"Summarise an article"_s, 1, u"anthropic"_s, u"claude-haiku-4-5"_s, article,
             textPieces(u"Millbrook opened its new public library on Saturday, after"_s, 390, 70),
             failure(StreamError::Phase::MidStream, StreamError::Kind::Overloaded, 529,
                     u"Overloaded"_s),
             usage(402, 11), timings(150, 390, 600, 2400), 20});
        m_runs.append(m_cutOff);
        m_snapshot = record({QString(),
                             1,
                             u"demo"_s,
                             u"demo-fast"_s,
                             {},
                             textPieces(u"Steam curls upward / a quiet cup"_s, 30, 15),
                             StreamEvent::finished(FinishReason::Stop, u"stop"_s, true),
                             usage(14, 9),
                             timings(3, 30, 75, 76),
                             8});
        m_runs.append(m_snapshot);
        const QString review =
            u"The loop runs one step too far: `range(len(users) + 1)` reads `users[len(users)]` "
            "and raises `IndexError` when the name is missing.\n\n```python\ndef find_user(users, "
            "name):\n    for user in users:\n        if user[\"name\"] == name:\n            "
            "return "
            "user\n    return None\n```"_s;
        auto reasoned = textPieces(u"The loop bound is off by one; iterate the list directly and "
                                   "return None when nothing matches."_s,
                                   350, 40, true);
        reasoned.append(textPieces(review, 1200, 45));
        m_reasoned = record({u"Code reviewer"_s, 1, u"anthropic"_s, u"claude-sonnet-4-5"_s,
                             QJsonObject {{u"language"_s, u"python"_s}}, reasoned,
                             StreamEvent::finished(FinishReason::Stop, u"end_turn"_s, true),
                             usage(212, 164, 41), timings(210, 350, 2900, 2950), 4});
        m_runs.append(m_reasoned);
        m_runs.append(record({u"Summarise an article"_s, 2, u"openai"_s, u"gpt-4o"_s, article,
                              textPieces(kSummary, 480, 60),
                              StreamEvent::finished(FinishReason::Stop, u"stop"_s, true),
                              usage(412, 96), timings(210, 480, 2100, 2150), 2}));
        m_summary = m_runs.last();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    QList<qint64> m_runs; // oldest first
    qint64 m_summary = 0;
    qint64 m_cutOff = 0;
    qint64 m_toolRun = 0;
    qint64 m_snapshot = 0;
    qint64 m_reasoned = 0;
};

QTEST_MAIN(RunsWindowTest)
#include "tst_runswindow.moc"
