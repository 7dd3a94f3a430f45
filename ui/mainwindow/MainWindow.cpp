#include "mainwindow/MainWindow.h"

#include "chat/ChatPanel.h"
#include "core/ApplicationIdentity.h"
#include "editor/PromptEditorPanel.h"
#include "library/PromptLibraryPanel.h"
#include "mainwindow/AboutDialog.h"
#include "mainwindow/MainActions.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>

namespace pwb {

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kSplitterKey = QStringLiteral("mainWindow/splitter");
} // namespace

MainWindow::MainWindow(const QString &workspaceFilePath, QWidget *parent)
    : QMainWindow(parent)
    , m_workspaceFilePath(workspaceFilePath)
    , m_actions(new MainActions(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Prompt Workbench"));

    m_library = new PromptLibraryPanel(m_actions);
    m_editor = new PromptEditorPanel;
    m_chat = new ChatPanel(m_actions);

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
        new QLabel(tr("Workspace: %1").arg(QDir::toNativeSeparators(workspaceFilePath)));
    m_workspaceLabel->setObjectName(QStringLiteral("workspaceLabel"));
    m_workspaceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_workspaceLabel);

    connectActions();
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::connectActions()
{
    connect(m_actions->quit, &QAction::triggered, this, &MainWindow::close);
    connect(m_actions->about, &QAction::triggered, this, &MainWindow::showAboutDialog);
    connect(m_actions->aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_actions->showLibrary, &QAction::toggled, m_library, &QWidget::setVisible);
    connect(m_actions->showChat, &QAction::toggled, m_chat, &QWidget::setVisible);
    connect(m_actions->fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen
                          : windowState() & ~Qt::WindowFullScreen);
    });
}

void MainWindow::showAboutDialog()
{
    AboutDialog dialog(m_workspaceFilePath, this);
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
    saveLayout();
    event->accept();
}

} // namespace pwb
