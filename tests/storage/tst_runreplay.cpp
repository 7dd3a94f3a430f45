#include "providers/RequestBuilder.h"
#include "storage/Database.h"
#include "storage/RunRecorder.h"
#include "storage/RunReplay.h"
#include "storage/StoredRun.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace pwb;

namespace {

RunStart startFor()
{
    ProviderConfig provider = *ProviderConfig::preset(u"openai"_s);
    provider.apiKey = u"sk-test-replay"_s;
    ChatRequest chat;
    chat.model = u"gpt-4o"_s;
    chat.messages = {{ChatMessage::Role::User, u"hello"_s}};
    RunStart start;
    start.providerId = provider.id;
    start.model = chat.model;
    start.request = buildStreamingRequest(provider, chat);
    start.secrets = {provider.apiKey};
    return start;
}

struct Timed
{
    qint64 atMs;
    StreamEvent event;
};

// The pieces every timing test replays: reasoning first, then text, at uneven times.
const QList<Timed> &script()
{
    static const QList<Timed> pieces = {
        {100, StreamEvent::reasoningDelta(u"The user greets; "_s)},
        {155, StreamEvent::reasoningDelta(u"answer briefly."_s)},
        {300, StreamEvent::textDelta(u"Hello"_s)},
        {341, StreamEvent::textDelta(u", world"_s)},
        {900, StreamEvent::textDelta(u"!"_s)},
    };
    return pieces;
}

// A clock the test moves by hand.
struct ManualClock
{
    qint64 now = 50'000;
    RunReplay::Clock function()
    {
        return [this] { return now; };
    }
};

QString joined(const QList<QList<QVariant>> &signalArguments, StreamEvent::Type type)
{
    QString text;
    for (const QList<QVariant> &arguments : signalArguments) {
        const auto event = arguments.at(0).value<StreamEvent>();
        if (event.type == type) {
            text += event.text;
        }
    }
    return text;
}

} // namespace

class RunReplayTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QString error;
        m_db = Database::open(m_dir.filePath(u"replay%1.sqlite"_s.arg(++m_count)), error);
        QVERIFY2(m_db, qPrintable(error));
    }
    void cleanup() { m_db.reset(); }

    void emitsEachPieceAtItsTimeOverTheSpeed_data()
    {
        QTest::addColumn<double>("speed");
        QTest::newRow("1x") << 1.0;
        QTest::newRow("10x") << 10.0;
    }

    void emitsEachPieceAtItsTimeOverTheSpeed()
    {
        QFETCH(double, speed);
        const qint64 run = recordScriptedRun(1000);
        RunReplay replay;
        ManualClock clock;
        replay.setClock(clock.function());
        QVERIFY(replay.load(*m_db, run));
        QCOMPARE(replay.pieces().size(), script().size());
        QSignalSpy pieces(&replay, &RunReplay::pieceReplayed);
        QSignalSpy finished(&replay, &RunReplay::finished);

        const qint64 start = clock.now;
        replay.start(speed);
        QCOMPARE(pieces.count(), 0);
        for (int i = 0; i < script().size(); ++i) {
            const auto due = start + qint64(std::ceil(double(script().at(i).atMs) / speed));
            clock.now = due - 1;
            replay.catchUp();
            QCOMPARE(pieces.count(), i); // not a millisecond early
            clock.now = due;
            replay.catchUp();
            QCOMPARE(pieces.count(), i + 1);
            const auto event = pieces.last().at(0).value<StreamEvent>();
            QCOMPARE(event.type, script().at(i).event.type);
            QCOMPARE(event.text, script().at(i).event.text);
        }
        QCOMPARE(finished.count(), 0); // the run ended at 1000 ms, after its last piece
        clock.now = start + qint64(std::ceil(1000 / speed)) - 1;
        replay.catchUp();
        QCOMPARE(finished.count(), 0);
        QVERIFY(replay.isPlaying());
        clock.now += 1;
        replay.catchUp();
        QCOMPARE(finished.count(), 1);
        QVERIFY(!replay.isPlaying());
        const auto reply = finished.first().at(0).value<StreamedReply>();
        QCOMPARE(reply.state, StreamedReply::State::Finished);
        QCOMPARE(reply.usage.outputTokens, 7);
        QCOMPARE(reply.timings.firstTokenMs, 100);
    }

    void concatenationIsTheStoredReply()
    {
        const qint64 run = recordScriptedRun(1000);
        RunReplay replay;
        ManualClock clock;
        replay.setClock(clock.function());
        QVERIFY(replay.load(*m_db, run));
        QSignalSpy pieces(&replay, &RunReplay::pieceReplayed);
        replay.start(10);
        clock.now += 10'000; // long past the end: everything at once, in order
        replay.catchUp();
        const std::optional<StoredRun> stored = StoredRun::load(*m_db, run);
        QVERIFY(stored);
        QCOMPARE(joined(pieces, StreamEvent::Type::TextDelta), stored->reply.text);
        QCOMPARE(joined(pieces, StreamEvent::Type::ReasoningDelta), stored->reply.reasoning);
        QCOMPARE(stored->reply.text, u"Hello, world!"_s);
        QVERIFY(!replay.isPlaying());
    }

    void stopsMidWay()
    {
        const qint64 run = recordScriptedRun(1000);
        RunReplay replay;
        ManualClock clock;
        replay.setClock(clock.function());
        QVERIFY(replay.load(*m_db, run));
        QSignalSpy pieces(&replay, &RunReplay::pieceReplayed);
        QSignalSpy finished(&replay, &RunReplay::finished);
        QSignalSpy stopped(&replay, &RunReplay::stopped);
        replay.start();
        clock.now += 300;
        replay.catchUp();
        QCOMPARE(pieces.count(), 3);
        QCOMPARE(replay.positionMs(), 300);
        replay.stop();
        QCOMPARE(stopped.count(), 1);
        clock.now += 10'000;
        replay.catchUp();
        QCOMPARE(pieces.count(), 3);
        QCOMPARE(finished.count(), 0);
        QVERIFY(!replay.isPlaying());

        // Starting again plays from the beginning.
        replay.start(10);
        clock.now += 100;
        replay.catchUp();
        QCOMPARE(pieces.count(), 3 + 5);
        QCOMPARE(finished.count(), 1);
    }

    void aRunWithoutPiecesPlaysItsWholeTextAtOnce()
    {
        // Runs recorded elsewhere (an imported JSONL) may come without their pieces.
        QSqlQuery insert(m_db->connection());
        QVERIFY(insert.exec(
            u"INSERT INTO runs (provider_id, model, request, status, reply_text, reasoning_text, "
            "started_at, first_token_ms, last_token_ms, end_ms, output_tokens, finish_reason) "
            "VALUES ('openai', 'gpt-4o', '{}', 'complete', 'The whole reply.', 'Thought.', "
            "1763700000000, 200, 450, 500, 4, 'stop')"_s));
        const qint64 run = insert.lastInsertId().toLongLong();
        RunReplay replay;
        ManualClock clock;
        replay.setClock(clock.function());
        QVERIFY(replay.load(*m_db, run));
        QSignalSpy pieces(&replay, &RunReplay::pieceReplayed);
        QSignalSpy finished(&replay, &RunReplay::finished);
        replay.start();
        clock.now += 199;
        replay.catchUp();
        QCOMPARE(pieces.count(), 0);
        clock.now += 1;
        replay.catchUp();
        QCOMPARE(pieces.count(), 2);
        QCOMPARE(joined(pieces, StreamEvent::Type::TextDelta), u"The whole reply."_s);
        QCOMPARE(joined(pieces, StreamEvent::Type::ReasoningDelta), u"Thought."_s);
        QCOMPARE(finished.count(), 0);
        clock.now += 300;
        replay.catchUp();
        QCOMPARE(finished.count(), 1);
    }

    void anInterruptedRunEndsWithItsLastPiece()
    {
        qint64 run = 0;
        {
            RunRecorder recorder(*m_db);
            run = recorder.begin(startFor()).value();
            recorder.record(run, StreamEvent::textDelta(u"Cut "_s), 40);
            recorder.record(run, StreamEvent::textDelta(u"off"_s), 80);
            QVERIFY(recorder.flush());
        } // the app "dies" before the run ends
        QCOMPARE(RunRecorder::markInterrupted(*m_db).value(), 1);

        RunReplay replay;
        ManualClock clock;
        replay.setClock(clock.function());
        QVERIFY(replay.load(*m_db, run));
        QSignalSpy pieces(&replay, &RunReplay::pieceReplayed);
        QSignalSpy finished(&replay, &RunReplay::finished);
        replay.start();
        clock.now += 79;
        replay.catchUp();
        QCOMPARE(pieces.count(), 1);
        QCOMPARE(finished.count(), 0);
        clock.now += 1;
        replay.catchUp();
        QCOMPARE(joined(pieces, StreamEvent::Type::TextDelta), u"Cut off"_s);
        QCOMPARE(finished.count(), 1); // no end time: it ends where the pieces end
        const auto reply = finished.first().at(0).value<StreamedReply>();
        QCOMPARE(reply.state, StreamedReply::State::Failed);
        QCOMPARE(replay.run().status, u"interrupted"_s);
        QCOMPARE(reply.text, u"Cut off"_s);
    }

    void replaysToolCalls()
    {
        RunRecorder recorder(*m_db);
        const qint64 run = recorder.begin(startFor()).value();
        recorder.record(
            run, StreamEvent::toolCallDelta({0, u"call_1"_s, u"lookup"_s, u"{\"q\":"_s}), 30);
        recorder.record(run, StreamEvent::toolCallDelta({0, {}, {}, u"\"tea\"}"_s}), 60);
        recorder.record(run, StreamEvent::finished(FinishReason::ToolCalls, u"tool_calls"_s, true),
                        70);
        RunReplay replay;
        ManualClock clock;
        replay.setClock(clock.function());
        QVERIFY(replay.load(*m_db, run));
        QSignalSpy pieces(&replay, &RunReplay::pieceReplayed);
        replay.start();
        clock.now += 70;
        replay.catchUp();
        QCOMPARE(pieces.count(), 2);
        StreamedReply folded;
        for (const QList<QVariant> &arguments : std::as_const(pieces)) {
            folded.apply(arguments.at(0).value<StreamEvent>());
        }
        QCOMPARE(folded.toolCalls.size(), 1);
        QCOMPARE(folded.toolCalls.first().name, u"lookup"_s);
        QCOMPARE(folded.toolCalls.first().arguments, u"{\"q\":\"tea\"}"_s);
    }

    void theRealTimerDrivesIt()
    {
        // No fake clock: the timer fires and re-arms until the end (order, not time, checked).
        const qint64 run = recordScriptedRun(1000);
        RunReplay replay;
        QVERIFY(replay.load(*m_db, run));
        QSignalSpy pieces(&replay, &RunReplay::pieceReplayed);
        QSignalSpy finished(&replay, &RunReplay::finished);
        replay.start(50);
        QVERIFY(finished.wait(5000));
        QCOMPARE(pieces.count(), script().size());
        QCOMPARE(joined(pieces, StreamEvent::Type::TextDelta), u"Hello, world!"_s);
    }

    void aMissingRunIsAnError()
    {
        RunReplay replay;
        const Result<void> loaded = replay.load(*m_db, 4242);
        QVERIFY(!loaded);
        QVERIFY2(loaded.error().contains(u"4242"_s), qPrintable(loaded.error()));
    }

private:
    qint64 recordScriptedRun(qint64 endMs)
    {
        RunRecorder recorder(*m_db);
        const qint64 run = recorder.begin(startFor()).value();
        for (const Timed &piece : script()) {
            recorder.record(run, piece.event, piece.atMs);
        }
        Usage usage;
        usage.inputTokens = 12;
        usage.outputTokens = 7;
        recorder.record(run, StreamEvent::usageUpdate(usage), 950);
        StreamEvent end = StreamEvent::finished(FinishReason::Stop, u"stop"_s, true);
        end.timings.firstTokenMs = 100;
        end.timings.lastTokenMs = 900;
        end.timings.endMs = endMs;
        recorder.record(run, end, endMs);
        return run;
    }

    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(RunReplayTest)
#include "tst_runreplay.moc"
