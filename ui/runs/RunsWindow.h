#pragma once

#include "export/RunCodeExport.h"
#include "storage/RunsTableModel.h"

#include <QMainWindow>
#include <QTimer>

#include <optional>

class QAction;
class QLabel;
class QStackedWidget;
class QTableView;

namespace pwb {

class Database;
class RunDetailPanel;
class RunRecorder;
class RunsFileActions;
class RunsFilterBar;

// Saved runs, for review without a network: every run of the workspace in a sortable table
// (RunsTableModel, paged) under the filters (RunsFilterBar), and the current run in full below
// (RunDetailPanel). Several runs can be selected; with exactly two, Compare asks for them side by
// side. Runs go to and come from JSON Lines files (RunsFileActions). Runs that finish while the
// window is open appear without a manual refresh.
class RunsWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `recorder` may be null (nothing records into this workspace here).
    RunsWindow(Database &database, RunRecorder *recorder, QWidget *parent = nullptr);
    ~RunsWindow() override;

    // Reloads the filters' choices and the table, keeping the current run when it still shows.
    void reload();
    // Makes `runId` the current and only selected run, loading pages until it is found.
    void selectRun(qint64 runId);
    // Selected runs, oldest first.
    QList<qint64> selectedRunIds() const;
    std::optional<qint64> currentRunId() const;
    void setCostFunction(RunsTableModel::CostFunction cost);

    RunsFilterBar *filterBar() const { return m_filters; }
    QTableView *table() const { return m_table; }
    RunsTableModel *model() const { return m_model; }
    RunDetailPanel *detailPanel() const { return m_detail; }
    QLabel *emptyLabel() const { return m_empty; }
    QLabel *countLabel() const { return m_count; }
    QAction *compareAction() const { return m_compare; }
    QAction *exportSelectedAction() const { return m_exportSelected; }
    QAction *exportMatchingAction() const { return m_exportMatching; }
    QAction *importAction() const { return m_import; }
    RunsFileActions *files() const { return m_files; }

Q_SIGNALS:
    void openInEditorRequested(qint64 runId);
    void copyAsCodeRequested(qint64 runId, pwb::CodeLanguage language);
    // Two runs to see side by side, the older first.
    void compareRequested(qint64 first, qint64 second);

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void applyFilter();
    void showTableOrEmptyState();
    void onSelectionChanged();
    void restoreLayout();

    Database &m_database;
    RunsTableModel *m_model = nullptr;
    RunsFilterBar *m_filters = nullptr;
    QTableView *m_table = nullptr;
    QStackedWidget *m_tableOrEmpty = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_count = nullptr;
    RunDetailPanel *m_detail = nullptr;
    QAction *m_compare = nullptr;
    QAction *m_exportSelected = nullptr;
    QAction *m_exportMatching = nullptr;
    QAction *m_import = nullptr;
    RunsFileActions *m_files = nullptr;
    qint64 m_totalRuns = 0;
    qsizetype m_matching = 0; // runs matching the filter, loaded or not
    bool m_stale = false; // runs finished while hidden: reload when shown
    QTimer m_refresh; // runs finished while shown: reload once the burst has passed
    bool m_reloading = false;
};

} // namespace pwb
