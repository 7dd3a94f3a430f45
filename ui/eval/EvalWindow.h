#pragma once

#include "common/RunServices.h"
#include "eval/EvalPlan.h"
#include "eval/EvalProviders.h"

#include <QMainWindow>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QProgressBar;
class QTabWidget;
class QTimer;

namespace pwb {

class EvalComparePanel;
class EvalResultsPanel;
class EvalRunsPanel;
class EvalSession;
struct EvalProgress;
struct EvalResult;

// Evaluations: the workspace's eval runs (EvalRunsPanel), the selected run's results grid and
// figures (EvalResultsPanel, filled live while it runs) and its comparison with an earlier run
// of the same dataset (EvalComparePanel). New Eval Run sets one up (EvalRunDialog) and runs it
// here with a progress bar, its ETA and the live pass rate; Stop cancels, Resume goes on with a
// cancelled or interrupted run without redoing finished cases; Export Report writes JSON or CSV.
class EvalWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit EvalWindow(const RunServices &services, QWidget *parent = nullptr);
    ~EvalWindow() override;

    // The prompt New Eval Run starts from (the editor's).
    void setCurrentPrompt(std::optional<qint64> promptId) { m_currentPrompt = promptId; }
    // Opens the set-up dialog; true when a run started.
    bool newEvalRun();
    // Starts `plan` without the dialog (tests, "run again").
    void startPlan(const EvalPlan &plan);
    void resumeSelected();
    void stop();
    void showRun(qint64 evalRunId);
    Result<void> exportReport(const QString &path);

    EvalSession *session() const { return m_session; }
    EvalRunsPanel *runsPanel() const { return m_runs; }
    EvalResultsPanel *resultsPanel() const { return m_results; }
    EvalComparePanel *comparePanel() const { return m_compare; }
    QComboBox *compareWithBox() const { return m_compareWith; }
    QTabWidget *tabs() const { return m_tabs; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *progressLabel() const { return m_progressText; }
    QAction *newRunAction() const { return m_newRun; }
    QAction *resumeAction() const { return m_resume; }
    QAction *stopAction() const { return m_stop; }
    QAction *exportAction() const { return m_export; }

Q_SIGNALS:
    void message(const QString &text);
    // The run in this window ended: "complete" or "cancelled".
    void runFinished(qint64 evalRunId, const QString &status);

private:
    void withProviders(const QStringList &ids,
                       std::function<void(const EvalProviders::Providers &)>);
    void onProgress(const EvalProgress &progress);
    void onCaseFinished(const EvalResult &result);
    void onFinished(const QString &status);
    void fillCompareChoices();
    void updateActions();

    RunServices m_services;
    EvalSession *m_session = nullptr;
    EvalRunsPanel *m_runs = nullptr;
    EvalResultsPanel *m_results = nullptr;
    EvalComparePanel *m_compare = nullptr;
    QComboBox *m_compareWith = nullptr;
    QTabWidget *m_tabs = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    QTimer *m_refresh = nullptr; // figures and the run list, at most a few times a second
    QAction *m_newRun = nullptr;
    QAction *m_resume = nullptr;
    QAction *m_stop = nullptr;
    QAction *m_export = nullptr;
    std::optional<qint64> m_currentPrompt;
    qint64 m_shownRun = 0;
    bool m_preparing = false; // keys being looked up before a start or resume
};

} // namespace pwb
