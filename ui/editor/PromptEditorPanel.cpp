#include "editor/PromptEditorPanel.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace pwb {

PromptEditorPanel::PromptEditorPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("promptEditorPanel"));

    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("promptName"));
    m_name->setPlaceholderText(tr("Untitled prompt"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.25);
    m_name->setFont(nameFont);

    auto *addButton = new QToolButton;
    addButton->setObjectName(QStringLiteral("addMessage"));
    addButton->setText(tr("Add Message"));
    addButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    addButton->setPopupMode(QToolButton::InstantPopup);
    auto *roles = new QMenu(addButton);
    roles->addAction(tr("System"), this, [this] { addMessage(MessageEditor::Role::System); });
    roles->addAction(tr("User"), this, [this] { addMessage(MessageEditor::Role::User); });
    roles->addAction(tr("Assistant (example answer)"), this,
                     [this] { addMessage(MessageEditor::Role::Assistant); });
    addButton->setMenu(roles);

    auto *messages = new QWidget;
    m_messageLayout = new QVBoxLayout(messages);
    m_messageLayout->setContentsMargins(0, 0, 6, 0);
    m_messageLayout->setSpacing(10);
    m_messageLayout->addStretch();

    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("messageScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(messages);

    auto *footer = new QHBoxLayout;
    footer->addWidget(addButton);
    footer->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_name);
    layout->addWidget(scroll, 1);
    layout->addLayout(footer);

    // A new prompt starts the way most do: instructions, then the user's turn.
    addMessage(MessageEditor::Role::System);
    addMessage(MessageEditor::Role::User);
    setMinimumWidth(320);
}

MessageEditor *PromptEditorPanel::addMessage(MessageEditor::Role role)
{
    auto *editor = new MessageEditor(role);
    connect(editor, &MessageEditor::removeRequested, this, &PromptEditorPanel::removeMessage);
    connect(editor, &MessageEditor::moveRequested, this, &PromptEditorPanel::moveMessage);
    m_messages.append(editor);
    relayoutMessages();
    editor->textEdit()->setFocus();
    Q_EMIT messagesChanged();
    return editor;
}

void PromptEditorPanel::removeMessage(MessageEditor *editor)
{
    if (!m_messages.removeOne(editor)) {
        return;
    }
    editor->deleteLater();
    relayoutMessages();
    Q_EMIT messagesChanged();
}

void PromptEditorPanel::moveMessage(MessageEditor *editor, int delta)
{
    const qsizetype from = m_messages.indexOf(editor);
    const qsizetype to = from + delta;
    if (from < 0 || to < 0 || to >= m_messages.size()) {
        return;
    }
    m_messages.move(from, to);
    relayoutMessages();
    Q_EMIT messagesChanged();
}

void PromptEditorPanel::relayoutMessages()
{
    for (MessageEditor *editor : std::as_const(m_messages)) {
        m_messageLayout->removeWidget(editor);
    }
    for (qsizetype i = 0; i < m_messages.size(); ++i) {
        m_messageLayout->insertWidget(int(i), m_messages.at(i));
    }
}

} // namespace pwb
