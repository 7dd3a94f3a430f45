#include "LoopbackServer.h"
#include "OpenAiStream.h"
#include "Screenshots.h"
#include "eval/EvalResultsModel.h"
#include "eval/EvalResultsPanel.h"
#include "eval/EvalRunner.h"
#include "storage/RunRecorder.h"
#include "storage/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using pwb::test::ServerScript;

// The results view of an eval run made by the real runner against a loopback provider: the
// grid's cells, the column figures, and a clicked cell's full story.
class EvalResultsPanelTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<pwb::Workspace> m_workspace;
    pwb::test::LoopbackServer m_server;
    QNetworkAccessManager m_network;

private Q_SLOTS:
    void initTestCase()
    {
        m_workspace = std::move(pwb::Workspace::open(m_dir.filePath(u"w.sqlite"_s))).value();
        m_workspace->recorder().setBatchInterval(10);
        m_server.setScriptChooser(
            [](const pwb::test::LoopbackServer::Request &request) -> std::optional<ServerScript> {
                const QJsonObject body = QJsonDocument::fromJson(request.body).object();
                const QString city = body.value(u"messages"_s)
                                         .toArray()
                                         .last()
                                         .toObject()
                                         .value(u"content"_s)
                                         .toString();
                const bool small = body.value(u"model"_s).toString() == u"small"_s;
                // The small model gets Lyon wrong; both answer with the city in capitals.
                const QString answer =
                    small && city.contains(u"Lyon") ? u"PARIS"_s : city.toUpper();
                return ServerScript::streamed(pwb::test::openAiReplyEvents({answer}));
            });
    }

    void showsTheGridItsFiguresAndACell()
    {
        pwb::DatasetRepository datasets(m_workspace->database());
        const qint64 dataset = datasets.createDataset(u"cities"_s).value();
        for (const QString &city : {u"Oslo"_s, u"Lyon"_s, u"Kyoto"_s}) {
            pwb::DatasetCase testCase;
            testCase.variables = QJsonObject {{u"city"_s, city}};
            testCase.expected = city.toUpper();
            QVERIFY(datasets.insertCase(dataset, testCase).ok());
        }
        QList<pwb::EvalTarget> targets;
        for (const QString &model : {u"large"_s, u"small"_s}) {
            pwb::EvalTarget target;
            target.content.messages = {{pwb::ChatMessage::Role::User, u"{{city}}"_s}};
            target.content.model = model;
            target.provider = *pwb::ProviderConfig::preset(u"openai-compatible"_s);
            target.provider.id = u"loopback"_s;
            target.provider.baseUrl = m_server.url();
            targets.append(target);
        }
        pwb::EvalRunner runner(m_workspace->database(), &m_network, &m_workspace->recorder());
        runner.setScorer(
            [](const pwb::EvalCaseReply &reply, std::function<void(pwb::EvalVerdict)> done) {
                const bool pass = reply.reply.text == reply.testCase.expected;
                done({pass ? u"pass"_s : u"fail"_s, pass ? 1.0 : 0.0,
                      QJsonArray {
                          QJsonObject {{u"type"_s, u"equals"_s},
                                       {u"pass"_s, pass},
                                       {u"reason"_s,
                                        pass ? u"equal"_s
                                             : u"\"%1\" is not \"%2\""_s.arg(
                                                   reply.reply.text, *reply.testCase.expected)}}}});
            });
        QSignalSpy finished(&runner, &pwb::EvalRunner::finished);
        const qint64 run = runner.start(dataset, u"cities"_s, targets).value();
        QTRY_COMPARE(finished.count(), 1);

        pwb::EvalResultsPanel panel(m_workspace->database(), {});
        panel.resize(900, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.showRun(run);
        QCOMPARE(panel.model()->rowCount(), 3);
        QCOMPARE(panel.model()->columnCount(), 2);
        QCOMPARE(panel.model()->index(1, 1).data(pwb::EvalResultsModel::StatusRole).toString(),
                 u"fail"_s);
        QCOMPARE(panel.summaryTable()->item(0, 0)->text().left(6), u"100.0%"_s);
        QVERIFY2(panel.summaryTable()->item(0, 1)->text().startsWith(u"66.7% (2 of 3; 1 failed"),
                 qPrintable(panel.summaryTable()->item(0, 1)->text()));
        QVERIFY(panel.summaryTable()->item(2, 0)->text().endsWith(u"ms"));

        const QRect cell = panel.grid()->visualRect(panel.model()->index(1, 1));
        QTest::mouseClick(panel.grid()->viewport(), Qt::LeftButton, {}, cell.center());
        const QString details = panel.details()->toPlainText();
        QVERIFY2(details.contains(u"Lyon") && details.contains(u"PARIS") &&
                     details.contains(u"\"PARIS\" is not \"LYON\"") && details.contains(u"fail"),
                 qPrintable(details));
        const QImage shot = pwb::test::saveScreenshot(&panel, u"eval-results"_s);
        QVERIFY(pwb::test::distinctColours(shot) > 10);
    }
};

QTEST_MAIN(EvalResultsPanelTest)
#include "tst_evalresultspanel.moc"
