#include "storage/Database.h"
#include "storage/DatasetCasesModel.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pwb;

class DatasetCasesModelTest : public QObject
{
    Q_OBJECT

    // What the database holds, as "value|value|expected" per case, in order.
    QStringList stored() const
    {
        DatasetRepository repo(*m_db);
        QStringList rows;
        for (const DatasetCase &c : repo.cases(m_dataset)) {
            rows << c.variables.value(u"city"_s).toString() + u'|' +
                    c.variables.value(u"unit"_s).toString() + u'|' + c.expected.value_or(u"-"_s);
        }
        return rows;
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_db = Database::open(m_dir.filePath(u"cases%1.sqlite"_s.arg(++m_count)), error);
        QVERIFY2(m_db, qPrintable(error));
        DatasetRepository repo(*m_db);
        m_dataset = repo.createDataset(u"weather"_s).value();
        QVERIFY(repo.insertCase(
            m_dataset, {0, 0, {{u"city"_s, u"Paris"_s}, {u"unit"_s, u"C"_s}}, u"12"_s, {}, {}}));
        QVERIFY(repo.insertCase(
            m_dataset,
            {0, 0, {{u"city"_s, u"Oslo"_s}, {u"unit"_s, u"C"_s}}, std::nullopt, {}, {}}));
    }
    void cleanup() { m_db.reset(); }

    void editInsertRemoveWithUndoAndRedo()
    {
        DatasetCasesModel model(*m_db, m_dataset);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.variableNames(), (QStringList {u"city"_s, u"unit"_s}));
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), u"Expected"_s);
        QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), u"Metadata"_s);
        QCOMPARE(stored(), (QStringList {u"Paris|C|12"_s, u"Oslo|C|-"_s}));
        QSignalSpy undoState(&model, &DatasetCasesModel::undoStateChanged);

        QVERIFY(model.setData(model.index(1, 2), u"3"_s));
        QVERIFY(model.setData(model.index(0, 0), u"Lyon"_s));
        QVERIFY(model.insertRows(1, 1));
        QVERIFY(model.setData(model.index(1, 0), u"Rome"_s));
        QVERIFY(model.removeRows(2, 1)); // Oslo
        QCOMPARE(stored(), (QStringList {u"Lyon|C|12"_s, u"Rome||-"_s}));

        model.undo(); // Oslo back, in its place
        QCOMPARE(stored(), (QStringList {u"Lyon|C|12"_s, u"Rome||-"_s, u"Oslo|C|3"_s}));
        model.undo(); // Rome's city
        model.undo(); // the inserted row
        QCOMPARE(stored(), (QStringList {u"Lyon|C|12"_s, u"Oslo|C|3"_s}));
        model.undo();
        model.undo();
        QCOMPARE(stored(), (QStringList {u"Paris|C|12"_s, u"Oslo|C|-"_s}));
        QVERIFY(!model.canUndo());
        QVERIFY(model.canRedo());

        for (int i = 0; i < 5; ++i) {
            model.redo();
        }
        QCOMPARE(stored(), (QStringList {u"Lyon|C|12"_s, u"Rome||-"_s}));
        QVERIFY(!model.canRedo());
        QVERIFY(undoState.count() >= 15);

        // A new edit after undoing drops the redo history, as everywhere else.
        model.undo();
        QVERIFY(model.canRedo());
        QVERIFY(model.setData(model.index(0, 1), u"F"_s));
        QVERIFY(!model.canRedo());
    }

    void newVariableColumn()
    {
        DatasetCasesModel model(*m_db, m_dataset);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addVariable(u"date"_s);
        QCOMPARE(model.columnCount(), 5);
        QCOMPARE(model.expectedColumn(), 3);
        QCOMPARE(model.metadataColumn(), 4);
        QVERIFY(model.setData(model.index(0, 2), u"2026-11-21"_s));
        DatasetCasesModel reloaded(*m_db, m_dataset);
        QVERIFY(reloaded.variableNames().contains(u"date"_s));
    }

    // Metadata is edited as the text of a JSON object; anything else is refused with the reason.
    void metadataColumn()
    {
        DatasetCasesModel model(*m_db, m_dataset);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex cell = model.index(0, model.metadataColumn());
        QCOMPARE(cell.data().toString(), QString());
        QVERIFY(model.setData(cell, u" {\"source\": \"atlas\", \"n\": 2} "_s));
        QCOMPARE(cell.data().toString(), u"{\"n\":2,\"source\":\"atlas\"}"_s);
        DatasetRepository repo(*m_db);
        QCOMPARE(repo.cases(m_dataset).at(0).metadata,
                 (QJsonObject {{u"source"_s, u"atlas"_s}, {u"n"_s, 2}}));

        QSignalSpy failed(&model, &DatasetCasesModel::writeFailed);
        QVERIFY(!model.setData(cell, u"[1, 2]"_s));
        QVERIFY(!model.setData(cell, u"{\"a\":"_s));
        QCOMPARE(failed.count(), 2);
        QVERIFY(failed.at(0).at(0).toString().contains(u"Case 1, metadata"_s));
        QCOMPARE(repo.cases(m_dataset).at(0).metadata.size(), 2);

        QVERIFY(model.setData(cell, QString())); // cleared
        QVERIFY(repo.cases(m_dataset).at(0).metadata.isEmpty());
        model.undo();
        QCOMPARE(repo.cases(m_dataset).at(0).metadata.size(), 2);
    }

    // A whole case inserted (a chat run saved as a case): its new variables get columns, and
    // undo takes it out again.
    void insertWholeCase()
    {
        DatasetCasesModel model(*m_db, m_dataset);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.insertCase(
            -1, {0, 0, {{u"city"_s, u"Rome"_s}, {u"season"_s, u"spring"_s}}, u"18"_s, {}, {}}));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.variableNames(), (QStringList {u"city"_s, u"unit"_s, u"season"_s}));
        QCOMPARE(model.index(2, 2).data().toString(), u"spring"_s);
        QCOMPARE(model.index(2, model.expectedColumn()).data().toString(), u"18"_s);
        QCOMPARE(stored(), (QStringList {u"Paris|C|12"_s, u"Oslo|C|-"_s, u"Rome||18"_s}));
        model.undo();
        QCOMPARE(stored(), (QStringList {u"Paris|C|12"_s, u"Oslo|C|-"_s}));
        model.redo();
        QCOMPARE(stored().size(), 3);
    }

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<Database> m_db;
    qint64 m_dataset = 0;
};

QTEST_GUILESS_MAIN(DatasetCasesModelTest)
#include "tst_datasetcasesmodel.moc"
