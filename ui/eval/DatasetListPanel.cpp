#include "eval/DatasetListPanel.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace pwb {

namespace {

constexpr int IdRole = Qt::UserRole;

} // namespace

DatasetListPanel::DatasetListPanel(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("datasetList"));
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("datasetListView"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);

    m_new = new QPushButton(tr("&New…"));
    m_new->setObjectName(QStringLiteral("newDataset"));
    m_new->setToolTip(tr("Create an empty dataset"));
    m_rename = new QPushButton(tr("Rena&me…"));
    m_rename->setObjectName(QStringLiteral("renameDataset"));
    m_delete = new QPushButton(tr("&Delete…"));
    m_delete->setObjectName(QStringLiteral("deleteDataset"));
    m_delete->setToolTip(tr("Delete the dataset with its cases and eval runs"));

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_new);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_new, &QPushButton::clicked, this, [this] { newDataset(); });
    connect(m_rename, &QPushButton::clicked, this, [this] { renameCurrent(); });
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteCurrent(); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        updateButtons();
        announceCurrent();
    });
    reload();
}

void DatasetListPanel::reload()
{
    const qint64 current = currentDatasetId();
    m_datasets = DatasetRepository(m_database).datasets();
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const DatasetInfo &dataset : std::as_const(m_datasets)) {
            auto *item = new QListWidgetItem(
                tr("%1 (%n case(s))", nullptr, dataset.caseCount).arg(dataset.name), m_list);
            item->setData(IdRole, dataset.id);
            item->setToolTip(dataset.description);
        }
    }
    setCurrentDataset(current);
    updateButtons();
}

qint64 DatasetListPanel::currentDatasetId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(IdRole).toLongLong() : 0;
}

QString DatasetListPanel::currentDatasetName() const
{
    const qint64 id = currentDatasetId();
    for (const DatasetInfo &dataset : m_datasets) {
        if (dataset.id == id) {
            return dataset.name;
        }
    }
    return {};
}

void DatasetListPanel::setCurrentDataset(qint64 datasetId)
{
    int row = -1;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(IdRole).toLongLong() == datasetId) {
            row = i;
        }
    }
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(row);
    }
    updateButtons();
    announceCurrent();
}

// Once per change of dataset: a reload that keeps the selection keeps the cases table (and its
// undo history).
void DatasetListPanel::announceCurrent()
{
    if (currentDatasetId() != m_announced) {
        m_announced = currentDatasetId();
        Q_EMIT currentDatasetChanged(m_announced);
    }
}

qint64 DatasetListPanel::newDataset(const QString &name)
{
    QString chosen = name;
    if (chosen.isEmpty()) {
        bool ok = false;
        chosen = QInputDialog::getText(this, tr("New Dataset"), tr("Name of the new dataset:"),
                                       QLineEdit::Normal, {}, &ok);
        if (!ok || chosen.trimmed().isEmpty()) {
            return 0;
        }
    }
    const Result<qint64> created = DatasetRepository(m_database).createDataset(chosen);
    if (!created) {
        Q_EMIT failed(created.error());
        return 0;
    }
    reload();
    setCurrentDataset(created.value());
    return created.value();
}

bool DatasetListPanel::renameCurrent(const QString &name)
{
    const qint64 id = currentDatasetId();
    if (id == 0) {
        return false;
    }
    QString chosen = name;
    if (chosen.isEmpty()) {
        bool ok = false;
        chosen = QInputDialog::getText(this, tr("Rename Dataset"), tr("New name of the dataset:"),
                                       QLineEdit::Normal, currentDatasetName(), &ok);
        if (!ok || chosen.trimmed().isEmpty() || chosen.trimmed() == currentDatasetName()) {
            return false;
        }
    }
    if (const Result<void> renamed = DatasetRepository(m_database).renameDataset(id, chosen);
        !renamed) {
        Q_EMIT failed(renamed.error());
        return false;
    }
    reload();
    return true;
}

bool DatasetListPanel::deleteCurrent(bool confirmed)
{
    const qint64 id = currentDatasetId();
    if (id == 0) {
        return false;
    }
    if (!confirmed) {
        const DatasetRepository repository(m_database);
        DatasetInfo dataset {id, currentDatasetName(), {}, 0, 0};
        for (const DatasetInfo &info : repository.datasets()) {
            if (info.id == id) {
                dataset = info;
            }
        }
        const int evalRuns = repository.evalRunCount(id);
        QString text =
            tr("Delete the dataset \"%1\" and its %n case(s)?", nullptr, dataset.caseCount)
                .arg(dataset.name);
        if (evalRuns > 0) {
            text += u' ' +
                tr("Its %n eval run(s) and their results are deleted too.", nullptr, evalRuns);
        }
        text += u' ' + tr("This cannot be undone.");
        QMessageBox box(QMessageBox::Warning, tr("Delete Dataset"), text, QMessageBox::Cancel,
                        this);
        box.setObjectName(QStringLiteral("confirmDeleteDataset"));
        QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != remove) {
            return false;
        }
    }
    if (const Result<void> removed = DatasetRepository(m_database).removeDataset(id); !removed) {
        Q_EMIT failed(removed.error());
        return false;
    }
    const int row = m_list->currentRow();
    reload();
    if (m_list->count() > 0) {
        setCurrentDataset(
            m_list->item(std::min(row, m_list->count() - 1))->data(IdRole).toLongLong());
    } else {
        setCurrentDataset(0);
    }
    return true;
}

void DatasetListPanel::updateButtons()
{
    const bool selected = currentDatasetId() != 0;
    m_rename->setEnabled(selected);
    m_delete->setEnabled(selected);
}

} // namespace pwb
