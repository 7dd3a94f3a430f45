#include "storage/PromptLibraryModel.h"

#include "storage/Database.h"
#include "storage/PromptRepository.h"
#include "storage/SqlValues.h"

#include <QDataStream>
#include <QHash>
#include <QIODevice>
#include <QMimeData>
#include <QSqlQuery>

#include <algorithm>

namespace pwb {

namespace {
const QString kMimeType = QStringLiteral("application/x-prompt-workbench-library-items");
} // namespace

PromptLibraryModel::PromptLibraryModel(Database &database, QObject *parent)
    : QAbstractItemModel(parent)
    , m_database(database)
{
    reload();
}

void PromptLibraryModel::setSearchText(const QString &text)
{
    if (text.trimmed() == m_search) {
        return;
    }
    m_search = text.trimmed();
    reload();
}

std::optional<QSet<qint64>> PromptLibraryModel::matchingPrompts() const
{
    if (m_search.isEmpty()) {
        return std::nullopt;
    }
    QSqlQuery query(m_database.connection());
    if (m_search.size() >= 3) {
        // The trigram index: any substring, in names and in the newest version's messages.
        query.prepare(
            QStringLiteral("SELECT rowid FROM prompt_search WHERE prompt_search MATCH ?"));
        query.addBindValue(ftsPhrase(m_search));
    } else {
        query.prepare(
            QStringLiteral("SELECT id FROM prompts WHERE instr(lower(name), lower(?)) > 0"));
        query.addBindValue(m_search);
    }
    QSet<qint64> ids;
    if (query.exec()) {
        while (query.next()) {
            ids.insert(query.value(0).toLongLong());
        }
    }
    // Tags match by substring too, so "support" finds every prompt tagged customer-support.
    query.prepare(
        QStringLiteral("SELECT prompt_id FROM prompt_tags WHERE instr(lower(tag), lower(?)) > 0"));
    query.addBindValue(m_search);
    if (query.exec()) {
        while (query.next()) {
            ids.insert(query.value(0).toLongLong());
        }
    }
    return ids;
}

void PromptLibraryModel::reload()
{
    beginResetModel();
    m_nodes.clear();
    m_topLevel.clear();
    const std::optional<QSet<qint64>> matches = matchingPrompts();

    QHash<qint64, int> folderNode;
    QHash<qint64, qint64> folderParent;
    QSqlQuery query(m_database.connection());
    query.exec(
        QStringLiteral("SELECT id, parent_id, name FROM folders ORDER BY name COLLATE NOCASE"));
    while (query.next()) {
        folderNode.insert(query.value(0).toLongLong(), int(m_nodes.size()));
        folderParent.insert(query.value(0).toLongLong(),
                            query.value(1).isNull() ? 0 : query.value(1).toLongLong());
        m_nodes.append({true, query.value(0).toLongLong(), query.value(2).toString(), {}, -1, {}});
    }
    QList<int> promptNodes;
    query.exec(
        QStringLiteral("SELECT id, folder_id, name, (SELECT group_concat(tag, char(31)) FROM "
                       "(SELECT tag FROM prompt_tags t WHERE t.prompt_id = p.id ORDER BY tag)) "
                       "FROM prompts p WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE, id"));
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (matches && !matches->contains(id)) {
            continue;
        }
        Node node {false, id, query.value(2).toString(), {}, -1, {}};
        if (!query.value(3).isNull()) {
            node.tags = query.value(3).toString().split(QChar(31));
        }
        node.parent =
            query.value(1).isNull() ? -1 : folderNode.value(query.value(1).toLongLong(), -1);
        promptNodes.append(int(m_nodes.size()));
        m_nodes.append(node);
    }
    for (auto it = folderNode.cbegin(); it != folderNode.cend(); ++it) {
        const qint64 parentId = folderParent.value(it.key());
        m_nodes[it.value()].parent = parentId == 0 ? -1 : folderNode.value(parentId, -1);
    }
    // While searching, only folders on the way to a match are shown.
    QSet<int> shown;
    for (int node : std::as_const(promptNodes)) {
        for (int at = node; at >= 0 && !shown.contains(at); at = m_nodes.at(at).parent) {
            shown.insert(at);
        }
    }
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (matches && !shown.contains(i)) {
            continue;
        }
        QList<int> &siblings =
            m_nodes.at(i).parent < 0 ? m_topLevel : m_nodes[m_nodes.at(i).parent].children;
        siblings.append(i);
    }
    // Folders first, then prompts; each by name (the SQL order within a kind is kept).
    auto folderFirst = [this](int a, int b) {
        return m_nodes.at(a).folder && !m_nodes.at(b).folder;
    };
    std::stable_sort(m_topLevel.begin(), m_topLevel.end(), folderFirst);
    for (Node &node : m_nodes) {
        std::stable_sort(node.children.begin(), node.children.end(), folderFirst);
    }
    endResetModel();
}

QModelIndex PromptLibraryModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    const int parentNode = parent.isValid() ? int(parent.internalId()) : -1;
    return createIndex(row, column, quintptr(childrenOf(parentNode).at(row)));
}

QModelIndex PromptLibraryModel::parent(const QModelIndex &child) const
{
    if (!child.isValid()) {
        return {};
    }
    const int parentNode = m_nodes.at(int(child.internalId())).parent;
    if (parentNode < 0) {
        return {};
    }
    const int grandParent = m_nodes.at(parentNode).parent;
    return createIndex(int(childrenOf(grandParent).indexOf(parentNode)), 0, quintptr(parentNode));
}

int PromptLibraryModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0) {
        return 0;
    }
    return int(childrenOf(parent.isValid() ? int(parent.internalId()) : -1).size());
}

int PromptLibraryModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant PromptLibraryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Node &node = m_nodes.at(int(index.internalId()));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return node.name;
    case IdRole:
        return node.id;
    case IsFolderRole:
        return node.folder;
    case TagsRole:
        return node.tags;
    case Qt::ToolTipRole:
        return node.tags.isEmpty() ? QVariant()
                                   : QVariant(tr("Tags: %1").arg(node.tags.join(u", ")));
    default:
        return {};
    }
}

QModelIndex PromptLibraryModel::indexOfNode(int node) const
{
    const qsizetype row = childrenOf(m_nodes.at(node).parent).indexOf(node);
    return row < 0 ? QModelIndex() : createIndex(int(row), 0, quintptr(node));
}

QModelIndex PromptLibraryModel::indexOfPrompt(qint64 promptId) const
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (!m_nodes.at(i).folder && m_nodes.at(i).id == promptId) {
            return indexOfNode(i);
        }
    }
    return {};
}

QModelIndex PromptLibraryModel::indexOfFolder(qint64 folderId) const
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i).folder && m_nodes.at(i).id == folderId) {
            return indexOfNode(i);
        }
    }
    return {};
}

Qt::ItemFlags PromptLibraryModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::ItemIsDropEnabled; // the top level takes drops
    }
    Qt::ItemFlags flags =
        QAbstractItemModel::flags(index) | Qt::ItemIsEditable | Qt::ItemIsDragEnabled;
    if (m_nodes.at(int(index.internalId())).folder) {
        flags |= Qt::ItemIsDropEnabled;
    } else {
        flags |= Qt::ItemNeverHasChildren;
    }
    return flags;
}

bool PromptLibraryModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return false;
    }
    Node &node = m_nodes[int(index.internalId())];
    const QString name = value.toString().trimmed();
    if (name == node.name) {
        return true;
    }
    if (name.isEmpty()) {
        Q_EMIT errorOccurred(tr("A name cannot be empty."));
        return false;
    }
    PromptRepository repository(m_database);
    const Result<void> renamed = node.folder ? repository.renameFolder(node.id, name)
                                             : repository.renamePrompt(node.id, name);
    if (!renamed) {
        Q_EMIT errorOccurred(renamed.error());
        return false;
    }
    node.name = name;
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

QStringList PromptLibraryModel::mimeTypes() const
{
    return {kMimeType};
}

QMimeData *PromptLibraryModel::mimeData(const QModelIndexList &indexes) const
{
    QByteArray encoded;
    QDataStream stream(&encoded, QIODevice::WriteOnly);
    for (const QModelIndex &index : indexes) {
        if (checkIndex(index, CheckIndexOption::IndexIsValid) && index.column() == 0) {
            const Node &node = m_nodes.at(int(index.internalId()));
            stream << node.folder << node.id;
        }
    }
    auto *data = new QMimeData;
    data->setData(kMimeType, encoded);
    return data;
}

bool PromptLibraryModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                         const QModelIndex &parent) const
{
    if (action != Qt::MoveAction || !data || !data->hasFormat(kMimeType)) {
        return false;
    }
    return !parent.isValid() || m_nodes.at(int(parent.internalId())).folder;
}

bool PromptLibraryModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                      int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent)) {
        return false;
    }
    const std::optional<qint64> target = parent.isValid()
        ? std::optional<qint64>(m_nodes.at(int(parent.internalId())).id)
        : std::nullopt;
    QByteArray encoded = data->data(kMimeType);
    QDataStream stream(&encoded, QIODevice::ReadOnly);
    PromptRepository repository(m_database);
    bool movedAny = false;
    while (!stream.atEnd()) {
        bool folder = false;
        qint64 id = 0;
        stream >> folder >> id;
        const Result<void> moved =
            folder ? repository.moveFolder(id, target) : repository.moveToFolder(id, target);
        if (!moved) {
            Q_EMIT errorOccurred(moved.error());
            continue;
        }
        movedAny = true;
    }
    if (movedAny) {
        // Rebuilt after the view has finished the drag (it still holds indexes of the drag).
        QMetaObject::invokeMethod(
            this,
            [this] {
                reload();
                Q_EMIT itemsMoved();
            },
            Qt::QueuedConnection);
    }
    // false: the view must not remove the dragged rows itself, the reload does it.
    return false;
}

} // namespace pwb
