#pragma once

#include <QAbstractItemModel>
#include <QList>
#include <QSet>

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
    enum Role { IdRole = Qt::UserRole + 1, IsFolderRole };

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

private:
    struct Node
    {
        bool folder = false;
        qint64 id = 0;
        QString name;
        int parent = -1; // node index; -1 = top level
        QList<int> children;
    };
    std::optional<QSet<qint64>> matchingPrompts() const; // nullopt: no search
    const QList<int> &childrenOf(int node) const
    {
        return node < 0 ? m_topLevel : m_nodes.at(node).children;
    }

    Database &m_database;
    QString m_search;
    QList<Node> m_nodes;
    QList<int> m_topLevel;
};

} // namespace pwb
