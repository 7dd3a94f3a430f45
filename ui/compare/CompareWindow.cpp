#include "compare/CompareWindow.h"

#include "chat/AssistantTurnWidget.h"
#include "chat/ReplyView.h"
#include "compare/CompareDiffPanel.h"
#include "compare/CompareGridDialog.h"
#include "compare/CompareRunner.h"
#include "compare/CompareSessionsDialog.h"
#include "compare/CompareSummary.h"
#include "compare/SavedComparison.h"
#include "compare/ScrollSync.h"
#include "providers/ProviderDirectory.h"
#include "storage/PromptRepository.h"

#include <QAction>
#include <QCloseEvent>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QToolBar>
#include <QVBoxLayout>

namespace pwb {

CompareWindow::CompareWindow(const CompareServices &services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_repository(services.database)
{
    setObjectName(QStringLiteral("compareWindow"));
    setWindowTitle(tr("Compare"));
    m_launcher = new CompareLauncher(services.prompts, services.providers, services.keys, this);
    m_runner = new CompareRunner(services.network, services.recorder, &m_repository, this);
    m_sync = new ScrollSync(this);

    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("compareProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    m_columnSplitter = new QSplitter(Qt::Horizontal);
    m_columnSplitter->setObjectName(QStringLiteral("compareColumns"));
    m_columnSplitter->setChildrenCollapsible(false);
    // Eight columns do not fit a laptop screen at a readable width: past their minimum width
    // the row scrolls sideways instead of squeezing them.
    auto *columnsScroll = new QScrollArea;
    columnsScroll->setWidgetResizable(true);
    columnsScroll->setFrameShape(QFrame::NoFrame);
    columnsScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    columnsScroll->setWidget(m_columnSplitter);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setText(tr("Run all columns with Ctrl+Shift+Return: the summary of their answers "
                          "shows here."));

    m_diff = new CompareDiffPanel;
    m_diff->hide();

    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(6, 4, 6, 4);
    topLayout->addWidget(m_problem);
    topLayout->addWidget(columnsScroll, 1);
    topLayout->addWidget(m_summary);
    m_verticalSplitter = new QSplitter(Qt::Vertical);
    m_verticalSplitter->setChildrenCollapsible(false);
    m_verticalSplitter->addWidget(top);
    m_verticalSplitter->addWidget(m_diff);
    m_verticalSplitter->setStretchFactor(0, 3);
    m_verticalSplitter->setStretchFactor(1, 1);
    setCentralWidget(m_verticalSplitter);

    buildActions();

    connect(m_runner, &CompareRunner::columnEvent, this, &CompareWindow::onColumnEvent);
    connect(m_runner, &CompareRunner::columnEnded, this, &CompareWindow::onColumnEnded);
    connect(m_runner, &CompareRunner::recordingFailed, this, &CompareWindow::showProblem);
    connect(&services.providers, &ProviderDirectory::changed, this, &CompareWindow::refreshChoices);
    resize(1280, 760);
}

CompareWindow::~CompareWindow()
{
    m_runner->disconnect(this);
}

void CompareWindow::buildActions()
{
    QToolBar *bar = addToolBar(tr("Compare"));
    bar->setObjectName(QStringLiteral("compareToolBar"));
    bar->setMovable(false);
    m_runAll = bar->addAction(tr("Run All"), this, &CompareWindow::runAll);
    m_runAll->setObjectName(QStringLiteral("action.compare.runAll"));
    m_runAll->setShortcut(QKeySequence(tr("Ctrl+Shift+Return")));
    m_runAll->setToolTip(tr("Send the prompt to every column at once (Ctrl+Shift+Return)"));
    m_stopAll = bar->addAction(tr("Stop All"), this, &CompareWindow::stopAll);
    m_stopAll->setObjectName(QStringLiteral("action.compare.stopAll"));
    m_stopAll->setShortcut(QKeySequence(Qt::Key_Escape));
    bar->addSeparator();
    m_addColumn = bar->addAction(tr("Add Column"), this, &CompareWindow::addColumn);
    m_addColumn->setObjectName(QStringLiteral("action.compare.addColumn"));
    m_grid = bar->addAction(tr("Versions × Models…"), this, [this] {
        QStringList models;
        for (const CompareColumnWidget *column : std::as_const(m_columns)) {
            if (const Result<CompareColumnSpec> spec = column->spec(); spec) {
                const QString line = spec.value().providerId.isEmpty()
                    ? spec.value().model
                    : spec.value().providerId + u'/' + spec.value().model;
                if (!spec.value().model.isEmpty() && !models.contains(line)) {
                    models.append(line);
                }
            }
        }
        CompareGridDialog dialog(versionChoices(), models, kMaxColumns, this);
        if (dialog.exec() == QDialog::Accepted && !dialog.columns().isEmpty()) {
            setColumns(dialog.columns());
        }
    });
    m_grid->setObjectName(QStringLiteral("action.compare.grid"));
    bar->addSeparator();
    m_syncScroll = bar->addAction(tr("Sync Scrolling"));
    m_syncScroll->setObjectName(QStringLiteral("action.compare.syncScroll"));
    m_syncScroll->setCheckable(true);
    m_syncScroll->setChecked(true);
    connect(m_syncScroll, &QAction::toggled, m_sync, &ScrollSync::setEnabled);
    m_showDiff = bar->addAction(tr("Diff"));
    m_showDiff->setObjectName(QStringLiteral("action.compare.diff"));
    m_showDiff->setCheckable(true);
    m_showDiff->setToolTip(tr("Word-level diff between two columns' answers"));
    connect(m_showDiff, &QAction::toggled, this, [this](bool shown) {
        m_diff->setVisible(shown);
        updateSummary();
    });
    bar->addSeparator();
    m_openSession = bar->addAction(tr("Open Saved…"), this, [this] {
        CompareSessionsDialog dialog(m_repository, m_source.promptId, this);
        if (dialog.exec() == QDialog::Accepted && dialog.chosenSession()) {
            openSession(*dialog.chosenSession());
        }
    });
    m_openSession->setObjectName(QStringLiteral("action.compare.openSaved"));
}

void CompareWindow::setPrompt(const ComparePromptSource &source)
{
    m_source = source;
    m_hasPrompt = true;
    setWindowTitle(
        tr("Compare — %1").arg(source.name.isEmpty() ? tr("untitled prompt") : source.name));
    refreshChoices();
    if (m_columns.isEmpty()) {
        setColumns({CompareColumnSpec(), CompareColumnSpec()});
    }
    updateControls();
}

void CompareWindow::setSourceFunction(std::function<ComparePromptSource()> source)
{
    m_sourceFunction = std::move(source);
}

void CompareWindow::refreshSource()
{
    if (m_sourceFunction) {
        setPrompt(m_sourceFunction());
    }
}

QList<CompareVersionChoice> CompareWindow::versionChoices() const
{
    QList<CompareVersionChoice> choices;
    choices.append({std::nullopt, 0,
                    m_source.editorModified || m_source.editorBaseVersionId == 0
                        ? tr("Editor (unsaved)")
                        : tr("Editor (as saved)")});
    if (m_source.promptId) {
        const QList<PromptVersionRecord> versions = m_services.prompts.versions(*m_source.promptId);
        for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
            const QString note = it->note.section(u'\n', 0, 0);
            choices.append({it->id, it->number,
                            note.isEmpty() ? tr("v%1").arg(it->number)
                                           : tr("v%1 · %2").arg(it->number).arg(note)});
        }
    }
    return choices;
}

QList<QPair<QString, QString>> CompareWindow::providerChoices() const
{
    QList<QPair<QString, QString>> choices;
    for (const ProviderConfig &provider : m_services.providers.providers()) {
        choices.append(
            {provider.id, provider.displayName.isEmpty() ? provider.id : provider.displayName});
    }
    return choices;
}

void CompareWindow::refreshChoices()
{
    const QList<CompareVersionChoice> versions = versionChoices();
    const QList<QPair<QString, QString>> providers = providerChoices();
    for (CompareColumnWidget *column : std::as_const(m_columns)) {
        column->setChoices(versions, providers);
    }
}

CompareColumnWidget *CompareWindow::makeColumn()
{
    auto *column = new CompareColumnWidget;
    column->setChoices(versionChoices(), providerChoices());
    connect(column, &CompareColumnWidget::runRequested, this,
            [this, column] { runColumn(int(m_columns.indexOf(column))); });
    connect(column, &CompareColumnWidget::stopRequested, this,
            [this, column] { m_runner->stopColumn(int(m_columns.indexOf(column))); });
    connect(column, &CompareColumnWidget::removeRequested, this,
            [this, column] { removeColumn(int(m_columns.indexOf(column))); });
    connect(column, &CompareColumnWidget::bestToggled, this,
            [this, column](bool best) { onBestToggled(int(m_columns.indexOf(column)), best); });
    connect(column, &CompareColumnWidget::ratingChanged, this,
            [this, column](std::optional<int> rating) {
                onRatingChanged(int(m_columns.indexOf(column)), rating);
            });
    return column;
}

void CompareWindow::setColumns(const QList<CompareColumnSpec> &specs)
{
    stopAll();
    while (!m_columns.isEmpty()) {
        m_runner->removeColumn(int(m_columns.size()) - 1);
        delete m_columns.takeLast();
    }
    m_runner->detachSession();
    for (const CompareColumnSpec &spec : specs.mid(0, kMaxColumns)) {
        CompareColumnWidget *column = makeColumn();
        column->setSpec(spec);
        m_columns.append(column);
    }
    layoutColumns();
}

void CompareWindow::addColumn()
{
    if (m_columns.size() >= kMaxColumns) {
        return;
    }
    CompareColumnWidget *column = makeColumn();
    // A new column starts as a copy of the last: usually one setting is then changed.
    if (!m_columns.isEmpty()) {
        if (const Result<CompareColumnSpec> spec = m_columns.last()->spec(); spec) {
            column->setSpec(spec.value());
        }
    }
    m_columns.append(column);
    layoutColumns();
}

void CompareWindow::removeColumn(int index)
{
    if (index < 0 || index >= m_columns.size() || m_columns.size() <= kMinColumns) {
        return;
    }
    m_runner->removeColumn(index);
    // The saved session keeps the removed column's run; what follows is a new session.
    m_runner->detachSession();
    delete m_columns.takeAt(index);
    layoutColumns();
    updateSummary();
}

void CompareWindow::layoutColumns()
{
    QList<QScrollBar *> bars;
    for (int i = 0; i < m_columns.size(); ++i) {
        CompareColumnWidget *column = m_columns.at(i);
        column->setIndex(i);
        m_columnSplitter->insertWidget(i, column);
        column->show();
        bars.append(column->scrollArea()->verticalScrollBar());
    }
    m_columnSplitter->setMinimumWidth(int(m_columns.size()) * 200);
    QList<int> sizes(m_columns.size(), 1000);
    m_columnSplitter->setSizes(sizes);
    m_sync->setScrollBars(bars);
    updateControls();
}

QString CompareWindow::labelOf(const CompareColumnSpec &spec) const
{
    CompareColumnSpec shown = spec;
    if (shown.model.isEmpty() && m_hasPrompt) {
        if (const std::optional<PromptContent> content = m_launcher->contentOf(m_source, spec)) {
            shown.model = content->model;
        }
    }
    return shown.label();
}

void CompareWindow::runAll()
{
    refreshSource();
    if (!m_hasPrompt || m_columns.isEmpty()) {
        return;
    }
    QList<CompareColumnSpec> specs;
    for (const CompareColumnWidget *column : std::as_const(m_columns)) {
        const Result<CompareColumnSpec> spec = column->spec();
        if (!spec) {
            showProblem(spec.error());
            return;
        }
        specs.append(spec.value());
    }
    m_problem->hide();
    const quint64 generation = ++m_preparing;
    m_launcher->prepare(m_source, specs,
                        [this, generation, specs](const QList<Result<RunSetup>> &setups) {
                            if (generation == m_preparing) {
                                startColumns(specs, setups, true, -1);
                            }
                        });
}

void CompareWindow::runColumn(int index)
{
    refreshSource();
    if (!m_hasPrompt || index < 0 || index >= m_columns.size()) {
        return;
    }
    const Result<CompareColumnSpec> spec = m_columns.at(index)->spec();
    if (!spec) {
        showProblem(spec.error());
        return;
    }
    m_problem->hide();
    const quint64 generation = ++m_preparing;
    m_launcher->prepare(m_source, {spec.value()},
                        [this, generation, index, spec](const QList<Result<RunSetup>> &setups) {
                            if (generation != m_preparing || index >= m_columns.size()) {
                                return;
                            }
                            QList<CompareColumnSpec> specs(m_columns.size());
                            QList<Result<RunSetup>> all(m_columns.size(),
                                                        Result<RunSetup>::failure(QString()));
                            specs[index] = spec.value();
                            all[index] = setups.first();
                            // A column run before any "Run all" opens the session the others join
                            // later.
                            startColumns(specs, all, m_runner->sessionId() == 0, index);
                        });
}

void CompareWindow::startColumns(const QList<CompareColumnSpec> &specs,
                                 const QList<Result<RunSetup>> &setups, bool newSession,
                                 int onlyColumn)
{
    if (newSession) {
        // A session that cannot be recorded still runs; the runner reports why.
        [[maybe_unused]] const Result<qint64> session = m_runner->beginSession(
            tr("%1 · %n column(s)", nullptr, int(m_columns.size()))
                .arg(m_source.name.isEmpty() ? tr("untitled prompt") : m_source.name),
            m_source.promptId, int(m_columns.size()));
    }
    // No event loop between the sends: every column's request leaves at once.
    for (int i = 0; i < m_columns.size() && i < setups.size(); ++i) {
        if (onlyColumn >= 0 && i != onlyColumn) {
            continue;
        }
        const QString label = labelOf(specs.at(i));
        CompareColumnWidget *column = m_columns.at(i);
        if (setups.at(i)) {
            column->begin(label);
            m_runner->startColumn(i, setups.at(i).value());
        } else {
            column->showProblem(label, setups.at(i).error());
            m_runner->failColumn(i, setups.at(i).error());
        }
        column->setBest(false);
        column->setRating(std::nullopt);
    }
    shareFrames();
    updateSummary();
    updateControls();
}

// Columns streaming at once share one GUI thread, and a redraw of a column costs a few ms
// whatever arrived: at 60 frames a second eight columns needed more than the thread has and
// the event loop stalled (bench_compare_render). Each column is redrawn less often the more
// columns stream — 60 a second for one or two, 30 for four, 15 for eight — each at its own
// phase, so the columns take turns (one short paint each) instead of all landing in one long
// paint. The window as a whole redraws at the same pace; a column that ends shows all its text.
void CompareWindow::shareFrames()
{
    int streaming = 0;
    for (int i = 0; i < m_columns.size(); ++i) {
        streaming += m_runner->isRunning(i) ? 1 : 0;
    }
    const int interval = ReplyView::kFrameMs * std::max(1, streaming / 2);
    for (int i = 0; i < m_columns.size(); ++i) {
        m_columns.at(i)->setFrameInterval(interval, int(i * interval / m_columns.size()));
    }
}

void CompareWindow::stopAll()
{
    ++m_preparing; // a run still waiting for its keys does not start after Stop
    m_runner->stopAll();
    updateControls();
}

std::optional<double> CompareWindow::costOf(int column) const
{
    if (!m_services.cost || column >= m_runner->columnCount()) {
        return std::nullopt;
    }
    const StreamedReply &reply = m_runner->reply(column);
    const RunSetup &setup = m_runner->setup(column);
    // Priced by the model asked for, as a reopened session is (the runs table keeps that name,
    // not the one the provider answered with), so a cost reads the same live and reopened.
    const QString model = setup.request.model.isEmpty() ? reply.model : setup.request.model;
    return m_services.cost(setup.provider.id, model, reply.usage);
}

void CompareWindow::onColumnEvent(int column, const StreamEvent &event)
{
    if (column >= m_columns.size()) {
        return;
    }
    const bool terminal = event.isTerminal();
    m_columns.at(column)->apply(event, m_runner->reply(column),
                                terminal ? costOf(column) : std::nullopt);
}

void CompareWindow::onColumnEnded(int column)
{
    Q_UNUSED(column);
    shareFrames();
    updateSummary();
    updateControls();
}

void CompareWindow::updateSummary()
{
    QList<CompareColumnOutcome> outcomes;
    QStringList titles;
    QStringList texts;
    for (int i = 0; i < m_columns.size(); ++i) {
        const QString letter = CompareColumnWidget::letter(i);
        titles.append(letter);
        if (i < m_runner->columnCount()) {
            outcomes.append({letter, m_runner->reply(i), costOf(i)});
            texts.append(m_runner->reply(i).text);
        } else {
            outcomes.append({letter, StreamedReply(), std::nullopt});
            texts.append(QString());
        }
    }
    const CompareSummary summary = CompareSummary::of(outcomes);
    if (!summary.isEmpty()) {
        m_summary->setText(summary.describe(outcomes));
    }
    if (m_diff->isVisible()) {
        m_diff->setAnswers(titles, texts);
    }
}

void CompareWindow::updateControls()
{
    const bool running = m_runner->isAnyRunning();
    m_runAll->setEnabled(m_hasPrompt);
    m_stopAll->setEnabled(running);
    m_addColumn->setEnabled(m_columns.size() < kMaxColumns);
    for (int i = 0; i < m_columns.size(); ++i) {
        CompareColumnWidget *column = m_columns.at(i);
        column->setRunning(m_runner->isRunning(i));
        column->setRemovable(m_columns.size() > kMinColumns);
        const bool recorded = m_runner->sessionId() != 0 && i < m_runner->columnCount() &&
            m_runner->runId(i) != 0 && m_runner->reply(i).ended();
        column->setVotingEnabled(recorded);
    }
    Q_EMIT runStateChanged(running);
}

void CompareWindow::onBestToggled(int column, bool best)
{
    const qint64 session = m_runner->sessionId();
    if (column < 0 || session == 0 || m_runner->runId(column) == 0) {
        return;
    }
    const Result<void> saved = best ? m_repository.voteBest(session, m_runner->runId(column))
                                    : m_repository.clearBest(session);
    if (!saved) {
        showProblem(saved.error());
        return;
    }
    for (int i = 0; i < m_columns.size(); ++i) {
        if (i != column) {
            m_columns.at(i)->setBest(false);
        }
    }
}

void CompareWindow::onRatingChanged(int column, std::optional<int> rating)
{
    const qint64 session = m_runner->sessionId();
    if (column < 0 || session == 0 || m_runner->runId(column) == 0) {
        return;
    }
    if (const Result<void> saved = m_repository.rate(session, m_runner->runId(column), rating);
        !saved) {
        showProblem(saved.error());
    }
}

void CompareWindow::openSession(qint64 sessionId)
{
    stopAll();
    const SavedComparison saved =
        SavedComparison::load(m_services.database, m_services.prompts, sessionId);
    if (saved.columns.isEmpty()) {
        showProblem(tr("This comparison has no saved runs."));
        return;
    }
    QList<CompareColumnSpec> specs;
    for (const SavedComparison::Column &column : saved.columns) {
        specs.append(column.spec);
    }
    setColumns(specs);
    QList<StreamedReply> replies;
    QList<qint64> runIds;
    QList<RunSetup> setups;
    for (const SavedComparison::Column &column : saved.columns) {
        replies.append(column.run.reply);
        runIds.append(column.run.id);
        RunSetup setup; // what the cost is computed from
        setup.provider.id = column.run.providerId;
        setup.request.model = column.run.model;
        setups.append(setup);
    }
    m_runner->showSession(sessionId, replies, runIds, setups);
    for (int i = 0; i < saved.columns.size() && i < m_columns.size(); ++i) {
        const SavedComparison::Column &column = saved.columns.at(i);
        m_columns.at(i)->showStored(labelOf(column.spec), column.run.reply, costOf(i));
        m_columns.at(i)->setBest(column.best);
        m_columns.at(i)->setRating(column.rating);
    }
    m_problem->hide();
    updateSummary();
    updateControls();
}

qint64 CompareWindow::sessionId() const
{
    return m_runner->sessionId();
}

void CompareWindow::showDiff(int left, int right)
{
    m_showDiff->setChecked(true);
    updateSummary();
    m_diff->choose(left, right);
}

void CompareWindow::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->show();
}

void CompareWindow::closeEvent(QCloseEvent *event)
{
    // Closing stops what streams: each run is recorded as stopped, with its text so far.
    stopAll();
    QMainWindow::closeEvent(event);
}

} // namespace pwb
