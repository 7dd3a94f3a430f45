#include "eval/EvalResultsModel.h"
#include "storage/Workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The results grid over a real workspace: a row per case in the dataset's order, a column per
// version × model, results loaded and added live, under QAbstractItemModelTester.
class EvalResultsModelTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<pwb::Workspace> m_workspace;
    qint64 m_dataset = 0;
    QList<qint64> m_cases;

private Q_SLOTS:
    void initTestCase()
    {
        m_workspace = std::move(pwb::Workspace::open(m_dir.filePath(u"w.sqlite"_s))).value();
        pwb::DatasetRepository datasets(m_workspace->database());
        m_dataset = datasets.createDataset(u"d"_s).value();
        for (
            const QString &question :
            {u"How do I reset my password?"_s,
             u"一个很长的中文问题，用来检查截断是否按字符进行而不是按字节进行的情况，再多写一些字让它超过四十个字符"_s,
             QString()}) {
            pwb::DatasetCase testCase;
            if (!question.isEmpty()) {
                testCase.variables = QJsonObject {{u"question"_s, question}};
            }
            m_cases.append(datasets.insertCase(m_dataset, testCase).value());
        }
    }

    void loadsAndAddsResults()
    {
        pwb::EvalRepository evals(m_workspace->database());
        const qint64 run = evals.createEvalRun(m_dataset, u"r"_s, {}).value();
        pwb::EvalResult first;
        first.caseId = m_cases.at(1);
        first.providerId = u"p"_s;
        first.model = u"m1"_s;
        first.status = u"fail"_s;
        first.score = 0.25;
        first.assertions = QJsonArray {QJsonObject {{u"reason"_s, u"too short"_s}}};
        QVERIFY(evals.recordResult(run, first).ok());

        pwb::EvalResultsModel model(m_workspace->database());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.load(run);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 1);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"unsaved · p/m1"_s);
        QCOMPARE(model.headerData(0, Qt::Vertical).toString(), u"1 How do I reset my password?"_s);
        const QString cut = model.headerData(1, Qt::Vertical).toString();
        QVERIFY2(cut.endsWith(u'…') && cut.size() == 2 + 40, qPrintable(cut));
        QCOMPARE(model.headerData(2, Qt::Vertical).toString(), u"3"_s);
        QCOMPARE(model.index(1, 0).data(pwb::EvalResultsModel::StatusRole).toString(), u"fail"_s);
        QCOMPARE(model.index(1, 0).data().toString(), u"fail · 0.25"_s);
        QCOMPARE(model.index(1, 0).data(Qt::ToolTipRole).toString(), u"too short"_s);
        QCOMPARE(model.index(0, 0).data().toString(), QString());
        QVERIFY(!model.index(0, 0).data(pwb::EvalResultsModel::ScoreRole).isValid());

        // Live: a result of the same column changes a cell, one of a new column adds it.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        pwb::EvalResult second = first;
        second.caseId = m_cases.at(0);
        second.status = u"pass"_s;
        second.score = 1.0;
        model.addResult(second);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0, 0).data(pwb::EvalResultsModel::StatusRole).toString(), u"pass"_s);
        pwb::EvalResult other = second;
        other.model = u"m2"_s;
        model.addResult(other);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.result(0, 1)->model, u"m2"_s);
        QVERIFY(!model.result(2, 1).has_value());
    }
};

QTEST_GUILESS_MAIN(EvalResultsModelTest)
#include "tst_evalresultsmodel.moc"
