#include "LoopbackServer.h"
#include "OpenAiStream.h"
#include "Screenshots.h"
#include "eval/AssertionsDialog.h"
#include "eval/DatasetImportDialog.h"
#include "eval/DatasetListPanel.h"
#include "eval/DatasetsWindow.h"
#include "eval/EvalComparePanel.h"
#include "eval/EvalResultsModel.h"
#include "eval/EvalResultsPanel.h"
#include "eval/EvalRunDialog.h"
#include "eval/EvalWindow.h"
#include "providers/ApiKeyResolver.h"
#include "providers/ProviderDirectory.h"
#include "storage/DatasetRepository.h"
#include "storage/PromptRepository.h"
#include "storage/RunRecorder.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace Qt::StringLiterals;
using pwb::test::LoopbackServer;
using pwb::test::ServerScript;

// The whole evaluation path as a user walks it, on real widgets: import a CSV into a dataset
// through its preview, give the dataset its assertions, set up and run an eval from the dialog,
// read the results grid and a cell, run again after the model changed and see the regression
// first in Compare.
class EvalFlowTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<pwb::Workspace> m_workspace;
    LoopbackServer m_server;
    QNetworkAccessManager m_network;
    QHash<QString, QString> m_answers;

private Q_SLOTS:
    void importRunResultsCompare()
    {
        m_workspace = std::move(pwb::Workspace::open(m_dir.filePath(u"w.sqlite"_s))).value();
        m_workspace->recorder().setBatchInterval(10);
        pwb::ProviderDirectory providers(m_workspace->database());
        pwb::ApiKeyResolver keys(nullptr);
        pwb::ProviderConfig loop;
        loop.id = u"loop"_s;
        loop.format = pwb::ApiFormat::OpenAiChat;
        loop.baseUrl = QUrl(m_server.url().toString() + u"/v1"_s);
        QVERIFY(providers.save(loop));
        const qint64 prompt = m_workspace->prompts().createPrompt(u"capital"_s).value();
        pwb::PromptContent content;
        content.messages = {{pwb::ChatMessage::Role::User, u"Capital of {{country}}?"_s}};
        content.providerId = u"loop"_s;
        content.model = u"geo-1"_s;
        QVERIFY(m_workspace->prompts().saveVersion(prompt, content));
        m_answers = {{u"France"_s, u"Paris"_s}, {u"Japan"_s, u"Tokyo"_s}, {u"Peru"_s, u"Lima"_s}};
        m_server.setScriptChooser([this](const LoopbackServer::Request &request)
                                      -> std::optional<ServerScript> {
            static const QRegularExpression capitalOf(u"Capital of ([^?]+)\\?"_s);
            const QString country = capitalOf.match(QString::fromUtf8(request.body)).captured(1);
            return ServerScript::streamed(pwb::test::openAiReplyEvents({m_answers.value(country)}));
        });

        // 1. Import: a CSV through the preview, into a new dataset named after the file.
        QFile csv(m_dir.filePath(u"capitals.csv"_s));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("country,expected\r\nFrance,Paris\r\nJapan,Tokyo\r\nPeru,Lima\r\n");
        csv.close();
        pwb::DatasetsWindow datasets(m_workspace->database());
        datasets.show();
        QVERIFY(QTest::qWaitForWindowExposed(&datasets));
        pwb::DatasetImportDialog *import = datasets.importPath(csv.fileName());
        QVERIFY(import->importButton()->isEnabled());
        QTest::mouseClick(import->importButton(), Qt::LeftButton);
        const qint64 dataset =
            pwb::DatasetRepository(m_workspace->database()).datasetId(u"capitals"_s).value_or(0);
        QVERIFY(dataset != 0);
        QCOMPARE(datasets.listPanel()->currentDatasetId(), dataset);

        // 2. The dataset's assertions, typed as JSON; a typo is named before it can be saved.
        pwb::AssertionsDialog *assertions = datasets.editDatasetAssertions();
        QVERIFY(assertions);
        assertions->editor()->setPlainText(u"[{\"type\": \"equals\", \"trim\": tru}]"_s);
        QVERIFY(!assertions->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY2(assertions->problemLabel()->text().startsWith(u"Line 1, column"_s),
                 qPrintable(assertions->problemLabel()->text()));
        assertions->editor()->setPlainText(u"[{\"type\": \"equals\", \"treshold\": 1}]"_s);
        QVERIFY2(assertions->problemLabel()->text().contains(u"treshold"_s),
                 qPrintable(assertions->problemLabel()->text()));
        assertions->editor()->setPlainText(u"[{\"type\": \"equals\", \"trim\": true}]"_s);
        QVERIFY(assertions->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        QTest::mouseClick(assertions->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(pwb::DatasetRepository(m_workspace->database()).assertions(dataset).size(), 1);
        pwb::test::saveScreenshot(&datasets, u"evalflow-1-dataset"_s);

        // 3. Run: New Eval Run's dialog, on the prompt and the imported dataset.
        pwb::EvalWindow window({m_workspace->database(),
                                m_workspace->prompts(),
                                providers,
                                keys,
                                &m_workspace->recorder(),
                                &m_network,
                                {}});
        window.setCurrentPrompt(prompt);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy finished(&window, &pwb::EvalWindow::runFinished);
        const auto runFromDialog = [&] {
            QTimer::singleShot(0, this, [&] {
                auto *dialog =
                    qobject_cast<pwb::EvalRunDialog *>(QApplication::activeModalWidget());
                QVERIFY(dialog);
                dialog->datasetBox()->setCurrentIndex(dialog->datasetBox()->findData(dataset));
                QVERIFY(dialog->summaryLabel()->text().contains(u"= 3 request"_s));
                QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
            });
            QVERIFY(window.newEvalRun());
            QVERIFY(finished.wait(20000));
        };
        runFromDialog();
        QCOMPARE(finished.last().at(1).toString(), u"complete"_s);

        // 4. Results: every cell passed; a cell's details say why.
        pwb::EvalResultsModel *model = window.resultsPanel()->model();
        QCOMPARE(model->rowCount(), 3);
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(model->index(row, 0).data(pwb::EvalResultsModel::StatusRole).toString(),
                     u"pass"_s);
        }
        window.resultsPanel()->showCell(2, 0);
        QVERIFY(window.resultsPanel()->details()->toPlainText().contains(u"Lima"_s));
        pwb::test::saveScreenshot(&window, u"evalflow-2-results"_s);

        // 5. The model changed; the second run's Compare tab lists the regression first.
        m_answers[u"Japan"_s] = u"Kyoto"_s;
        runFromDialog();
        window.tabs()->setCurrentIndex(1);
        const QList<pwb::EvalChange> &changes = window.comparePanel()->changes();
        QCOMPARE(changes.size(), 3);
        QCOMPARE(changes.first().kind, pwb::EvalChange::Kind::Regression);
        QVERIFY(window.comparePanel()->table()->item(0, 1)->text().contains(u"Japan"_s));
        QVERIFY(window.comparePanel()->headline()->text().contains(u"1 regression"_s));
        QVERIFY(pwb::test::distinctColours(
                    pwb::test::saveScreenshot(&window, u"evalflow-3-compare"_s)) > 10);
    }
};

QTEST_MAIN(EvalFlowTest)
#include "tst_evalflow.moc"
