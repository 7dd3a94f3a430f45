#include "Screenshots.h"
#include "eval/DatasetCasesPanel.h"
#include "eval/DatasetImportDialog.h"
#include "eval/DatasetListPanel.h"
#include "eval/DatasetsWindow.h"
#include "storage/Database.h"
#include "storage/DatasetCasesModel.h"
#include "storage/DatasetRepository.h"
#include "storage/EvalRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace pwb;

// The datasets window on a real workspace database, driven as a user would: a dataset made and
// typed into, undone and redone; CSV files imported through the preview (one with quotes, line
// breaks and a byte order mark; one with errors, which imports nothing); export and import
// back; a case added from a chat run; rename and delete.
class DatasetsWindowTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_count = 0;

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            return {};
        }
        return file.fileName();
    }

    // The cases as JSON text, to compare whole datasets in one QCOMPARE.
    QString casesJson(qint64 datasetId) const
    {
        QJsonArray cases;
        for (const DatasetCase &c : DatasetRepository(*m_db).cases(datasetId)) {
            QJsonObject object {{u"vars"_s, c.variables}, {u"metadata"_s, c.metadata}};
            if (c.expected) {
                object.insert(u"expected"_s, *c.expected);
            }
            cases.append(object);
        }
        return QString::fromUtf8(QJsonDocument(cases).toJson(QJsonDocument::Compact));
    }

    // Types `text` into the cell as a user would: start editing, type, press Return.
    void typeIntoCell(QTableView *table, const QModelIndex &index, const QString &text)
    {
        table->setCurrentIndex(index);
        table->edit(index);
        QWidget *editor = table->indexWidget(index);
        if (!editor) {
            editor = QApplication::focusWidget();
        }
        QVERIFY(editor && editor != table);
        if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            line->selectAll();
        }
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        // Return commits through a queued call; the editor closes when it is done.
        QTRY_VERIFY(!table->indexWidget(index));
    }

    static void checkRendered(QWidget *widget, const QString &name)
    {
        const QImage image = test::saveScreenshot(widget, name);
        QVERIFY2(test::distinctColours(image) > 10, qPrintable(name + u" looks blank"_s));
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_db = Database::open(m_dir.filePath(u"datasets%1.sqlite"_s.arg(++m_count)), error);
        QVERIFY2(m_db, qPrintable(error));
    }
    void cleanup() { m_db.reset(); }

    void createTypeUndoRedo()
    {
        DatasetsWindow window(*m_db);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        DatasetListPanel *list = window.listPanel();
        DatasetCasesPanel *cases = window.casesPanel();
        QVERIFY(!cases->addCaseAction()->isEnabled());
        QVERIFY(!window.exportAction()->isEnabled());

        // New… asks for the name.
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setTextValue(u"weather"_s);
            dialog->accept();
        });
        QTest::mouseClick(list->findChild<QPushButton *>(u"newDataset"_s), Qt::LeftButton);
        const qint64 id = DatasetRepository(*m_db).datasetId(u"weather"_s).value_or(0);
        QVERIFY(id != 0);
        QCOMPARE(list->currentDatasetId(), id);
        QCOMPARE(cases->datasetId(), id);
        QVERIFY(cases->addCaseAction()->isEnabled());
        QVERIFY(window.exportAction()->isEnabled());

        DatasetCasesModel *model = cases->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(cases->addVariable(u"city"_s));
        QVERIFY(!cases->addVariable(u"city"_s)); // there is one
        QCOMPARE(model->columnCount(), 3); // city, Expected, Metadata
        cases->addCaseAction()->trigger();
        cases->addCaseAction()->trigger();
        QCOMPARE(model->rowCount(), 2);
        QVERIFY(list->list()->item(0)->text().startsWith(u"weather (2 case"_s));

        QTableView *table = cases->table();
        typeIntoCell(table, model->index(0, 0), u"Paris"_s);
        typeIntoCell(table, model->index(0, 1), u"12 °C"_s);
        typeIntoCell(table, model->index(1, 0), u"Oslo"_s);
        typeIntoCell(table, model->index(1, 2), u"{\"source\": \"met.no\"}"_s);
        QCOMPARE(
            casesJson(id),
            uR"([{"expected":"12 °C","metadata":{},"vars":{"city":"Paris"}},{"metadata":{"source":"met.no"},"vars":{"city":"Oslo"}}])"_s);

        // Metadata that is not a JSON object is refused, with the reason shown.
        typeIntoCell(table, model->index(1, 2), u"[1"_s);
        QVERIFY(window.messageLabel()->isVisible());
        QVERIFY2(window.messageLabel()->text().contains(u"metadata"_s),
                 qPrintable(window.messageLabel()->text()));
        QCOMPARE(model->index(1, 2).data().toString(), u"{\"source\":\"met.no\"}"_s);

        checkRendered(&window, u"datasets-window-typed"_s);

        // Ctrl+Z in the table undoes the last edit, then the one before; Ctrl+Shift+Z redoes.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        table->setFocus();
        QTRY_VERIFY(table->hasFocus());
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(model->index(1, 2).data().toString(), QString());
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(model->index(1, 0).data().toString(), QString());
        QVERIFY(cases->redoAction()->isEnabled());
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(model->index(1, 0).data().toString(), u"Oslo"_s);

        // Remove the selected rows (both), then undo the removal: both back, in order.
        table->selectAll();
        QVERIFY(cases->removeCasesAction()->isEnabled());
        cases->removeCasesAction()->trigger();
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(list->list()->item(0)->text().startsWith(u"weather (0 case"_s));
        cases->undoAction()->trigger();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(
            casesJson(id),
            uR"([{"expected":"12 °C","metadata":{},"vars":{"city":"Paris"}},{"metadata":{},"vars":{"city":"Oslo"}}])"_s);
    }

    void importsAFileWithQuotesNewlinesAndBom()
    {
        DatasetsWindow window(*m_db);
        window.show();
        const QString path =
            writeFile(u"capitals.csv"_s,
                      "\xEF\xBB\xBF"
                      "country,question,expected,__source\r\n"
                      "France,\"Capital of \"\"France\"\", please?\",Paris,atlas\r\n"
                      "Japan,\"Two lines:\nwhich city?\",\"東京, Tokyo\",\r\n"
                      "\"Côte d'Ivoire\",\"\",Yamoussoukro,wiki\r\n");
        QVERIFY(!path.isEmpty());

        DatasetImportDialog *dialog = window.importPath(path);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->import().ok());
        QTableWidget *preview = dialog->previewTable();
        QCOMPARE(preview->rowCount(), 3);
        QCOMPARE(preview->horizontalHeaderItem(0)->text(), u"country"_s); // no BOM in the name
        QCOMPARE(preview->item(0, 1)->text(), u"Capital of \"France\", please?"_s);
        QCOMPARE(preview->item(1, 1)->text(), u"Two lines:\nwhich city?"_s);
        QCOMPARE(preview->item(1, 2)->text(), u"東京, Tokyo"_s);
        QCOMPARE(dialog->errorTable()->rowCount(), 0);
        QVERIFY(!dialog->errorTable()->isVisible());
        QCOMPARE(dialog->nameEdit()->text(), u"capitals"_s);
        QVERIFY(!dialog->appendChoice()->isEnabled()); // no dataset chosen
        QVERIFY(dialog->importButton()->isEnabled());
        dialog->nameEdit()->clear();
        QVERIFY(!dialog->importButton()->isEnabled()); // a new dataset needs a name
        QTest::keyClicks(dialog->nameEdit(), u"capitals"_s);
        checkRendered(dialog, u"datasets-import-preview"_s);

        QSignalSpy changed(&window, &DatasetsWindow::datasetsChanged);
        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
        QCOMPARE(changed.count(), 1);
        const qint64 id = DatasetRepository(*m_db).datasetId(u"capitals"_s).value_or(0);
        QVERIFY(id != 0);
        QCOMPARE(window.listPanel()->currentDatasetId(), id);
        QCOMPARE(window.casesPanel()->model()->rowCount(), 3);
        // Built, not spelled: moc does not parse raw strings holding \" or \n.
        QJsonArray expected;
        expected.append(
            QJsonObject {{u"expected"_s, u"Paris"_s},
                         {u"metadata"_s, QJsonObject {{u"source"_s, u"atlas"_s}}},
                         {u"vars"_s,
                          QJsonObject {{u"country"_s, u"France"_s},
                                       {u"question"_s, u"Capital of \"France\", please?"_s}}}});
        expected.append(
            QJsonObject {{u"expected"_s, u"東京, Tokyo"_s},
                         {u"metadata"_s, QJsonObject {}},
                         {u"vars"_s,
                          QJsonObject {{u"country"_s, u"Japan"_s},
                                       {u"question"_s, u"Two lines:\nwhich city?"_s}}}});
        expected.append(QJsonObject {
            {u"expected"_s, u"Yamoussoukro"_s},
            {u"metadata"_s, QJsonObject {{u"source"_s, u"wiki"_s}}},
            {u"vars"_s, QJsonObject {{u"country"_s, u"Côte d'Ivoire"_s}, {u"question"_s, u""_s}}}});
        QCOMPARE(casesJson(id),
                 QString::fromUtf8(QJsonDocument(expected).toJson(QJsonDocument::Compact)));
        QVERIFY(window.messageLabel()->text().contains(u"3 case"_s));
        checkRendered(&window, u"datasets-window-imported"_s);

        // The same file again, appended to the chosen dataset; the default new name is free.
        dialog = window.importPath(path);
        QCOMPARE(dialog->nameEdit()->text(), u"capitals 2"_s);
        QVERIFY(dialog->appendChoice()->isEnabled());
        dialog->appendChoice()->setChecked(true);
        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
        QCOMPARE(DatasetRepository(*m_db).cases(id).size(), 6);
        QCOMPARE(window.casesPanel()->model()->rowCount(), 6);
        QCOMPARE(DatasetRepository(*m_db).datasets().size(), 1);
    }

    void aFileWithErrorsShowsThemAndImportsNothing()
    {
        DatasetsWindow window(*m_db);
        window.show();
        const qint64 existing = DatasetRepository(*m_db).createDataset(u"kept"_s).value();
        window.listPanel()->reload();
        window.listPanel()->setCurrentDataset(existing);
        const QString path = writeFile(u"broken.csv"_s,
                                       "city,expected\n"
                                       "Paris,ok\n"
                                       "Oslo,ok,extra\n"
                                       "Rome,\"open quote\n");
        DatasetImportDialog *dialog = window.importPath(path);
        QVERIFY(!dialog->import().ok());
        QTableWidget *errors = dialog->errorTable();
        QVERIFY(errors->isVisible());
        QVERIFY(errors->rowCount() >= 2);
        QCOMPARE(errors->item(0, 0)->text().section(u',', 0, 0), u"3"_s); // the ragged row
        QVERIFY(!errors->item(0, 2)->text().isEmpty());
        QCOMPARE(errors->item(errors->rowCount() - 1, 0)->text().section(u',', 0, 0), u"4"_s);
        QVERIFY(!dialog->importButton()->isEnabled());
        QVERIFY(!dialog->importButton()->toolTip().isEmpty());
        checkRendered(dialog, u"datasets-import-errors"_s);

        // Neither the button nor Enter imports anything.
        dialog->appendChoice()->setChecked(true);
        QVERIFY(!dialog->importButton()->isEnabled());
        dialog->accept();
        QVERIFY(dialog->isVisible());
        dialog->reject();
        QCOMPARE(DatasetRepository(*m_db).datasets().size(), 1);
        QCOMPARE(DatasetRepository(*m_db).cases(existing).size(), 0);
    }

    void exportsAndImportsBack()
    {
        DatasetRepository repository(*m_db);
        const qint64 id = repository.createDataset(u"mixed"_s).value();
        QVERIFY(repository.insertCase(id,
                                      {0,
                                       0,
                                       {{u"q"_s, u"a, \"b\"\nc"_s}, {u"n"_s, QJsonArray {1, 2.5}}},
                                       u""_s,
                                       {{u"tag"_s, u"x"_s}},
                                       {}}));
        QVERIFY(
            repository.insertCase(id, {0, 0, {{u"q"_s, u"\uFEFFbom"_s}}, std::nullopt, {}, {}}));
        DatasetsWindow window(*m_db);
        window.show();
        window.listPanel()->setCurrentDataset(id);

        for (const QString &name : {u"mixed-csv.csv"_s, u"mixed-jsonl.jsonl"_s}) {
            const QString path = m_dir.filePath(name);
            const Result<void> written = window.exportTo(path);
            QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error()));
            QVERIFY(window.messageLabel()->text().contains(u"2 case"_s));
            DatasetImportDialog *dialog = window.importPath(path);
            QVERIFY(dialog->import().ok());
            QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
            const qint64 back = repository.datasetId(QFileInfo(path).completeBaseName()).value();
            QCOMPARE(casesJson(back), casesJson(id));
            window.listPanel()->setCurrentDataset(id);
        }
    }

    void addsACaseFromARun()
    {
        DatasetsWindow window(*m_db);
        QSignalSpy added(&window, &DatasetsWindow::caseAdded);
        const QJsonObject variables {{u"city"_s, u"Lyon"_s}, {u"unit"_s, u"C"_s}};

        // No dataset yet: a suggested name creates one.
        QInputDialog *ask = window.addCaseFromRun(variables, u"It is 14 °C in Lyon."_s);
        QVERIFY(ask && ask->isVisible());
        ask->setTextValue(u"from chat"_s);
        ask->accept();
        QCOMPARE(added.count(), 1);
        const qint64 id = DatasetRepository(*m_db).datasetId(u"from chat"_s).value_or(0);
        QVERIFY(id != 0);
        QCOMPARE(added.at(0).at(0).toLongLong(), id);
        QCOMPARE(
            casesJson(id),
            uR"([{"expected":"It is 14 °C in Lyon.","metadata":{},"vars":{"city":"Lyon","unit":"C"}}])"_s);
        QCOMPARE(window.lastRunDataset(), u"from chat"_s);

        // The next run: the last dataset is offered first, one click adds.
        QVERIFY(DatasetRepository(*m_db).createDataset(u"another"_s).ok());
        window.listPanel()->reload();
        ask = window.addCaseFromRun({{u"city"_s, u"Nice"_s}}, u"Sunny."_s);
        QCOMPARE(ask->textValue(), u"from chat"_s);
        ask->accept();
        QCOMPARE(DatasetRepository(*m_db).cases(id).size(), 2);

        // Into the dataset on show: the table grows and the addition can be undone.
        window.listPanel()->setCurrentDataset(id);
        QCOMPARE(window.casesPanel()->model()->rowCount(), 2);
        QVERIFY(window.addCase(u"from chat"_s, {{u"season"_s, u"winter"_s}}, u"Cold."_s).ok());
        DatasetCasesModel *model = window.casesPanel()->model();
        QCOMPARE(model->rowCount(), 3);
        QVERIFY(model->variableNames().contains(u"season"_s));
        QVERIFY(window.casesPanel()->undoAction()->isEnabled());
        window.casesPanel()->undoAction()->trigger();
        QCOMPARE(DatasetRepository(*m_db).cases(id).size(), 2);

        // Cancelled: nothing is added.
        ask = window.addCaseFromRun(variables, u"x"_s);
        ask->reject();
        QCOMPARE(DatasetRepository(*m_db).cases(id).size(), 2);
        QCOMPARE(added.count(), 3);
    }

    void renamesAndDeletesAfterAsking()
    {
        DatasetRepository repository(*m_db);
        const qint64 first = repository.createDataset(u"alpha"_s).value();
        const qint64 second = repository.createDataset(u"beta"_s).value();
        QVERIFY(repository.insertCase(first, {0, 0, {{u"q"_s, u"1"_s}}, std::nullopt, {}, {}}));
        QVERIFY(EvalRepository(*m_db).createEvalRun(first, u"run"_s, {}));
        QCOMPARE(repository.evalRunCount(first), 1);
        DatasetsWindow window(*m_db);
        window.show();
        DatasetListPanel *list = window.listPanel();
        QCOMPARE(list->currentDatasetId(), first); // the first one is open

        QVERIFY(!list->renameCurrent(u"beta"_s)); // taken
        QVERIFY(window.messageLabel()->text().contains(u"beta"_s));
        QVERIFY(list->renameCurrent(u"gamma"_s));
        QCOMPARE(list->currentDatasetId(), first);
        QCOMPARE(list->currentDatasetName(), u"gamma"_s);
        // By name: beta, gamma.
        QVERIFY(list->list()->item(0)->text().startsWith(u"beta (0 case"_s));
        QVERIFY(list->list()->item(1)->text().startsWith(u"gamma (1 case"_s));

        QString question;
        const auto answer = [this, &question](bool remove) {
            QTimer::singleShot(0, this, [&question, remove] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                question = box->text();
                const auto buttons = box->buttons();
                for (QAbstractButton *button : buttons) {
                    if ((box->buttonRole(button) == QMessageBox::DestructiveRole) == remove) {
                        button->click();
                        return;
                    }
                }
            });
        };
        answer(false);
        QTest::mouseClick(list->findChild<QPushButton *>(u"deleteDataset"_s), Qt::LeftButton);
        QVERIFY2(question.contains(u"gamma"_s) && question.contains(u"1 case"_s) &&
                     question.contains(u"1 eval run"_s),
                 qPrintable(question));
        QCOMPARE(repository.datasets().size(), 2);
        answer(true);
        QTest::mouseClick(list->findChild<QPushButton *>(u"deleteDataset"_s), Qt::LeftButton);
        QCOMPARE(repository.datasets().size(), 1);
        QVERIFY(!repository.datasetId(u"gamma"_s));
        QCOMPARE(list->currentDatasetId(), second);
        QCOMPARE(window.casesPanel()->datasetId(), second);
    }
};

QTEST_MAIN(DatasetsWindowTest)
#include "tst_datasetswindow.moc"
