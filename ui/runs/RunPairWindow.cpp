#include "runs/RunPairWindow.h"

#include "compare/CompareDiffPanel.h"
#include "compare/ScrollSync.h"
#include "prompts/VersionDiff.h"
#include "runs/RunPairColumn.h"
#include "storage/RunDetails.h"
#include "storage/RunInput.h"
#include "versions/VersionDiffView.h"

#include <QComboBox>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
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

bool RunPairWindow::showRuns(qint64 first, qint64 second)
{
    const Result<RunDetails> runs[2] = {RunDetails::load(m_database, first),
                                        RunDetails::load(m_database, second)};
    if (!runs[0].ok() || !runs[1].ok()) {
        m_problem->setText(
            !runs[0].ok() && !runs[1].ok()
                ? tr("Runs %1 and %2 are no longer in this workspace.").arg(first).arg(second)
                : tr("Run %1 is no longer in this workspace.").arg(runs[0].ok() ? second : first));
        m_problem->show();
        m_tabs->setEnabled(false);
        return false;
    }
    m_problem->hide();
    m_tabs->setEnabled(true);
    setWindowTitle(tr("Compare Runs %1 and %2").arg(first).arg(second));

    const RunInput inputs[2] = {RunInput::of(runs[0]->run, m_prompts),
                                RunInput::of(runs[1]->run, m_prompts)};
    m_first->show(runs[0].value());
    m_second->show(runs[1].value());

    const QStringList titles = {tr("Run %1").arg(first), tr("Run %1").arg(second)};
    m_replyDiff->setAnswers(titles, {runs[0]->run.reply.text, runs[1]->run.reply.text});
    m_replyDiff->choose(0, 1);

    m_inputDiff->setContents(
        inputs[0].content, tr("Run %1 · %2").arg(first).arg(runs[0]->promptTitle()),
        inputs[1].content, tr("Run %1 · %2").arg(second).arg(runs[1]->promptTitle()));
    // The tab says whether there is anything to look at before it is opened.
    m_tabs->setTabText(
        2, m_inputDiff->diff().hasChanges() ? tr("Input Differences") : tr("Same Input"));
    return true;
}

} // namespace pwb
