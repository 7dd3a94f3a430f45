#include "storage/CompareRepository.h"
#include "storage/Database.h"
#include "storage/DatasetRepository.h"
#include "storage/EvalRepository.h"
#include "storage/RunRecorder.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pwb;

class CompareEvalRepositoriesTest : public QObject
{
    Q_OBJECT

    qint64 newRun(const QString &model)
    {
        RunRecorder recorder(*m_db);
        RunStart start;
        start.providerId = u"openai"_s;
        start.model = model;
        return recorder.begin(start).value();
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_db = Database::open(m_dir.filePath(u"ce%1.sqlite"_s.arg(++m_count)), error);
        QVERIFY2(m_db, qPrintable(error));
    }
    void cleanup() { m_db.reset(); }

    void compareSessionKeepsColumnsVotesAndRatings()
    {
        CompareRepository compare(*m_db);
        const auto session = compare.createSession(u"models"_s);
        QVERIFY2(session, qPrintable(session.error()));
        const qint64 a = newRun(u"gpt-4o"_s), b = newRun(u"claude"_s), c = newRun(u"gemini"_s);
        QVERIFY(compare.addRun(session.value(), c, 2));
        QVERIFY(compare.addRun(session.value(), a, 0));
        QVERIFY(compare.addRun(session.value(), b, 1));
        QCOMPARE(compare.runs(session.value()), (QList<qint64> {a, b, c}));
        QVERIFY(compare.rate(session.value(), a, 4));
        QVERIFY(compare.rate(session.value(), b, 5));
        QVERIFY(!compare.rate(session.value(), c, 9));
        QVERIFY(compare.voteBest(session.value(), a));
        QVERIFY(compare.voteBest(session.value(), b)); // the best mark moves
        const QList<CompareVote> votes = compare.votes(session.value());
        QCOMPARE(votes.size(), 2);
        QCOMPARE(votes.at(0).rating, 4);
        QVERIFY(!votes.at(0).best);
        QVERIFY(votes.at(1).best);
        QVERIFY(!compare.addRun(session.value(), 999, 3));
    }

    void datasetsListRenameRemoveAndKeepAssertions()
    {
        DatasetRepository datasets(*m_db);
        const qint64 support = datasets.createDataset(u"support"_s, u"tickets"_s).value();
        const qint64 alpha = datasets.createDataset(u"Alpha"_s).value();
        QVERIFY(!datasets.createDataset(u"support"_s)); // names are unique

        DatasetCase one;
        one.variables = {{u"q"_s, u"refund?"_s}};
        one.expected = u"Yes"_s;
        one.assertions = {QJsonObject {{u"type"_s, u"equals"_s}, {u"value"_s, u"Yes"_s}}};
        const qint64 caseId = datasets.insertCase(support, one).value();
        QVERIFY(datasets.appendCases(support, {one, one}));

        const QList<DatasetInfo> listed = datasets.datasets();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.at(0).name, u"Alpha"_s); // by name, case-insensitive
        QCOMPARE(listed.at(0).caseCount, 0);
        QCOMPARE(listed.at(1).name, u"support"_s);
        QCOMPARE(listed.at(1).description, u"tickets"_s);
        QCOMPARE(listed.at(1).caseCount, 3);

        QCOMPARE(datasets.cases(support).at(0).assertions, one.assertions);
        QCOMPARE(datasets.cases(support).at(2).assertions, one.assertions);
        DatasetCase changed = datasets.cases(support).at(0);
        QCOMPARE(changed.id, caseId);
        changed.assertions = {};
        QVERIFY(datasets.updateCase(changed));
        QVERIFY(datasets.cases(support).at(0).assertions.isEmpty());

        QVERIFY(datasets.assertions(support).isEmpty());
        const QJsonArray shared {QJsonObject {{u"type"_s, u"is-json"_s}}};
        QVERIFY(datasets.setAssertions(support, shared));
        QCOMPARE(datasets.assertions(support), shared);
        QVERIFY(!datasets.setAssertions(999, shared));
        // A text beginning with a byte order mark comes back with it (Qt's parser drops an
        // unescaped one).
        const QJsonArray bom {QJsonObject {{u"type"_s, u"starts-with"_s},
                                           {u"value"_s, QString(QString(QChar(0xFEFF)) + u"x"_s)}}};
        QVERIFY(datasets.setAssertions(support, bom));
        QCOMPARE(datasets.assertions(support), bom);
        QVERIFY(datasets.setAssertions(support, shared));

        QVERIFY(datasets.renameDataset(alpha, u"  Beta "_s));
        QCOMPARE(datasets.datasetId(u"Beta"_s), alpha);
        const auto clash = datasets.renameDataset(alpha, u"support"_s);
        QVERIFY(!clash);
        QVERIFY2(clash.error().contains(u"support"_s), qPrintable(clash.error()));
        QVERIFY(!datasets.renameDataset(alpha, u"   "_s));

        QVERIFY(datasets.removeDataset(support));
        QVERIFY(datasets.cases(support).isEmpty());
        QCOMPARE(datasets.datasets().size(), 1);
        QVERIFY(!datasets.removeDataset(support));
    }

    void evalResultsOncePerCellAndResumable()
    {
        DatasetRepository datasets(*m_db);
        const qint64 dataset = datasets.createDataset(u"qa"_s).value();
        QList<qint64> cases;
        for (int i = 0; i < 4; ++i) {
            cases << datasets
                         .insertCase(dataset,
                                     {0, 0, {{u"q"_s, QString::number(i)}}, u"a"_s, {}, {}})
                         .value();
        }
        EvalRepository evals(*m_db);
        const auto run =
            evals.createEvalRun(dataset, u"nightly"_s, QJsonObject {{u"concurrency"_s, 4}});
        QVERIFY2(run, qPrintable(run.error()));
        QCOMPARE(evals.status(run.value()), u"running"_s);
        QCOMPARE(evals.pendingCases(run.value(), std::nullopt, u"openai"_s, u"gpt-4o"_s), cases);

        EvalResult result {
            cases.at(1),
            std::nullopt,
            u"openai"_s,
            u"gpt-4o"_s,
            std::nullopt,
            u"fail"_s,
            0.2,
            QJsonArray {QJsonObject {{u"type"_s, u"contains"_s}, {u"pass"_s, false}}}};
        QVERIFY(evals.recordResult(run.value(), result));
        result.status = u"pass"_s; // a resumed eval re-scores the cell: replaced, not duplicated
        result.score = 1.0;
        QVERIFY(evals.recordResult(run.value(), result));
        QVERIFY(evals.recordResult(run.value(),
                                   {cases.at(3),
                                    std::nullopt,
                                    u"openai"_s,
                                    u"gpt-4o"_s,
                                    std::nullopt,
                                    u"error"_s,
                                    std::nullopt,
                                    {}}));
        const QList<EvalResult> results = evals.results(run.value());
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.first().status, u"pass"_s);
        QCOMPARE(results.first().score, 1.0);
        QCOMPARE(results.first().assertions.size(), 1);
        QCOMPARE(evals.pendingCases(run.value(), std::nullopt, u"openai"_s, u"gpt-4o"_s),
                 (QList<qint64> {cases.at(0), cases.at(2)}));
        QCOMPARE(evals.pendingCases(run.value(), std::nullopt, u"openai"_s, u"other"_s).size(), 4);
        QVERIFY(evals.setStatus(run.value(), u"complete"_s));
        QCOMPARE(evals.status(run.value()), u"complete"_s);
        QVERIFY(
            !evals.setStatus(run.value(), u"bogus"_s)); // the CHECK constraint names the statuses

        // Listed newest first, with counts; one left running by a dead process is interrupted.
        const qint64 second = evals.createEvalRun(dataset, u"rerun"_s, {}).value();
        const QList<EvalRunInfo> runs = evals.evalRuns();
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.at(0).id, second);
        QCOMPARE(runs.at(0).status, u"running"_s);
        QCOMPARE(runs.at(1).name, u"nightly"_s);
        QCOMPARE(runs.at(1).datasetName, u"qa"_s);
        QCOMPARE(runs.at(1).results, 2);
        QCOMPARE(runs.at(1).passed, 1);
        QCOMPARE(runs.at(1).config.value(u"concurrency"_s).toInt(), 4);
        QVERIFY(runs.at(1).finishedAt.has_value());
        QVERIFY(evals.evalRuns(dataset + 1).isEmpty());
        QCOMPARE(EvalRepository::markInterrupted(*m_db).value(), 1);
        QCOMPARE(evals.evalRun(second)->status, u"interrupted"_s);
        QCOMPARE(evals.evalRun(run.value())->status, u"complete"_s);
        QVERIFY(!evals.evalRun(999));
    }

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(CompareEvalRepositoriesTest)
#include "tst_compareevalrepositories.moc"
