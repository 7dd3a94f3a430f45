#include "eval/CsvParser.h"
#include "eval/EvalReport.h"
#include "storage/Database.h"
#include "storage/DatasetRepository.h"
#include "storage/EvalRepository.h"
#include "storage/PromptRepository.h"
#include "storage/RunRecorder.h"
#include "storage/Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pwb;

// The report `pwb eval --report` writes, from a real workspace: every result with its case,
// output, figures and reasons, the per-column summary, and CSV that reads back cell for cell.
class EvalReportTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_evalRun = 0;
    qint64 m_version = 0;

    qint64 run(const QString &reply, const QString &error, qint64 endMs)
    {
        RunStart start;
        start.providerId = u"openai"_s;
        start.model = u"gpt-4o"_s;
        const qint64 id = m_workspace->recorder().begin(start).value();
        QSqlQuery query(m_workspace->database().connection());
        query.prepare(u"UPDATE runs SET status = ?, reply_text = ?, error_message = ?, "
                      "first_token_ms = 40, end_ms = ?, input_tokens = 1000, output_tokens = 500 "
                      "WHERE id = ?"_s);
        query.addBindValue(error.isEmpty() ? u"complete"_s : u"failed"_s);
        query.addBindValue(reply);
        query.addBindValue(error.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : error);
        query.addBindValue(endMs);
        query.addBindValue(id);
        if (!query.exec()) {
            qFatal("cannot update the run");
        }
        return id;
    }

    static std::optional<double> cost(const QString &, const QString &, const Usage &usage)
    {
        return usage.inputTokens * 1e-6 + usage.outputTokens * 2e-6; // $1 / $2 per million
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_workspace = std::move(Workspace::open(m_dir.filePath(u"w.sqlite"_s))).value();
        Database &db = m_workspace->database();
        DatasetRepository datasets(db);
        const qint64 dataset = datasets.createDataset(u"capitals"_s).value();
        DatasetCase france;
        france.variables = {{u"country"_s, u"France"_s}};
        france.expected = u"Paris"_s;
        DatasetCase peru;
        peru.variables = {{u"country"_s, u"Peru, \"the\" republic"_s}};
        peru.expected = u"Lima"_s;
        const QList<qint64> cases = datasets.appendCases(dataset, {france, peru}).value();
        const qint64 prompt = m_workspace->prompts().createPrompt(u"capital"_s).value();
        PromptContent content;
        content.messages = {{ChatMessage::Role::User, u"Capital of {{country}}?"_s}};
        m_version = m_workspace->prompts().saveVersion(prompt, content).value().version.id;

        EvalRepository evals(db);
        m_evalRun = evals.createEvalRun(dataset, u"nightly"_s, {}).value();
        QVERIFY(evals.recordResult(m_evalRun,
                                   {cases.at(0), m_version, u"openai"_s, u"gpt-4o"_s,
                                    run(u"Paris"_s, {}, 800), u"pass"_s, 1.0,
                                    QJsonArray {QJsonObject {{u"type"_s, u"equals"_s},
                                                             {u"pass"_s, true},
                                                             {u"reason"_s, u"the same text"_s}}}}));
        QVERIFY(evals.recordResult(
            m_evalRun,
            {cases.at(1), m_version, u"openai"_s, u"gpt-4o"_s,
             run(u"It is\nLima, I think"_s, u"the stream ended early"_s, 1200), u"error"_s,
             std::nullopt,
             QJsonArray {QJsonObject {{u"type"_s, u"contains"_s},
                                      {u"label"_s, u"says Lima"_s},
                                      {u"pass"_s, false},
                                      {u"reason"_s, u"no reply to check"_s}},
                         QJsonObject {{u"type"_s, u"max-latency"_s}, {u"pass"_s, true}}}}));
        QVERIFY(evals.setStatus(m_evalRun, u"complete"_s));
    }

    void jsonHoldsTheRunItsColumnsAndEveryResult()
    {
        const QJsonObject report = EvalReport::toJson(m_workspace->database(), m_evalRun, cost);
        QCOMPARE(report.value(u"format"_s).toString(), u"prompt-workbench-eval-report"_s);
        QCOMPARE(report.value(u"version"_s).toInt(), 1);
        const QJsonObject run = report.value(u"evalRun"_s).toObject();
        QCOMPARE(run.value(u"name"_s).toString(), u"nightly"_s);
        QCOMPARE(run.value(u"dataset"_s).toString(), u"capitals"_s);
        QCOMPARE(run.value(u"status"_s).toString(), u"complete"_s);
        QVERIFY(run.value(u"finishedAt"_s).toString().endsWith(u'Z'));

        const QJsonObject summary = report.value(u"summary"_s).toObject();
        QCOMPARE(summary.value(u"cases"_s).toInt(), 2);
        QCOMPARE(summary.value(u"results"_s).toInt(), 2);
        QCOMPARE(summary.value(u"passed"_s).toInt(), 1);
        QCOMPARE(summary.value(u"errors"_s).toInt(), 1);
        QCOMPARE(summary.value(u"passRate"_s).toDouble(), 0.5);

        const QJsonArray columns = report.value(u"columns"_s).toArray();
        QCOMPARE(columns.size(), 1);
        const QJsonObject column = columns.at(0).toObject();
        QCOMPARE(column.value(u"promptVersionId"_s).toInteger(), m_version);
        QCOMPARE(column.value(u"p95LatencyMs"_s).toInteger(), 1200);
        QCOMPARE(column.value(u"inputTokens"_s).toInteger(), 2000);
        QCOMPARE(column.value(u"costUsd"_s).toDouble(), 0.004);

        const QJsonArray results = report.value(u"results"_s).toArray();
        QCOMPARE(results.size(), 2);
        const QJsonObject first = results.at(0).toObject();
        QCOMPARE(first.value(u"case"_s).toInt(), 1);
        QCOMPARE(first.value(u"variables"_s).toObject().value(u"country"_s).toString(),
                 u"France"_s);
        QCOMPARE(first.value(u"expected"_s).toString(), u"Paris"_s);
        QCOMPARE(first.value(u"output"_s).toString(), u"Paris"_s);
        QVERIFY(first.value(u"error"_s).isNull());
        QCOMPARE(first.value(u"score"_s).toDouble(), 1.0);
        QCOMPARE(first.value(u"firstTokenMs"_s).toInt(), 40);
        QCOMPARE(first.value(u"costUsd"_s).toDouble(), 0.002);
        QCOMPARE(first.value(u"assertions"_s).toArray().size(), 1);
        const QJsonObject second = results.at(1).toObject();
        QCOMPARE(second.value(u"status"_s).toString(), u"error"_s);
        QVERIFY(second.value(u"score"_s).isNull());
        QCOMPARE(second.value(u"error"_s).toString(), u"the stream ended early"_s);
        QCOMPARE(second.value(u"output"_s).toString(), u"It is\nLima, I think"_s);
    }

    void csvReadsBackCellForCell()
    {
        const QByteArray csv = EvalReport::toCsv(m_workspace->database(), m_evalRun, cost);
        const CsvParser::Parsed parsed = CsvParser::parse(csv, 10);
        QCOMPARE(parsed.errorCount, 0);
        QCOMPARE(parsed.rows.size(), 3);
        QStringList header;
        for (const CsvField &field : parsed.rows.at(0).fields) {
            header << field.text;
        }
        QCOMPARE(header.first(), u"case"_s);
        QCOMPARE(header.last(), u"assertions"_s);
        const auto cell = [&](int row, const QString &name) {
            return parsed.rows.at(row).fields.at(header.indexOf(name)).text;
        };
        QCOMPARE(cell(1, u"status"_s), u"pass"_s);
        QCOMPARE(cell(1, u"cost_usd"_s), u"0.002000"_s);
        QCOMPARE(cell(1, u"prompt_version_id"_s), QString::number(m_version));
        QCOMPARE(cell(2, u"output"_s), u"It is\nLima, I think"_s); // a newline, quoted
        QCOMPARE(cell(2, u"score"_s), QString()); // none: an empty cell
        QCOMPARE(cell(2, u"assertions"_s), u"says Lima: no reply to check; max-latency"_s);
        QCOMPARE(cell(2, u"latency_ms"_s), u"1200"_s);
    }

    void writesBySuffixAndRefusesOthers()
    {
        const QString json = m_dir.filePath(u"report.json"_s);
        QVERIFY(EvalReport::writeFile(m_workspace->database(), m_evalRun, json));
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(
            QJsonDocument::fromJson(file.readAll()).object().value(u"results"_s).toArray().size(),
            2);
        QVERIFY(EvalReport::writeFile(m_workspace->database(), m_evalRun,
                                      m_dir.filePath(u"report.CSV"_s)));
        const auto wrong =
            EvalReport::writeFile(m_workspace->database(), m_evalRun, m_dir.filePath(u"r.txt"_s));
        QVERIFY(!wrong);
        QVERIFY2(wrong.error().contains(u"r.txt"_s), qPrintable(wrong.error()));
        QVERIFY(!QFile::exists(m_dir.filePath(u"r.txt"_s)));
        const auto unwritable = EvalReport::writeFile(m_workspace->database(), m_evalRun,
                                                      m_dir.filePath(u"missing/dir/r.json"_s));
        QVERIFY(!unwritable);
        QVERIFY2(unwritable.error().contains(u"r.json"_s), qPrintable(unwritable.error()));
    }
};

QTEST_GUILESS_MAIN(EvalReportTest)
#include "tst_evalreport.moc"
