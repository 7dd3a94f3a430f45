#include "runs/RunsWindow.h"

#include "core/ApplicationIdentity.h"
#include "runs/RunDetailPanel.h"
#include "runs/RunStatusDelegate.h"
#include "runs/RunsFileActions.h"
#include "runs/RunsFilterBar.h"
#include "storage/RunFacets.h"
#include "storage/RunRecorder.h"

#include <QAction>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QShowEvent>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

#include <algorithm>

namespace pwb {

namespace {
const QString kGeometryKey = QStringLiteral("runsWindow/geometry");
const QString kSplitterKey = QStringLiteral("runsWindow/splitter");
} // namespace

RunsWindow::RunsWindow(Database &database, RunRecorder *recorder, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_model(new RunsTableModel(database, this))
{
    setWindowTitle(tr("Saved Runs"));
    setObjectName(QStringLiteral("runsWindow"));

    m_filters = new RunsFilterBar;
    m_compare = new QAction(tr("Compare"), this);
    m_compare->setObjectName(QStringLiteral("runsCompare"));
    m_compare->setToolTip(tr("Select two runs (Ctrl+click) to see them side by side"));
    m_compare->setEnabled(false);
    auto *toolbar = addToolBar(tr("Filters"));
    toolbar->setObjectName(QStringLiteral("runsToolbar"));
    toolbar->setMovable(false);
    toolbar->addWidget(m_filters);
    toolbar->addSeparator();
    toolbar->addAction(m_compare);

    // Reviews are shared as files: the runs picked out, or everything the filter shows.
    m_files = new RunsFileActions(database, this);
    m_exportSelected = new QAction(this);
    m_exportSelected->setObjectName(QStringLiteral("runsExportSelected"));
    m_exportMatching = new QAction(this);
    m_exportMatching->setObjectName(QStringLiteral("runsExportMatching"));
    m_import = new QAction(tr("Import…"), this);
    m_import->setObjectName(QStringLiteral("runsImport"));
    m_import->setToolTip(tr("Add the runs of a JSON Lines file (from Export, or pwb export runs) "
                            "to this workspace"));
    auto *exportMenu = new QMenu(this);
    exportMenu->addAction(m_exportSelected);
    exportMenu->addAction(m_exportMatching);
    auto *exportButton = new QToolButton;
    exportButton->setObjectName(QStringLiteral("runsExport"));
    exportButton->setText(tr("Export"));
    exportButton->setToolTip(tr("Write runs to a JSON Lines file to share a review"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    exportButton->setMenu(exportMenu);
    toolbar->addWidget(exportButton);
    toolbar->addAction(m_import);
    connect(m_exportSelected, &QAction::triggered, this,
            [this] { m_files->exportRuns(selectedRunIds()); });
    connect(m_exportMatching, &QAction::triggered, this,
            [this] { m_files->exportRuns(m_model->matchingRunIds()); });
    connect(m_import, &QAction::triggered, m_files, &RunsFileActions::importRuns);
    connect(m_files, &RunsFileActions::imported, this, &RunsWindow::reload);
    connect(m_files, &RunsFileActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("runsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(RunsTableModel::Prompt, QHeaderView::Stretch);
    m_table->setItemDelegateForColumn(RunsTableModel::Status, new RunStatusDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RunsTableModel::Started, Qt::DescendingOrder);

    m_empty = new QLabel;
    m_empty->setObjectName(QStringLiteral("runsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_tableOrEmpty = new QStackedWidget;
    m_tableOrEmpty->addWidget(m_table);
    m_tableOrEmpty->addWidget(m_empty);

    m_detail = new RunDetailPanel(database);
    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("runsSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_tableOrEmpty);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    setCentralWidget(split);

    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("runsCount"));
    statusBar()->addPermanentWidget(m_count);

    connect(m_filters, &RunsFilterBar::filterChanged, this, &RunsWindow::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RunsWindow::onSelectionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const qint64 id = current.isValid() ? m_model->runId(current.row()) : 0;
                if (m_reloading || id == 0 || m_detail->runId() == id) {
                    return;
                }
                m_detail->showRun(id);
            });
    connect(m_compare, &QAction::triggered, this, [this] {
        const QList<qint64> ids = selectedRunIds();
        if (ids.size() == 2) {
            Q_EMIT compareRequested(ids.at(0), ids.at(1));
        }
    });
    connect(m_detail, &RunDetailPanel::openInEditorRequested, this,
            &RunsWindow::openInEditorRequested);
    connect(m_detail, &RunDetailPanel::copyAsCodeRequested, this, &RunsWindow::copyAsCodeRequested);
    if (recorder) {
        // Runs of an eval can finish hundreds a second: one reload for each burst, not each run.
        m_refresh.setSingleShot(true);
        m_refresh.setInterval(250);
        connect(&m_refresh, &QTimer::timeout, this, &RunsWindow::reload);
        connect(recorder, &RunRecorder::finished, this, [this] {
            if (!isVisible()) {
                m_stale = true;
            } else if (!m_refresh.isActive()) {
                m_refresh.start();
            }
        });
    }
    reload();
    m_table->resizeColumnsToContents();
    restoreLayout();
}

RunsWindow::~RunsWindow() = default;

void RunsWindow::setCostFunction(RunsTableModel::CostFunction cost)
{
    m_model->setCostFunction(std::move(cost));
    m_model->reload();
}

void RunsWindow::reload()
{
    m_stale = false;
    const RunFacets facets = RunFacets::load(m_database);
    m_totalRuns = facets.runCount;
    {
        const QSignalBlocker blocker(m_filters); // one reload below, not one per changed box
        m_filters->setFacets(facets);
    }
    applyFilter();
}

void RunsWindow::applyFilter()
{
    const std::optional<qint64> current = m_detail->runId();
    const QList<qint64> selected = selectedRunIds();
    m_reloading = true;
    m_model->setFilter(m_filters->filter());
    m_reloading = false;
    m_matching = m_model->matchingRunCount();
    // The current run stays in view (and its replay undisturbed) when it still matches, and
    // so does the rest of the selection.
    if (current) {
        selectRun(*current);
        if (currentRunId() != current) {
            m_detail->clear();
        }
    }
    for (const qint64 id : selected) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->runId(row) == id && id != current) {
                m_table->selectionModel()->select(m_model->index(row, 0),
                                                  QItemSelectionModel::Select |
                                                      QItemSelectionModel::Rows);
            }
        }
    }
    showTableOrEmptyState();
    onSelectionChanged();
}

void RunsWindow::showTableOrEmptyState()
{
    if (m_model->rowCount() > 0) {
        m_tableOrEmpty->setCurrentWidget(m_table);
        return;
    }
    m_empty->setText(m_totalRuns == 0
                         ? tr("No saved runs yet — runs are saved when you send a prompt.")
                         : tr("No runs match these filters."));
    m_tableOrEmpty->setCurrentWidget(m_empty);
}

void RunsWindow::selectRun(qint64 runId)
{
    for (int row = 0;; ++row) {
        if (row == m_model->rowCount()) {
            if (!m_model->canFetchMore({})) {
                return;
            }
            m_model->fetchMore({});
            if (row == m_model->rowCount()) {
                return;
            }
        }
        if (m_model->runId(row) == runId) {
            const QModelIndex index = m_model->index(row, 0);
            m_table->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_table->scrollTo(index);
            return;
        }
    }
}

std::optional<qint64> RunsWindow::currentRunId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const qint64 id = current.isValid() ? m_model->runId(current.row()) : 0;
    return id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

QList<qint64> RunsWindow::selectedRunIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        ids.append(m_model->runId(row.row()));
    }
    std::sort(ids.begin(), ids.end()); // ids grow as runs are recorded
    return ids;
}

void RunsWindow::onSelectionChanged()
{
    const qsizetype selected = selectedRunIds().size();
    m_compare->setEnabled(selected == 2);
    m_exportSelected->setText(tr("Selected Runs (%n)…", nullptr, int(selected)));
    m_exportSelected->setEnabled(selected > 0);
    m_exportMatching->setText(m_matching == m_totalRuns
                                  ? tr("All Runs (%n)…", nullptr, int(m_matching))
                                  : tr("Runs Matching the Filter (%n)…", nullptr, int(m_matching)));
    m_exportMatching->setEnabled(m_matching > 0);
    const QString runs = tr("%n run(s)", nullptr, int(m_matching));
    m_count->setText(selected > 1 ? tr("%1 · %n selected", nullptr, int(selected)).arg(runs)
                                  : runs);
}

void RunsWindow::restoreLayout()
{
    const AppSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        resize(1200, 750);
    }
    auto *split = findChild<QSplitter *>(QStringLiteral("runsSplitter"));
    if (!split->restoreState(settings.value(kSplitterKey).toByteArray())) {
        split->setSizes({280, 470});
    }
}

void RunsWindow::showEvent(QShowEvent *event)
{
    if (m_stale) {
        reload();
    }
    QMainWindow::showEvent(event);
}

void RunsWindow::closeEvent(QCloseEvent *event)
{
    m_detail->stopReplay();
    AppSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kSplitterKey,
                      findChild<QSplitter *>(QStringLiteral("runsSplitter"))->saveState());
    QMainWindow::closeEvent(event);
}

} // namespace pwb
