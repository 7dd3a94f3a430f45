#pragma once

#include "export/RunCodeExport.h"
#include "storage/RunDetails.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTimer;

namespace pwb {

class CodeButton;
class Database;
class ReplyView;
class RunReplay;

// One saved run, for review: what it was (prompt@version, provider/model, status, date), the
// reply rendered as it was shown live with its reasoning and tool calls, the error when it
// failed, its timings and figures, its variables and the exact request as stored (redacted
// when it was recorded, shown as is). Replay plays the reply again into the view at its
// original pace or ten times faster, from the stored pieces, with no network.
class RunDetailPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RunDetailPanel(Database &database, QWidget *parent = nullptr);
    ~RunDetailPanel() override;

    // Shows run `runId`; a run that is not there shows the empty state with the reason.
    void showRun(qint64 runId);
    void clear();
    std::optional<qint64> runId() const;

    void startReplay(double speed);
    void stopReplay();

    QLabel *titleLabel() const { return m_title; }
    QLabel *subtitleLabel() const { return m_subtitle; }
    ReplyView *replyView() const { return m_reply; }
    QLabel *toolCallsLabel() const { return m_toolCalls; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *figuresLabel() const { return m_figures; }
    QPlainTextEdit *requestView() const { return m_request; }
    QPlainTextEdit *variablesView() const { return m_variables; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *emptyLabel() const { return m_empty; }
    QLabel *replayStatusLabel() const { return m_replayStatus; }
    QPushButton *replayButton() const { return m_replayButton; }
    QPushButton *fastReplayButton() const { return m_fastReplayButton; }
    QPushButton *stopReplayButton() const { return m_stopReplayButton; }
    QPushButton *openInEditorButton() const { return m_openButton; }
    CodeButton *codeButton() const { return m_codeButton; }
    RunReplay *replay() const { return m_replay; }

    static constexpr double kFastSpeed = 10.0;

Q_SIGNALS:
    void openInEditorRequested(qint64 runId);
    // Copy the run's request as code (whoever knows the providers builds it).
    void copyAsCodeRequested(qint64 runId, pwb::CodeLanguage language);

private:
    void showDetails(const RunDetails &details);
    void showStoredReply();
    void showToolCalls(const QList<StreamedReply::ToolCall> &calls);
    void updateReplayState();

    Database &m_database;
    std::optional<RunDetails> m_details;
    StreamedReply m_replayed; // what the replay has shown so far (tool calls are folded here)

    QStackedWidget *m_pages = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    ReplyView *m_reply = nullptr;
    QLabel *m_toolCalls = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_figures = nullptr;
    QPlainTextEdit *m_request = nullptr;
    QPlainTextEdit *m_variables = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_replayStatus = nullptr;
    QPushButton *m_replayButton = nullptr;
    QPushButton *m_fastReplayButton = nullptr;
    QPushButton *m_stopReplayButton = nullptr;
    QPushButton *m_openButton = nullptr;
    CodeButton *m_codeButton = nullptr;
    RunReplay *m_replay = nullptr;
    QTimer *m_replayTick = nullptr; // the elapsed counter, while a replay plays
};

} // namespace pwb
