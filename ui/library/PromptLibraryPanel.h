#pragma once

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QTreeView;
class QUndoStack;

namespace pwb {

class MainActions;
class PromptLibraryModel;
class PromptRepository;
class Database;

// Left region: the workspace's prompts as a folder tree with a search field (names, messages
// and tags). New, rename (F2, in place), duplicate, delete (undoable with Ctrl+Z), new folder,
// and drag and drop onto folders. Selecting a prompt asks the window to open it.
class PromptLibraryPanel : public QWidget
{
    Q_OBJECT

public:
    PromptLibraryPanel(MainActions *actions, Database &database, PromptRepository &prompts,
                       QWidget *parent = nullptr);
    ~PromptLibraryPanel() override;

    QLineEdit *searchField() const { return m_search; }
    QTreeView *tree() const { return m_tree; }
    PromptLibraryModel *model() const { return m_model; }
    QUndoStack *undoStack() const { return m_undo; }

    std::optional<qint64> selectedPrompt() const;
    void selectPrompt(qint64 promptId);
    // Re-reads the tree (after a save or an import), keeping selection and open folders.
    void reload();

    void createPrompt();
    void createFolder();
    void duplicateSelected();
    void deleteSelected();
    void renameSelected();

Q_SIGNALS:
    void promptSelected(qint64 promptId);
    // Export Folder… (a folder) or Export All Prompts… (no folder) from the context menu.
    void exportFolderRequested(std::optional<qint64> folderId);
    void message(const QString &text); // for the status bar: what happened, or what failed

private:
    std::optional<qint64> selectedFolder() const; // the folder selected, or the selected prompt's
    void updateEmptyState();
    void showContextMenu(const QPoint &pos);
    void rememberExpanded();
    void restoreExpanded();

    PromptRepository &m_prompts;
    QLineEdit *m_search = nullptr;
    QTreeView *m_tree = nullptr;
    PromptLibraryModel *m_model = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QUndoStack *m_undo = nullptr;
    QList<qint64> m_expandedFolders;
    std::optional<qint64> m_selectionToRestore;
    QAction *m_rename = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_newFolder = nullptr;
};

} // namespace pwb
