#include "storage/VersionHistoryModel.h"

#include "storage/Database.h"

#include <QDateTime>
#include <QSqlQuery>

#include <algorithm>

namespace pwb {

VersionHistoryModel::VersionHistoryModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_repository(database)
{ }

void VersionHistoryModel::setPrompt(std::optional<qint64> promptId)
{
    m_promptId = promptId;
    reload();
}

void VersionHistoryModel::reload()
{
    beginResetModel();
    m_versions.clear();
    m_labels.clear();
    if (m_promptId) {
        m_versions = m_repository.versions(*m_promptId);
        std::reverse(m_versions.begin(), m_versions.end()); // newest first
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral(
            "SELECT version_id, name FROM labels WHERE prompt_id = ? ORDER BY name"));
        query.addBindValue(*m_promptId);
        query.exec();
        while (query.next()) {
            m_labels[query.value(0).toLongLong()].append(query.value(1).toString());
        }
    }
    endResetModel();
}

QStringList VersionHistoryModel::labelNames() const
{
    QStringList names;
    for (const QStringList &labels : m_labels) {
        names += labels;
    }
    names.sort();
    return names;
}

int VersionHistoryModel::rowOf(qint64 versionId) const
{
    for (qsizetype row = 0; row < m_versions.size(); ++row) {
        if (m_versions.at(row).id == versionId) {
            return int(row);
        }
    }
    return -1;
}

int VersionHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_versions.size());
}

int VersionHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VersionHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const PromptVersionRecord &version = m_versions.at(index.row());
    if (role == VersionIdRole) {
        return version.id;
    }
    if (role == LabelsRole) {
        return m_labels.value(version.id);
    }
    if (role == NumberRole) {
        return version.number;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case Number:
        return QStringLiteral("v%1").arg(version.number);
    case Created:
        return QDateTime::fromMSecsSinceEpoch(version.createdAt)
            .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case Labels:
        return m_labels.value(version.id).join(QStringLiteral(", "));
    case Note:
        return role == Qt::ToolTipRole ? QVariant(version.contentHash) : QVariant(version.note);
    default:
        return {};
    }
}

QVariant VersionHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Number:
        return tr("Version");
    case Created:
        return tr("Saved");
    case Labels:
        return tr("Labels");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace pwb
