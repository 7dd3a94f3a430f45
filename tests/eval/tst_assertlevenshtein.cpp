#include "eval/Levenshtein.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <vector>

using namespace Qt::StringLiterals;
using namespace pwb;

namespace {

// The textbook table, row by row, over code points: what the bit-parallel version must equal.
qsizetype referenceDistance(const QString &a, const QString &b)
{
    const QList<uint> left = a.toUcs4();
    const QList<uint> right = b.toUcs4();
    std::vector<qsizetype> previous(size_t(right.size() + 1));
    std::vector<qsizetype> current(previous.size());
    for (qsizetype j = 0; j <= right.size(); ++j) {
        previous[size_t(j)] = j;
    }
    for (qsizetype i = 1; i <= left.size(); ++i) {
        current[0] = i;
        for (qsizetype j = 1; j <= right.size(); ++j) {
            const qsizetype substitution =
                previous[size_t(j - 1)] + (left.at(i - 1) == right.at(j - 1) ? 0 : 1);
            current[size_t(j)] =
                std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[size_t(right.size())];
}

QString randomText(QRandomGenerator &random, qsizetype length, const QString &alphabet)
{
    const QList<uint> letters = alphabet.toUcs4();
    QList<uint> text;
    for (qsizetype i = 0; i < length; ++i) {
        text.append(letters.at(random.bounded(int(letters.size()))));
    }
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(text.constData()), text.size());
}

// `text` with `edits` random substitutions, insertions and deletions.
QString mutated(QRandomGenerator &random, QString text, int edits, const QString &alphabet)
{
    for (int e = 0; e < edits; ++e) {
        const qsizetype at = text.isEmpty() ? 0 : random.bounded(int(text.size()));
        const QChar letter = alphabet.at(random.bounded(int(alphabet.size())));
        switch (random.bounded(3)) {
        case 0:
            if (!text.isEmpty()) {
                text[at] = letter;
            }
            break;
        case 1:
            text.insert(at, letter);
            break;
        default:
            if (!text.isEmpty()) {
                text.remove(at, 1);
            }
        }
    }
    return text;
}

} // namespace

// Levenshtein distance and similarity: known pairs, code points (CJK, emoji), agreement with
// the textbook table across block boundaries, and two 20,000-character answers.
class TestAssertLevenshtein : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void distance_data();
    void distance();
    void similarity();
    void agreesWithTheTable_data();
    void agreesWithTheTable();
    void longAnswers();
};

void TestAssertLevenshtein::distance_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<qsizetype>("distance");

    QTest::newRow("both empty") << QString() << QString() << qsizetype(0);
    QTest::newRow("one empty") << u"abc"_s << QString() << qsizetype(3);
    QTest::newRow("other empty") << QString() << u"abcd"_s << qsizetype(4);
    QTest::newRow("same") << u"kitten"_s << u"kitten"_s << qsizetype(0);
    QTest::newRow("kitten, sitting") << u"kitten"_s << u"sitting"_s << qsizetype(3);
    QTest::newRow("flaw, lawn") << u"flaw"_s << u"lawn"_s << qsizetype(2);
    QTest::newRow("saturday, sunday") << u"saturday"_s << u"sunday"_s << qsizetype(3);
    QTest::newRow("swapped order") << u"sunday"_s << u"saturday"_s << qsizetype(3);
    QTest::newRow("no letter shared") << u"abc"_s << u"xyz"_s << qsizetype(3);
    QTest::newRow("CJK") << u"我喜欢猫"_s << u"我喜欢狗"_s << qsizetype(1);
    QTest::newRow("CJK insertion") << u"东京"_s << u"东京都"_s << qsizetype(1);
    QTest::newRow("CJK and Latin") << u"价格是100元"_s << u"价格是120元"_s << qsizetype(1);
    QTest::newRow("emoji are one code point") << u"👍"_s << u"👎"_s << qsizetype(1);
    QTest::newRow("emoji in text") << u"ok 👍 done"_s << u"ok done"_s << qsizetype(2);
    QTest::newRow("65 rows: across a block")
        << QString(65, u'a') << (QString(64, u'a') + u'b') << qsizetype(1);
    QTest::newRow("129 against 1") << QString(129, u'x') << u"x"_s << qsizetype(128);
}

void TestAssertLevenshtein::distance()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(qsizetype, distance);
    QCOMPARE(Levenshtein::distance(a, b), distance);
    QCOMPARE(Levenshtein::distance(b, a), distance);
    QCOMPARE(referenceDistance(a, b), distance);
}

void TestAssertLevenshtein::similarity()
{
    QCOMPARE(Levenshtein::similarity(QString(), QString()), 1.0);
    QCOMPARE(Levenshtein::similarity(u"abc"_s, QString()), 0.0);
    QCOMPARE(Levenshtein::similarity(u"kitten"_s, u"sitting"_s), 1.0 - 3.0 / 7);
    QCOMPARE(Levenshtein::similarity(u"我喜欢猫"_s, u"我喜欢狗"_s), 0.75);
    // In UTF-16 units the emoji would be two, and the similarity 0.75.
    QCOMPARE(Levenshtein::similarity(u"👍ok"_s, u"👎ok"_s), 1.0 - 1.0 / 3);
}

void TestAssertLevenshtein::agreesWithTheTable_data()
{
    QTest::addColumn<QString>("alphabet");
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("edits");

    QTest::newRow("binary, short") << u"ab"_s << 10 << 3;
    QTest::newRow("binary, across blocks") << u"ab"_s << 200 << 40;
    QTest::newRow("letters, one block") << u"abcdefghijklmnopqrstuvwxyz "_s << 64 << 10;
    QTest::newRow("letters, many blocks") << u"abcdefghijklmnopqrstuvwxyz "_s << 700 << 120;
    QTest::newRow("CJK") << u"的一是不了人我在有他这为之大来以个中上们"_s << 300 << 60;
    QTest::newRow("unrelated texts") << u"abc"_s << 150 << 1000;
}

void TestAssertLevenshtein::agreesWithTheTable()
{
    QFETCH(QString, alphabet);
    QFETCH(int, length);
    QFETCH(int, edits);
    QRandomGenerator random(20240501u + quint32(length) + quint32(edits));
    for (int round = 0; round < 20; ++round) {
        const QString a = randomText(random, length, alphabet);
        const QString b = mutated(random, a, random.bounded(edits + 1), alphabet);
        QCOMPARE(Levenshtein::distance(a, b), referenceDistance(a, b));
    }
}

// Two long answers that differ all along (no common head or tail to skip): 20,000 characters
// each, every 50th changed and a sentence inserted in the middle. The distance is checked; the
// time is printed (no timed assertion: machines differ).
void TestAssertLevenshtein::longAnswers()
{
    QRandomGenerator random(7);
    const QString alphabet = u"abcdefghijklmnopqrstuvwxyz     .,"_s;
    const QString a = randomText(random, 20'000, alphabet);
    QString b = a;
    for (qsizetype i = 0; i < b.size(); i += 50) {
        b[i] = b.at(i) == u'#' ? u'%' : u'#';
    }
    b.insert(10'000, u"An inserted sentence."_s);
    b.chop(21); // the same length again, so the tail differs too

    QElapsedTimer timer;
    timer.start();
    const qsizetype distance = Levenshtein::distance(a, b);
    const qint64 elapsedMs = timer.elapsed();
    qInfo("Levenshtein of two 20,000-character answers: %lld ms (distance %lld)", elapsedMs,
          qint64(distance));
    // At most one edit per changed character, the insertion and the cut tail.
    QVERIFY(distance >= 400);
    QVERIFY(distance <= 400 + 21 + 21);
    const double similarity = Levenshtein::similarity(a, b);
    QVERIFY(similarity > 0.97 && similarity < 0.99);
}

QTEST_GUILESS_MAIN(TestAssertLevenshtein)
#include "tst_assertlevenshtein.moc"
