// Exporting a dataset to CSV and JSON Lines: the exact bytes, the datasets CSV cannot hold, the
// atomic file, and round trips — export, import, and the same cases again (JSON values, unset
// versus empty, metadata), in memory and through a workspace and files.
#include "CasesAsJson.h"
#include "eval/DatasetExport.h"
#include "eval/DatasetImport.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pwb;

namespace {

DatasetCase makeCase(const char *variables, std::optional<QString> expected = std::nullopt,
                     const char *metadata = "{}")
{
    DatasetCase data;
    data.variables = QJsonDocument::fromJson(variables).object();
    data.expected = std::move(expected);
    data.metadata = QJsonDocument::fromJson(metadata).object();
    return data;
}

// Cases with everything a file must carry over exactly.
QList<DatasetCase> awkwardCases()
{
    return {
        makeCase(R"({"q": "plain", "n": 1, "items": [1, "two", {"three": [3]}]})", u"4"_s,
                 R"({"source": "quiz", "tags": ["a", "b"]})"),
        makeCase(R"({"q": "comma, \u0022quote\u0022, newline\nCRLF\r\nCR\r end", "n": 2.5})",
                 u""_s),
        makeCase(R"({"q": "  spaces around  ", "items": null, "flag": true})",
                 u"line one\nline two"_s),
        makeCase(R"({"q": ""})", std::nullopt, R"({"note": ""})"),
        makeCase(R"({"q": "你好，世界 🌍 \ufeffbom inside", "n": "text in a JSON column"})",
                 u"👋🏽 ok"_s),
        makeCase(R"({"q": "\ufeffstarts with a byte order mark", "n": {"deep": {"er": []}}})"),
        makeCase(R"({"n": -0.001, "q": "\t"})", u" "_s, R"({"score": 0.5})"),
        makeCase(R"({})", u"only an expected output"_s),
        makeCase(R"({"q": "only metadata"})", std::nullopt, R"({"note": "x,y"})"),
    };
}

} // namespace

class DatasetExportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvLayout()
    {
        const Result<QByteArray> csv = DatasetExport::toCsv({
            makeCase(R"({"q": "a, b", "items": [1]})", u"yes"_s, R"({"note": " n "})"),
            makeCase(R"({"q": "say \u0022hi\u0022", "z": ""})", u""_s),
            makeCase(R"({"q": "x\ny"})"),
        });
        QVERIFY2(csv, qPrintable(csv.error()));
        QCOMPARE(csv.value(),
                 "items:json,q,z,expected,__note\r\n"
                 "[1],\"a, b\",,yes,\" n \"\r\n"
                 ",\"say \"\"hi\"\"\",\"\",\"\",\r\n"
                 ",\"x\ny\",,,\r\n"_ba);
    }

    void jsonlLayout()
    {
        QCOMPARE(DatasetExport::toJsonl({
                     makeCase(R"({"q": "a", "n": [1]})", u"yes"_s, R"({"note": "n"})"),
                     makeCase(R"({"q": "b"})", u""_s),
                     makeCase(R"({})"),
                 }),
                 "{\"expected\":\"yes\",\"metadata\":{\"note\":\"n\"},\"vars\":{\"n\":[1],\"q\":"
                 "\"a\"}}\n"
                 "{\"expected\":\"\",\"vars\":{\"q\":\"b\"}}\n"
                 "{\"vars\":{}}\n"_ba);
    }

    void roundTrip_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("CSV") << int(DatasetFormat::Csv);
        QTest::newRow("JSONL") << int(DatasetFormat::Jsonl);
    }

    void roundTrip()
    {
        QFETCH(int, format);

        const QList<DatasetCase> cases = awkwardCases();
        const Result<QByteArray> bytes = DatasetExport::encode(cases, DatasetFormat(format));
        QVERIFY2(bytes, qPrintable(bytes.error()));
        const DatasetImport import = DatasetImport::fromBytes(bytes.value(), DatasetFormat(format));
        QVERIFY2(import.ok(), qPrintable(import.preview().errorText()));
        for (qsizetype i = 0; i < cases.size(); ++i) {
            QCOMPARE(casesAsJson({import.preview().cases.value(i)}), casesAsJson({cases.at(i)}));
        }
        QCOMPARE(casesAsJson(import.preview().cases), casesAsJson(cases));

        // And once more: the second export is the first, byte for byte.
        QCOMPARE(DatasetExport::encode(import.preview().cases, DatasetFormat(format)).value(),
                 bytes.value());
    }

    void roundTripThroughAWorkspaceAndFiles()
    {
        QFETCH(int, format);

        QTemporaryDir dir;
        QString error;
        const std::unique_ptr<Database> db = Database::open(dir.filePath(u"w.sqlite"_s), error);
        QVERIFY2(db, qPrintable(error));
        DatasetRepository datasets(*db);
        const qint64 dataset =
            datasets.createDatasetWithCases(u"awkward"_s, {}, awkwardCases()).value();

        const QString path =
            dir.filePath(format == int(DatasetFormat::Csv) ? u"out.csv"_s : u"out.jsonl"_s);
        const Result<void> written =
            DatasetExport::writeFile(datasets.cases(dataset), path, DatasetFormat(format));
        QVERIFY2(written, qPrintable(written.error()));

        const DatasetImport import = DatasetImport::fromFile(path);
        QVERIFY2(import.ok(), qPrintable(import.preview().errorText()));
        const Result<qint64> copy = import.importAsNewDataset(datasets, u"copy"_s);
        QVERIFY2(copy, qPrintable(copy.error()));
        const QList<DatasetCase> copied = datasets.cases(copy.value());
        for (qsizetype i = 0; i < awkwardCases().size(); ++i) {
            QCOMPARE(casesAsJson({copied.value(i)}), casesAsJson({awkwardCases().at(i)}));
        }
        QCOMPARE(casesAsJson(copied), casesAsJson(awkwardCases()));
    }

    void roundTripThroughAWorkspaceAndFiles_data() { roundTrip_data(); }

    void csvRefusesWhatItCannotHold_data()
    {
        QTest::addColumn<QList<DatasetCase>>("cases");
        QTest::addColumn<QString>("error");

        const QString variable = u"The variable \"%1\" has no CSV column: its name would read back "
                                 "as something else. Export as JSONL instead."_s;
        QTest::newRow("a variable named expected")
            << QList<DatasetCase> {makeCase(R"({"expected": "x"})")} << variable.arg(u"expected"_s);
        QTest::newRow("a variable named __x")
            << QList<DatasetCase> {makeCase(R"({"__x": "x"})")} << variable.arg(u"__x"_s);
        QTest::newRow("a variable named a:json")
            << QList<DatasetCase> {makeCase(R"({"a:json": "x"})")} << variable.arg(u"a:json"_s);
        QTest::newRow("a variable with spaces around its name")
            << QList<DatasetCase> {makeCase(R"({" a": "x"})")} << variable.arg(u" a"_s);
        QTest::newRow("a metadata entry named expected")
            << QList<DatasetCase> {makeCase(R"({"q": "x"})", std::nullopt, R"({"expected": "y"})")}
            << u"The metadata entry \"expected\" has no CSV column: its name would read back as "
               "something else. Export as JSONL instead."_s;
        QTest::newRow("a case with nothing in it, and no column but expected")
            << QList<DatasetCase> {makeCase("{}", u"a"_s), makeCase("{}")}
            << u"Case 2 has no value at all, and its CSV row would be a blank line, which is no "
               "row. Export as JSONL instead."_s;
    }

    void csvRefusesWhatItCannotHold()
    {
        QFETCH(QList<DatasetCase>, cases);
        QFETCH(QString, error);

        const Result<QByteArray> csv = DatasetExport::toCsv(cases);
        QVERIFY(!csv);
        QCOMPARE(csv.error(), error);
        // JSON Lines holds them all.
        const DatasetImport import =
            DatasetImport::fromBytes(DatasetExport::toJsonl(cases), DatasetFormat::Jsonl);
        QVERIFY2(import.ok(), qPrintable(import.preview().errorText()));
        QCOMPARE(casesAsJson(import.preview().cases), casesAsJson(cases));
    }

    void anEmptyCaseIsARowWhenThereAreColumns()
    {
        const QList<DatasetCase> cases {makeCase(R"({"q": "x"})"), makeCase("{}")};
        const Result<QByteArray> csv = DatasetExport::toCsv(cases);
        QVERIFY2(csv, qPrintable(csv.error()));
        QCOMPARE(csv.value(), "q,expected\r\nx,\r\n,\r\n"_ba);
        QCOMPARE(
            casesAsJson(DatasetImport::fromBytes(csv.value(), DatasetFormat::Csv).preview().cases),
            casesAsJson(cases));
    }

    void aFailedWriteLeavesTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cases.csv"_s);
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old contents\n");
        }
        // Refused before anything is written: the file is as it was.
        QVERIFY(!DatasetExport::writeFile({makeCase(R"({"expected": "x"})")}, path,
                                          DatasetFormat::Csv));
        QFile old(path);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), "old contents\n"_ba);

        const QString nowhere = dir.filePath(u"missing/cases.csv"_s);
        const Result<void> written =
            DatasetExport::writeFile({makeCase(R"({"q": "x"})")}, nowhere, DatasetFormat::Csv);
        QVERIFY(!written);
        QVERIFY2(written.error().startsWith(
                     u"Cannot write %1: "_s.arg(QDir::toNativeSeparators(nowhere))),
                 qPrintable(written.error()));
    }
};

QTEST_GUILESS_MAIN(DatasetExportTest)
#include "tst_datasetexport.moc"
