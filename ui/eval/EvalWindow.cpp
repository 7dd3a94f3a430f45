#include "eval/EvalWindow.h"

#include "eval/EvalComparePanel.h"
#include "eval/EvalReport.h"
#include "eval/EvalResultsModel.h"
#include "eval/EvalResultsPanel.h"
#include "eval/EvalRunDialog.h"
#include "eval/EvalRunsPanel.h"
#include "eval/EvalSession.h"
#include "storage/EvalRepository.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>

namespace pwb {

namespace {

QString clock(qint64 ms)
{
    const qint64 seconds = (ms + 999) / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

EvalWindow::EvalWindow(const RunServices &services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
{
    setWindowTitle(tr("Evaluations"));
    setObjectName(QStringLiteral("evalWindow"));
    m_session = new EvalSession(services.database, services.network, services.recorder, this);
    m_session->setCost(services.cost);
    m_runs = new EvalRunsPanel(services.database);
    m_results = new EvalResultsPanel(services.database, services.cost);
    m_compare = new EvalComparePanel(services.database);

    m_compareWith = new QComboBox;
    m_compareWith->setObjectName(QStringLiteral("evalCompareWith"));
    m_compareWith->setMinimumContentsLength(24);
    auto *comparePage = new QWidget;
    auto *chooser = new QHBoxLayout;
    chooser->addWidget(new QLabel(tr("Compare with the earlier run:")));
    chooser->addWidget(m_compareWith, 1);
    auto *compareLayout = new QVBoxLayout(comparePage);
    compareLayout->addLayout(chooser);
    compareLayout->addWidget(m_compare, 1);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("evalTabs"));
    m_tabs->addTab(m_results, tr("Results"));
    m_tabs->addTab(comparePage, tr("Compare"));

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_runs);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({430, 850});
    setCentralWidget(splitter);

    m_newRun = new QAction(tr("&New Eval Run…"), this);
    m_newRun->setObjectName(QStringLiteral("evalNewRun"));
    m_newRun->setShortcut(QKeySequence::New);
    m_resume = new QAction(tr("&Resume"), this);
    m_resume->setObjectName(QStringLiteral("evalResume"));
    m_resume->setToolTip(tr("Go on with a cancelled or interrupted run: only the cases without a "
                            "result are sent."));
    m_stop = new QAction(tr("&Stop"), this);
    m_stop->setObjectName(QStringLiteral("evalStop"));
    m_stop->setShortcut(Qt::Key_Escape);
    m_export = new QAction(tr("&Export Report…"), this);
    m_export->setObjectName(QStringLiteral("evalExport"));
    auto *toolbar = addToolBar(tr("Evaluations"));
    toolbar->setObjectName(QStringLiteral("evalToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addActions({m_newRun, m_resume, m_stop, m_export});

    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("evalProgress"));
    m_progress->setMaximumWidth(260);
    m_progress->setTextVisible(true);
    m_progressText = new QLabel;
    m_progressText->setObjectName(QStringLiteral("evalProgressText"));
    statusBar()->addPermanentWidget(m_progressText, 1);
    statusBar()->addPermanentWidget(m_progress);
    m_progress->hide();

    m_refresh = new QTimer(this);
    m_refresh->setInterval(250);
    m_refresh->setSingleShot(true);
    connect(m_refresh, &QTimer::timeout, this, [this] {
        m_results->updateSummary();
        m_runs->reload();
    });

    connect(m_newRun, &QAction::triggered, this, &EvalWindow::newEvalRun);
    connect(m_resume, &QAction::triggered, this, &EvalWindow::resumeSelected);
    connect(m_stop, &QAction::triggered, this, &EvalWindow::stop);
    connect(m_export, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Eval Report"), QDir::homePath() + QStringLiteral("/eval-report.json"),
            tr("JSON report (*.json);;CSV, a row per result (*.csv)"));
        if (path.isEmpty()) {
            return;
        }
        if (const Result<void> written = exportReport(path); !written) {
            QMessageBox::warning(this, tr("Export Eval Report"), written.error());
        }
    });
    connect(m_runs, &EvalRunsPanel::runSelected, this, &EvalWindow::showRun);
    connect(m_compareWith, &QComboBox::currentIndexChanged, this, [this] {
        const qint64 before = m_compareWith->currentData().toLongLong();
        if (before > 0 && m_shownRun > 0) {
            m_compare->compare(before, m_shownRun);
        }
    });
    connect(m_session, &EvalSession::progressed, this, &EvalWindow::onProgress);
    connect(m_session, &EvalSession::caseFinished, this, &EvalWindow::onCaseFinished);
    connect(m_session, &EvalSession::finished, this, &EvalWindow::onFinished);
    connect(m_session, &EvalSession::problem, this, &EvalWindow::message);

    const QList<EvalRunInfo> runs = EvalRepository(services.database).evalRuns();
    if (!runs.isEmpty()) {
        m_runs->selectRun(runs.first().id);
    }
    updateActions();
    resize(1280, 760);
}

EvalWindow::~EvalWindow() = default;

bool EvalWindow::newEvalRun()
{
    if (m_session->isRunning() || m_preparing) {
        Q_EMIT message(tr("An eval run is going on; stop it first."));
        return false;
    }
    EvalRunDialog dialog(m_services.database, m_services.prompts, m_services.providers, this);
    dialog.preset(m_currentPrompt, std::nullopt);
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    startPlan(dialog.plan());
    return true;
}

void EvalWindow::withProviders(const QStringList &ids,
                               std::function<void(const EvalProviders::Providers &)> go)
{
    m_preparing = true;
    updateActions();
    m_progressText->setText(tr("Looking up keys…"));
    EvalProviders::prepare(m_services.providers, m_services.keys, ids, this,
                           [this, go](const Result<EvalProviders::Providers> &providers) {
                               m_preparing = false;
                               m_progressText->clear();
                               updateActions();
                               if (!providers) {
                                   QMessageBox::warning(this, tr("Eval Run"), providers.error());
                                   return;
                               }
                               go(providers.value());
                           });
}

void EvalWindow::startPlan(const EvalPlan &plan)
{
    const Result<QStringList> needed = EvalSession::providersNeeded(m_services.database, plan);
    if (!needed) {
        QMessageBox::warning(this, tr("Eval Run"), needed.error());
        return;
    }
    withProviders(needed.value(), [this, plan](const EvalProviders::Providers &providers) {
        const Result<qint64> started = m_session->start(plan, providers);
        if (!started) {
            QMessageBox::warning(this, tr("Eval Run"), started.error());
            return;
        }
        m_runs->reload();
        m_runs->selectRun(started.value());
        showRun(started.value());
        updateActions();
    });
}

void EvalWindow::resumeSelected()
{
    const std::optional<qint64> run = m_runs->currentRun();
    if (!run || m_session->isRunning() || m_preparing) {
        return;
    }
    const Result<EvalPlan> plan = EvalSession::planOf(m_services.database, *run);
    if (!plan) {
        QMessageBox::warning(this, tr("Resume"), plan.error());
        return;
    }
    const Result<QStringList> needed =
        EvalSession::providersNeeded(m_services.database, plan.value());
    if (!needed) {
        QMessageBox::warning(this, tr("Resume"), needed.error());
        return;
    }
    withProviders(needed.value(), [this, id = *run](const EvalProviders::Providers &providers) {
        if (const Result<void> resumed = m_session->resume(id, providers); !resumed) {
            QMessageBox::warning(this, tr("Resume"), resumed.error());
            return;
        }
        m_runs->reload();
        updateActions();
    });
}

void EvalWindow::stop()
{
    if (m_session->isRunning()) {
        m_session->cancel();
    }
}

void EvalWindow::showRun(qint64 evalRunId)
{
    m_shownRun = evalRunId;
    m_results->showRun(evalRunId);
    fillCompareChoices();
    updateActions();
}

Result<void> EvalWindow::exportReport(const QString &path)
{
    const std::optional<qint64> run = m_runs->currentRun();
    if (!run) {
        return Result<void>::failure(tr("Choose an eval run to export."));
    }
    const Result<void> written =
        EvalReport::writeFile(m_services.database, *run, path, m_services.cost);
    if (written) {
        Q_EMIT message(tr("Report written to %1").arg(QDir::toNativeSeparators(path)));
    }
    return written;
}

void EvalWindow::fillCompareChoices()
{
    const QSignalBlocker blocker(m_compareWith);
    m_compareWith->clear();
    EvalRepository evals(m_services.database);
    const std::optional<EvalRunInfo> shown = evals.evalRun(m_shownRun);
    if (!shown) {
        return;
    }
    for (const EvalRunInfo &run : evals.evalRuns(shown->datasetId)) {
        if (run.id != m_shownRun) {
            m_compareWith->addItem(
                tr("%1 (%2)").arg(run.name.isEmpty() ? tr("Eval run %1").arg(run.id) : run.name,
                                  run.status),
                run.id);
        }
    }
    // The run just before this one is what a change is usually compared with.
    int earlier = -1;
    for (int i = 0; i < m_compareWith->count(); ++i) {
        if (m_compareWith->itemData(i).toLongLong() < m_shownRun) {
            earlier = i;
            break;
        }
    }
    m_compareWith->setCurrentIndex(earlier >= 0 ? earlier : 0);
    if (m_compareWith->count() > 0) {
        m_compare->compare(m_compareWith->currentData().toLongLong(), m_shownRun);
    }
}

void EvalWindow::onProgress(const EvalProgress &progress)
{
    m_progress->show();
    m_progress->setRange(0, std::max(1, progress.total));
    m_progress->setValue(progress.done);
    QString text = tr("%1 of %2 · pass rate %3%")
                       .arg(progress.done)
                       .arg(progress.total)
                       .arg(progress.passRate() * 100.0, 0, 'f', 1);
    if (progress.errors > 0) {
        text += tr(" · %n error(s)", nullptr, progress.errors);
    }
    if (progress.inFlight > 0) {
        text += tr(" · %1 in flight").arg(progress.inFlight);
    }
    if (const std::optional<qint64> eta = progress.etaMs(); eta && progress.done < progress.total) {
        text += tr(" · ETA %1").arg(clock(*eta));
    }
    m_progressText->setText(text);
}

void EvalWindow::onCaseFinished(const EvalResult &result)
{
    if (m_session->evalRunId() == m_shownRun) {
        m_results->model()->addResult(result);
    }
    if (!m_refresh->isActive()) {
        m_refresh->start();
    }
}

void EvalWindow::onFinished(const QString &status)
{
    const qint64 run = m_session->evalRunId();
    m_refresh->stop();
    m_results->updateSummary();
    m_runs->reload();
    fillCompareChoices();
    updateActions();
    const EvalProgress &progress = m_session->progress();
    m_progressText->setText(status == u"complete"
                                ? tr("Done: %1 of %2 passed (%3%).")
                                      .arg(progress.passed)
                                      .arg(progress.done)
                                      .arg(progress.passRate() * 100.0, 0, 'f', 1)
                                : tr("Stopped after %1 of %2 cases; Resume goes on from there.")
                                      .arg(progress.done)
                                      .arg(progress.total));
    Q_EMIT runFinished(run, status);
}

void EvalWindow::updateActions()
{
    const bool busy = m_session->isRunning() || m_preparing;
    const std::optional<qint64> selected = m_runs->currentRun();
    QString status;
    if (selected) {
        if (const auto run = EvalRepository(m_services.database).evalRun(*selected)) {
            status = run->status;
        }
    }
    m_newRun->setEnabled(!busy);
    m_resume->setEnabled(!busy && (status == u"cancelled" || status == u"interrupted"));
    m_stop->setEnabled(m_session->isRunning());
    m_export->setEnabled(selected.has_value());
}

} // namespace pwb
