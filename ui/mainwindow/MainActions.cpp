#include "mainwindow/MainActions.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

namespace pwb {

namespace {
// The platform's binding for a standard key, or `fallback` where the platform has none (some
// Linux desktops and the offscreen platform define no Quit or FullScreen binding).
QKeySequence standardOr(QKeySequence::StandardKey key, const QString &fallback)
{
    const QList<QKeySequence> bindings = QKeySequence::keyBindings(key);
    return bindings.isEmpty() ? QKeySequence(fallback) : bindings.first();
}
} // namespace

MainActions::MainActions(QObject *parent)
    : QObject(parent)
{
    newPrompt = make("action.newPrompt", tr("&New Prompt"), QKeySequence::New, false);
    openWorkspace = make("action.openWorkspace", tr("&Open Workspace…"), QKeySequence::Open, false);
    saveVersion = make("action.saveVersion", tr("&Save Version"), QKeySequence::Save, false);
    importPrompts =
        make("action.import", tr("&Import Prompts…"), QKeySequence(tr("Ctrl+I")), false);
    exportPrompt = make("action.export", tr("&Export Prompt…"), QKeySequence(tr("Ctrl+E")), false);
    importRuns = make("action.importRuns", tr("Import &Runs…"), QKeySequence(), true);
    backUpWorkspace =
        make("action.backUpWorkspace", tr("&Back Up Workspace…"), QKeySequence(), true);
    quit = make("action.quit", tr("&Quit"), standardOr(QKeySequence::Quit, tr("Ctrl+Q")), true);
    quit->setMenuRole(QAction::QuitRole);

    undo = make("action.undo", tr("&Undo"), QKeySequence::Undo, false);
    redo = make("action.redo", tr("&Redo"), QKeySequence::Redo, false);
    find = make("action.find", tr("&Find…"), QKeySequence::Find, false);
    providers = make("action.providers", tr("&Providers and Keys…"), QKeySequence(), false);
    providers->setMenuRole(QAction::PreferencesRole);

    showLibrary =
        make("action.showLibrary", tr("Prompt &Library"), QKeySequence(tr("Alt+1")), true);
    showChat = make("action.showChat", tr("&Chat Pane"), QKeySequence(tr("Alt+2")), true);
    for (QAction *toggle : {showLibrary, showChat}) {
        toggle->setCheckable(true);
        toggle->setChecked(true);
    }
    history = make("action.history", tr("Version &History"), QKeySequence(tr("Ctrl+H")), true);
    fullScreen = make("action.fullScreen", tr("&Full Screen"),
                      standardOr(QKeySequence::FullScreen, tr("F11")), true);
    fullScreen->setCheckable(true);

    run = make("action.run", tr("&Run"), QKeySequence(tr("Ctrl+Return")), false);
    stop = make("action.stop", tr("&Stop"), QKeySequence(tr("Esc")), false);
    regenerate = make("action.regenerate", tr("Re&generate"), QKeySequence(tr("Ctrl+R")), false);
    compare = make("action.compare", tr("&Compare Models…"), QKeySequence(tr("Ctrl+Shift+Return")),
                   false);

    datasets = make("action.datasets", tr("&Datasets…"), QKeySequence(tr("Ctrl+Shift+D")), true);
    newEvalRun =
        make("action.newEvalRun", tr("&New Eval Run…"), QKeySequence(tr("Ctrl+Shift+E")), true);
    evaluations =
        make("action.evaluations", tr("&Evaluations…"), QKeySequence(tr("Ctrl+Alt+E")), true);
    runsBrowser =
        make("action.runsBrowser", tr("Saved &Runs…"), QKeySequence(tr("Ctrl+Shift+R")), false);

    about = make("action.about", tr("&About Prompt Workbench"), QKeySequence(), true);
    about->setMenuRole(QAction::AboutRole);
    aboutQt = make("action.aboutQt", tr("About &Qt"), QKeySequence(), true);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

QAction *MainActions::make(const char *objectName, const QString &text,
                           const QKeySequence &shortcut, bool implemented)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QString::fromLatin1(objectName));
    action->setShortcut(shortcut);
    action->setEnabled(implemented);
    if (!implemented) {
        action->setStatusTip(tr("Not available yet in this version."));
    }
    return action;
}

void MainActions::populateMenuBar(QMenuBar *menuBar) const
{
    QMenu *file = menuBar->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menu.file"));
    file->addActions({newPrompt, openWorkspace, saveVersion});
    file->addSeparator();
    file->addActions({importPrompts, exportPrompt});
    file->addSeparator();
    file->addActions({importRuns, backUpWorkspace});
    file->addSeparator();
    file->addAction(quit);

    QMenu *edit = menuBar->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("menu.edit"));
    edit->addActions({undo, redo});
    edit->addSeparator();
    edit->addAction(find);
    edit->addSeparator();
    edit->addAction(providers);

    QMenu *view = menuBar->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menu.view"));
    view->addActions({showLibrary, showChat, history});
    view->addSeparator();
    view->addAction(fullScreen);

    QMenu *runMenu = menuBar->addMenu(tr("&Run"));
    runMenu->setObjectName(QStringLiteral("menu.run"));
    runMenu->addActions({run, stop, regenerate});
    runMenu->addSeparator();
    runMenu->addAction(compare);

    QMenu *evaluate = menuBar->addMenu(tr("E&valuate"));
    evaluate->setObjectName(QStringLiteral("menu.evaluate"));
    evaluate->addActions({datasets, newEvalRun, evaluations});
    evaluate->addSeparator();
    evaluate->addAction(runsBrowser);

    QMenu *help = menuBar->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menu.help"));
    help->addActions({about, aboutQt});
}

QList<QAction *> MainActions::all() const
{
    return {newPrompt,       openWorkspace, saveVersion, importPrompts, exportPrompt, importRuns,
            backUpWorkspace, quit,          undo,        redo,          find,         providers,
            showLibrary,     showChat,      history,     fullScreen,    run,          stop,
            regenerate,      compare,       datasets,    newEvalRun,    evaluations,  runsBrowser,
            about,           aboutQt};
}

} // namespace pwb
