#include "library/PromptLibraryPanel.h"

#include "mainwindow/MainActions.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace pwb {

PromptLibraryPanel::PromptLibraryPanel(MainActions *actions, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("promptLibraryPanel"));

    auto *title = new QLabel(tr("<b>Prompts</b>"));
    auto *newButton = new QToolButton;
    newButton->setDefaultAction(actions->newPrompt);
    newButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    newButton->setText(tr("New"));

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(newButton);

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("librarySearch"));
    m_search->setPlaceholderText(tr("Search prompts"));
    m_search->setClearButtonEnabled(true);

    m_model = new QStandardItemModel(this);
    m_model->setHorizontalHeaderLabels({tr("Name")});
    m_tree = new QTreeView;
    m_tree->setObjectName(QStringLiteral("libraryTree"));
    m_tree->setModel(m_model);
    m_tree->header()->hide();
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);

    auto *empty = new QLabel(tr("No prompts in this workspace yet.\n\nNew prompts and imported "
                                "files will be listed here, in folders."));
    empty->setObjectName(QStringLiteral("libraryEmptyState"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setEnabled(false); // drawn in the palette's disabled text colour: a hint, not content

    m_stack = new QStackedWidget;
    m_stack->addWidget(empty);
    m_stack->addWidget(m_tree);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 6);
    layout->addLayout(header);
    layout->addWidget(m_search);
    layout->addWidget(m_stack, 1);

    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            &PromptLibraryPanel::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PromptLibraryPanel::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PromptLibraryPanel::updateEmptyState);
    updateEmptyState();
    setMinimumWidth(180);
}

void PromptLibraryPanel::updateEmptyState()
{
    m_stack->setCurrentWidget(m_model->rowCount() == 0 ? m_stack->widget(0) : m_tree);
}

} // namespace pwb
