#pragma once

#include "editor/MessageEditor.h"
#include "storage/PromptContent.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QScrollArea;
class QSplitter;
class QTabWidget;
class QUndoStack;
class QVBoxLayout;

namespace pwb {

class ParametersPanel;
class VariablesPanel;

// Centre region: the prompt being edited — its name and tags, its messages (templates), and an
// inspector with the variables, the parameters and a preview of the request. Every change to
// the content goes through one undo stack (EditorUndoCommand). The panel knows which saved
// version it was loaded from, so it can say whether there are unsaved changes.
class PromptEditorPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PromptEditorPanel(QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    QLineEdit *tagsField() const { return m_tags; }
    QLineEdit *noteField() const { return m_note; }
    QLabel *versionLabel() const { return m_versionLabel; }
    QList<MessageEditor *> messageEditors() const { return m_messages; }
    VariablesPanel *variablesPanel() const { return m_variables; }
    ParametersPanel *parametersPanel() const { return m_parameters; }
    QPlainTextEdit *preview() const { return m_preview; }
    QTabWidget *inspector() const { return m_inspector; }
    QUndoStack *undoStack() const { return m_undo; }

    // Undoable edits of the message list.
    MessageEditor *addMessage(MessageEditor::Role role);
    void removeMessage(MessageEditor *editor);
    void moveMessage(MessageEditor *editor, int delta);

    PromptContent content() const;
    // Replaces the content as one undoable step (restoring a version, for instance).
    void replaceContent(const PromptContent &content, const QString &undoText);

    // Opens a prompt: its content (of `baseVersion`, or a draft), with a fresh undo history.
    // `baseVersion` is the saved version the content is compared with; 0 = never saved.
    void openPrompt(qint64 promptId, const QString &name, const QStringList &tags,
                    const PromptContent &content, qint64 baseVersionId, int baseVersionNumber,
                    const QString &baseContentHash);
    // After a save: the content now on disk is version `number`.
    void setBaseVersion(qint64 versionId, int number, const QString &contentHash);
    std::optional<qint64> promptId() const { return m_promptId; }
    qint64 baseVersionId() const { return m_baseVersionId; }
    bool isModified() const;
    // "Name · version 3", "Name · version 3, edited", "Name · not saved": what a run is of.
    QString runTitle() const;
    void setEditingEnabled(bool enabled);

    void setPreviewText(const QString &text);
    // Opens the inspector tab holding `page` and gives the inspector most of the height.
    void showInspectorLarge(QWidget *page);

Q_SIGNALS:
    void contentChanged();
    void modifiedChanged(bool modified);
    void nameEdited(const QString &name);
    void tagsEdited(const QStringList &tags);
    void previewNeeded();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    MessageEditor *createMessageEditor(MessageEditor::Role role);
    void relayoutMessages();
    void applyContent(const PromptContent &content, const QString &field);
    void recordEdit(const QString &undoText, const QString &field);
    void refreshVariables();
    void updateVersionLabel();

    std::optional<qint64> m_promptId;
    qint64 m_baseVersionId = 0;
    int m_baseVersionNumber = 0;
    QString m_baseHash;
    PromptContent m_current; // what the undo stack last recorded
    bool m_applying = false;
    bool m_wasModified = false;

    QLineEdit *m_name = nullptr;
    QLineEdit *m_tags = nullptr;
    QLabel *m_versionLabel = nullptr;
    QLineEdit *m_note = nullptr;
    QVBoxLayout *m_messageLayout = nullptr;
    QScrollArea *m_messageScroll = nullptr;
    QList<MessageEditor *> m_messages;
    QSplitter *m_split = nullptr;
    QTabWidget *m_inspector = nullptr;
    VariablesPanel *m_variables = nullptr;
    ParametersPanel *m_parameters = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QUndoStack *m_undo = nullptr;
};

} // namespace pwb
