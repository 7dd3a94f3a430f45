// Two saved runs side by side: what each was sent and answered, the word diff of the replies,
// and what differed in the input (version, variables, model, parameters).
#include "../support/Screenshots.h"
#include "chat/AssistantTurnWidget.h"
#include "chat/ReplyView.h"
#include "compare/CompareDiffPanel.h"
#include "runs/RunPairColumn.h"
#include "runs/RunPairWindow.h"
#include "storage/Database.h"
#include "storage/PromptRepository.h"
#include "storage/RunInput.h"
#include "storage/RunRecorder.h"
#include "versions/VersionDiffView.h"

#include <QFrame>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace pwb;

class RunPairWindowTest : public QObject
{
    Q_OBJECT

    // Records a finished run the way the chat pane does: begin, pieces, usage, finish.
    qint64 record(const RunStart &start, const QStringList &pieces, bool fail = false)
    {
        RunRecorder recorder(*m_db);
        const qint64 id = recorder.begin(start).value();
        qint64 at = 300;
        recorder.record(id, StreamEvent::started(start.model, u"r1"_s), 250);
        for (const QString &piece : pieces) {
            recorder.record(id, StreamEvent::textDelta(piece), at += 40);
        }
        if (fail) {
            StreamError error;
            error.kind = StreamError::Kind::RateLimit;
            error.message = u"Rate limit reached for requests"_s;
            recorder.record(id, StreamEvent::failed(error), at + 10);
        } else {
            Usage usage;
            usage.inputTokens = 42;
            usage.outputTokens = pieces.size();
            recorder.record(id, StreamEvent::usageUpdate(usage), at + 5);
            recorder.record(id, StreamEvent::finished(FinishReason::Stop, u"stop"_s, true),
                            at + 10);
        }
        return id;
    }

    RunStart startOf(qint64 versionId, const QString &model, const QString &city)
    {
        RunStart start;
        start.promptVersionId = versionId;
        start.providerId = u"openai"_s;
        start.model = model;
        start.variables = {{u"city"_s, city}};
        start.parameters = {{u"temperature"_s, 0.2}};
        start.request.url = QUrl(u"https://api.example.test/v1/chat/completions"_s);
        return start;
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_db = Database::open(m_dir.filePath(u"pair%1.sqlite"_s.arg(++m_count)), error);
        QVERIFY2(m_db, qPrintable(error));
        m_prompts = std::make_unique<PromptRepository>(*m_db);
        const qint64 prompt = m_prompts->createPrompt(u"Travel tips"_s).value();
        PromptContent content;
        content.messages = {{ChatMessage::Role::System, u"You are a concise travel guide."_s},
                            {ChatMessage::Role::User, u"Three tips for {{city}}."_s}};
        content.variables = {{u"city"_s, u"Lisbon"_s, {}}};
        m_v1 = m_prompts->saveVersion(prompt, content).value().version.id;
        content.messages[0].content = u"You are a friendly, concise travel guide."_s;
        m_v2 = m_prompts->saveVersion(prompt, content).value().version.id;
    }
    void cleanup()
    {
        m_prompts.reset();
        m_db.reset();
    }

    void runInputIsTheVersionWithTheRunsValues()
    {
        const qint64 id = record(startOf(m_v2, u"gpt-4o-mini"_s, u"Porto"_s), {u"Eat."_s});
        const RunInput input = RunInput::of(*StoredRun::load(*m_db, id), *m_prompts);
        QVERIFY(input.version);
        QCOMPARE(input.version->number, 2);
        QCOMPARE(input.content.messages.at(0).content,
                 u"You are a friendly, concise travel guide."_s);
        QCOMPARE(input.content.variables.size(), 1);
        QCOMPARE(input.content.variables.at(0).defaultValue, u"Porto"_s); // the run's value
        QCOMPARE(input.content.model, u"gpt-4o-mini"_s);
        QCOMPARE(input.content.parameters.value(u"temperature"_s).toDouble(), 0.2);
    }

    void runInputOfAnUnsavedPromptComesFromItsSnapshot()
    {
        PromptContent draft;
        draft.messages = {{ChatMessage::Role::User, u"Summarize {{text}}"_s}};
        draft.variables = {{u"text"_s, u"default"_s, u"what to summarize"_s}};
        RunStart start;
        start.snapshot = QJsonDocument::fromJson(draft.canonicalJson()).object();
        start.providerId = u"ollama"_s;
        start.model = u"llama3.2"_s;
        start.variables = {{u"text"_s, u"the report"_s},
                           {u"extra"_s, u"kept"_s},
                           {u"items"_s, QJsonArray {u"a"_s, 2}}};
        const qint64 id = record(start, {u"Short."_s});
        const RunInput input = RunInput::of(*StoredRun::load(*m_db, id), *m_prompts);
        QVERIFY(!input.version);
        QCOMPARE(input.content.messages.size(), 1);
        QCOMPARE(input.content.messages.at(0).content, u"Summarize {{text}}"_s);
        QCOMPARE(input.content.variables.at(0).defaultValue, u"the report"_s);
        QCOMPARE(input.content.variables.at(0).description, u"what to summarize"_s);
        QCOMPARE(input.content.variables.at(1).name, u"extra"_s); // given, though not defined
        QCOMPARE(input.content.variables.size(), 3);
        // A list for a section reads as the JSON it was typed as, not as nothing.
        QCOMPARE(input.content.variables.at(2).defaultValue, u"[\"a\",2]"_s);
        QCOMPARE(PromptContent::fromCanonicalJson(start.snapshot), draft);
    }

    void showsBothRunsTheirDiffAndTheInputThatDiffered()
    {
        const qint64 first =
            record(startOf(m_v1, u"gpt-4o-mini"_s, u"Lisbon"_s),
                   {u"1. Ride tram 28.\n"_s, u"2. Eat pastéis de nata.\n"_s, u"3. Walk Alfama."_s});
        const qint64 second = record(
            startOf(m_v2, u"gpt-4o"_s, u"Lisbon"_s),
            {u"1. Ride tram 28 early.\n"_s, u"2. Eat pastéis de nata.\n"_s, u"3. See Belém."_s});
        RunPairWindow window(*m_db, *m_prompts);
        window.resize(1100, 700);
        window.show();
        QVERIFY(window.showRuns(first, second));
        QVERIFY(!window.problemLabel()->isVisible());
        QCOMPARE(window.windowTitle(), u"Compare Runs %1 and %2"_s.arg(first).arg(second));

        QCOMPARE(window.column(0)->titleLabel()->text(), u"Run %1 · Travel tips@1"_s.arg(first));
        QVERIFY(
            window.column(1)->detailsLabel()->text().startsWith(u"openai / gpt-4o · complete"_s));
        QCOMPARE(window.column(0)->turn()->replyView()->text(),
                 u"1. Ride tram 28.\n2. Eat pastéis de nata.\n3. Walk Alfama."_s);
        QVERIFY(window.column(1)->turn()->replyView()->text().endsWith(u"See Belém."_s));
        QVERIFY(window.column(0)->turn()->figuresLabel()->text().contains(u"42"_s));
        QVERIFY(window.column(0)->turn()->retryButton()->isHidden());
        QVERIFY(window.column(0)->turn()->regenerateButton()->isHidden());
        QTest::qWait(50);
        const QImage replies = test::saveScreenshot(&window, u"runpair-replies"_s);
        QVERIFY(test::distinctColours(replies) > 20);

        // The replies' word diff: the changed words marked, the similarity given.
        window.tabs()->setCurrentIndex(1);
        const QString replyDiff = window.replyDiff()->view()->toPlainText();
        QVERIFY2(replyDiff.contains(u"early"_s), qPrintable(replyDiff));
        QVERIFY(replyDiff.contains(u"Belém"_s));
        QVERIFY(!window.replyDiff()->similarityLabel()->text().isEmpty());

        // What was sent differently: the system message (v1 → v2) and the model.
        QCOMPARE(window.tabs()->tabText(2), u"Input Differences"_s);
        window.tabs()->setCurrentIndex(2);
        const QString inputDiff = window.inputDiff()->browser()->toPlainText();
        QVERIFY2(inputDiff.contains(u"friendly"_s), qPrintable(inputDiff));
        QVERIFY(inputDiff.contains(u"gpt-4o-mini"_s));
        QVERIFY(inputDiff.contains(u"Travel tips@2"_s));
        QVERIFY2(inputDiff.contains(u"{{city}}"_s) && !inputDiff.contains(u"default"_s),
                 qPrintable(inputDiff)); // the runs' values, not defaults
        QTest::qWait(50);
        test::saveScreenshot(&window, u"runpair-input"_s);
    }

    void sameInputIsSaidOnTheTab()
    {
        const qint64 first = record(startOf(m_v1, u"gpt-4o"_s, u"Rome"_s), {u"Walk."_s});
        const qint64 second =
            record(startOf(m_v1, u"gpt-4o"_s, u"Rome"_s), {u"Eat."_s}, /*fail=*/true);
        RunPairWindow window(*m_db, *m_prompts);
        QVERIFY(window.showRuns(first, second));
        QCOMPARE(window.tabs()->tabText(2), u"Same Input"_s);
        // The failed run shows its error under the partial text, as the chat pane did.
        QVERIFY(!window.column(1)->turn()->errorBox()->isHidden());
        QVERIFY(window.column(1)->turn()->errorLabel()->text().contains(u"Rate limit reached"_s));
        QCOMPARE(window.column(1)->turn()->replyView()->text(), u"Eat."_s);
    }

    void aMissingRunIsSaidNotShown()
    {
        const qint64 first = record(startOf(m_v1, u"gpt-4o"_s, u"Rome"_s), {u"Walk."_s});
        RunPairWindow window(*m_db, *m_prompts);
        QVERIFY(!window.showRuns(first, 9999));
        QCOMPARE(window.problemLabel()->text(), u"Run 9999 is no longer in this workspace."_s);
        QVERIFY(!window.tabs()->isEnabled());
    }

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PromptRepository> m_prompts;
    qint64 m_v1 = 0;
    qint64 m_v2 = 0;
};

QTEST_MAIN(RunPairWindowTest)
#include "tst_runpairwindow.moc"
