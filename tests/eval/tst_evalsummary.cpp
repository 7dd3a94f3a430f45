#include "eval/EvalSummary.h"
#include "storage/Database.h"
#include "storage/DatasetRepository.h"
#include "storage/EvalRepository.h"
#include "storage/PromptRepository.h"
#include "storage/RunRecorder.h"
#include "storage/Workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The figures under each column of an eval run and the comparison of two runs, read from a real
// workspace: pass rate, mean score, latency percentiles, tokens and cost; regressions first.
class EvalSummaryTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<pwb::Workspace> m_workspace;
    qint64 m_dataset = 0;
    QList<qint64> m_cases;
    QList<qint64> m_versions;

    // A finished run with its latency and tokens, as the recorder leaves one.
    qint64 run(const QString &model, qint64 endMs, qint64 in, qint64 out)
    {
        pwb::RunStart start;
        start.providerId = u"p"_s;
        start.model = model;
        const qint64 id = m_workspace->recorder().begin(start).value();
        QSqlQuery query(m_workspace->database().connection());
        query.prepare(u"UPDATE runs SET status = 'complete', end_ms = ?, input_tokens = ?, "
                      "output_tokens = ? WHERE id = ?"_s);
        query.addBindValue(endMs);
        query.addBindValue(in);
        query.addBindValue(out);
        query.addBindValue(id);
        if (!query.exec()) {
            qFatal("cannot update the run");
        }
        return id;
    }

    void result(qint64 evalRun, int caseIndex, const QString &model, const QString &status,
                std::optional<double> score, qint64 endMs, std::optional<qint64> version = {})
    {
        pwb::EvalResult result;
        result.caseId = m_cases.at(caseIndex);
        result.promptVersionId = version;
        result.providerId = u"p"_s;
        result.model = model;
        result.runId = run(model, endMs, 10, 5);
        result.status = status;
        result.score = score;
        QVERIFY(pwb::EvalRepository(m_workspace->database()).recordResult(evalRun, result).ok());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_workspace = std::move(pwb::Workspace::open(m_dir.filePath(u"w.sqlite"_s))).value();
        pwb::DatasetRepository datasets(m_workspace->database());
        m_dataset = datasets.createDataset(u"d"_s).value();
        for (int i = 0; i < 4; ++i) {
            m_cases.append(datasets.insertCase(m_dataset, {}).value());
        }
        pwb::PromptRepository &prompts = m_workspace->prompts();
        const qint64 prompt = prompts.createPrompt(u"p"_s).value();
        for (int i = 1; i <= 2; ++i) {
            pwb::PromptContent content;
            content.messages = {{pwb::ChatMessage::Role::User, u"v%1"_s.arg(i)}};
            m_versions.append(prompts.saveVersion(prompt, content).value().version.id);
        }
    }

    void percentiles_data()
    {
        QTest::addColumn<QList<qint64>>("values");
        QTest::addColumn<double>("p");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("one") << QList<qint64> {7} << 95.0 << qint64(7);
        QTest::newRow("median of four") << QList<qint64> {40, 10, 30, 20} << 50.0 << qint64(20);
        QTest::newRow("p95 of twenty") << [] {
            QList<qint64> v;
            for (int i = 1; i <= 20; ++i) {
                v.append(i * 10);
            }
            return v;
        }() << 95.0 << qint64(190);
        QTest::newRow("p100") << QList<qint64> {3, 1, 2} << 100.0 << qint64(3);
    }
    void percentiles()
    {
        QFETCH(QList<qint64>, values);
        QFETCH(double, p);
        QFETCH(qint64, expected);
        QCOMPARE(pwb::EvalSummary::percentile(values, p), std::optional<qint64>(expected));
        QCOMPARE(pwb::EvalSummary::percentile({}, p), std::nullopt);
    }

    void columnsOfARun()
    {
        pwb::EvalRepository evals(m_workspace->database());
        const qint64 evalRun = evals.createEvalRun(m_dataset, u"a"_s, {}).value();
        result(evalRun, 0, u"m1"_s, u"pass"_s, 1.0, 100);
        result(evalRun, 1, u"m1"_s, u"fail"_s, 0.5, 300);
        result(evalRun, 2, u"m1"_s, u"error"_s, std::nullopt, 200);
        result(evalRun, 0, u"m2"_s, u"pass"_s, 1.0, 50);
        const QList<pwb::EvalColumnSummary> columns = pwb::EvalSummary::columns(
            m_workspace->database(), evalRun,
            [](const QString &, const QString &model, const pwb::Usage &usage) {
                return model == u"m1"_s ? std::optional<double>(usage.outputTokens * 0.01)
                                        : std::nullopt;
            });
        QCOMPARE(columns.size(), 2);
        const pwb::EvalColumnSummary &m1 = columns.at(0);
        QCOMPARE(m1.key.model, u"m1"_s);
        QCOMPARE(m1.results, 3);
        QCOMPARE(m1.passed, 1);
        QCOMPARE(m1.failed, 1);
        QCOMPARE(m1.errors, 1);
        QCOMPARE(m1.meanScore, std::optional<double>(0.75));
        QCOMPARE(m1.p50LatencyMs, std::optional<qint64>(200));
        QCOMPARE(m1.p95LatencyMs, std::optional<qint64>(300));
        QCOMPARE(m1.inputTokens, 30);
        QCOMPARE(m1.outputTokens, 15);
        QVERIFY(m1.costUsd && qAbs(*m1.costUsd - 0.15) < 1e-9);
        const pwb::EvalColumnSummary &m2 = columns.at(1);
        QCOMPARE(m2.passRate(), 1.0);
        QCOMPARE(m2.costUsd, std::nullopt);
        QCOMPARE(m2.unpricedRuns, 1);
    }

    void comparingTwoRunsListsRegressionsFirst()
    {
        pwb::EvalRepository evals(m_workspace->database());
        const qint64 before = evals.createEvalRun(m_dataset, u"v1"_s, {}).value();
        const qint64 after = evals.createEvalRun(m_dataset, u"v2"_s, {}).value();
        const QList<QString> was {u"pass"_s, u"fail"_s, u"pass"_s, u"pass"_s};
        const QList<QString> now {u"pass"_s, u"pass"_s, u"error"_s, u"pass"_s};
        const QList<double> scoresWas {1.0, 0.2, 1.0, 0.9};
        const QList<double> scoresNow {1.0, 0.8, 0.0, 0.7};
        for (int i = 0; i < 4; ++i) {
            result(before, i, u"m"_s, was.at(i), scoresWas.at(i), 100, m_versions.at(0));
            result(after, i, u"m"_s, now.at(i), scoresNow.at(i), 100, m_versions.at(1));
        }
        const QList<pwb::EvalChange> changes =
            pwb::EvalSummary::compare(m_workspace->database(), before, after);
        QCOMPARE(changes.size(), 4);
        QCOMPARE(changes.at(0).kind, pwb::EvalChange::Kind::Regression);
        QCOMPARE(changes.at(0).caseId, m_cases.at(2));
        QCOMPARE(changes.at(1).kind, pwb::EvalChange::Kind::Improvement);
        QCOMPARE(changes.at(1).caseId, m_cases.at(1));
        QCOMPARE(changes.at(2).kind, pwb::EvalChange::Kind::ScoreDown);
        QCOMPARE(changes.at(2).caseId, m_cases.at(3));
        QCOMPARE(changes.at(3).kind, pwb::EvalChange::Kind::Unchanged);
        QCOMPARE(changes.at(0).before.promptVersionId, std::optional<qint64>(m_versions.at(0)));
        QCOMPARE(changes.at(0).after.promptVersionId, std::optional<qint64>(m_versions.at(1)));
    }

    void oneModelAgainstAnother()
    {
        pwb::EvalRepository evals(m_workspace->database());
        const qint64 before = evals.createEvalRun(m_dataset, u"m-a"_s, {}).value();
        const qint64 after = evals.createEvalRun(m_dataset, u"m-b"_s, {}).value();
        result(before, 0, u"model-a"_s, u"pass"_s, 1.0, 10);
        result(after, 0, u"model-b"_s, u"fail"_s, 0.0, 10);
        const QList<pwb::EvalChange> changes =
            pwb::EvalSummary::compare(m_workspace->database(), before, after);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().kind, pwb::EvalChange::Kind::Regression);
        QCOMPARE(changes.first().before.model, u"model-a"_s);
    }
};

QTEST_GUILESS_MAIN(EvalSummaryTest)
#include "tst_evalsummary.moc"
