#pragma once

#include <QWidget>

class QLineEdit;
class QStackedWidget;
class QStandardItemModel;
class QTreeView;

namespace pwb {

class MainActions;

// Left region: the workspace's prompts as a folder tree with a search field. The tree shows an
// explanation instead of blank space while the workspace has no prompts.
class PromptLibraryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PromptLibraryPanel(MainActions *actions, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QTreeView *tree() const { return m_tree; }

private:
    void updateEmptyState();

    QLineEdit *m_search = nullptr;
    QTreeView *m_tree = nullptr;
    QStandardItemModel *m_model = nullptr;
    QStackedWidget *m_stack = nullptr;
};

} // namespace pwb
