// Importing a dataset file into a real SQLite workspace: the format by extension, file errors,
// cases written in order in one transaction, and nothing written at all when the file has an
// error or a write fails half-way.
#include "CasesAsJson.h"
#include "eval/DatasetImport.h"
#include "storage/Database.h"
#include "storage/DatasetRepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pwb;

class DatasetImportTest : public QObject
{
    Q_OBJECT

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            qFatal("cannot write %s", qPrintable(path));
        }
        return path;
    }

    int count(const QString &table) const
    {
        QSqlQuery query(m_db->connection());
        query.exec(u"SELECT count(*) FROM "_s + table);
        return query.next() ? query.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_db = Database::open(m_dir.filePath(u"w%1.sqlite"_s.arg(++m_count)), error);
        QVERIFY2(m_db, qPrintable(error));
    }
    void cleanup() { m_db.reset(); }

    void formatByExtension_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");

        QTest::newRow(".csv") << u"cases.csv"_s << "q\nhello\n"_ba;
        QTest::newRow(".CSV") << u"CASES.CSV"_s << "q\nhello\n"_ba;
        QTest::newRow(".jsonl") << u"cases.jsonl"_s << "{\"q\": \"hello\"}\n"_ba;
        QTest::newRow(".ndjson") << u"cases.ndjson"_s << "{\"q\": \"hello\"}\n"_ba;
        QTest::newRow(".jsonlines") << u"cases.jsonlines"_s << "{\"q\": \"hello\"}\n"_ba;
    }

    void formatByExtension()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);

        const DatasetImport import = DatasetImport::fromFile(writeFile(name, bytes));
        QVERIFY2(import.ok(), qPrintable(import.preview().errorText()));
        QCOMPARE(casesAsJson(import.preview().cases), compactJson(R"([{"vars":{"q":"hello"}}])"));
    }

    void aGivenFormatWinsOverTheExtension()
    {
        const QString path = writeFile(u"cases.txt"_s, "{\"q\": \"x\"}\n"_ba);
        QVERIFY(!DatasetImport::fromFile(path).ok());
        const DatasetImport import = DatasetImport::fromFile(path, DatasetFormat::Jsonl);
        QVERIFY2(import.ok(), qPrintable(import.preview().errorText()));
        QCOMPARE(import.preview().cases.size(), 1);
    }

    void fileErrors()
    {
        const QString unknown = writeFile(u"cases.txt"_s, "q\nx\n"_ba);
        QCOMPARE(
            DatasetImport::fromFile(unknown).preview().errorText(),
            u"Cannot tell the format of %1: name it .csv or .jsonl, or choose the format."_s.arg(
                QDir::toNativeSeparators(unknown)));

        const QString missing = m_dir.filePath(u"missing.csv"_s);
        const DatasetImport import = DatasetImport::fromFile(missing);
        QCOMPARE(import.preview().errors.size(), 1);
        QCOMPARE(import.preview().errors.first().line, 0);
        QVERIFY2(import.preview().errorText().startsWith(
                     u"Cannot read %1: "_s.arg(QDir::toNativeSeparators(missing))),
                 qPrintable(import.preview().errorText()));
    }

    void importsAsANewDatasetInOrder()
    {
        const QString path =
            writeFile(u"quiz.csv"_s,
                      "q,items:json,expected,__note\n2+2?,[1],4,easy\nwho?,,\"\",\nlast,,,\n"_ba);
        const DatasetImport import = DatasetImport::fromFile(path);
        QVERIFY2(import.ok(), qPrintable(import.preview().errorText()));

        DatasetRepository datasets(*m_db);
        const Result<qint64> dataset =
            import.importAsNewDataset(datasets, u"quiz"_s, u"from a file"_s);
        QVERIFY2(dataset, qPrintable(dataset.error()));
        QCOMPARE(datasets.datasetId(u"quiz"_s), dataset.value());
        const QList<DatasetCase> stored = datasets.cases(dataset.value());
        QCOMPARE(casesAsJson(stored), casesAsJson(import.preview().cases));
        QCOMPARE(casesAsJson(stored),
                 compactJson(R"([{"vars":{"q":"2+2?","items":[1]},"expected":"4",
                                  "metadata":{"note":"easy"}},
                                 {"vars":{"q":"who?"},"expected":""},
                                 {"vars":{"q":"last"}}])"));
        for (int i = 0; i < stored.size(); ++i) {
            QCOMPARE(stored.at(i).position, i);
        }
    }

    void appendsToAnExistingDataset()
    {
        DatasetRepository datasets(*m_db);
        const qint64 dataset = datasets.createDataset(u"qa"_s).value();
        QVERIFY(datasets.insertCase(dataset, {0, 0, {{u"q"_s, u"first"_s}}, std::nullopt, {}, {}}));

        const DatasetImport import = DatasetImport::fromBytes(
            "{\"q\": \"second\"}\n{\"q\": \"third\"}\n"_ba, DatasetFormat::Jsonl);
        const Result<int> added = import.importInto(datasets, dataset);
        QVERIFY2(added, qPrintable(added.error()));
        QCOMPARE(added.value(), 2);
        const QList<DatasetCase> stored = datasets.cases(dataset);
        QCOMPARE(casesAsJson(stored),
                 compactJson(R"([{"vars":{"q":"first"}},{"vars":{"q":"second"}},
                                 {"vars":{"q":"third"}}])"));
        QCOMPARE(stored.last().position, 2);
    }

    void nothingIsImportedFromAFileWithErrors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("format");

        // The error is on the last line, after cases that read well.
        QByteArray csv = "q,expected\n"_ba;
        QByteArray jsonl;
        for (int i = 0; i < 50; ++i) {
            csv += "question " + QByteArray::number(i) + ",answer\n";
            jsonl += "{\"q\": \"question " + QByteArray::number(i) + "\"}\n";
        }
        QTest::newRow("CSV, a ragged last row") << csv + "one,two,three\n"
                                                << int(DatasetFormat::Csv);
        QTest::newRow("CSV, a quote never closed") << csv + "\"x,y\n" << int(DatasetFormat::Csv);
        QTest::newRow("CSV, not UTF-8") << csv + "caf\xe9,x\n" << int(DatasetFormat::Csv);
        QTest::newRow("JSONL, a bad line") << jsonl + "{\"q\": \n" << int(DatasetFormat::Jsonl);
        QTest::newRow("JSONL, a wrong type") << jsonl + "{\"expected\": 1}\n"
                                             << int(DatasetFormat::Jsonl);
    }

    void nothingIsImportedFromAFileWithErrors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, format);

        DatasetRepository datasets(*m_db);
        const qint64 existing = datasets.createDataset(u"existing"_s).value();
        QVERIFY(datasets.insertCase(existing, {0, 0, {{u"q"_s, u"kept"_s}}, std::nullopt, {}, {}}));
        const int casesBefore = count(u"dataset_cases"_s);
        const int datasetsBefore = count(u"datasets"_s);

        const DatasetImport import = DatasetImport::fromBytes(bytes, DatasetFormat(format));
        QVERIFY(!import.ok());
        QCOMPARE(import.preview().errors.size(), 1);
        QCOMPARE(import.preview().errors.first().line,
                 52 - int(format == int(DatasetFormat::Jsonl)));
        QCOMPARE(import.preview().cases.size(), 50); // the preview still shows what read well

        const Result<int> appended = import.importInto(datasets, existing);
        QVERIFY(!appended);
        QCOMPARE(appended.error(), u"Nothing was imported: the file has errors (1)."_s);
        const Result<qint64> created = import.importAsNewDataset(datasets, u"new"_s);
        QVERIFY(!created);
        QCOMPARE(created.error(), u"Nothing was imported: the file has errors (1)."_s);

        QCOMPARE(count(u"dataset_cases"_s), casesBefore);
        QCOMPARE(count(u"datasets"_s), datasetsBefore);
        QVERIFY(!datasets.datasetId(u"new"_s));
    }

    void aWriteFailingHalfWayLeavesNothing()
    {
        // The database refuses the fourth case: the three before it must not stay.
        QSqlQuery trigger(m_db->connection());
        QVERIFY(
            trigger.exec(u"CREATE TEMP TRIGGER refuse_fourth BEFORE INSERT ON dataset_cases "
                         "WHEN NEW.position = 3 BEGIN SELECT RAISE(ABORT, 'disk full'); END"_s));
        QByteArray jsonl;
        for (int i = 0; i < 6; ++i) {
            jsonl += "{\"i\": " + QByteArray::number(i) + "}\n";
        }
        const DatasetImport import = DatasetImport::fromBytes(jsonl, DatasetFormat::Jsonl);
        QVERIFY(import.ok());

        DatasetRepository datasets(*m_db);
        const Result<qint64> created = import.importAsNewDataset(datasets, u"six"_s);
        QVERIFY(!created);
        QCOMPARE(created.error(), u"Cannot add case 4 of 6: disk full"_s);
        QVERIFY(!datasets.datasetId(u"six"_s));
        QCOMPARE(count(u"datasets"_s), 0);

        const qint64 dataset = datasets.createDataset(u"target"_s).value();
        QVERIFY(!import.importInto(datasets, dataset));
        QCOMPARE(count(u"dataset_cases"_s), 0);
    }

    void aNameInUseIsRefused()
    {
        DatasetRepository datasets(*m_db);
        QVERIFY(datasets.createDataset(u"qa"_s));
        const DatasetImport import = DatasetImport::fromBytes("q\nx\n"_ba, DatasetFormat::Csv);
        const Result<qint64> created = import.importAsNewDataset(datasets, u" qa "_s);
        QVERIFY(!created);
        QCOMPARE(created.error(), u"A dataset named \"qa\" exists already; choose another name."_s);
        QCOMPARE(count(u"dataset_cases"_s), 0);
    }

    void fiveThousandCases()
    {
        QByteArray csv = "question,context,items:json,expected,__source\n"_ba;
        for (int i = 0; i < 5000; ++i) {
            csv += "\"What is " + QByteArray::number(i) +
                " + 1, in words?\",\"line one\nline two\","
                "\"[1,2,3]\"," +
                QByteArray::number(i + 1) + ",generated\n";
        }
        const QString path = writeFile(u"big.csv"_s, csv);

        // Measured, not asserted: timed assertions fail on a busy machine. The figure is in the
        // test's output for whoever wants it.
        QElapsedTimer timer;
        timer.start();
        const DatasetImport import = DatasetImport::fromFile(path);
        const qint64 parsed = timer.elapsed();
        QVERIFY2(import.ok(), qPrintable(import.preview().errorText()));
        DatasetRepository datasets(*m_db);
        const Result<qint64> dataset = import.importAsNewDataset(datasets, u"big"_s);
        QVERIFY2(dataset, qPrintable(dataset.error()));
        qInfo("5,000 cases: read in %lld ms, read and stored in %lld ms", parsed, timer.elapsed());

        const QList<DatasetCase> stored = datasets.cases(dataset.value());
        QCOMPARE(stored.size(), 5000);
        QCOMPARE(stored.at(4321).expected, std::optional<QString>(u"4322"_s));
        QCOMPARE(stored.at(4321).variables.value(u"question"_s).toString(),
                 u"What is 4321 + 1, in words?"_s);
        QCOMPARE(stored.last().position, 4999);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_count = 0;
};

QTEST_GUILESS_MAIN(DatasetImportTest)
#include "tst_datasetimport.moc"
