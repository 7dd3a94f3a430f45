#include "eval/DatasetsWindow.h"

#include "eval/AssertionsDialog.h"
#include "eval/DatasetCasesPanel.h"
#include "eval/DatasetExport.h"
#include "eval/DatasetFormat.h"
#include "eval/DatasetImportDialog.h"
#include "eval/DatasetListPanel.h"
#include "providers/InlineMessage.h"
#include "storage/DatasetCasesModel.h"
#include "storage/DatasetRepository.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace pwb {

DatasetsWindow::DatasetsWindow(Database &database, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("datasetsWindow"));
    setWindowTitle(tr("Datasets"));

    m_list = new DatasetListPanel(database);
    m_cases = new DatasetCasesPanel(database);
    m_message = makeInlineMessage(QStringLiteral("datasetsMessage"));

    m_import = new QAction(tr("&Import…"), this);
    m_import->setObjectName(QStringLiteral("importDataset"));
    m_import->setToolTip(tr("Import cases from a CSV or JSON Lines file, after a preview"));
    m_export = new QAction(tr("&Export…"), this);
    m_export->setObjectName(QStringLiteral("exportDataset"));
    m_export->setToolTip(tr("Save the dataset's cases as CSV or JSON Lines"));
    auto *toolbar = addToolBar(tr("Datasets"));
    toolbar->setObjectName(QStringLiteral("datasetsToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_import);
    toolbar->addAction(m_export);
    m_datasetAssertions = new QAction(tr("Dataset &Assertions…"), this);
    m_datasetAssertions->setObjectName(QStringLiteral("datasetAssertions"));
    m_datasetAssertions->setToolTip(tr("The checks every case of this dataset is scored with"));
    m_caseAssertions = new QAction(tr("&Case Assertions…"), this);
    m_caseAssertions->setObjectName(QStringLiteral("caseAssertions"));
    m_caseAssertions->setToolTip(tr("Checks for the selected case only, on top of the dataset's"));
    toolbar->addSeparator();
    toolbar->addAction(m_datasetAssertions);
    toolbar->addAction(m_caseAssertions);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_list);
    splitter->addWidget(m_cases);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({220, 680});
    splitter->setChildrenCollapsible(false);
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    connect(m_import, &QAction::triggered, this, &DatasetsWindow::importFile);
    connect(m_export, &QAction::triggered, this, &DatasetsWindow::exportFile);
    connect(m_datasetAssertions, &QAction::triggered, this, &DatasetsWindow::editDatasetAssertions);
    connect(m_caseAssertions, &QAction::triggered, this, &DatasetsWindow::editCaseAssertions);
    connect(m_cases->table()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { updateActions(); });
    connect(m_list, &DatasetListPanel::currentDatasetChanged, this, [this](qint64 id) {
        m_cases->setDataset(id);
        updateActions();
    });
    connect(m_list, &DatasetListPanel::failed, this,
            [this](const QString &error) { showMessage(error, true); });
    connect(m_cases, &DatasetCasesPanel::failed, this,
            [this](const QString &error) { showMessage(error, true); });
    // The list shows case counts: a reload keeps its selection and so the table's undo history.
    connect(m_cases, &DatasetCasesPanel::casesChanged, m_list, &DatasetListPanel::reload);

    if (!m_list->datasets().isEmpty()) {
        m_list->setCurrentDataset(m_list->datasets().constFirst().id);
    }
    updateActions();
    resize(960, 600);
}

void DatasetsWindow::showMessage(const QString &text, bool isError)
{
    showInlineMessage(m_message, text, isError);
}

void DatasetsWindow::updateActions()
{
    m_export->setEnabled(m_list->currentDatasetId() != 0);
    m_datasetAssertions->setEnabled(m_list->currentDatasetId() != 0);
    m_caseAssertions->setEnabled(m_cases->table()->currentIndex().isValid());
}

AssertionsDialog *DatasetsWindow::editDatasetAssertions()
{
    const qint64 dataset = m_list->currentDatasetId();
    if (dataset == 0) {
        return nullptr;
    }
    DatasetRepository repository(m_database);
    auto *dialog = new AssertionsDialog(
        tr("Assertions of every case of \"%1\"").arg(m_list->currentDatasetName()),
        repository.assertions(dataset), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, dataset] {
        if (const Result<void> saved =
                DatasetRepository(m_database).setAssertions(dataset, dialog->assertions());
            !saved) {
            showMessage(saved.error(), true);
            return;
        }
        showMessage(
            tr("%n assertion(s) for every case saved.", nullptr, int(dialog->assertions().size())),
            false);
    });
    dialog->open();
    return dialog;
}

AssertionsDialog *DatasetsWindow::editCaseAssertions()
{
    const QModelIndex current = m_cases->table()->currentIndex();
    if (!current.isValid()) {
        return nullptr;
    }
    const DatasetCase testCase = m_cases->model()->caseAt(current.row());
    auto *dialog = new AssertionsDialog(tr("Assertions of case %1").arg(current.row() + 1),
                                        testCase.assertions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, testCase] {
        DatasetCase changed = testCase;
        changed.assertions = dialog->assertions();
        if (const Result<void> saved = DatasetRepository(m_database).updateCase(changed); !saved) {
            showMessage(saved.error(), true);
            return;
        }
        m_cases->reload();
        showMessage(
            tr("%n assertion(s) for this case saved.", nullptr, int(changed.assertions.size())),
            false);
    });
    dialog->open();
    return dialog;
}

void DatasetsWindow::importFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Dataset"), {},
        tr("Datasets (*.csv *.jsonl *.ndjson *.jsonlines);;All files (*)"));
    if (!path.isEmpty()) {
        importPath(path);
    }
}

DatasetImportDialog *DatasetsWindow::importPath(const QString &path)
{
    auto *dialog = new DatasetImportDialog(m_database, path, m_list->currentDatasetId(),
                                           m_list->currentDatasetName(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, path] {
        const qint64 id = dialog->importedDatasetId();
        const bool appended = id == m_list->currentDatasetId();
        m_list->reload();
        m_list->setCurrentDataset(id);
        if (appended) {
            m_cases->reload();
        }
        showMessage(tr("Imported %n case(s) from %1 into \"%2\".", nullptr, dialog->importedCount())
                        .arg(QFileInfo(path).fileName(), m_list->currentDatasetName()),
                    false);
        Q_EMIT datasetsChanged();
    });
    dialog->open();
    return dialog;
}

void DatasetsWindow::exportFile()
{
    if (m_list->currentDatasetId() == 0) {
        return;
    }
    const QString csv = tr("CSV (*.csv)");
    const QString jsonl = tr("JSON Lines (*.jsonl)");
    QString filter = csv;
    QString path = QFileDialog::getSaveFileName(this, tr("Export Dataset"),
                                                m_list->currentDatasetName() + u".csv",
                                                csv + u";;" + jsonl, &filter);
    if (path.isEmpty()) {
        return;
    }
    if (!datasetFormatForPath(path)) {
        path += filter == jsonl ? QStringLiteral(".jsonl") : QStringLiteral(".csv");
    }
    if (const Result<void> written = exportTo(path); !written) {
        showMessage(written.error(), true);
    }
}

Result<void> DatasetsWindow::exportTo(const QString &path)
{
    const qint64 id = m_list->currentDatasetId();
    if (id == 0) {
        return Result<void>::failure(tr("Choose a dataset to export."));
    }
    const DatasetFormat format = datasetFormatForPath(path).value_or(DatasetFormat::Csv);
    const QList<DatasetCase> cases = DatasetRepository(m_database).cases(id);
    Result<void> written = DatasetExport::writeFile(cases, path, format);
    if (written) {
        showMessage(tr("Exported %n case(s) to %1.", nullptr, int(cases.size()))
                        .arg(QFileInfo(path).fileName()),
                    false);
    }
    return written;
}

Result<qint64> DatasetsWindow::addCase(const QString &datasetName, const QJsonObject &variables,
                                       const QString &replyText, const QJsonObject &metadata)
{
    DatasetRepository repository(m_database);
    const QString name = datasetName.trimmed();
    qint64 datasetId = repository.datasetId(name).value_or(0);
    if (datasetId == 0) {
        const Result<qint64> created = repository.createDataset(name);
        if (!created) {
            return created;
        }
        datasetId = created.value();
        Q_EMIT datasetsChanged();
    }
    const DatasetCase newCase {0, 0, variables, replyText, metadata, {}};
    qint64 caseId = 0;
    if (datasetId == m_cases->datasetId()) {
        if (!m_cases->appendCase(newCase)) {
            return Result<qint64>::failure(
                tr("Cannot add the case to \"%1\" (see the message above).").arg(name));
        }
        DatasetCasesModel *model = m_cases->model();
        caseId = model->caseAt(model->rowCount() - 1).id;
    } else {
        const Result<qint64> inserted = repository.insertCase(datasetId, newCase);
        if (!inserted) {
            return inserted;
        }
        caseId = inserted.value();
    }
    m_lastRunDataset = name;
    m_list->reload();
    showMessage(tr("Added a case to \"%1\".").arg(name), false);
    Q_EMIT caseAdded(datasetId, caseId);
    return caseId;
}

QInputDialog *DatasetsWindow::addCaseFromRun(const QJsonObject &variables, const QString &replyText,
                                             QWidget *dialogParent)
{
    QStringList names;
    for (const DatasetInfo &dataset : DatasetRepository(m_database).datasets()) {
        names.append(dataset.name);
    }
    QString suggested = m_lastRunDataset;
    if (!names.contains(suggested)) {
        suggested = m_list->currentDatasetName();
    }
    if (suggested.isEmpty()) {
        suggested = names.isEmpty() ? tr("From chat") : names.constFirst();
    }
    if (!names.contains(suggested)) {
        names.prepend(suggested);
    }

    auto *dialog = new QInputDialog(dialogParent ? dialogParent : this);
    dialog->setObjectName(QStringLiteral("addCaseDatasetChoice"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Add to Dataset"));
    dialog->setLabelText(tr("Add this run as a case (its variables, the reply as the expected "
                            "output) to the dataset — or type a new name:"));
    dialog->setComboBoxItems(names);
    dialog->setComboBoxEditable(true);
    dialog->setTextValue(suggested);
    dialog->setOkButtonText(tr("Add Case"));
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, variables, replyText](const QString &name) {
                if (name.trimmed().isEmpty()) {
                    showMessage(tr("A dataset needs a name: no case was added."), true);
                    return;
                }
                if (const Result<qint64> added = addCase(name, variables, replyText); !added) {
                    showMessage(added.error(), true);
                }
            });
    dialog->open();
    return dialog;
}

} // namespace pwb
