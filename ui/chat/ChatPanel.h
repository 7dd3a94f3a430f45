#pragma once

#include "chat/Conversation.h"
#include "chat/RunSetup.h"

#include <QJsonObject>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace pwb {

class AssistantTurnWidget;
class ChatRunner;
class ChatTranscript;
class MainActions;
class UserTurnWidget;

// Right region: the conversation with the model. Run starts a conversation from the rendered
// prompt; the reply streams into the transcript; the user can stop it, regenerate the last
// reply, retry a failed one, edit a message and resend, or continue with a follow-up. Every
// request goes through the ChatRunner, which records it in the workspace.
class ChatPanel : public QWidget
{
    Q_OBJECT

public:
    using CostFunction = std::function<std::optional<double>(
        const QString &providerId, const QString &model, const Usage &usage)>;

    ChatPanel(MainActions *actions, ChatRunner *runner, QWidget *parent = nullptr);

    void setCostFunction(CostFunction cost) { m_cost = std::move(cost); }

    void startConversation(const QList<ChatMessage> &renderedPrompt, const RunSetup &setup);
    void sendFollowUp(const QString &text);
    void regenerate();
    void resendFrom(int userTurn, const QString &text);
    void stop();
    void clearConversation();
    // A reason the prompt could not be run (template error, missing key), shown inline until
    // the next run.
    void showProblem(const QString &text);
    QLabel *problemLabel() const { return m_problem; }

    bool isRunning() const;
    bool canRegenerate() const;
    const Conversation &conversation() const { return m_conversation; }

    ChatTranscript *transcript() const { return m_transcript; }
    QPlainTextEdit *composer() const { return m_composer; }
    QPushButton *sendButton() const { return m_send; }
    QLabel *statsLabel() const { return m_stats; }
    AssistantTurnWidget *assistantTurn(int turnIndex) const;
    UserTurnWidget *userTurn(int turnIndex) const;
    AssistantTurnWidget *lastAssistantTurn() const;

Q_SIGNALS:
    void runStateChanged(bool running);
    void runEnded(qint64 runId);
    // "Add to Dataset" on a reply: the variables its run was rendered with, and its text.
    void addToDatasetRequested(const QJsonObject &variables, const QString &replyText);
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runAssistantTurn(int index);
    void addAssistantTurnWidget(int index);
    void onStreamEvent(const StreamEvent &event);
    void updateControls();
    std::optional<double> costOf(const StreamedReply &reply) const;
    QWidget *makePromptSummary(const QList<ChatMessage> &prompt, const QString &title);

    MainActions *m_actions;
    ChatRunner *m_runner;
    CostFunction m_cost;
    Conversation m_conversation;
    std::optional<RunSetup> m_setup;
    int m_runningTurn = -1;

    ChatTranscript *m_transcript = nullptr;
    QPlainTextEdit *m_composer = nullptr;
    QPushButton *m_send = nullptr;
    QToolButton *m_clear = nullptr;
    QLabel *m_stats = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace pwb
