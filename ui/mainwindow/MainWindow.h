#pragma once

#include "common/RunServices.h"
#include "export/RunCodeExport.h"

#include <QMainWindow>

#include <memory>

class QSplitter;
class QLabel;
class QNetworkAccessManager;

namespace pwb {

class ApiKeyResolver;
class ChatPanel;
class CompareWindow;
class DatasetsWindow;
class EvalWindow;
class ModelListFetcher;
class ProviderDirectory;
class ProvidersDialog;
class RunLauncher;
class RunPairWindow;
class RunsWindow;
class VersionHistoryPanel;
class WorkspaceTransfer;
class ChatRunner;
class MainActions;
class PriceTable;
class PromptEditorPanel;
class PromptFileActions;
class PromptLibraryPanel;
class PromptSession;
class SecretStore;
class Workspace;

// The main window only composes: the prompt library, the editor and the chat pane side by side
// in a splitter, the menus from MainActions, and a status bar naming the workspace. Each region
// is its own panel class, the prompt's load/save is PromptSession, running it is RunLauncher;
// the window wires them and remembers its geometry and splitter sizes (QSettings).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `secrets` (the OS keychain) may be null: keys then come from the environment only.
    MainWindow(Workspace &workspace, SecretStore *secrets, QWidget *parent = nullptr);
    ~MainWindow() override;

    MainActions *actions() const { return m_actions; }
    PromptLibraryPanel *libraryPanel() const { return m_library; }
    PromptEditorPanel *editorPanel() const { return m_editor; }
    ChatPanel *chatPanel() const { return m_chat; }
    PromptSession *session() const { return m_session; }
    ProviderDirectory *providers() const { return m_providers; }
    ApiKeyResolver *keys() const { return m_keys; }
    RunLauncher *launcher() const { return m_launcher; }
    VersionHistoryPanel *historyPanel() const { return m_history; }
    WorkspaceTransfer *transfer() const { return m_transfer; }
    PromptFileActions *promptFiles() const { return m_promptFiles; }
    void showHistory();
    // The compare view for the prompt in the editor (one window, reused).
    CompareWindow *showCompare();
    EvalWindow *showEvaluations();
    DatasetsWindow *datasetsWindow(); // made on first use, kept for the window's life
    RunServices runServices() const;
    DatasetsWindow *showDatasets();
    ProvidersDialog *showProvidersDialog();
    // Saved runs (one window, reused).
    RunsWindow *showRuns();
    // Two saved runs side by side (one window, reused; over the runs browser).
    RunPairWindow *showRunPair(qint64 first, qint64 second);
    // Opens the prompt of run `runId` at the version it ran, with the run's variables.
    void openRunInEditor(qint64 runId);
    // The saved run's request as code, to the clipboard (the runs browser's Code button).
    void copyRunAsCode(qint64 runId, CodeLanguage language);
    QNetworkAccessManager *network() const { return m_network; }
    QString workspaceFilePath() const;

    void showAboutDialog();
    void showMessage(const QString &text);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void connectActions();
    void connectPanels();
    void restoreLayout();
    void saveLayout() const;
    void undoOrRedo(bool undo);
    void openInitialPrompt();
    void refreshProviderChoices();
    void fetchModels(const QString &providerId);

    Workspace &m_workspace;
    SecretStore *m_secrets;
    MainActions *m_actions = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    ChatRunner *m_runner = nullptr;
    QSplitter *m_splitter = nullptr;
    PromptLibraryPanel *m_library = nullptr;
    PromptEditorPanel *m_editor = nullptr;
    ChatPanel *m_chat = nullptr;
    PromptSession *m_session = nullptr;
    ProviderDirectory *m_providers = nullptr;
    ApiKeyResolver *m_keys = nullptr;
    RunLauncher *m_launcher = nullptr;
    ModelListFetcher *m_models = nullptr;
    ProvidersDialog *m_providersDialog = nullptr;
    VersionHistoryPanel *m_history = nullptr;
    CompareWindow *m_compare = nullptr;
    EvalWindow *m_evaluations = nullptr;
    DatasetsWindow *m_datasets = nullptr;
    WorkspaceTransfer *m_transfer = nullptr;
    RunsWindow *m_runs = nullptr;
    RunPairWindow *m_runPair = nullptr;
    QLabel *m_workspaceLabel = nullptr;
    PromptFileActions *m_promptFiles = nullptr;
    std::shared_ptr<const PriceTable> m_prices;
};

} // namespace pwb
