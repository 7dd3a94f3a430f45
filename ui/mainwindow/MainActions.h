#pragma once

#include <QList>
#include <QObject>

class QAction;
class QMenuBar;

namespace pwb {

// Every user command of the main window as a QAction with its shortcut, grouped into menus.
// Actions whose feature has not landed yet exist (so menus and shortcuts are final) but are
// disabled with a status tip saying so; the panels enable them as features arrive.
class MainActions : public QObject
{
    Q_OBJECT

public:
    explicit MainActions(QObject *parent);

    // File
    QAction *newPrompt = nullptr;
    QAction *openWorkspace = nullptr;
    QAction *saveVersion = nullptr;
    QAction *importPrompts = nullptr;
    QAction *exportPrompt = nullptr;
    QAction *importRuns = nullptr;
    QAction *backUpWorkspace = nullptr;
    QAction *quit = nullptr;
    // Edit
    QAction *undo = nullptr;
    QAction *redo = nullptr;
    QAction *find = nullptr;
    QAction *providers = nullptr;
    // View
    QAction *showLibrary = nullptr;
    QAction *showChat = nullptr;
    QAction *fullScreen = nullptr;
    QAction *history = nullptr;
    // Run
    QAction *run = nullptr;
    QAction *stop = nullptr;
    QAction *regenerate = nullptr;
    QAction *compare = nullptr;
    // Evaluate
    QAction *datasets = nullptr;
    QAction *newEvalRun = nullptr;
    QAction *evaluations = nullptr;
    QAction *runsBrowser = nullptr;
    // Help
    QAction *about = nullptr;
    QAction *aboutQt = nullptr;

    void populateMenuBar(QMenuBar *menuBar) const;
    QList<QAction *> all() const;

private:
    QAction *make(const char *objectName, const QString &text, const QKeySequence &shortcut,
                  bool implemented);
};

} // namespace pwb
