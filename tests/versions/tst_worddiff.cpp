#include "prompts/SequenceDiff.h"
#include "prompts/WordDiff.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using pwb::DiffRow;
using pwb::DiffSegment;
namespace WordDiff = pwb::WordDiff;

namespace {

// wdiff notation: [-removed-] {+inserted+}, so a table row reads like the diff it expects.
QString notation(const QList<DiffSegment> &segments)
{
    QString text;
    for (const DiffSegment &segment : segments) {
        switch (segment.kind) {
        case DiffSegment::Kind::Equal:
            text += segment.text;
            break;
        case DiffSegment::Kind::Removed:
            text += u"[-"_s + segment.text + u"-]"_s;
            break;
        case DiffSegment::Kind::Inserted:
            text += u"{+"_s + segment.text + u"+}"_s;
            break;
        }
    }
    return text;
}

// What every diff must be, whatever the texts: both sides come back exactly, no two neighbours
// of the same kind, a removal never follows an insertion directly.
void checkWellFormed(const QList<DiffSegment> &segments, const QString &before,
                     const QString &after)
{
    QCOMPARE(WordDiff::beforeText(segments), before);
    QCOMPARE(WordDiff::afterText(segments), after);
    for (qsizetype i = 0; i < segments.size(); ++i) {
        QVERIFY(!segments.at(i).text.isEmpty());
        if (i > 0) {
            QVERIFY(segments.at(i - 1).kind != segments.at(i).kind);
            QVERIFY(!(segments.at(i - 1).kind == DiffSegment::Kind::Inserted &&
                      segments.at(i).kind == DiffSegment::Kind::Removed));
        }
    }
}

QString words(const QString &prefix, int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i) {
        list << prefix + QString::number(i);
    }
    return list.join(u' ');
}

} // namespace

class WordDiffTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokens_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("empty") << QString() << QStringList();
        QTest::newRow("words, spaces and punctuation")
            << u"Hello,  world!"_s << QStringList {u"Hello"_s, u","_s, u"  "_s, u"world"_s, u"!"_s};
        QTest::newRow("newline is its own token")
            << u"a \n\tb"_s << QStringList {u"a"_s, u" "_s, u"\n"_s, u"\t"_s, u"b"_s};
        QTest::newRow("crlf") << u"a\r\nb"_s << QStringList {u"a"_s, u"\r"_s, u"\n"_s, u"b"_s};
        QTest::newRow("underscore and digits")
            << u"snake_case x2"_s << QStringList {u"snake_case"_s, u" "_s, u"x2"_s};
        QTest::newRow("template braces")
            << u"{{name}}"_s << QStringList {u"{"_s, u"{"_s, u"name"_s, u"}"_s, u"}"_s};
        QTest::newRow("chinese, one character each")
            << u"你好世界"_s << QStringList {u"你"_s, u"好"_s, u"世"_s, u"界"_s};
        QTest::newRow("latin then han")
            << u"Qt是框架。"_s << QStringList {u"Qt"_s, u"是"_s, u"框"_s, u"架"_s, u"。"_s};
        QTest::newRow("japanese kana")
            << u"ひらがな"_s << QStringList {u"ひ"_s, u"ら"_s, u"が"_s, u"な"_s};
        QTest::newRow("combining mark stays on its letter")
            << u"cafe\u0301 ok"_s << QStringList {u"cafe\u0301"_s, u" "_s, u"ok"_s};
        QTest::newRow("emoji is not split in halves")
            << u"a😀b"_s << QStringList {u"a"_s, u"😀"_s, u"b"_s};
        QTest::newRow("numbers keep their points")
            << u"0.25 or 1,000."_s
            << QStringList {u"0.25"_s, u" "_s, u"or"_s, u" "_s, u"1,000"_s, u"."_s};
        QTest::newRow("sentence end is not a decimal point")
            << u"end. 2.x"_s << QStringList {u"end"_s, u"."_s, u" "_s, u"2"_s, u"."_s, u"x"_s};
        QTest::newRow("accented words")
            << u"élan über"_s << QStringList {u"élan"_s, u" "_s, u"über"_s};
    }
    void tokens()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const QStringList tokens = WordDiff::tokens(text);
        QCOMPARE(tokens, expected);
        QCOMPARE(tokens.join(QString()), text);
    }

    void compare_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("expected");
        QTest::newRow("both empty") << QString() << QString() << QString();
        QTest::newRow("identical") << u"same text"_s << u"same text"_s << u"same text"_s;
        QTest::newRow("from nothing") << QString() << u"new text"_s << u"{+new text+}"_s;
        QTest::newRow("to nothing") << u"old text"_s << QString() << u"[-old text-]"_s;
        QTest::newRow("one word") << u"The quick brown fox"_s << u"The slow brown fox"_s
                                  << u"The [-quick-]{+slow+} brown fox"_s;
        QTest::newRow("whole words, not characters")
            << u"a cat sat"_s << u"a cats sat"_s << u"a [-cat-]{+cats+} sat"_s;
        QTest::newRow("insertion") << u"Answer briefly."_s << u"Answer briefly and politely."_s
                                   << u"Answer briefly{+ and politely+}."_s;
        QTest::newRow("deletion") << u"Be very very terse."_s << u"Be very terse."_s
                                  << u"Be very [-very -]terse."_s;
        QTest::newRow("neighbouring changes read as one")
            << u"the quick fox"_s << u"a slow fox"_s << u"[-the quick-]{+a slow+} fox"_s;
        QTest::newRow("punctuation")
            << u"Hello, world"_s << u"Hello; world"_s << u"Hello[-,-]{+;+} world"_s;
        QTest::newRow("chinese character")
            << u"我喜欢猫。"_s << u"我喜欢狗。"_s << u"我喜欢[-猫-]{+狗+}。"_s;
        QTest::newRow("line of several")
            << u"line one\nline two\nline three"_s << u"line one\nline 2\nline three"_s
            << u"line one\nline [-two-]{+2+}\nline three"_s;
        QTest::newRow("line added") << u"a\nc"_s << u"a\nb\nc"_s << u"a\n{+b\n+}c"_s;
        QTest::newRow("variable renamed")
            << u"Hi {{name}}!"_s << u"Hi {{user}}!"_s << u"Hi {{[-name-]{+user+}}}!"_s;
        QTest::newRow("number replaced whole")
            << u"temperature 0.2"_s << u"temperature 0.7"_s << u"temperature [-0.2-]{+0.7+}"_s;
        QTest::newRow("everything different")
            << u"alpha beta"_s << u"gamma delta"_s << u"[-alpha beta-]{+gamma delta+}"_s;
    }
    void compare()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, expected);
        const QList<DiffSegment> segments = WordDiff::compare(before, after);
        QCOMPARE(notation(segments), expected);
        checkWellFormed(segments, before, after);
    }

    void randomEditsComeBackExactly()
    {
        const QStringList vocabulary {u"the"_s, u"a"_s,  u"cat"_s, u" "_s,  u" "_s,     u"\n"_s,
                                      u","_s,   u"猫"_s, u"dog"_s, u"😀"_s, u"{{x}}"_s, u"  "_s};
        QRandomGenerator random(20240501);
        for (int round = 0; round < 300; ++round) {
            QString before;
            const int length = int(random.bounded(40));
            for (int i = 0; i < length; ++i) {
                before += vocabulary.at(random.bounded(vocabulary.size()));
            }
            QString after = before;
            for (int edits = int(random.bounded(6)); edits > 0; --edits) {
                const qsizetype at = random.bounded(after.size() + 1);
                const qsizetype cut = random.bounded(std::min<qsizetype>(6, after.size() - at) + 1);
                after.replace(at, cut, vocabulary.at(random.bounded(vocabulary.size())));
            }
            // Half the edits may split a surrogate pair; the diff must still give back the text.
            checkWellFormed(WordDiff::compare(before, after), before, after);
            if (QTest::currentTestFailed()) {
                qWarning() << "before" << before << "after" << after;
                return;
            }
        }
    }

    void editScriptIsTheShortest()
    {
        // Against the textbook longest-common-subsequence table, on small random sequences.
        QRandomGenerator random(7);
        for (int round = 0; round < 500; ++round) {
            std::vector<int> a(random.bounded(25));
            std::vector<int> b(random.bounded(25));
            for (int &x : a) {
                x = int(random.bounded(4));
            }
            for (int &x : b) {
                x = int(random.bounded(4));
            }
            std::vector<std::vector<int>> lcs(a.size() + 1, std::vector<int>(b.size() + 1));
            for (size_t i = 1; i <= a.size(); ++i) {
                for (size_t j = 1; j <= b.size(); ++j) {
                    lcs[i][j] = a[i - 1] == b[j - 1] ? lcs[i - 1][j - 1] + 1
                                                     : std::max(lcs[i - 1][j], lcs[i][j - 1]);
                }
            }
            int equal = 0;
            size_t ia = 0;
            size_t ib = 0;
            for (const pwb::EditRun &run : pwb::shortestEdit(a, b)) {
                for (int k = 0; k < run.count; ++k) {
                    if (run.kind == pwb::EditRun::Kind::Equal) {
                        QCOMPARE(a[ia++], b[ib++]);
                        ++equal;
                    } else {
                        (run.kind == pwb::EditRun::Kind::Removed ? ia : ib)++;
                    }
                }
            }
            QCOMPARE(ia, a.size());
            QCOMPARE(ib, b.size());
            QCOMPARE(equal, lcs[a.size()][b.size()]);
        }
    }

    void largeTextsWithOneChange()
    {
        // The common prefix and suffix are trimmed before the search: one change in 100,000 words
        // is three segments, found without a table of the two texts.
        const QString start = words(u"w"_s, 50000);
        const QString end = words(u"z"_s, 50000);
        const QString before = start + u" old "_s + end;
        const QString after = start + u" new "_s + end;
        const QList<DiffSegment> segments = WordDiff::compare(before, after);
        QCOMPARE(segments.size(), 4);
        QCOMPARE(segments.at(1), (DiffSegment {DiffSegment::Kind::Removed, u"old"_s}));
        QCOMPARE(segments.at(2), (DiffSegment {DiffSegment::Kind::Inserted, u"new"_s}));
        checkWellFormed(segments, before, after);
    }

    void tooManyEditsStillComeBackExactly()
    {
        // Past the edit budget the stretch is replaced as a whole; the texts stay exact.
        const QString before = words(u"a"_s, 6000);
        const QString after = words(u"b"_s, 6000);
        const QList<DiffSegment> segments = WordDiff::compare(before, after);
        checkWellFormed(segments, before, after);
    }

    void interleavedEditsFindTheSharedWords()
    {
        QString before;
        QString after;
        for (int i = 0; i < 200; ++i) {
            before += u"keep%1 old%1 "_s.arg(i);
            after += u"keep%1 new%1 "_s.arg(i);
        }
        const QList<DiffSegment> segments = WordDiff::compare(before, after);
        checkWellFormed(segments, before, after);
        QCOMPARE(segments.size(), 200 * 3 + 1); // each "keep" equal, each old/new replaced
        QCOMPARE(WordDiff::similarity(segments) > 0.5, true);
    }

    void similarity_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<double>("expected");
        QTest::newRow("empty") << QString() << QString() << 1.0;
        QTest::newRow("same") << u"abc"_s << u"abc"_s << 1.0;
        QTest::newRow("nothing shared") << u"abc"_s << u"xyz"_s << 0.0;
        QTest::newRow("half") << u"ab cd"_s << u"ab xy"_s << 0.6; // "ab " of 5 characters each
    }
    void similarity()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(double, expected);
        QCOMPARE(WordDiff::similarity(WordDiff::compare(before, after)), expected);
    }

    void rows_data()
    {
        // Each row as "before|after", a side that has no line there as "-".
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QList<bool>>("changed");
        QTest::newRow("one line") << u"a b"_s << u"a c"_s << QStringList {u"a [-b-]|a {+c+}"_s}
                                  << QList<bool> {true};
        QTest::newRow("middle line")
            << u"one\ntwo\nthree"_s << u"one\n2\nthree"_s
            << QStringList {u"one|one"_s, u"[-two-]|{+2+}"_s, u"three|three"_s}
            << QList<bool> {false, true, false};
        QTest::newRow("added line lines up the rest")
            << u"one\nthree"_s << u"one\ntwo\nthree"_s
            << QStringList {u"one|one"_s, u"-|{+two+}"_s, u"three|three"_s}
            << QList<bool> {false, true, false};
        QTest::newRow("removed line")
            << u"a\nb\nc"_s << u"a\nc"_s << QStringList {u"a|a"_s, u"[-b-]|-"_s, u"c|c"_s}
            << QList<bool> {false, true, false};
        QTest::newRow("two lines for one")
            << u"x\nthe cat\ny"_s << u"x\nthe dog\nand more\ny"_s
            << QStringList {u"x|x"_s, u"the [-cat-]|the {+dog+}"_s, u"-|{+and more+}"_s, u"y|y"_s}
            << QList<bool> {false, true, true, false};
        QTest::newRow("trailing newline")
            << u"x\n"_s << u"x\n"_s << QStringList {u"x|x"_s, u"|"_s} << QList<bool> {false, false};
    }
    void rows()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QStringList, expected);
        QFETCH(QList<bool>, changed);
        const QList<DiffRow> rows = WordDiff::rows(before, after);
        QStringList actual;
        QList<bool> actualChanged;
        QStringList beforeLines;
        QStringList afterLines;
        for (const DiffRow &row : rows) {
            actual << (row.hasBefore ? notation(row.before) : u"-"_s) + u'|' +
                    (row.hasAfter ? notation(row.after) : u"-"_s);
            actualChanged << row.changed();
            if (row.hasBefore) {
                beforeLines << WordDiff::beforeText(row.before);
            }
            if (row.hasAfter) {
                afterLines << WordDiff::afterText(row.after);
            }
        }
        QCOMPARE(actual, expected);
        QCOMPARE(actualChanged, changed);
        QCOMPARE(beforeLines.join(u'\n'), before);
        QCOMPARE(afterLines.join(u'\n'), after);
    }
};

QTEST_APPLESS_MAIN(WordDiffTest)
#include "tst_worddiff.moc"
