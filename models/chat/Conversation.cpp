#include "chat/Conversation.h"

namespace pwb {

void Conversation::start(const QList<ChatMessage> &renderedPrompt)
{
    m_prompt = renderedPrompt;
    m_turns.clear();
}

void Conversation::clear()
{
    m_prompt.clear();
    m_turns.clear();
}

int Conversation::addUserTurn(const QString &text)
{
    ConversationTurn turn;
    turn.kind = ConversationTurn::Kind::User;
    turn.userText = text;
    m_turns.append(turn);
    return int(m_turns.size()) - 1;
}

int Conversation::addAssistantTurn()
{
    ConversationTurn turn;
    turn.kind = ConversationTurn::Kind::Assistant;
    m_turns.append(turn);
    return int(m_turns.size()) - 1;
}

void Conversation::setUserText(int index, const QString &text)
{
    Q_ASSERT(m_turns.at(index).kind == ConversationTurn::Kind::User);
    m_turns[index].userText = text;
}

void Conversation::truncate(int index)
{
    if (index >= 0 && index < m_turns.size()) {
        m_turns.resize(index);
    }
}

int Conversation::lastAssistantTurn() const
{
    for (qsizetype i = m_turns.size() - 1; i >= 0; --i) {
        if (m_turns.at(i).kind == ConversationTurn::Kind::Assistant) {
            return int(i);
        }
    }
    return -1;
}

QList<ChatMessage> Conversation::messagesBefore(int index) const
{
    QList<ChatMessage> messages = m_prompt;
    const qsizetype end = qMin<qsizetype>(index, m_turns.size());
    for (qsizetype i = 0; i < end; ++i) {
        const ConversationTurn &turn = m_turns.at(i);
        if (turn.kind == ConversationTurn::Kind::User) {
            messages.append({ChatMessage::Role::User, turn.userText});
        } else if (!turn.reply.text.isEmpty()) {
            messages.append({ChatMessage::Role::Assistant, turn.reply.text});
        }
    }
    return messages;
}

} // namespace pwb
