#pragma once

#include <QMainWindow>

class QSplitter;
class QLabel;

namespace pwb {

class ChatPanel;
class MainActions;
class PromptEditorPanel;
class PromptLibraryPanel;

// The main window only composes: the prompt library, the editor and the chat pane side by side
// in a splitter, the menus from MainActions, and a status bar naming the workspace. Each region
// is its own panel class; the window remembers its geometry and splitter sizes (QSettings).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const QString &workspaceFilePath, QWidget *parent = nullptr);
    ~MainWindow() override;

    MainActions *actions() const { return m_actions; }
    PromptLibraryPanel *libraryPanel() const { return m_library; }
    PromptEditorPanel *editorPanel() const { return m_editor; }
    ChatPanel *chatPanel() const { return m_chat; }
    QString workspaceFilePath() const { return m_workspaceFilePath; }

    void showAboutDialog();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void connectActions();
    void restoreLayout();
    void saveLayout() const;

    QString m_workspaceFilePath;
    MainActions *m_actions = nullptr;
    QSplitter *m_splitter = nullptr;
    PromptLibraryPanel *m_library = nullptr;
    PromptEditorPanel *m_editor = nullptr;
    ChatPanel *m_chat = nullptr;
    QLabel *m_workspaceLabel = nullptr;
};

} // namespace pwb
