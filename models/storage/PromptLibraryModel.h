#pragma once

#include <QAbstractItemModel>
#include <QList>
#include <QSet>
#include <QStringList>

#include <optional>

namespace pwb {

class Database;

// The prompt library as a tree: folders (nested) holding prompts; prompts outside any folder at
// the top. A search text keeps only the prompts whose name or messages match (full-text, any
// substring of 3+ characters; shorter texts match names) and the folders leading to them.
class PromptLibraryModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, IsFolderRole, TagsRole };

    explicit PromptLibraryModel(Database &database, QObject *parent = nullptr);

    void reload();
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    QModelIndex indexOfPrompt(qint64 promptId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Renaming in place (prompts and folders) and dragging prompts and folders onto folders or
    // the top level write through PromptRepository; a refused change is reported by
    // errorOccurred and leaves the tree as it was.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }

    QModelIndex indexOfFolder(qint64 folderId) const;

Q_SIGNALS:
    void errorOccurred(const QString &message);
    // After a drop moved items: the ids of the prompts moved (for selection) and the target.
    void itemsMoved();

private:
    struct Node
    {
        bool folder = false;
        qint64 id = 0;
        QString name;
        QStringList tags;
        int parent = -1; // node index; -1 = top level
        QList<int> children;
    };
    std::optional<QSet<qint64>> matchingPrompts() const; // nullopt: no search
    const QList<int> &childrenOf(int node) const
    {
        return node < 0 ? m_topLevel : m_nodes.at(node).children;
    }

    QModelIndex indexOfNode(int node) const;

    Database &m_database;
    QString m_search;
    QList<Node> m_nodes;
    QList<int> m_topLevel;
};

} // namespace pwb
