#include "LoopbackServer.h"
#include "OpenAiStream.h"
#include "Screenshots.h"
#include "eval/EvalComparePanel.h"
#include "eval/EvalResultsModel.h"
#include "eval/EvalResultsPanel.h"
#include "eval/EvalRunDialog.h"
#include "eval/EvalRunsPanel.h"
#include "eval/EvalSession.h"
#include "eval/EvalWindow.h"
#include "providers/ApiKeyResolver.h"
#include "providers/ProviderDirectory.h"
#include "storage/DatasetRepository.h"
#include "storage/EvalRepository.h"
#include "storage/PromptRepository.h"
#include "storage/RunRecorder.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using pwb::test::LoopbackServer;
using pwb::test::ServerScript;

// The Evaluations window on a real workspace against a loopback provider: setting a run up in
// the dialog, results filling in live, stop and resume, and the comparison of two runs with the
// regression listed first.
class EvalWindowTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<pwb::Workspace> m_workspace;
    LoopbackServer m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<pwb::ProviderDirectory> m_providers;
    std::unique_ptr<pwb::ApiKeyResolver> m_keys;
    qint64 m_prompt = 0;
    qint64 m_dataset = 0;
    QHash<QString, QString> m_answers; // country → what the model says
    QSet<QString> m_holding;
    QStringList m_asked;

    pwb::RunServices services()
    {
        return {m_workspace->database(),
                m_workspace->prompts(),
                *m_providers,
                *m_keys,
                &m_workspace->recorder(),
                &m_network,
                {}};
    }

    static QString statusOf(pwb::EvalWindow &window, const QString &country)
    {
        pwb::EvalResultsModel *model = window.resultsPanel()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->testCase(row).variables.value(u"country"_s) == country) {
                return model->index(row, 0).data(pwb::EvalResultsModel::StatusRole).toString();
            }
        }
        return u"(no row)"_s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_workspace = std::move(pwb::Workspace::open(m_dir.filePath(u"w.sqlite"_s))).value();
        m_workspace->recorder().setBatchInterval(10);
        pwb::Database &db = m_workspace->database();
        m_providers = std::make_unique<pwb::ProviderDirectory>(db);
        m_keys = std::make_unique<pwb::ApiKeyResolver>(nullptr);
        pwb::ProviderConfig loop;
        loop.id = u"loop"_s;
        loop.format = pwb::ApiFormat::OpenAiChat;
        loop.baseUrl = QUrl(m_server.url().toString() + u"/v1"_s);
        QVERIFY(m_providers->save(loop));

        m_prompt = m_workspace->prompts().createPrompt(u"capital"_s).value();
        for (const QString &text :
             {u"Capital of {{country}}?"_s, u"Capital of {{country}}? One word."_s}) {
            pwb::PromptContent content;
            content.messages = {{pwb::ChatMessage::Role::User, text}};
            content.providerId = u"loop"_s;
            content.model = u"geo-1"_s;
            QVERIFY(m_workspace->prompts().saveVersion(m_prompt, content));
        }
        pwb::DatasetRepository datasets(db);
        m_dataset = datasets.createDataset(u"capitals"_s).value();
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
        QVERIFY(datasets.appendCases(m_dataset, cases));
        QVERIFY(datasets.setAssertions(m_dataset, {QJsonObject {{u"type"_s, u"equals"_s}}}));

        m_server.setScriptChooser(
            [this](const LoopbackServer::Request &request) -> std::optional<ServerScript> {
                static const QRegularExpression capitalOf(u"Capital of ([^?]+)\\?"_s);
                const QString text = QJsonDocument::fromJson(request.body)
                                         .object()
                                         .value(u"messages"_s)
                                         .toArray()
                                         .last()
                                         .toObject()
                                         .value(u"content"_s)
                                         .toString();
                const QString country = capitalOf.match(text).captured(1);
                m_asked.append(country);
                ServerScript script;
                script.send(ServerScript::head(200));
                if (m_holding.contains(country)) {
                    script.holdUntilReleased();
                }
                for (const QByteArray &event :
                     pwb::test::openAiReplyEvents({m_answers.value(country)})) {
                    script.chunk(event);
                }
                script.endChunks();
                return script;
            });
    }

    void init()
    {
        m_answers = {{u"France"_s, u"Paris"_s},
                     {u"Japan"_s, u"Tokyo"_s},
                     {u"Australia"_s, u"Sydney"_s},
                     {u"Peru"_s, u"Lima"_s}};
        m_holding.clear();
        m_asked.clear();
    }

    void dialogBuildsThePlan()
    {
        pwb::EvalRunDialog dialog(m_workspace->database(), m_workspace->prompts(), *m_providers);
        dialog.preset(m_prompt, m_dataset);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.versionList()->count(), 2);
        QCOMPARE(dialog.versionList()->item(0)->checkState(), Qt::Checked); // the newest
        QCOMPARE(dialog.versionList()->item(1)->checkState(), Qt::Unchecked);
        QCOMPARE(dialog.modelList()->count(), 1);
        QCOMPARE(dialog.modelList()->item(0)->text(), u"loop/geo-1"_s);

        // A second version and a second model: 2 × 2 columns.
        dialog.versionList()->item(1)->setCheckState(Qt::Checked);
        dialog.providerBox()->setCurrentIndex(dialog.providerBox()->findData(u"loop"_s));
        QTest::keyClicks(dialog.modelBox()->lineEdit(), u"geo-2"_s);
        QTest::keyClick(dialog.modelBox()->lineEdit(), Qt::Key_Return);
        QCOMPARE(dialog.modelList()->count(), 2);
        QCOMPARE(dialog.limitsTable()->rowCount(), 1); // one provider in use
        qobject_cast<QSpinBox *>(dialog.limitsTable()->cellWidget(0, 0))->setValue(120);
        dialog.concurrencyBox()->setValue(4);
        QVERIFY2(dialog.summaryLabel()->text().contains(u"= 16 request"_s),
                 qPrintable(dialog.summaryLabel()->text()));
        QVERIFY(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        pwb::test::saveScreenshot(&dialog, u"eval-run-dialog"_s);

        const pwb::EvalPlan plan = dialog.plan();
        QCOMPARE(plan.datasetId, m_dataset);
        QCOMPARE(plan.targets.size(), 4);
        QCOMPARE(plan.concurrency, 4);
        QCOMPARE(plan.limits.value(u"loop"_s).requestsPerMinute, 120);
        QCOMPARE(plan.name, u"capital"_s);

        // Nothing checked: nothing to run, and the dialog says why.
        dialog.versionList()->item(0)->setCheckState(Qt::Unchecked);
        dialog.versionList()->item(1)->setCheckState(Qt::Unchecked);
        QVERIFY(!dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(dialog.summaryLabel()->text().contains(u"at least one"_s));
    }

    void runFillsTheGridThenComparesWithTheNextRun()
    {
        pwb::EvalWindow window(services());
        window.setCurrentPrompt(m_prompt);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy finished(&window, &pwb::EvalWindow::runFinished);

        pwb::EvalPlan plan;
        plan.datasetId = m_dataset;
        plan.name = u"before"_s;
        plan.targets = {
            {m_workspace->prompts().versions(m_prompt).last().id, u"loop"_s, u"geo-1"_s}};
        window.startPlan(plan);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.last().at(1).toString(), u"complete"_s);
        QCOMPARE(window.resultsPanel()->model()->rowCount(), 4);
        QCOMPARE(statusOf(window, u"Australia"_s), u"fail"_s);
        QCOMPARE(statusOf(window, u"Peru"_s), u"pass"_s);
        QVERIFY2(window.progressLabel()->text().contains(u"3 of 4 passed (75.0%)"_s),
                 qPrintable(window.progressLabel()->text()));
        QCOMPARE(window.progressBar()->value(), 4);
        QCOMPARE(window.runsPanel()->table()->rowCount(), 1);
        QVERIFY(window.runsPanel()->table()->item(0, 3)->text().startsWith(u"75.0%"_s));

        // The model changed: Australia right now, Peru wrong.
        m_answers[u"Australia"_s] = u"Canberra"_s;
        m_answers[u"Peru"_s] = u"Cusco"_s;
        plan.name = u"after"_s;
        window.startPlan(plan);
        QVERIFY(finished.wait(20000));
        QCOMPARE(window.runsPanel()->table()->rowCount(), 2);
        QCOMPARE(window.runsPanel()->table()->item(0, 0)->text(), u"after"_s); // newest first
        window.tabs()->setCurrentIndex(1);
        const QList<pwb::EvalChange> &changes = window.comparePanel()->changes();
        QCOMPARE(changes.size(), 4);
        QCOMPARE(changes.at(0).kind, pwb::EvalChange::Kind::Regression);
        QCOMPARE(changes.at(1).kind, pwb::EvalChange::Kind::Improvement);
        QCOMPARE(window.comparePanel()->table()->item(0, 0)->text(), u"Regression"_s);
        QVERIFY(window.comparePanel()->table()->item(0, 1)->text().contains(u"Peru"_s));
        QVERIFY2(window.comparePanel()->headline()->text().contains(u"1 regression"_s),
                 qPrintable(window.comparePanel()->headline()->text()));
        QVERIFY(pwb::test::distinctColours(pwb::test::saveScreenshot(&window, u"eval-compare"_s)) >
                10);
        window.tabs()->setCurrentIndex(0);
        window.resultsPanel()->showCell(3, 0);
        QVERIFY(pwb::test::distinctColours(pwb::test::saveScreenshot(&window, u"eval-window"_s)) >
                10);

        const QString report = m_dir.filePath(u"after.json"_s);
        QVERIFY(window.exportReport(report));
        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll())
                     .object()
                     .value(u"summary"_s)
                     .toObject()
                     .value(u"passed"_s)
                     .toInt(),
                 3);
    }

    void stopThenResumeDoesNotRedoFinishedCases()
    {
        m_holding = {u"Australia"_s, u"Peru"_s};
        pwb::EvalWindow window(services());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy finished(&window, &pwb::EvalWindow::runFinished);
        pwb::EvalPlan plan;
        plan.datasetId = m_dataset;
        plan.name = u"stopped"_s;
        plan.targets = {
            {m_workspace->prompts().versions(m_prompt).last().id, u"loop"_s, u"geo-1"_s}};
        window.startPlan(plan);
        QVERIFY(QTest::qWaitFor([&] { return m_server.heldCount() == 2; }, 20000));
        QVERIFY(QTest::qWaitFor([&] { return window.session()->progress().done == 2; }, 20000));
        QVERIFY(window.stopAction()->isEnabled());
        window.stopAction()->trigger(); // cancelling ends the run at once
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.last().at(1).toString(), u"cancelled"_s);
        QVERIFY(window.progressLabel()->text().contains(u"Stopped after 2 of 4"_s));
        const qint64 run = window.session()->evalRunId();
        QCOMPARE(pwb::EvalRepository(m_workspace->database()).results(run).size(), 2);
        QVERIFY(window.resumeAction()->isEnabled());
        m_server.releaseHeld();

        m_holding.clear();
        m_asked.clear();
        window.resumeAction()->trigger();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.last().at(1).toString(), u"complete"_s);
        QCOMPARE(m_asked.size(), 2); // only the two that had no result
        QCOMPARE(pwb::EvalRepository(m_workspace->database()).results(run).size(), 4);
        QVERIFY(!window.resumeAction()->isEnabled());
    }
};

QTEST_MAIN(EvalWindowTest)
#include "tst_evalwindow.moc"
