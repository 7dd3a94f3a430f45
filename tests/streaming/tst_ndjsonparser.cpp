#include "streaming/NdjsonParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using pwb::NdjsonParser;
using pwb::NdjsonRecord;

namespace {

QStringList render(const QList<NdjsonRecord> &records)
{
    QStringList out;
    for (const NdjsonRecord &record : records) {
        const QJsonDocument document = record.value.isObject()
            ? QJsonDocument(record.value.toObject())
            : QJsonDocument(record.value.toArray());
        out << QString::number(record.line) + u':' +
                QString::fromUtf8(document.toJson(QJsonDocument::Compact));
    }
    return out;
}

QStringList parseWhole(const QByteArray &bytes, bool *ok = nullptr)
{
    NdjsonParser parser;
    QList<NdjsonRecord> records;
    const bool fed = parser.feed(bytes, records);
    const bool finished = fed && parser.finish(records);
    if (ok) {
        *ok = finished;
    }
    return render(records);
}

} // namespace

class NdjsonParserTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void records_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("two objects")
            << "{\"a\":1}\n{\"b\":2}\n"_ba << QStringList {u"1:{\"a\":1}"_s, u"2:{\"b\":2}"_s};
        QTest::newRow("CRLF") << "{\"a\":1}\r\n{\"b\":2}\r\n"_ba
                              << QStringList {u"1:{\"a\":1}"_s, u"2:{\"b\":2}"_s};
        QTest::newRow("blank lines skipped, numbers kept")
            << "\n{\"a\":1}\n  \n{\"b\":2}\n"_ba
            << QStringList {u"2:{\"a\":1}"_s, u"4:{\"b\":2}"_s};
        QTest::newRow("bare CR is JSON whitespace")
            << "{\"a\":\r1}\n"_ba << QStringList {u"1:{\"a\":1}"_s};
        QTest::newRow("last line without LF")
            << "{\"a\":1}\n{\"done\":true}"_ba
            << QStringList {u"1:{\"a\":1}"_s, u"2:{\"done\":true}"_s};
        QTest::newRow("array record") << "[1,2]\n"_ba << QStringList {u"1:[1,2]"_s};
        QTest::newRow("BOM dropped")
            << "\xEF\xBB\xBF{\"a\":1}\n"_ba << QStringList {u"1:{\"a\":1}"_s};
        QTest::newRow("UTF-8") << "{\"t\":\"你好 🌍\"}\n"_ba
                               << QStringList {u"1:{\"t\":\"你好 🌍\"}"_s};
    }

    void records()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QStringList, expected);
        bool ok = false;
        QCOMPARE(parseWhole(stream, &ok), expected);
        QVERIFY(ok);
    }

    void everySplitPositionGivesTheSameRecords()
    {
        const QByteArray stream =
            "{\"message\":{\"content\":\"中文\"}}\r\n\r\n{\"m\":\"🚀 é\",\"x\":\r1}\n{\"done\":true}"_ba;
        const QStringList whole = parseWhole(stream);
        QCOMPARE(whole.size(), 3);
        for (qsizetype cut = 0; cut <= stream.size(); ++cut) {
            NdjsonParser parser;
            QList<NdjsonRecord> records;
            QVERIFY(parser.feed(QByteArrayView(stream).first(cut), records));
            QVERIFY(parser.feed(QByteArrayView(stream).sliced(cut), records));
            QVERIFY(parser.finish(records));
            QVERIFY2(render(records) == whole, qPrintable(u"cut at %1"_s.arg(cut)));
        }
        NdjsonParser parser;
        QList<NdjsonRecord> records;
        for (const char byte : stream) {
            QVERIFY(parser.feed(QByteArrayView(&byte, 1), records));
        }
        QVERIFY(parser.finish(records));
        QCOMPARE(render(records), whole);
    }

    void invalidJsonNamesTheLine()
    {
        NdjsonParser parser;
        QList<NdjsonRecord> records;
        QVERIFY(!parser.feed("{\"a\":1}\n{\"b\":2}\n{\"c\": nope}\n{\"d\":4}\n"_ba, records));
        QCOMPARE(render(records), (QStringList {u"1:{\"a\":1}"_s, u"2:{\"b\":2}"_s}));
        QVERIFY2(parser.errorString().contains(u"line 3 is not valid JSON"_s),
                 qPrintable(parser.errorString()));
        QVERIFY2(parser.errorString().contains(u"at byte"_s), qPrintable(parser.errorString()));
        QVERIFY(!parser.feed("{\"e\":5}\n", records));
        QCOMPARE(records.size(), 2);
    }

    void truncatedLastLineIsAnError()
    {
        NdjsonParser parser;
        QList<NdjsonRecord> records;
        QVERIFY(parser.feed("{\"a\":1}\n{\"message\":{\"cont"_ba, records));
        QVERIFY(!parser.finish(records));
        QVERIFY2(parser.errorString().contains(u"line 2"_s), qPrintable(parser.errorString()));
        QCOMPARE(records.size(), 1);
    }

    void lineCap()
    {
        NdjsonParser parser(32);
        QList<NdjsonRecord> records;
        QVERIFY(!parser.feed(QByteArray("{\"a\":\"" + QByteArray(40, 'x') + "\"}\n"), records));
        QVERIFY2(parser.errorString().contains(u"longer than the limit of 32 bytes"_s),
                 qPrintable(parser.errorString()));
    }
};

QTEST_GUILESS_MAIN(NdjsonParserTest)
#include "tst_ndjsonparser.moc"
