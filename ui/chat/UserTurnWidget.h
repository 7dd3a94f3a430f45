#pragma once

#include <QFrame>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace pwb {

// A message the user typed in the chat. Edit turns it into a text box; Resend replaces the
// turn and everything after it with a new reply.
class UserTurnWidget : public QFrame
{
    Q_OBJECT

public:
    explicit UserTurnWidget(const QString &text, QWidget *parent = nullptr);

    QString text() const { return m_text; }
    QLabel *textLabel() const { return m_label; }
    QToolButton *editButton() const { return m_edit; }
    QPlainTextEdit *editor() const { return m_editor; }
    QPushButton *resendButton() const { return m_resend; }
    void setActionsEnabled(bool enabled);
    void startEditing();

Q_SIGNALS:
    void resendRequested(const QString &newText);

private:
    void stopEditing();

    QString m_text;
    QLabel *m_label = nullptr;
    QToolButton *m_edit = nullptr;
    QToolButton *m_copy = nullptr;
    QWidget *m_editPage = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QPushButton *m_resend = nullptr;
};

} // namespace pwb
