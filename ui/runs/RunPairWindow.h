#pragma once

#include <QWidget>

class QLabel;
class QTabWidget;

namespace pwb {

class CompareDiffPanel;
class Database;
class PromptRepository;
class RunPairColumn;
class ScrollSync;
class VersionDiffView;

// Two saved runs side by side, offline: each reply as it was shown live, a word diff of the two
// replies, and what differed in what was sent — messages, variables, provider, model,
// parameters — so a reviewer sees both the difference and its likely cause.
class RunPairWindow : public QWidget
{
    Q_OBJECT

public:
    RunPairWindow(Database &database, const PromptRepository &prompts, QWidget *parent = nullptr);

    // Loads both runs; false (and a message in the window) when either no longer exists.
    bool showRuns(qint64 first, qint64 second);

    RunPairColumn *column(int side) const { return side == 0 ? m_first : m_second; }
    QTabWidget *tabs() const { return m_tabs; }
    CompareDiffPanel *replyDiff() const { return m_replyDiff; }
    VersionDiffView *inputDiff() const { return m_inputDiff; }
    QLabel *problemLabel() const { return m_problem; }

private:
    std::optional<double> costOf(qint64 runId) const;

    Database &m_database;
    const PromptRepository &m_prompts;
    QLabel *m_problem = nullptr;
    QTabWidget *m_tabs = nullptr;
    RunPairColumn *m_first = nullptr;
    RunPairColumn *m_second = nullptr;
    ScrollSync *m_scrollSync = nullptr;
    CompareDiffPanel *m_replyDiff = nullptr;
    VersionDiffView *m_inputDiff = nullptr;
};

} // namespace pwb
