#pragma once

#include "storage/PromptRepository.h"

#include <QWidget>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QTreeView;

namespace pwb {

class LabelEditor;
class VersionDiffView;
class VersionHistoryModel;
class VersionListDelegate;

// The saved versions of one prompt, newest first, with their labels; below them the diff of the
// selection: one version against the one before it, or two selected versions against each other.
// Restoring a version asks the editor to load it (restoreRequested); it becomes a version again
// only when the user saves. Labels are set and removed here, errors shown inline.
// Keys: Enter compares the focused version with the previous one, Ctrl+L sets a label, Delete
// removes one, the context menu key offers everything.
class VersionHistoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit VersionHistoryPanel(PromptRepository &repository, QWidget *parent = nullptr);

    void setPrompt(qint64 promptId); // 0: no prompt
    qint64 promptId() const { return m_promptId; }
    // Re-reads the versions (after a save), keeping the selection; a new version is selected.
    void reload();
    // The version the editor holds, marked "current" in the list; 0 for none.
    void setCurrentVersion(qint64 versionId);
    qint64 currentVersion() const { return m_currentVersion; }

    QList<qint64> selectedVersions() const; // newest first
    void selectVersions(const QList<qint64> &versionIds);
    void compareWithPrevious(); // the focused version against the one before it
    void restoreSelected();
    void beginSetLabel();
    bool setLabel(const QString &label); // on the selected version; false: the error is shown
    bool removeLabel(const QString &label);
    QString errorText() const;

    QTreeView *list() const { return m_list; }
    VersionDiffView *diffView() const { return m_diff; }
    LabelEditor *labelEditor() const { return m_labelEditor; }
    QAction *compareAction() const { return m_compare; }
    QAction *restoreAction() const { return m_restore; }
    QAction *setLabelAction() const { return m_setLabel; }
    QAction *removeLabelAction() const { return m_removeLabel; }

Q_SIGNALS:
    void restoreRequested(qint64 versionId);

private:
    std::optional<qint64> singleSelection() const;
    QStringList labelsOf(qint64 versionId) const;
    void selectionChanged();
    void updateDiff();
    void updateActions();
    void updateEmptyState();
    void fillRemoveMenu();
    void removeLabelOfSelection();
    void showError(const QString &error);
    QString title(const PromptVersionRecord &version) const;

    PromptRepository &m_repository;
    VersionHistoryModel *m_model = nullptr;
    VersionListDelegate *m_delegate = nullptr;
    QTreeView *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QStackedWidget *m_stack = nullptr;
    VersionDiffView *m_diff = nullptr;
    LabelEditor *m_labelEditor = nullptr;
    QLabel *m_error = nullptr;
    QAction *m_compare = nullptr;
    QAction *m_restore = nullptr;
    QAction *m_setLabel = nullptr;
    QAction *m_removeLabel = nullptr;
    QMenu *m_removeMenu = nullptr;
    qint64 m_promptId = 0;
    qint64 m_currentVersion = 0;
};

} // namespace pwb
