#include "library/PromptLibraryPanel.h"

#include "library/LibraryCommands.h"
#include "mainwindow/MainActions.h"
#include "storage/PromptLibraryModel.h"
#include "storage/PromptRepository.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace pwb {

PromptLibraryPanel::PromptLibraryPanel(MainActions *actions, Database &database,
                                       PromptRepository &prompts, QWidget *parent)
    : QWidget(parent)
    , m_prompts(prompts)
    , m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("promptLibraryPanel"));

    auto *title = new QLabel(tr("<b>Prompts</b>"));
    auto *newButton = new QToolButton;
    newButton->setDefaultAction(actions->newPrompt);
    newButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    newButton->setText(tr("New"));

    m_newFolder = new QAction(tr("New &Folder"), this);
    m_newFolder->setObjectName(QStringLiteral("action.newFolder"));
    m_newFolder->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    m_newFolder->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_newFolder, &QAction::triggered, this, &PromptLibraryPanel::createFolder);
    auto *folderButton = new QToolButton;
    folderButton->setDefaultAction(m_newFolder);
    folderButton->setText(tr("Folder"));

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(folderButton);
    header->addWidget(newButton);

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("librarySearch"));
    m_search->setPlaceholderText(tr("Search prompts"));
    m_search->setClearButtonEnabled(true);

    m_model = new PromptLibraryModel(database, this);
    m_tree = new QTreeView;
    m_tree->setObjectName(QStringLiteral("libraryTree"));
    m_tree->setModel(m_model);
    m_tree->header()->hide();
    m_tree->setDragDropMode(QAbstractItemView::DragDrop);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDragEnabled(true);
    m_tree->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);

    m_rename = new QAction(tr("&Rename"), this);
    m_rename->setObjectName(QStringLiteral("action.renamePrompt"));
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_duplicate = new QAction(tr("&Duplicate"), this);
    m_duplicate->setObjectName(QStringLiteral("action.duplicatePrompt"));
    m_duplicate->setShortcut(QKeySequence(tr("Ctrl+D")));
    m_delete = new QAction(tr("&Delete"), this);
    m_delete->setObjectName(QStringLiteral("action.deletePrompt"));
    m_delete->setShortcut(QKeySequence::Delete);
    for (QAction *action : {m_rename, m_duplicate, m_delete}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_tree->addAction(action);
    }
    connect(m_rename, &QAction::triggered, this, &PromptLibraryPanel::renameSelected);
    connect(m_duplicate, &QAction::triggered, this, &PromptLibraryPanel::duplicateSelected);
    connect(m_delete, &QAction::triggered, this, &PromptLibraryPanel::deleteSelected);
    addAction(m_newFolder);

    m_empty = new QLabel;
    m_empty->setObjectName(QStringLiteral("libraryEmptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false); // drawn in the palette's disabled text colour: a hint, not content

    m_stack = new QStackedWidget;
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_tree);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 6);
    layout->addLayout(header);
    layout->addWidget(m_search);
    layout->addWidget(m_stack, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setSearchText(text);
        if (!text.trimmed().isEmpty()) {
            m_tree->expandAll(); // every match visible at once
        }
    });
    connect(m_tree, &QWidget::customContextMenuRequested, this,
            &PromptLibraryPanel::showContextMenu);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            &PromptLibraryPanel::rememberExpanded);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PromptLibraryPanel::restoreExpanded);
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            &PromptLibraryPanel::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PromptLibraryPanel::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PromptLibraryPanel::updateEmptyState);
    connect(m_model, &PromptLibraryModel::errorOccurred, this, &PromptLibraryPanel::message);
    // Undo and redo change the database behind the tree.
    connect(m_undo, &QUndoStack::indexChanged, this, [this] { reload(); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && !current.data(PromptLibraryModel::IsFolderRole).toBool()) {
                    Q_EMIT promptSelected(current.data(PromptLibraryModel::IdRole).toLongLong());
                }
            });
    updateEmptyState();
    setMinimumWidth(160);
}

PromptLibraryPanel::~PromptLibraryPanel()
{
    // The model and the view are children destroyed after this class's part of the object:
    // nothing they emit while going may reach this panel's slots.
    m_model->disconnect(this);
    m_tree->selectionModel()->disconnect(this);
    m_undo->disconnect(this);
}

std::optional<qint64> PromptLibraryPanel::selectedPrompt() const
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid() || current.data(PromptLibraryModel::IsFolderRole).toBool()) {
        return std::nullopt;
    }
    return current.data(PromptLibraryModel::IdRole).toLongLong();
}

std::optional<qint64> PromptLibraryPanel::selectedFolder() const
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid()) {
        return std::nullopt;
    }
    if (current.data(PromptLibraryModel::IsFolderRole).toBool()) {
        return current.data(PromptLibraryModel::IdRole).toLongLong();
    }
    const QModelIndex parent = current.parent();
    return parent.isValid()
        ? std::optional<qint64>(parent.data(PromptLibraryModel::IdRole).toLongLong())
        : std::nullopt;
}

void PromptLibraryPanel::selectPrompt(qint64 promptId)
{
    const QModelIndex index = m_model->indexOfPrompt(promptId);
    if (index.isValid()) {
        m_tree->expand(index.parent());
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
    }
}

void PromptLibraryPanel::reload()
{
    m_selectionToRestore = selectedPrompt();
    m_model->reload();
}

void PromptLibraryPanel::rememberExpanded()
{
    m_expandedFolders.clear();
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex child = m_model->index(row, 0, parent);
            if (child.data(PromptLibraryModel::IsFolderRole).toBool()) {
                if (m_tree->isExpanded(child)) {
                    m_expandedFolders.append(child.data(PromptLibraryModel::IdRole).toLongLong());
                }
                walk(child);
            }
        }
    };
    walk({});
    if (!m_selectionToRestore) {
        m_selectionToRestore = selectedPrompt();
    }
}

void PromptLibraryPanel::restoreExpanded()
{
    for (const qint64 folder : std::as_const(m_expandedFolders)) {
        m_tree->expand(m_model->indexOfFolder(folder));
    }
    if (m_selectionToRestore) {
        const QSignalBlocker quiet(m_tree->selectionModel()); // the same prompt, not a new one
        const QModelIndex index = m_model->indexOfPrompt(*m_selectionToRestore);
        m_tree->expand(index.parent());
        m_tree->setCurrentIndex(index);
        m_selectionToRestore.reset();
    }
}

void PromptLibraryPanel::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    if (empty) {
        m_empty->setText(m_model->searchText().isEmpty()
                             ? tr("No prompts in this workspace yet.\n\nNew prompts and imported "
                                  "files will be listed here, in folders.")
                             : tr("No prompt matches \"%1\".").arg(m_model->searchText()));
    }
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_tree);
}

void PromptLibraryPanel::createPrompt()
{
    const std::optional<qint64> folder = selectedFolder();
    m_search->clear(); // the new prompt must be visible
    // Pushing runs the command; the stack's indexChanged reloads the tree.
    auto *command = new CreatePromptCommand(m_prompts, tr("Untitled prompt"), folder);
    m_undo->push(command);
    if (!command->error().isEmpty()) {
        Q_EMIT message(command->error());
        return;
    }
    selectPrompt(command->promptId());
}

void PromptLibraryPanel::createFolder()
{
    const std::optional<qint64> parent = selectedFolder();
    // A unique default name, so creating several folders in a row never fails.
    QString name = tr("New folder");
    for (int n = 2; n < 1000; ++n) {
        const Result<qint64> created = m_prompts.createFolder(name, parent);
        if (created) {
            m_model->reload();
            const QModelIndex index = m_model->indexOfFolder(created.value());
            m_tree->expand(index.parent());
            m_tree->setCurrentIndex(index);
            m_tree->edit(index);
            return;
        }
        name = tr("New folder %1").arg(n);
    }
    Q_EMIT message(tr("Cannot create a folder here."));
}

void PromptLibraryPanel::renameSelected()
{
    if (m_tree->currentIndex().isValid()) {
        m_tree->edit(m_tree->currentIndex());
    }
}

void PromptLibraryPanel::duplicateSelected()
{
    const std::optional<qint64> promptId = selectedPrompt();
    if (!promptId) {
        return;
    }
    auto *command = new DuplicatePromptCommand(m_prompts, *promptId, tr("%1 (copy)"));
    m_undo->push(command);
    if (!command->error().isEmpty()) {
        Q_EMIT message(command->error());
        return;
    }
    selectPrompt(command->promptId());
}

void PromptLibraryPanel::deleteSelected()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const QString name = current.data().toString();
    if (current.data(PromptLibraryModel::IsFolderRole).toBool()) {
        const Result<void> removed =
            m_prompts.removeFolder(current.data(PromptLibraryModel::IdRole).toLongLong());
        Q_EMIT message(removed ? tr("Folder \"%1\" removed.").arg(name) : removed.error());
        m_model->reload();
        return;
    }
    auto *command =
        new DeletePromptCommand(m_prompts, current.data(PromptLibraryModel::IdRole).toLongLong(),
                                tr("Delete \"%1\"").arg(name));
    m_undo->push(command);
    Q_EMIT message(
        command->error().isEmpty()
            ? tr("Deleted \"%1\". Undo with %2.")
                  .arg(name, QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText))
            : command->error()); // the stack's indexChanged has reloaded the tree
}

void PromptLibraryPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    if (index.isValid()) {
        m_tree->setCurrentIndex(index);
    }
    const bool prompt = index.isValid() && !index.data(PromptLibraryModel::IsFolderRole).toBool();
    QMenu menu(this);
    menu.addAction(m_newFolder);
    if (index.isValid()) {
        menu.addSeparator();
        menu.addAction(m_rename);
        if (prompt) {
            menu.addAction(m_duplicate);
        }
        menu.addAction(m_delete);
    }
    menu.addSeparator();
    const bool folder = index.isValid() && !prompt;
    // Prompts travel as files: a folder with its subfolders, or the whole library.
    QAction *exportFolder =
        menu.addAction(folder ? tr("Export Folder…") : tr("Export All Prompts…"));
    exportFolder->setObjectName(QStringLiteral("libraryExportFolder"));
    const std::optional<qint64> folderId = folder
        ? std::optional<qint64>(index.data(PromptLibraryModel::IdRole).toLongLong())
        : std::nullopt;
    connect(exportFolder, &QAction::triggered, this,
            [this, folderId] { Q_EMIT exportFolderRequested(folderId); });
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

} // namespace pwb
