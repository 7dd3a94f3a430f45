#include "eval/DatasetCasesPanel.h"

#include "storage/DatasetCasesModel.h"

#include <QAction>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace pwb {

namespace {

QAction *makeAction(QWidget *owner, const QString &text, const QString &name,
                    const QKeySequence &shortcut = {})
{
    auto *action = new QAction(text, owner);
    action->setObjectName(name);
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        // Only while the table (or its cell editor) has focus, so the window's other widgets
        // keep their own Ctrl+Z.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(
            QStringLiteral("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)));
    }
    owner->addAction(action);
    return action;
}

} // namespace

DatasetCasesPanel::DatasetCasesPanel(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("datasetCases"));
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("datasetCasesTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultSectionSize(180);

    m_empty = new QLabel(tr("Choose a dataset on the left, or create one with New…, or import "
                            "a CSV or JSON Lines file."));
    m_empty->setObjectName(QStringLiteral("datasetCasesEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    m_addCase = makeAction(this, tr("Add Case"), QStringLiteral("addCase"),
                           QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_removeCases = makeAction(this, tr("Remove Cases"), QStringLiteral("removeCases"),
                               QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_addVariable = makeAction(this, tr("Add Variable…"), QStringLiteral("addVariable"));
    m_undo = makeAction(this, tr("Undo"), QStringLiteral("undoCases"), QKeySequence::Undo);
    m_redo = makeAction(this, tr("Redo"), QStringLiteral("redoCases"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));

    auto *toolbar = new QToolBar;
    toolbar->setObjectName(QStringLiteral("datasetCasesToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_addCase);
    toolbar->addAction(m_removeCases);
    toolbar->addAction(m_addVariable);
    toolbar->addSeparator();
    toolbar->addAction(m_undo);
    toolbar->addAction(m_redo);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolbar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);

    connect(m_addCase, &QAction::triggered, this, &DatasetCasesPanel::addCase);
    connect(m_removeCases, &QAction::triggered, this, &DatasetCasesPanel::removeSelectedCases);
    connect(m_addVariable, &QAction::triggered, this, [this] { addVariable(); });
    connect(m_undo, &QAction::triggered, this, [this] {
        if (m_model) {
            m_model->undo();
        }
    });
    connect(m_redo, &QAction::triggered, this, [this] {
        if (m_model) {
            m_model->redo();
        }
    });
    setDataset(0);
}

qint64 DatasetCasesPanel::datasetId() const
{
    return m_model ? m_model->datasetId() : 0;
}

void DatasetCasesPanel::setDataset(qint64 datasetId)
{
    DatasetCasesModel *old = m_model;
    m_model = datasetId == 0 ? nullptr : new DatasetCasesModel(m_database, datasetId, this);
    m_table->setModel(m_model);
    delete old;
    if (m_model) {
        connect(m_model, &DatasetCasesModel::undoStateChanged, this,
                &DatasetCasesPanel::updateActions);
        connect(m_model, &DatasetCasesModel::writeFailed, this, &DatasetCasesPanel::failed);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &DatasetCasesPanel::casesChanged);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &DatasetCasesPanel::casesChanged);
        connect(m_model, &QAbstractItemModel::modelReset, this, &DatasetCasesPanel::casesChanged);
        connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &DatasetCasesPanel::updateActions);
        fitColumns();
    }
    m_table->setVisible(m_model != nullptr);
    m_empty->setVisible(m_model == nullptr);
    updateActions();
}

void DatasetCasesPanel::reload()
{
    if (m_model) {
        m_model->reload();
        fitColumns();
    }
}

// Each column as wide as its values, within reason, so that every column shows in the usual
// window; rows as tall as their line breaks.
void DatasetCasesPanel::fitColumns()
{
    m_table->resizeColumnsToContents();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        m_table->setColumnWidth(column, std::clamp(m_table->columnWidth(column), 90, 260));
    }
    m_table->resizeRowsToContents();
}

void DatasetCasesPanel::addCase()
{
    if (!m_model) {
        return;
    }
    const QModelIndex current = m_table->currentIndex();
    const int row = current.isValid() ? current.row() + 1 : m_model->rowCount();
    if (!m_model->insertRows(row, 1)) {
        return;
    }
    const QModelIndex first = m_model->index(row, 0);
    m_table->setCurrentIndex(first);
    m_table->scrollTo(first);
    m_table->setFocus();
}

void DatasetCasesPanel::removeSelectedCases()
{
    if (!m_model || !m_table->selectionModel()) {
        return;
    }
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedIndexes()) {
        if (!rows.contains(index.row())) {
            rows.append(index.row());
        }
    }
    if (rows.isEmpty() && m_table->currentIndex().isValid()) {
        rows.append(m_table->currentIndex().row());
    }
    // Runs of adjacent rows, from the bottom up so that the rows still to remove keep their
    // numbers; each run is one step of undo.
    std::sort(rows.begin(), rows.end(), std::greater<>());
    qsizetype i = 0;
    while (i < rows.size()) {
        qsizetype end = i + 1;
        while (end < rows.size() && rows.at(end) == rows.at(end - 1) - 1) {
            ++end;
        }
        m_model->removeRows(rows.at(end - 1), int(end - i));
        i = end;
    }
}

bool DatasetCasesPanel::addVariable(const QString &name)
{
    if (!m_model) {
        return false;
    }
    QString chosen = name;
    if (chosen.isEmpty()) {
        bool ok = false;
        chosen = QInputDialog::getText(this, tr("Add Variable"),
                                       tr("Name of the variable (a column of values):"),
                                       QLineEdit::Normal, {}, &ok);
        if (!ok) {
            return false;
        }
    }
    chosen = chosen.trimmed();
    if (chosen.isEmpty() || m_model->variableNames().contains(chosen)) {
        Q_EMIT failed(chosen.isEmpty() ? tr("A variable needs a name.")
                                       : tr("There is a variable \"%1\" already.").arg(chosen));
        return false;
    }
    m_model->addVariable(chosen);
    const QModelIndex cell = m_model->index(std::max(m_table->currentIndex().row(), 0),
                                            int(m_model->variableNames().size()) - 1);
    if (cell.isValid()) {
        m_table->setCurrentIndex(cell);
    }
    return true;
}

bool DatasetCasesPanel::appendCase(const DatasetCase &newCase)
{
    if (!m_model || !m_model->insertCase(-1, newCase)) {
        return false;
    }
    const QModelIndex last = m_model->index(m_model->rowCount() - 1, 0);
    m_table->setCurrentIndex(last);
    m_table->scrollTo(last);
    m_table->resizeRowToContents(last.row());
    return true;
}

void DatasetCasesPanel::updateActions()
{
    const bool open = m_model != nullptr;
    m_addCase->setEnabled(open);
    m_addVariable->setEnabled(open);
    m_removeCases->setEnabled(open && m_table->selectionModel() &&
                              m_table->selectionModel()->hasSelection());
    m_undo->setEnabled(open && m_model->canUndo());
    m_redo->setEnabled(open && m_model->canRedo());
}

} // namespace pwb
