#pragma once

#include "providers/ChatRequest.h"
#include "streaming/StreamedReply.h"

#include <QList>
#include <QString>

namespace pwb {

// One turn after the prompt: something the user typed in the chat, or a model's reply.
struct ConversationTurn
{
    enum class Kind { User, Assistant };
    Kind kind = Kind::User;
    QString userText; // User
    StreamedReply reply; // Assistant: everything received so far, kept when it failed
    qint64 runId = 0; // Assistant: the recorded run, 0 when recording failed
};

// A chat that starts from a rendered prompt: the prompt's messages, then user turns and replies.
// Pure data; the chat pane edits it (regenerate, edit and resend) and builds each request from
// it, so what was sent can always be reproduced from what is shown.
class Conversation
{
public:
    void start(const QList<ChatMessage> &renderedPrompt);
    void clear();

    const QList<ChatMessage> &prompt() const { return m_prompt; }
    const QList<ConversationTurn> &turns() const { return m_turns; }
    bool isEmpty() const { return m_prompt.isEmpty() && m_turns.isEmpty(); }

    int addUserTurn(const QString &text);
    int addAssistantTurn();
    ConversationTurn &turn(int index) { return m_turns[index]; }
    void setUserText(int index, const QString &text);
    // Removes every turn from `index` on (regenerate drops the last reply; editing a user turn
    // drops what followed it).
    void truncate(int index);
    // The last assistant turn, or -1.
    int lastAssistantTurn() const;

    // The messages a reply at turn `index` answers: the prompt and every turn before it. A
    // reply that failed contributes what it received, and one with no text is left out, since
    // providers reject empty assistant messages.
    QList<ChatMessage> messagesBefore(int index) const;

private:
    QList<ChatMessage> m_prompt;
    QList<ConversationTurn> m_turns;
};

} // namespace pwb
