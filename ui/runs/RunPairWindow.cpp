#include "runs/RunPairWindow.h"

#include "compare/CompareDiffPanel.h"
#include "compare/ScrollSync.h"
#include "prompts/VersionDiff.h"
#include "runs/RunPairColumn.h"
#include "storage/Database.h"
#include "storage/RunInput.h"
#include "storage/StoredRun.h"
#include "versions/VersionDiffView.h"

#include <QComboBox>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QSqlQuery>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pwb {

RunPairWindow::RunPairWindow(Database &database, const PromptRepository &prompts, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_database(database)
    , m_prompts(prompts)
{
    setObjectName(QStringLiteral("runPairWindow"));
    setWindowTitle(tr("Compare Runs"));
    resize(1100, 720);

    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("runPairProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    m_first = new RunPairColumn;
    m_second = new RunPairColumn;
    auto *replies = new QSplitter(Qt::Horizontal);
    replies->setChildrenCollapsible(false);
    replies->addWidget(m_first);
    replies->addWidget(m_second);
    m_scrollSync = new ScrollSync(this);
    m_scrollSync->setScrollBars(
        {m_first->scrollArea()->verticalScrollBar(), m_second->scrollArea()->verticalScrollBar()});

    // Two runs, so the pair is fixed: the panel's choosers would only offer the same pair.
    m_replyDiff = new CompareDiffPanel;
    m_replyDiff->leftBox()->hide();
    m_replyDiff->rightBox()->hide();

    m_inputDiff = new VersionDiffView;
    m_inputDiff->setObjectName(QStringLiteral("runInputDiff"));
    m_inputDiff->setVariablesAreValues(true);

    m_tabs = new QTabWidget;
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(replies, tr("Replies"));
    m_tabs->addTab(m_replyDiff, tr("Reply Differences"));
    m_tabs->addTab(m_inputDiff, tr("Input Differences"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_problem);
    layout->addWidget(m_tabs, 1);
}

std::optional<double> RunPairWindow::costOf(qint64 runId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT cost_usd FROM runs WHERE id = ?"));
    query.addBindValue(runId);
    if (query.exec() && query.next() && !query.value(0).isNull()) {
        return query.value(0).toDouble();
    }
    return std::nullopt;
}

bool RunPairWindow::showRuns(qint64 first, qint64 second)
{
    const std::optional<StoredRun> runs[2] = {StoredRun::load(m_database, first),
                                              StoredRun::load(m_database, second)};
    if (!runs[0] || !runs[1]) {
        m_problem->setText(
            !runs[0] && !runs[1]
                ? tr("Runs %1 and %2 are no longer in this workspace.").arg(first).arg(second)
                : tr("Run %1 is no longer in this workspace.").arg(runs[0] ? second : first));
        m_problem->show();
        m_tabs->setEnabled(false);
        return false;
    }
    m_problem->hide();
    m_tabs->setEnabled(true);
    setWindowTitle(tr("Compare Runs %1 and %2").arg(first).arg(second));

    const RunInput inputs[2] = {RunInput::of(*runs[0], m_prompts),
                                RunInput::of(*runs[1], m_prompts)};
    m_first->show(*runs[0], inputs[0], costOf(first));
    m_second->show(*runs[1], inputs[1], costOf(second));

    const QStringList titles = {tr("Run %1").arg(first), tr("Run %1").arg(second)};
    m_replyDiff->setAnswers(titles, {runs[0]->reply.text, runs[1]->reply.text});
    m_replyDiff->choose(0, 1);

    m_inputDiff->setContents(inputs[0].content, tr("Run %1 · %2").arg(first).arg(inputs[0].title()),
                             inputs[1].content,
                             tr("Run %1 · %2").arg(second).arg(inputs[1].title()));
    // The tab says whether there is anything to look at before it is opened.
    m_tabs->setTabText(
        2, m_inputDiff->diff().hasChanges() ? tr("Input Differences") : tr("Same Input"));
    return true;
}

} // namespace pwb
