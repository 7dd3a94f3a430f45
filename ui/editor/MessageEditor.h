#pragma once

#include <QWidget>

class QComboBox;
class QPlainTextEdit;
class QToolButton;

namespace pwb {

class TemplateHighlighter;

// One message of a prompt: its role (system / user / assistant) and its template text.
class MessageEditor : public QWidget
{
    Q_OBJECT

public:
    enum class Role { System, User, Assistant };
    Q_ENUM(Role)

    explicit MessageEditor(Role role, QWidget *parent = nullptr);

    Role role() const;
    void setRole(Role role);
    QString text() const;
    void setText(const QString &text);

    QPlainTextEdit *textEdit() const { return m_text; }
    QComboBox *roleBox() const { return m_role; }
    TemplateHighlighter *highlighter() const { return m_highlighter; }

Q_SIGNALS:
    void removeRequested(pwb::MessageEditor *editor);
    void moveRequested(pwb::MessageEditor *editor, int delta);
    // The text or the role changed (by the user or by setText/setRole).
    void edited(pwb::MessageEditor *editor);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updatePlaceholder();
    void fitHeightToText();

    QComboBox *m_role = nullptr;
    QPlainTextEdit *m_text = nullptr;
    TemplateHighlighter *m_highlighter = nullptr;
};

} // namespace pwb
