#include "mainwindow/MainWindow.h"

#include "chat/ChatPanel.h"
#include "chat/ChatRunner.h"
#include "compare/CompareWindow.h"
#include "core/ApplicationIdentity.h"
#include "editor/ParametersPanel.h"
#include "editor/PromptEditorPanel.h"
#include "editor/VariablesPanel.h"
#include "eval/DatasetsWindow.h"
#include "eval/EvalWindow.h"
#include "eval/JsonValueText.h"
#include "export/RunCodeExport.h"
#include "library/PromptFileActions.h"
#include "library/PromptLibraryPanel.h"
#include "mainwindow/AboutDialog.h"
#include "mainwindow/MainActions.h"
#include "mainwindow/PromptSession.h"
#include "mainwindow/RunLauncher.h"
#include "mainwindow/WorkspaceTransfer.h"
#include "providers/ApiKeyResolver.h"
#include "providers/ModelListFetcher.h"
#include "providers/PriceTable.h"
#include "providers/ProviderDirectory.h"
#include "providers/ProvidersDialog.h"
#include "providers/demo/DemoNetworkAccessManager.h"
#include "runs/RunPairWindow.h"
#include "runs/RunsFileActions.h"
#include "runs/RunsWindow.h"
#include "storage/PromptRepository.h"
#include "storage/RunDetails.h"
#include "storage/RunRecorder.h"
#include "storage/Workspace.h"
#include "versions/VersionHistoryPanel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QUndoStack>

namespace pwb {

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kSplitterKey = QStringLiteral("mainWindow/splitter");
const QString kLastPromptKey = QStringLiteral("mainWindow/lastPrompt");
} // namespace

MainWindow::MainWindow(Workspace &workspace, SecretStore *secrets, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_secrets(secrets)
    , m_actions(new MainActions(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Prompt Workbench"));

    // One network for every provider; requests to the offline demo are answered in-process.
    m_network = new demo::DemoNetworkAccessManager(this);
    m_runner = new ChatRunner(m_network, &workspace.recorder(), this);

    m_library = new PromptLibraryPanel(m_actions, workspace.database(), workspace.prompts());
    m_editor = new PromptEditorPanel;
    m_chat = new ChatPanel(m_actions, m_runner);
    m_session = new PromptSession(workspace.prompts(), m_editor, this);
    m_providers = new ProviderDirectory(workspace.database(), this);
    m_keys = new ApiKeyResolver(secrets, this);
    m_models = new ModelListFetcher(m_network, this);
    m_launcher =
        new RunLauncher(m_editor, m_chat, workspace.prompts(), *m_providers, *m_keys, this);
    refreshProviderChoices();
    // History lives in the editor's inspector, next to what it compares and restores into.
    m_history = new VersionHistoryPanel(workspace.prompts());
    m_transfer = new WorkspaceTransfer(workspace, this);
    m_editor->inspector()->addTab(m_history, tr("History"));
    m_promptFiles = new PromptFileActions(workspace.prompts(), this);

    // Prices: the built-in table, with the user's own file on top when there is one.
    QString priceError;
    m_prices =
        std::make_shared<PriceTable>(PriceTable::load(PriceTable::userFilePath(), &priceError));
    m_chat->setCostFunction(
        [prices = m_prices](const QString &provider, const QString &model, const Usage &usage) {
            return prices->costUsd(provider, model, usage);
        });
    // Every run keeps its cost, for the runs browser and exports.
    workspace.recorder().setCostFunction(
        [prices = m_prices](const QString &provider, const QString &model, const Usage &usage) {
            return prices->costUsd(provider, model, usage);
        });

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_library);
    m_splitter->addWidget(m_editor);
    m_splitter->addWidget(m_chat);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    setCentralWidget(m_splitter);

    m_actions->populateMenuBar(menuBar());
    for (QAction *action : m_actions->all()) {
        addAction(action); // shortcuts work even when the menu bar is hidden
    }

    m_workspaceLabel =
        new QLabel(tr("Workspace: %1").arg(QDir::toNativeSeparators(workspace.filePath())));
    m_workspaceLabel->setObjectName(QStringLiteral("workspaceLabel"));
    m_workspaceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_workspaceLabel);

    connectActions();
    connectPanels();
    restoreLayout();
    openInitialPrompt();
    if (!priceError.isEmpty()) {
        showMessage(priceError);
    }
    if (workspace.interruptedRuns() > 0) {
        showMessage(tr("%n run(s) were cut off when the app last closed; they are kept, marked "
                       "interrupted.",
                       nullptr, workspace.interruptedRuns()));
    }
}

MainWindow::~MainWindow()
{
    // QUndoStack announces its clearing while being destroyed, after the panels are gone.
    m_library->undoStack()->disconnect(this);
    // Before the network it streams through (an older sibling, deleted first otherwise).
    delete m_compare;
    delete m_evaluations;
    delete m_datasets;
}

QString MainWindow::workspaceFilePath() const
{
    return m_workspace.filePath();
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, 8000);
}

// What the windows that send prompts (compare, evaluations) work with.
RunServices MainWindow::runServices() const
{
    return {m_workspace.database(),
            m_workspace.prompts(),
            *m_providers,
            *m_keys,
            &m_workspace.recorder(),
            m_network,
            [prices = m_prices](const QString &provider, const QString &model, const Usage &usage) {
                return prices->costUsd(provider, model, usage);
            }};
}

DatasetsWindow *MainWindow::datasetsWindow()
{
    if (!m_datasets) {
        m_datasets = new DatasetsWindow(m_workspace.database(), this);
        m_datasets->setWindowFlag(Qt::Window);
    }
    return m_datasets;
}

DatasetsWindow *MainWindow::showDatasets()
{
    DatasetsWindow *window = datasetsWindow();
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

EvalWindow *MainWindow::showEvaluations()
{
    if (!m_evaluations) {
        m_evaluations = new EvalWindow(runServices(), this);
        m_evaluations->setWindowFlag(Qt::Window);
        connect(m_evaluations, &EvalWindow::message, this, &MainWindow::showMessage);
    }
    m_evaluations->setCurrentPrompt(m_editor->promptId());
    m_evaluations->show();
    m_evaluations->raise();
    m_evaluations->activateWindow();
    return m_evaluations;
}

CompareWindow *MainWindow::showCompare()
{
    if (!m_compare) {
        m_compare = new CompareWindow(runServices(), this);
        m_compare->setWindowFlag(Qt::Window);
        // Each run takes the editor as it is then: edit there, Run All here.
        m_compare->setSourceFunction([this] {
            ComparePromptSource source;
            source.promptId = m_editor->promptId();
            source.name = m_editor->nameField()->text();
            source.editorContent = m_editor->content();
            source.editorBaseVersionId = m_editor->baseVersionId();
            source.editorModified = m_editor->isModified();
            source.variables = m_editor->variablesPanel()->renderData();
            return source;
        });
    }
    m_compare->refreshSource();
    m_compare->show();
    m_compare->raise();
    m_compare->activateWindow();
    return m_compare;
}

RunsWindow *MainWindow::showRuns()
{
    if (!m_runs) {
        m_runs = new RunsWindow(m_workspace.database(), &m_workspace.recorder(), this);
        m_runs->setWindowFlag(Qt::Window);
        m_runs->setCostFunction(
            [prices = m_prices](const QString &provider, const QString &model, const Usage &usage) {
                return prices->costUsd(provider, model, usage);
            });
        connect(m_runs, &RunsWindow::openInEditorRequested, this, &MainWindow::openRunInEditor);
        connect(m_runs, &RunsWindow::compareRequested, this, &MainWindow::showRunPair);
        connect(m_runs, &RunsWindow::copyAsCodeRequested, this, &MainWindow::copyRunAsCode);
    }
    m_runs->show();
    m_runs->raise();
    m_runs->activateWindow();
    return m_runs;
}

RunPairWindow *MainWindow::showRunPair(qint64 first, qint64 second)
{
    if (!m_runPair) {
        // Over the runs browser it was asked from, and reused for the next pair.
        m_runPair = new RunPairWindow(m_workspace.database(), m_workspace.prompts(), showRuns());
    }
    m_runPair->showRuns(first, second);
    m_runPair->show();
    m_runPair->raise();
    m_runPair->activateWindow();
    return m_runPair;
}

void MainWindow::copyRunAsCode(qint64 runId, CodeLanguage language)
{
    const std::optional<StoredRun> run = StoredRun::load(m_workspace.database(), runId);
    if (!run) {
        return;
    }
    const Result<QString> code =
        RunCodeExport::codeForRun(*run, m_workspace.prompts(), *m_providers, language);
    if (!code) {
        showMessage(code.error());
        return;
    }
    QGuiApplication::clipboard()->setText(code.value());
    const std::optional<ProviderConfig> provider = m_providers->provider(run->providerId);
    const QString variable = provider ? RunCodeExport::keyVariable(*provider) : QString();
    showMessage(
        variable.isEmpty()
            ? tr("Copied run %1 as code.").arg(runId)
            : tr("Copied run %1 as code; it reads the key from %2.").arg(runId).arg(variable));
}

void MainWindow::openRunInEditor(qint64 runId)
{
    const Result<RunDetails> details = RunDetails::load(m_workspace.database(), runId);
    if (!details) {
        showMessage(details.error());
        return;
    }
    const StoredRun &run = details->run;
    if (!details->promptId || !run.promptVersionId) {
        showMessage(tr("Run %1 was of edits never saved as a version: there is no version to "
                       "open.")
                        .arg(runId));
        return;
    }
    const qint64 promptId = *details->promptId;
    m_actions->showLibrary->setChecked(true);
    m_library->selectPrompt(promptId);
    if (m_session->currentPrompt() != promptId) {
        m_session->open(promptId); // says why through message() when it cannot
    }
    if (m_session->currentPrompt() != promptId) {
        return;
    }
    if (m_editor->baseVersionId() != *run.promptVersionId || m_editor->isModified()) {
        m_session->restoreVersion(*run.promptVersionId);
    }
    QHash<QString, QString> values;
    for (auto it = run.variables.constBegin(); it != run.variables.constEnd(); ++it) {
        values.insert(it.key(), JsonValueText::typed(it.value()));
    }
    m_editor->variablesPanel()->setValues(values);
    showMessage(tr("%1 opened as run %2 sent it, with its variables.")
                    .arg(details->promptTitle())
                    .arg(runId));
    raise();
    activateWindow();
}

void MainWindow::connectActions()
{
    for (QAction *action :
         {m_actions->newPrompt, m_actions->saveVersion, m_actions->undo, m_actions->redo,
          m_actions->find, m_actions->run, m_actions->providers, m_actions->compare}) {
        action->setEnabled(true);
        action->setStatusTip({});
    }
    connect(m_actions->quit, &QAction::triggered, this, &MainWindow::close);
    m_actions->importPrompts->setEnabled(true);
    m_actions->importPrompts->setStatusTip({});
    // Export needs a prompt in the editor: enabled once one is opened.
    m_actions->exportPrompt->setStatusTip(tr("Open a prompt to export its newest version."));
    connect(m_actions->importPrompts, &QAction::triggered, m_promptFiles,
            &PromptFileActions::importPrompts);
    connect(m_actions->exportPrompt, &QAction::triggered, this, [this] {
        if (const std::optional<qint64> promptId = m_session->currentPrompt()) {
            m_promptFiles->exportPrompt(*promptId,
                                        m_session->modifiedPrompts().contains(*promptId));
        }
    });
    connect(m_promptFiles, &PromptFileActions::imported, m_library, &PromptLibraryPanel::reload);
    connect(m_promptFiles, &PromptFileActions::imported, m_history, &VersionHistoryPanel::reload);
    connect(m_promptFiles, &PromptFileActions::message, this, &MainWindow::showMessage);
    connect(m_library, &PromptLibraryPanel::exportFolderRequested, m_promptFiles,
            &PromptFileActions::exportFolder);
    connect(m_actions->about, &QAction::triggered, this, &MainWindow::showAboutDialog);
    connect(m_actions->aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_actions->showLibrary, &QAction::toggled, m_library, &QWidget::setVisible);
    connect(m_actions->showChat, &QAction::toggled, m_chat, &QWidget::setVisible);
    connect(m_actions->fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen
                          : windowState() & ~Qt::WindowFullScreen);
    });
    connect(m_actions->newPrompt, &QAction::triggered, this, [this] {
        m_actions->showLibrary->setChecked(true);
        m_library->createPrompt();
        m_editor->nameField()->setFocus();
        m_editor->nameField()->selectAll();
    });
    connect(m_actions->saveVersion, &QAction::triggered, m_session, &PromptSession::saveVersion);
    connect(m_actions->run, &QAction::triggered, this, [this] {
        m_actions->showChat->setChecked(true);
        m_launcher->run();
    });
    connect(m_actions->providers, &QAction::triggered, this, &MainWindow::showProvidersDialog);
    connect(m_actions->compare, &QAction::triggered, this, &MainWindow::showCompare);
    connect(m_actions->evaluations, &QAction::triggered, this, &MainWindow::showEvaluations);
    connect(m_actions->datasets, &QAction::triggered, this, &MainWindow::showDatasets);
    m_actions->runsBrowser->setEnabled(true);
    m_actions->runsBrowser->setStatusTip({});
    connect(m_actions->runsBrowser, &QAction::triggered, this, &MainWindow::showRuns);
    connect(m_actions->newEvalRun, &QAction::triggered, this,
            [this] { showEvaluations()->newEvalRun(); });
    connect(m_actions->history, &QAction::triggered, this, &MainWindow::showHistory);
    connect(m_actions->importRuns, &QAction::triggered, this,
            [this] { showRuns()->files()->importRuns(); });
    connect(m_actions->backUpWorkspace, &QAction::triggered, m_transfer,
            &WorkspaceTransfer::backUp);
    connect(m_actions->undo, &QAction::triggered, this, [this] { undoOrRedo(true); });
    connect(m_actions->redo, &QAction::triggered, this, [this] { undoOrRedo(false); });
    connect(m_actions->find, &QAction::triggered, this, [this] {
        m_actions->showLibrary->setChecked(true);
        m_library->searchField()->setFocus();
        m_library->searchField()->selectAll();
    });
}

void MainWindow::connectPanels()
{
    connect(m_library, &PromptLibraryPanel::promptSelected, m_session, &PromptSession::open);
    connect(m_library, &PromptLibraryPanel::message, this, &MainWindow::showMessage);
    connect(m_session, &PromptSession::message, this, &MainWindow::showMessage);
    connect(m_chat, &ChatPanel::message, this, &MainWindow::showMessage);
    connect(m_chat, &ChatPanel::addToDatasetRequested, this,
            [this](const QJsonObject &variables, const QString &reply) {
                datasetsWindow()->addCaseFromRun(variables, reply, this);
            });
    connect(m_launcher, &RunLauncher::message, this, &MainWindow::showMessage);
    connect(m_transfer, &WorkspaceTransfer::message, this, &MainWindow::showMessage);
    connect(m_providers, &ProviderDirectory::changed, this, &MainWindow::refreshProviderChoices);
    connect(m_editor->parametersPanel(), &ParametersPanel::modelListRequested, this,
            &MainWindow::fetchModels);
    // Choosing another provider offers its default model, and never keeps the old model's list.
    connect(m_editor->parametersPanel(), &ParametersPanel::providerChanged, this,
            [this](const QString &providerId) {
                const std::optional<ProviderConfig> provider = m_providers->provider(providerId);
                ParametersPanel *parameters = m_editor->parametersPanel();
                const QString model = provider ? provider->defaultModel : QString();
                parameters->setModelSuggestions(model.isEmpty() ? QStringList()
                                                                : QStringList {model});
                parameters->setModelListStatus({});
                if (!model.isEmpty()) {
                    parameters->modelBox()->setCurrentText(model);
                }
            });
    connect(m_models, &ModelListFetcher::modelsFetched, this, [this](const QStringList &models) {
        m_editor->parametersPanel()->setModelSuggestions(models);
        m_editor->parametersPanel()->setModelListStatus(
            tr("%n model(s) listed by the provider.", nullptr, int(models.size())));
    });
    connect(m_models, &ModelListFetcher::failed, this, [this](const QString &error) {
        m_editor->parametersPanel()->setModelListStatus(error);
    });
    connect(m_session, &PromptSession::promptRenamed, m_library, &PromptLibraryPanel::reload);
    connect(m_session, &PromptSession::versionSaved, m_library, &PromptLibraryPanel::reload);
    connect(m_session, &PromptSession::versionSaved, this, [this](qint64, qint64 versionId) {
        m_history->reload();
        m_history->setCurrentVersion(versionId);
    });
    connect(m_session, &PromptSession::opened, this, [this](qint64 promptId) {
        m_actions->exportPrompt->setEnabled(true);
        m_actions->exportPrompt->setStatusTip({});
        m_history->setPrompt(promptId);
        m_history->setCurrentVersion(m_editor->baseVersionId());
    });
    connect(m_history, &VersionHistoryPanel::restoreRequested, m_session,
            &PromptSession::restoreVersion);
    connect(m_session, &PromptSession::opened, this, [](qint64 promptId) {
        AppSettings settings;
        settings.setValue(kLastPromptKey, promptId);
    });
    // A deleted prompt leaves the editor; an undone delete brings it back when selected.
    connect(m_library->undoStack(), &QUndoStack::indexChanged, this, [this] {
        const std::optional<qint64> current = m_session->currentPrompt();
        if (current) {
            const std::optional<PromptRecord> record = m_workspace.prompts().prompt(*current);
            m_editor->setEditingEnabled(record && !record->deleted);
        }
    });
}

void MainWindow::openInitialPrompt()
{
    const AppSettings settings;
    const qint64 last = settings.value(kLastPromptKey).toLongLong();
    const QList<PromptRecord> prompts = m_workspace.prompts().prompts();
    if (prompts.isEmpty()) {
        m_editor->setEditingEnabled(false);
        return;
    }
    const bool lastExists = std::any_of(prompts.cbegin(), prompts.cend(),
                                        [last](const PromptRecord &p) { return p.id == last; });
    m_library->selectPrompt(lastExists ? last : prompts.first().id);
    if (!m_session->currentPrompt()) {
        m_session->open(lastExists ? last : prompts.first().id);
    }
}

void MainWindow::refreshProviderChoices()
{
    QList<QPair<QString, QString>> choices;
    for (const ProviderConfig &provider : m_providers->providers()) {
        choices.append(
            {provider.id, provider.displayName.isEmpty() ? provider.id : provider.displayName});
    }
    m_editor->parametersPanel()->setProviders(choices);
}

void MainWindow::fetchModels(const QString &providerId)
{
    const std::optional<ProviderConfig> provider = m_providers->provider(providerId);
    if (!provider) {
        return;
    }
    m_editor->parametersPanel()->setModelListStatus(
        tr("Asking %1 for its models…").arg(provider->displayName));
    m_keys->prepare(*provider, this, [this](const ApiKeyResolver::Prepared &prepared) {
        if (!prepared.usable) {
            m_editor->parametersPanel()->setModelListStatus(prepared.problem);
            return;
        }
        m_models->fetch(prepared.config);
    });
}

void MainWindow::showHistory()
{
    m_editor->showInspectorLarge(m_history);
    m_history->setFocus();
}

ProvidersDialog *MainWindow::showProvidersDialog()
{
    if (!m_providersDialog) {
        m_providersDialog = new ProvidersDialog(m_providers, m_keys, m_network, this);
    }
    const QString current = m_editor->parametersPanel()->providerId();
    if (!current.isEmpty()) {
        m_providersDialog->selectProvider(current);
    }
    m_providersDialog->show();
    m_providersDialog->raise();
    m_providersDialog->activateWindow();
    return m_providersDialog;
}

void MainWindow::undoOrRedo(bool undo)
{
    // The library's history (delete, new, duplicate) when the focus is there, else the editor's.
    QWidget *focus = QApplication::focusWidget();
    QUndoStack *stack =
        focus && m_library->isAncestorOf(focus) ? m_library->undoStack() : m_editor->undoStack();
    undo ? stack->undo() : stack->redo();
}

void MainWindow::showAboutDialog()
{
    AboutDialog dialog(m_workspace.filePath(), this);
    dialog.exec();
}

void MainWindow::restoreLayout()
{
    const AppSettings settings;
    const bool restored = restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    if (!m_splitter->restoreState(settings.value(kSplitterKey).toByteArray())) {
        m_splitter->setSizes({240, 620, 500});
    }
    m_actions->showLibrary->setChecked(!m_library->isHidden());
    m_actions->showChat->setChecked(!m_chat->isHidden());
    if (!restored) {
        // First start: a comfortable size, centred, never larger than the screen.
        const QRect screen = this->screen()->availableGeometry();
        const QSize size = QSize(1360, 860).boundedTo(screen.size() * 0.9);
        setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size, screen));
    }
}

void MainWindow::saveLayout() const
{
    AppSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const QList<qint64> modified = m_session->modifiedPrompts();
    if (!modified.isEmpty()) {
        const QMessageBox::StandardButton answer = QMessageBox::question(
            this, tr("Unsaved changes"),
            tr("%n prompt(s) have changes that are not saved as a version. Save them before "
               "closing?",
               nullptr, int(modified.size())),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel) {
            event->ignore();
            return;
        }
        if (answer == QMessageBox::Save) {
            m_session->saveAllModified();
        }
    }
    m_chat->stop();
    saveLayout();
    event->accept();
}

} // namespace pwb
