#pragma once

#include "editor/MessageEditor.h"

#include <QList>
#include <QWidget>

class QLineEdit;
class QVBoxLayout;

namespace pwb {

// Centre region: the prompt being edited, as its name and an ordered list of messages.
class PromptEditorPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PromptEditorPanel(QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    QList<MessageEditor *> messageEditors() const { return m_messages; }

    MessageEditor *addMessage(MessageEditor::Role role);
    void removeMessage(MessageEditor *editor);
    void moveMessage(MessageEditor *editor, int delta);

Q_SIGNALS:
    void messagesChanged();

private:
    void relayoutMessages();

    QLineEdit *m_name = nullptr;
    QVBoxLayout *m_messageLayout = nullptr;
    QList<MessageEditor *> m_messages;
};

} // namespace pwb
