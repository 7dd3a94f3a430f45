#include "versions/VersionHistoryPanel.h"

#include "storage/Database.h"
#include "storage/VersionHistoryModel.h"
#include "versions/DiffColours.h"
#include "versions/LabelEditor.h"
#include "versions/VersionDiffView.h"
#include "versions/VersionListDelegate.h"

#include <QAction>
#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace pwb {

namespace {

constexpr int kNoteLength = 60;

QString elided(const QString &text, int length)
{
    const QString line = text.simplified();
    return line.size() > length ? line.left(length - 1) + QChar(0x2026) : line;
}

} // namespace

VersionHistoryPanel::VersionHistoryPanel(PromptRepository &repository, QWidget *parent)
    : QWidget(parent)
    , m_repository(repository)
{
    setObjectName(QStringLiteral("versionHistoryPanel"));

    m_model = new VersionHistoryModel(repository.database(), this);
    m_delegate = new VersionListDelegate(this);
    m_list = new QTreeView;
    m_list->setObjectName(QStringLiteral("versionList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(m_delegate);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->header()->setStretchLastSection(true);
    for (int column :
         {VersionHistoryModel::Number, VersionHistoryModel::Created, VersionHistoryModel::Labels}) {
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    m_list->setToolTip(tr("Select a version to see what it changed, or two (Ctrl+click) to "
                          "compare them."));

    m_empty = new QLabel;
    m_empty->setObjectName(QStringLiteral("versionsEmptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false); // drawn in the disabled text colour: a hint, not content
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_list);

    const auto makeAction = [this](const QString &text, const QKeySequence &shortcut) {
        auto *action = new QAction(text, this);
        action->setShortcut(shortcut);
        // Only while the list has the focus: Delete and Enter mean other things elsewhere.
        action->setShortcutContext(Qt::WidgetShortcut);
        m_list->addAction(action);
        return action;
    };
    m_compare = makeAction(tr("&Compare with Previous"), QKeySequence(Qt::Key_Return));
    m_compare->setObjectName(QStringLiteral("versions.compare"));
    m_restore = makeAction(tr("&Restore into Editor"), QKeySequence());
    m_restore->setObjectName(QStringLiteral("versions.restore"));
    m_restore->setToolTip(tr("Load this version into the editor; it is saved as a new version "
                             "only when you save."));
    m_setLabel = makeAction(tr("Set &Label…"), QKeySequence(tr("Ctrl+L")));
    m_setLabel->setObjectName(QStringLiteral("versions.setLabel"));
    m_removeLabel = makeAction(tr("Remo&ve Label"), QKeySequence(QKeySequence::Delete));
    m_removeLabel->setObjectName(QStringLiteral("versions.removeLabel"));
    m_removeMenu = new QMenu(this);
    m_removeLabel->setMenu(m_removeMenu);

    auto *toolbar = new QToolBar;
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_compare);
    toolbar->addAction(m_restore);
    toolbar->addAction(m_setLabel);
    toolbar->addAction(m_removeLabel);
    if (auto *button = qobject_cast<QToolButton *>(toolbar->widgetForAction(m_removeLabel))) {
        button->setPopupMode(QToolButton::InstantPopup);
    }

    m_labelEditor = new LabelEditor;
    m_labelEditor->hide();

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("versionsError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setAutoFillBackground(true);
    m_error->setMargin(4);
    m_error->hide();

    m_diff = new VersionDiffView;
    auto *split = new QSplitter(Qt::Vertical);
    split->setChildrenCollapsible(false);
    split->addWidget(m_stack);
    split->addWidget(m_diff);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setSizes({120, 360}); // proportions: the diff needs the room, the list a few rows

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(new QLabel(tr("<b>Versions</b>")));
    layout->addWidget(toolbar);
    layout->addWidget(m_labelEditor);
    layout->addWidget(m_error);
    layout->addWidget(split, 1);
    setFocusProxy(m_list);

    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &VersionHistoryPanel::selectionChanged);
    connect(m_list, &QAbstractItemView::activated, this, &VersionHistoryPanel::compareWithPrevious);
    connect(m_compare, &QAction::triggered, this, &VersionHistoryPanel::compareWithPrevious);
    connect(m_restore, &QAction::triggered, this, &VersionHistoryPanel::restoreSelected);
    connect(m_setLabel, &QAction::triggered, this, &VersionHistoryPanel::beginSetLabel);
    connect(m_removeLabel, &QAction::triggered, this, &VersionHistoryPanel::removeLabelOfSelection);
    connect(m_removeMenu, &QMenu::aboutToShow, this, &VersionHistoryPanel::fillRemoveMenu);
    connect(m_labelEditor, &LabelEditor::accepted, this, &VersionHistoryPanel::setLabel);
    connect(m_labelEditor, &LabelEditor::cancelled, this, [this] {
        m_labelEditor->hide();
        showError({});
        m_list->setFocus(Qt::OtherFocusReason);
    });

    setPrompt(0);
}

void VersionHistoryPanel::setPrompt(qint64 promptId)
{
    m_promptId = promptId;
    m_labelEditor->hide();
    showError({});
    m_model->setPrompt(promptId > 0 ? std::optional<qint64>(promptId) : std::nullopt);
    if (m_model->rowCount() > 0) {
        m_list->setCurrentIndex(m_model->index(0, 0)); // the newest, against the one before
    }
    updateEmptyState();
    selectionChanged();
}

void VersionHistoryPanel::reload()
{
    const QList<qint64> selected = selectedVersions();
    const qint64 newestBefore = m_model->rowCount() > 0
        ? m_model->index(0, 0).data(VersionHistoryModel::VersionIdRole).toLongLong()
        : 0;
    m_model->reload();
    const qint64 newest = m_model->rowCount() > 0
        ? m_model->index(0, 0).data(VersionHistoryModel::VersionIdRole).toLongLong()
        : 0;
    // A save adds a version: show what it changed rather than what was looked at before.
    selectVersions(newest != newestBefore ? QList<qint64> {newest} : selected);
    if (selectedVersions().isEmpty() && newest != 0) {
        selectVersions({newest});
    }
    updateEmptyState();
    selectionChanged();
}

void VersionHistoryPanel::setCurrentVersion(qint64 versionId)
{
    m_currentVersion = versionId;
    m_delegate->setCurrentVersion(versionId);
    m_list->doItemsLayout(); // the "current" chip widens the number column
    m_list->viewport()->update();
}

QList<qint64> VersionHistoryPanel::selectedVersions() const
{
    QModelIndexList rows = m_list->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    for (const QModelIndex &row : std::as_const(rows)) {
        ids.append(row.data(VersionHistoryModel::VersionIdRole).toLongLong());
    }
    return ids;
}

void VersionHistoryPanel::selectVersions(const QList<qint64> &versionIds)
{
    QItemSelection selection;
    QModelIndex first;
    for (qint64 id : versionIds) {
        const int row = m_model->rowOf(id);
        if (row < 0) {
            continue;
        }
        const QModelIndex index = m_model->index(row, 0);
        selection.select(index, index);
        if (!first.isValid()) {
            first = index;
        }
    }
    QItemSelectionModel *model = m_list->selectionModel();
    if (first.isValid()) {
        model->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    }
    model->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

std::optional<qint64> VersionHistoryPanel::singleSelection() const
{
    const QList<qint64> ids = selectedVersions();
    return ids.size() == 1 ? std::optional<qint64>(ids.first()) : std::nullopt;
}

void VersionHistoryPanel::compareWithPrevious()
{
    const QModelIndex current = m_list->currentIndex();
    if (current.isValid()) {
        selectVersions({current.data(VersionHistoryModel::VersionIdRole).toLongLong()});
    }
}

void VersionHistoryPanel::restoreSelected()
{
    if (const std::optional<qint64> id = singleSelection()) {
        Q_EMIT restoreRequested(*id);
    }
}

void VersionHistoryPanel::beginSetLabel()
{
    const std::optional<qint64> id = singleSelection();
    if (!id) {
        return;
    }
    QStringList labels = m_model->labelNames();
    for (const QString &usual : {QStringLiteral("production"), QStringLiteral("staging")}) {
        if (!labels.contains(usual)) {
            labels.append(usual);
        }
    }
    const int row = m_model->rowOf(*id);
    m_labelEditor->start(tr("Label for %1:").arg(m_model->index(row, 0).data().toString()), labels);
}

bool VersionHistoryPanel::setLabel(const QString &label)
{
    const std::optional<qint64> id = singleSelection();
    if (!id) {
        showError(tr("Select one version to label."));
        return false;
    }
    const QString name = label.trimmed();
    if (name.isEmpty()) {
        showError(tr("A label needs a name, such as production or staging."));
        return false;
    }
    if (const Result<void> set = m_repository.setLabel(m_promptId, name, *id); !set) {
        showError(set.error());
        return false;
    }
    showError({});
    m_labelEditor->hide();
    reload();
    m_list->setFocus(Qt::OtherFocusReason);
    return true;
}

bool VersionHistoryPanel::removeLabel(const QString &label)
{
    if (const Result<void> removed = m_repository.removeLabel(m_promptId, label); !removed) {
        showError(removed.error());
        return false;
    }
    showError({});
    reload();
    return true;
}

QString VersionHistoryPanel::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QStringList VersionHistoryPanel::labelsOf(qint64 versionId) const
{
    const int row = m_model->rowOf(versionId);
    return row < 0 ? QStringList()
                   : m_model->index(row, 0).data(VersionHistoryModel::LabelsRole).toStringList();
}

void VersionHistoryPanel::fillRemoveMenu()
{
    m_removeMenu->clear();
    const std::optional<qint64> id = singleSelection();
    for (const QString &label : id ? labelsOf(*id) : QStringList()) {
        QAction *action = m_removeMenu->addAction(tr("Remove “%1”").arg(label));
        connect(action, &QAction::triggered, this, [this, label] { removeLabel(label); });
    }
}

void VersionHistoryPanel::removeLabelOfSelection()
{
    const std::optional<qint64> id = singleSelection();
    const QStringList labels = id ? labelsOf(*id) : QStringList();
    if (labels.size() == 1) {
        removeLabel(labels.first());
    } else if (labels.size() > 1) {
        const QRect row = m_list->visualRect(m_list->currentIndex());
        m_removeMenu->popup(m_list->viewport()->mapToGlobal(row.bottomLeft()));
    }
}

void VersionHistoryPanel::selectionChanged()
{
    updateActions();
    updateDiff();
}

void VersionHistoryPanel::updateActions()
{
    const std::optional<qint64> id = singleSelection();
    m_compare->setEnabled(m_list->currentIndex().isValid());
    m_restore->setEnabled(id.has_value());
    m_setLabel->setEnabled(id.has_value());
    m_removeLabel->setEnabled(id && !labelsOf(*id).isEmpty());
}

void VersionHistoryPanel::updateDiff()
{
    const QList<qint64> ids = selectedVersions();
    if (ids.isEmpty()) {
        m_diff->showMessage(m_model->rowCount() == 0
                                ? QString()
                                : tr("Select a version to see what it changed, or two versions "
                                     "to compare them."));
        return;
    }
    // Two or more selected: the oldest against the newest of them.
    std::optional<qint64> olderId;
    if (ids.size() > 1) {
        olderId = ids.last();
    } else if (const int row = m_model->rowOf(ids.first()); row + 1 < m_model->rowCount()) {
        olderId = m_model->index(row + 1, 0).data(VersionHistoryModel::VersionIdRole).toLongLong();
    }
    const std::optional<PromptVersionRecord> newer = m_repository.version(ids.first());
    const std::optional<PromptVersionRecord> older =
        olderId ? m_repository.version(*olderId) : std::nullopt;
    if (!newer || (olderId && !older)) {
        m_diff->showMessage(tr("This version cannot be read from the workspace %1.")
                                .arg(m_repository.database().filePath()));
        return;
    }
    if (older) {
        m_diff->setContents(older->content, title(*older), newer->content, title(*newer));
    } else {
        m_diff->setContents({}, tr("Before v%1 (nothing)").arg(newer->number), newer->content,
                            title(*newer));
    }
}

void VersionHistoryPanel::updateEmptyState()
{
    if (m_promptId <= 0) {
        m_empty->setText(tr("Open a prompt to see its saved versions."));
    } else {
        m_empty->setText(
            tr("No saved versions of this prompt yet.\n\nSave it (%1) to keep this "
               "state as version 1.")
                .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    }
    const bool empty = m_model->rowCount() == 0;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty)
                                    : static_cast<QWidget *>(m_list));
    m_diff->setVisible(!empty); // nothing to compare: the explanation gets the room
}

void VersionHistoryPanel::showError(const QString &error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::Window, DiffColours::from(this->palette()).removedLine);
    m_error->setPalette(palette);
}

QString VersionHistoryPanel::title(const PromptVersionRecord &version) const
{
    // The same form as the list's "Saved" column.
    const QString when = QDateTime::fromMSecsSinceEpoch(version.createdAt)
                             .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (version.note.isEmpty()) {
        return tr("v%1 · %2").arg(version.number).arg(when);
    }
    return tr("v%1 · %2 · %3").arg(version.number).arg(when, elided(version.note, kNoteLength));
}

} // namespace pwb
