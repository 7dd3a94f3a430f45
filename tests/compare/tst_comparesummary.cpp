#include "compare/CompareSummary.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pwb;

using Columns = QList<CompareColumnOutcome>;
using Groups = QList<QList<int>>;

namespace {

constexpr double kNoCost = -1;

std::optional<double> costOf(double usd)
{
    return usd < 0 ? std::nullopt : std::optional<double>(usd);
}

CompareColumnOutcome column(StreamedReply::State state, const QString &text, qint64 ttftMs,
                            qint64 outputTokens, double costUsd)
{
    CompareColumnOutcome outcome;
    outcome.reply.state = state;
    outcome.reply.text = text;
    outcome.reply.timings.firstTokenMs = ttftMs;
    outcome.reply.usage.outputTokens = outputTokens;
    outcome.reply.complete = state == StreamedReply::State::Finished;
    outcome.costUsd = costOf(costUsd);
    return outcome;
}

CompareColumnOutcome finished(const QString &text, qint64 ttftMs = -1, qint64 outputTokens = -1,
                              double costUsd = kNoCost)
{
    return column(StreamedReply::State::Finished, text, ttftMs, outputTokens, costUsd);
}

// A failure after `ttftMs` (or before any token with -1); a failed reply keeps what arrived, and
// the provider may have counted its tokens and priced them.
CompareColumnOutcome failed(StreamError::Kind kind, qint64 ttftMs = -1, const QString &text = {},
                            qint64 outputTokens = -1, double costUsd = kNoCost)
{
    CompareColumnOutcome outcome =
        column(StreamedReply::State::Failed, text, ttftMs, outputTokens, costUsd);
    outcome.reply.error.kind = kind;
    outcome.reply.error.phase =
        ttftMs >= 0 ? StreamError::Phase::MidStream : StreamError::Phase::FirstPacket;
    outcome.reply.error.partialText = text;
    return outcome;
}

CompareColumnOutcome cancelled(qint64 ttftMs, const QString &text, qint64 outputTokens = -1,
                               double costUsd = kNoCost)
{
    return failed(StreamError::Kind::Cancelled, ttftMs, text, outputTokens, costUsd);
}

CompareColumnOutcome streaming(const QString &text, qint64 ttftMs, qint64 outputTokens = -1)
{
    return column(StreamedReply::State::Streaming, text, ttftMs, outputTokens, kNoCost);
}

CompareColumnOutcome waiting()
{
    return column(StreamedReply::State::Waiting, {}, -1, -1, kNoCost);
}

CompareColumnOutcome withReasoning(CompareColumnOutcome outcome, qint64 reasoningTokens)
{
    outcome.reply.reasoning = u"Let me think about this."_s;
    outcome.reply.usage.reasoningTokens = reasoningTokens;
    return outcome;
}

CompareColumnOutcome labelled(const QString &label, CompareColumnOutcome outcome)
{
    outcome.label = label;
    return outcome;
}

} // namespace

class CompareSummaryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void fastestFirstToken_data()
    {
        QTest::addColumn<Columns>("columns");
        QTest::addColumn<QList<int>>("expected");
        QTest::addColumn<qint64>("expectedMs");

        QTest::newRow("no columns") << Columns {} << QList<int> {} << qint64(-1);
        QTest::newRow("one fastest")
            << Columns {finished(u"a"_s, 500), finished(u"b"_s, 320), finished(u"c"_s, 800)}
            << QList<int> {1} << qint64(320);
        QTest::newRow("a tie lists every tied column")
            << Columns {finished(u"a"_s, 320), finished(u"b"_s, 500), finished(u"c"_s, 320)}
            << QList<int> {0, 2} << qint64(320);
        QTest::newRow("all unknown")
            << Columns {finished(u"a"_s), finished(u"b"_s), finished(u"c"_s)} << QList<int> {}
            << qint64(-1);
        QTest::newRow("unknown columns are left out")
            << Columns {finished(u"a"_s), finished(u"b"_s, 700)} << QList<int> {1} << qint64(700);
        QTest::newRow("failed mid-stream had a real first token")
            << Columns {finished(u"a"_s, 500),
                        failed(StreamError::Kind::NetworkReset, 200, u"partial"_s)}
            << QList<int> {1} << qint64(200);
        QTest::newRow("cancelled after a token counts too")
            << Columns {finished(u"a"_s, 500), cancelled(150, u"par"_s)} << QList<int> {1}
            << qint64(150);
        QTest::newRow("failed before a token is left out")
            << Columns {failed(StreamError::Kind::RateLimit), finished(u"b"_s, 400)}
            << QList<int> {1} << qint64(400);
        QTest::newRow("a streaming column is not compared yet")
            << Columns {streaming(u"so far"_s, 100), finished(u"b"_s, 400), waiting()}
            << QList<int> {1} << qint64(400);
        QTest::newRow("zero ms is a first token")
            << Columns {finished(u"a"_s, 0), finished(u"b"_s, 1)} << QList<int> {0} << qint64(0);
    }
    void fastestFirstToken()
    {
        QFETCH(Columns, columns);
        QFETCH(QList<int>, expected);
        QFETCH(qint64, expectedMs);
        const CompareSummary summary = CompareSummary::of(columns);
        QCOMPARE(summary.fastestFirstToken, expected);
        QCOMPARE(summary.fastestFirstTokenMs, expectedMs);
    }

    void cheapest_data()
    {
        QTest::addColumn<Columns>("columns");
        QTest::addColumn<QList<int>>("expected");
        QTest::addColumn<double>("expectedUsd"); // kNoCost: none

        QTest::newRow("no columns") << Columns {} << QList<int> {} << kNoCost;
        QTest::newRow("one cheapest")
            << Columns {finished(u"a"_s, -1, -1, 0.0030), finished(u"b"_s, -1, -1, 0.0012),
                        finished(u"c"_s, -1, -1, 0.0200)}
            << QList<int> {1} << 0.0012;
        QTest::newRow("a tie lists every tied column")
            << Columns {finished(u"a"_s, -1, -1, 0.0012), finished(u"b"_s, -1, -1, 0.0030),
                        finished(u"c"_s, -1, -1, 0.0012)}
            << QList<int> {0, 2} << 0.0012;
        QTest::newRow("the same cost summed differently is a tie")
            << Columns {finished(u"a"_s, -1, -1, 0.1 + 0.2), finished(u"b"_s, -1, -1, 0.3)}
            << QList<int> {0, 1} << 0.1 + 0.2;
        QTest::newRow("all unknown")
            << Columns {finished(u"a"_s), finished(u"b"_s)} << QList<int> {} << kNoCost;
        QTest::newRow("unknown costs are left out")
            << Columns {finished(u"a"_s), finished(u"b"_s, -1, -1, 0.05)} << QList<int> {1} << 0.05;
        QTest::newRow("free is cheapest")
            << Columns {finished(u"a"_s, -1, -1, 0.001), finished(u"b"_s, -1, -1, 0.0)}
            << QList<int> {1} << 0.0;
        QTest::newRow("a failed column is cheap only because it failed")
            << Columns {failed(StreamError::Kind::NetworkReset, 100, u"part"_s, 5, 0.00001),
                        finished(u"b"_s, -1, -1, 0.004)}
            << QList<int> {1} << 0.004;
        QTest::newRow("a cancelled column is left out")
            << Columns {finished(u"a"_s, -1, -1, 0.004), cancelled(100, u"pa"_s, 3, 0.000001)}
            << QList<int> {0} << 0.004;
        QTest::newRow("only failed columns: none")
            << Columns {failed(StreamError::Kind::Server, -1, {}, -1, 0.0),
                        cancelled(100, u"pa"_s, 3, 0.000001)}
            << QList<int> {} << kNoCost;
        QTest::newRow("a streaming column is not compared yet")
            << Columns {streaming(u"so far"_s, 100), finished(u"b"_s, -1, -1, 0.004)}
            << QList<int> {1} << 0.004;
    }
    void cheapest()
    {
        QFETCH(Columns, columns);
        QFETCH(QList<int>, expected);
        QFETCH(double, expectedUsd);
        const CompareSummary summary = CompareSummary::of(columns);
        QCOMPARE(summary.cheapest, expected);
        QCOMPARE(summary.cheapestUsd, costOf(expectedUsd));
    }

    void longest_data()
    {
        QTest::addColumn<Columns>("columns");
        QTest::addColumn<QList<int>>("expected");
        QTest::addColumn<qint64>("expectedLength");
        QTest::addColumn<bool>("inTokens");

        QTest::newRow("no columns") << Columns {} << QList<int> {} << qint64(-1) << true;
        QTest::newRow("by tokens when every finished column has them")
            << Columns {finished(u"short but many tokens"_s, -1, 900),
                        finished(u"a much longer text with fewer tokens"_s, -1, 40)}
            << QList<int> {0} << qint64(900) << true;
        QTest::newRow("a tie lists every tied column")
            << Columns {finished(u"a"_s, -1, 120), finished(u"b"_s, -1, 80),
                        finished(u"c"_s, -1, 120)}
            << QList<int> {0, 2} << qint64(120) << true;
        QTest::newRow("one without tokens: characters for all")
            << Columns {finished(u"twelve chars"_s, -1, 900), finished(u"five!"_s)}
            << QList<int> {0} << qint64(12) << false;
        QTest::newRow("characters never mix with tokens")
            << Columns {finished(u"0123456789"_s, -1, 3), finished(u"012345"_s, -1, 500),
                        finished(u"0123"_s)}
            << QList<int> {0} << qint64(10) << false;
        QTest::newRow("a tie in characters")
            << Columns {finished(u"abc"_s), finished(u"xyz"_s), finished(u"a"_s)}
            << QList<int> {0, 1} << qint64(3) << false;
        QTest::newRow("characters are counted on the trimmed, LF answer")
            << Columns {finished(u"  a\r\nb  \n"_s), finished(u"abcd"_s)} << QList<int> {1}
            << qint64(4) << false;
        QTest::newRow("characters are code points")
            << Columns {finished(u"\U0001F600\U0001F600\U0001F600"_s), finished(u"abcd"_s)}
            << QList<int> {1} << qint64(4) << false;
        QTest::newRow("a failed column is left out however long")
            << Columns {failed(StreamError::Kind::NetworkReset, 100, u"a long partial answer"_s,
                               5000),
                        finished(u"done"_s, -1, 10)}
            << QList<int> {1} << qint64(10) << true;
        QTest::newRow("a cancelled column is left out")
            << Columns {finished(u"done"_s, -1, 10), cancelled(100, u"a long partial"_s, 999)}
            << QList<int> {0} << qint64(10) << true;
        QTest::newRow("a failed column without tokens keeps the unit in tokens")
            << Columns {finished(u"a"_s, -1, 10), failed(StreamError::Kind::Server),
                        finished(u"b"_s, -1, 20)}
            << QList<int> {2} << qint64(20) << true;
        QTest::newRow("a streaming column is not compared yet")
            << Columns {streaming(u"a long answer so far"_s, 100, 700), finished(u"b"_s, -1, 20)}
            << QList<int> {1} << qint64(20) << true;
        QTest::newRow("reasoning tokens are not the answer")
            << Columns {withReasoning(finished(u"Yes."_s, -1, 1002), 1000),
                        finished(u"Yes, because …"_s, -1, 30)}
            << QList<int> {1} << qint64(30) << true;
        QTest::newRow("reasoning without its count: characters")
            << Columns {withReasoning(finished(u"Yes."_s, -1, 1002), -1),
                        finished(u"Yes, because"_s, -1, 30)}
            << QList<int> {1} << qint64(12) << false;
        QTest::newRow("only empty answers: none")
            << Columns {finished({}), finished(u"  \n"_s)} << QList<int> {} << qint64(-1) << false;
        QTest::newRow("zero tokens: none") << Columns {finished({}, -1, 0), finished({}, -1, 0)}
                                           << QList<int> {} << qint64(-1) << true;
        QTest::newRow("only failed columns: none")
            << Columns {failed(StreamError::Kind::Server), cancelled(10, u"abc"_s, 2)}
            << QList<int> {} << qint64(-1) << true;
    }
    void longest()
    {
        QFETCH(Columns, columns);
        QFETCH(QList<int>, expected);
        QFETCH(qint64, expectedLength);
        QFETCH(bool, inTokens);
        const CompareSummary summary = CompareSummary::of(columns);
        QCOMPARE(summary.longest, expected);
        QCOMPARE(summary.longestLength, expectedLength);
        QCOMPARE(summary.longestInTokens, inTokens);
    }

    void identical_data()
    {
        QTest::addColumn<Columns>("columns");
        QTest::addColumn<Groups>("expected");
        QTest::addColumn<int>("answerCount");

        QTest::newRow("no columns") << Columns {} << Groups {} << 0;
        QTest::newRow("none identical")
            << Columns {finished(u"Paris"_s), finished(u"Lyon"_s)} << Groups {} << 2;
        QTest::newRow("line endings and outer whitespace do not matter")
            << Columns {finished(u"Hello\r\nworld\n"_s), finished(u"Other"_s),
                        finished(u"  Hello\nworld"_s), finished(u"\tHello\rworld \r\n"_s)}
            << Groups {{0, 2, 3}} << 4;
        QTest::newRow("inner whitespace matters")
            << Columns {finished(u"Hello world"_s), finished(u"Hello  world"_s)} << Groups {} << 2;
        QTest::newRow("case matters")
            << Columns {finished(u"Paris"_s), finished(u"paris"_s)} << Groups {} << 2;
        QTest::newRow("empty answers are never grouped")
            << Columns {finished({}), finished(u" \r\n\t"_s), finished({}), finished(u"x"_s)}
            << Groups {} << 1;
        QTest::newRow("several groups, in order of their first column")
            << Columns {finished(u"x"_s), finished(u"y"_s), finished(u"z"_s),
                        finished(u"y"_s), finished(u"x"_s), finished(u"y"_s)}
            << Groups {{0, 4}, {1, 3, 5}} << 6;
        QTest::newRow("a failed column's partial text is not an answer")
            << Columns {finished(u"Paris"_s),
                        failed(StreamError::Kind::NetworkReset, 100, u"Paris"_s)}
            << Groups {} << 1;
        QTest::newRow("a cancelled column is not an answer")
            << Columns {finished(u"Paris"_s), cancelled(100, u"Paris"_s), finished(u"Paris"_s)}
            << Groups {{0, 2}} << 2;
        QTest::newRow("a streaming column is not compared yet")
            << Columns {finished(u"Paris"_s), streaming(u"Paris"_s, 100)} << Groups {} << 1;
    }
    void identical()
    {
        QFETCH(Columns, columns);
        QFETCH(Groups, expected);
        QFETCH(int, answerCount);
        const CompareSummary summary = CompareSummary::of(columns);
        QCOMPARE(summary.identicalGroups, expected);
        QCOMPARE(summary.answerCount, answerCount);
    }

    void running()
    {
        const Columns columns {finished(u"a"_s, 10), streaming(u"b"_s, 20), waiting(),
                               failed(StreamError::Kind::Server), cancelled(5, u"e"_s)};
        QCOMPARE(CompareSummary::of(columns).running, (QList<int> {1, 2}));
    }

    void describe_data()
    {
        QTest::addColumn<Columns>("columns");
        QTest::addColumn<QString>("expected");

        QTest::newRow("typical four columns")
            << Columns {labelled(u"A"_s, finished(u"The answer is 42."_s, 450, 812, 0.0012)),
                        labelled(u"B"_s, finished(u"It is 42."_s, 320, 640, 0.0031)),
                        labelled(u"C"_s, finished(u"Let us see: …"_s, 510, 1234, 0.0210)),
                        labelled(u"D"_s, finished(u"The answer is 42.\n"_s, 980, 815, 0.0054))}
            << u"Fastest first token: B (320 ms) · Cheapest: A ($0.001200) · Longest: C (1,234 "
               u"tokens) · Identical: A = D"_s;
        QTest::newRow("one finished column")
            << Columns {labelled(u"gpt-4o"_s, finished(u"Paris."_s, 300, 150, 0.002)),
                        labelled(u"claude"_s, failed(StreamError::Kind::RateLimit)),
                        labelled(u"gemini"_s, streaming(u"Par"_s, 280)),
                        labelled(u"llama"_s, waiting())}
            << u"Fastest first token: gpt-4o (300 ms) · Cheapest: gpt-4o ($0.002000) · Longest: "
               u"gpt-4o (150 tokens) · 2 still running"_s;
        QTest::newRow("one finished, a faster cancelled one")
            << Columns {labelled(u"A"_s, finished(u"Paris."_s, 300, 150, 0.002)),
                        labelled(u"B"_s, cancelled(120, u"Lond"_s, 2, 0.00001))}
            << u"Fastest first token: B (120 ms) · Cheapest: A ($0.002000) · Longest: A (150 "
               u"tokens)"_s;
        QTest::newRow("ties, characters and no identical answers")
            << Columns {labelled(u"A"_s, finished(u"Paris"_s, 320, -1, 0.5)),
                        labelled(u"B"_s, finished(u"Lyon!"_s, 320, 20, 0.5)),
                        labelled(u"C"_s, finished(u"Nice"_s, 400, 20, 1.5))}
            << u"Fastest first token: A and B (320 ms) · Cheapest: A and B ($0.5000) · Longest: "
               u"A and B (5 characters) · No identical answers"_s;
        QTest::newRow("several groups, empty labels read as letters")
            << Columns {finished(u"xx"_s), finished(u"yy"_s), finished(u"xx"_s), finished(u"yy"_s),
                        finished(u"yy"_s)}
            << u"Longest: A, B, C, D, and E (2 characters) · Identical: A = C, B = D = E"_s;
        QTest::newRow("unknown parts are left out")
            << Columns {finished(u"Paris"_s, -1, 7), finished(u"Lyon"_s, -1, 12)}
            << u"Longest: B (12 tokens) · No identical answers"_s;
        QTest::newRow("nothing ended yet: empty")
            << Columns {streaming(u"Pa"_s, 100), waiting()} << QString();
        QTest::newRow("only failures before a token: empty")
            << Columns {failed(StreamError::Kind::Auth), failed(StreamError::Kind::Connection)}
            << QString();
        QTest::newRow("no columns: empty") << Columns {} << QString();
    }
    void describe()
    {
        QFETCH(Columns, columns);
        QFETCH(QString, expected);
        const CompareSummary summary = CompareSummary::of(columns);
        QCOMPARE(summary.describe(columns), expected);
        QCOMPARE(summary.isEmpty(), expected.isEmpty());
    }

    void describeFollowsTheLocale()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const Columns columns {finished(u"a"_s, 1500, 2345, 0.0125)};
        const QString text = CompareSummary::of(columns).describe(columns);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(text,
                 u"Fastest first token: A (1.500 ms) · Cheapest: A ($0,0125) · Longest: A (2.345 "
                 u"tokens)"_s);
    }
};

QTEST_GUILESS_MAIN(CompareSummaryTest)
#include "tst_comparesummary.moc"
