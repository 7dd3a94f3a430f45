#include "LoopbackServer.h"
#include "OpenAiStream.h"
#include "PwbProcess.h"
#include "providers/ProviderDirectory.h"
#include "storage/Database.h"
#include "storage/DatasetRepository.h"
#include "storage/EvalRepository.h"
#include "storage/PromptRepository.h"
#include "storage/Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using pwb::test::LoopbackServer;
using pwb::test::ServerScript;

// `pwb eval` end to end, as CI runs it: the real executable, a real workspace and a loopback
// provider that knows three capitals of four. Exit status, summary, progress, reports, errors
// that name what is wrong, and a run killed mid-way that resumes without redoing a case.
class EvalCliTest : public QObject
{
    Q_OBJECT

    pwb::test::PwbProcess m_pwb;
    LoopbackServer m_server;
    QString m_workspace;
    QStringList m_asked; // countries, in the order the server was asked
    QSet<QString> m_holding; // countries whose answers wait for releaseHeld()

    static QString countryOf(const LoopbackServer::Request &request)
    {
        static const QRegularExpression capitalOf(u"Capital of ([^?]+)\\?"_s);
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        const QString text =
            body.value(u"messages"_s).toArray().last().toObject().value(u"content"_s).toString();
        return capitalOf.match(text).captured(1);
    }

    QStringList evalArguments(const QStringList &extra) const
    {
        return QStringList {u"eval"_s, u"--workspace"_s, m_workspace} + extra;
    }

    int resultCount(qint64 evalRunId) const
    {
        QString error;
        auto db = pwb::Database::open(m_workspace, error);
        return int(pwb::EvalRepository(*db).results(evalRunId).size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server.setScriptChooser(
            [this](const LoopbackServer::Request &request) -> std::optional<ServerScript> {
                const QString country = countryOf(request);
                m_asked.append(country);
                static const QHash<QString, QString> capitals {
                    {u"France"_s, u"Paris"_s}, {u"Japan"_s, u"Tokyo"_s}, {u"Peru"_s, u"Lima"_s}};
                // Australia gets a wrong answer: the one failing case.
                const QString answer = capitals.value(country, u"Sydney"_s);
                const QList<QByteArray> events = pwb::test::openAiReplyEvents({answer});
                ServerScript script;
                script.send(ServerScript::head(200));
                if (m_holding.contains(country)) {
                    script.holdUntilReleased();
                }
                for (const QByteArray &event : events) {
                    script.chunk(event);
                }
                script.endChunks();
                return script;
            });

        m_workspace = m_pwb.home().filePath(u"w.sqlite"_s);
        auto workspace = std::move(pwb::Workspace::open(m_workspace)).value();
        pwb::Database &db = workspace->database();
        pwb::ProviderConfig loop;
        loop.id = u"loop"_s;
        loop.displayName = u"Loopback"_s;
        loop.format = pwb::ApiFormat::OpenAiChat;
        loop.baseUrl = QUrl(m_server.url().toString() + u"/v1"_s);
        QVERIFY(pwb::ProviderDirectory(db).save(loop));

        pwb::PromptRepository &prompts = workspace->prompts();
        const qint64 prompt = prompts.createPrompt(u"capital"_s).value();
        pwb::PromptContent content;
        content.messages = {{pwb::ChatMessage::Role::User, u"Capital of {{country}}? One word."_s}};
        content.providerId = u"loop"_s;
        content.model = u"geo-1"_s;
        QVERIFY(prompts.saveVersion(prompt, content));

        pwb::DatasetRepository datasets(db);
        const qint64 dataset = datasets.createDataset(u"capitals"_s).value();
        QList<pwb::DatasetCase> cases;
        for (const auto &[country, capital] :
             QList<std::pair<QString, QString>> {{u"France"_s, u"Paris"_s},
                                                 {u"Japan"_s, u"Tokyo"_s},
                                                 {u"Australia"_s, u"Canberra"_s},
                                                 {u"Peru"_s, u"Lima"_s}}) {
            pwb::DatasetCase testCase;
            testCase.variables = {{u"country"_s, country}};
            testCase.expected = capital;
            cases.append(testCase);
        }
        QVERIFY(datasets.appendCases(dataset, cases));
        QVERIFY(datasets.setAssertions(
            dataset, {QJsonObject {{u"type"_s, u"equals"_s}, {u"trim"_s, true}}}));
    }

    void init()
    {
        m_asked.clear();
        m_holding.clear();
    }

    void passRateMeetsTheThreshold()
    {
        const QString report = m_pwb.home().filePath(u"report.json"_s);
        const auto outcome =
            m_pwb.run(evalArguments({u"--prompt"_s, u"capital"_s, u"--dataset"_s, u"capitals"_s,
                                     u"--min-pass-rate"_s, u"70%"_s, u"--report"_s, report}));
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY2(outcome.out.contains(u"Pass rate 75.0% (3 of 4) · required 70.0%: met"_s),
                 qPrintable(outcome.out));
        QVERIFY2(outcome.out.contains(u"capital@1 loop/geo-1"_s), qPrintable(outcome.out));
        QVERIFY2(outcome.out.contains(u"3 passed, 1 failed, 0 errors of 4"_s),
                 qPrintable(outcome.out));
        QVERIFY2(outcome.err.contains(u"[4/4]"_s), qPrintable(outcome.err)); // progress
        QCOMPARE(m_asked.size(), 4);

        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonArray results = json.value(u"results"_s).toArray();
        QCOMPARE(results.size(), 4);
        for (const QJsonValue &value : results) {
            const QJsonObject result = value.toObject();
            const bool australia =
                result.value(u"variables"_s).toObject().value(u"country"_s) == u"Australia"_s;
            QCOMPARE(result.value(u"status"_s).toString(), australia ? u"fail"_s : u"pass"_s);
            QCOMPARE(result.value(u"assertions"_s).toArray().size(), 1);
        }
    }

    void passRateBelowTheThresholdExitsOne()
    {
        const QString report = m_pwb.home().filePath(u"report.csv"_s);
        const auto outcome = m_pwb.run(evalArguments(
            {u"--prompt"_s, u"capital@1"_s, u"--dataset"_s, u"capitals"_s, u"--model"_s,
             u"loop/geo-2"_s, u"--concurrency"_s, u"2"_s, u"--report"_s, report}));
        QCOMPARE(outcome.exitCode, 1); // the default threshold is every case
        QVERIFY2(outcome.out.contains(u"required 100.0%: NOT met"_s), qPrintable(outcome.out));
        QVERIFY2(outcome.out.contains(u"loop/geo-2"_s), qPrintable(outcome.out));
        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("\r\n"), 5); // header + a row per case
    }

    void badArgumentsExitTwoNamingTheProblem_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::addRow("unknown dataset")
            << QStringList {u"--prompt"_s, u"capital"_s, u"--dataset"_s, u"cities"_s}
            << u"no dataset \"cities\" (there are: capitals)"_s;
        QTest::addRow("unknown prompt")
            << QStringList {u"--prompt"_s, u"capitol"_s, u"--dataset"_s, u"capitals"_s}
            << u"capitol"_s;
        QTest::addRow("unknown version")
            << QStringList {u"--prompt"_s, u"capital@7"_s, u"--dataset"_s, u"capitals"_s} << u"7"_s;
        QTest::addRow("model without provider")
            << QStringList {u"--prompt"_s, u"capital"_s, u"--dataset"_s,
                            u"capitals"_s, u"--model"_s, u"gpt-4o"_s}
            << u"PROVIDER/MODEL"_s;
        QTest::addRow("unknown provider")
            << QStringList {u"--prompt"_s, u"capital"_s, u"--dataset"_s,
                            u"capitals"_s, u"--model"_s, u"nowhere/m"_s}
            << u"no provider \"nowhere\""_s;
        QTest::addRow("bad pass rate")
            << QStringList {u"--prompt"_s, u"capital"_s,         u"--dataset"_s,
                            u"capitals"_s, u"--min-pass-rate"_s, u"150%"_s}
            << u"--min-pass-rate"_s;
        QTest::addRow("bad report suffix")
            << QStringList {u"--prompt"_s, u"capital"_s,  u"--dataset"_s,
                            u"capitals"_s, u"--report"_s, u"out.txt"_s}
            << u".json or .csv"_s;
        QTest::addRow("bad limit") << QStringList {u"--prompt"_s, u"capital"_s, u"--dataset"_s,
                                                   u"capitals"_s, u"--rpm"_s,   u"loop"_s}
                                   << u"PROVIDER=N"_s;
        QTest::addRow("missing dataset")
            << QStringList {u"--prompt"_s, u"capital"_s} << u"--dataset"_s;
        QTest::addRow("unknown eval run") << QStringList {u"--resume"_s, u"999"_s} << u"999"_s;
    }

    void badArgumentsExitTwoNamingTheProblem()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const auto outcome = m_pwb.run(evalArguments(arguments));
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY2(outcome.err.contains(expected), qPrintable(outcome.err));
        QVERIFY(m_asked.isEmpty());
    }

    void noWorkspaceExitsTwo()
    {
        const auto outcome =
            m_pwb.run({u"eval"_s, u"--workspace"_s, m_pwb.home().filePath(u"none.sqlite"_s),
                       u"--prompt"_s, u"capital"_s, u"--dataset"_s, u"capitals"_s});
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY2(outcome.err.contains(u"no workspace"_s), qPrintable(outcome.err));
        QVERIFY(!QFile::exists(m_pwb.home().filePath(u"none.sqlite"_s))); // not created
    }

    // A kill loses at most the cases in flight; --resume asks only for the rest.
    void killedRunResumesWithoutRedoingCases()
    {
        m_holding = {u"Australia"_s, u"Peru"_s};
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"XDG_DATA_HOME"_s, m_pwb.home().filePath(u"data"_s));
        environment.insert(u"XDG_CONFIG_HOME"_s, m_pwb.home().filePath(u"config"_s));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(PWB_CLI),
                      evalArguments({u"--prompt"_s, u"capital"_s, u"--dataset"_s, u"capitals"_s,
                                     u"--name"_s, u"to be killed"_s}));
        QVERIFY(process.waitForStarted());
        // Two answered and recorded, two held in flight: then the process dies.
        QVERIFY(QTest::qWaitFor([&] { return m_server.heldCount() == 2; }, 20000));
        qint64 evalRunId = 0;
        QVERIFY(QTest::qWaitFor(
            [&] {
                QString error;
                auto db = pwb::Database::open(m_workspace, error);
                const QList<pwb::EvalRunInfo> runs = pwb::EvalRepository(*db).evalRuns();
                if (runs.isEmpty() || runs.first().name != u"to be killed" ||
                    runs.first().results < 2) {
                    return false;
                }
                evalRunId = runs.first().id;
                return true;
            },
            20000));
        process.kill();
        QVERIFY(process.waitForFinished());
        m_server.releaseHeld();
        QCOMPARE(resultCount(evalRunId), 2);

        m_asked.clear();
        m_holding.clear();
        const auto outcome = m_pwb.run(evalArguments(
            {u"--resume"_s, QString::number(evalRunId), u"--min-pass-rate"_s, u"0.75"_s}));
        QCOMPARE(outcome.exitCode, 0);
        QCOMPARE(m_asked.size(), 2);
        QVERIFY(m_asked.contains(u"Australia"_s) && m_asked.contains(u"Peru"_s));
        QCOMPARE(resultCount(evalRunId), 4);
        QVERIFY2(outcome.out.contains(u"Pass rate 75.0% (3 of 4)"_s), qPrintable(outcome.out));
        QVERIFY2(outcome.out.contains(u"\"to be killed\""_s), qPrintable(outcome.out));
        QString error;
        auto db = pwb::Database::open(m_workspace, error);
        QCOMPARE(pwb::EvalRepository(*db).evalRun(evalRunId)->status, u"complete"_s);
    }

    void everyCaseAnErrorExitsTwo()
    {
        LoopbackServer down;
        down.setDefaultScript(ServerScript::response(500, R"({"error":{"message":"down"}})"_ba));
        {
            QString error;
            auto db = pwb::Database::open(m_workspace, error);
            pwb::ProviderConfig broken;
            broken.id = u"broken"_s;
            broken.format = pwb::ApiFormat::OpenAiChat;
            broken.baseUrl = QUrl(down.url().toString() + u"/v1"_s);
            QVERIFY(pwb::ProviderDirectory(*db).save(broken));
        }
        const auto outcome =
            m_pwb.run(evalArguments({u"--prompt"_s, u"capital"_s, u"--dataset"_s, u"capitals"_s,
                                     u"--model"_s, u"broken/m"_s, u"--min-pass-rate"_s, u"0"_s}));
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY2(outcome.err.contains(u"every case ended in an error"_s), qPrintable(outcome.err));
        QVERIFY2(outcome.out.contains(u"0 passed, 0 failed, 4 errors of 4"_s),
                 qPrintable(outcome.out));
    }
};

QTEST_GUILESS_MAIN(EvalCliTest)
#include "tst_evalcli.moc"
