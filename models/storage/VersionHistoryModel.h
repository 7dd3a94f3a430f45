#pragma once

#include "storage/PromptRepository.h"

#include <QAbstractTableModel>
#include <QMap>

namespace pwb {

// The versions of one prompt, newest first: number, when, note, the labels on it.
class VersionHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Created, Labels, Note, ColumnCount };
    enum Role { VersionIdRole = Qt::UserRole + 1, LabelsRole /* QStringList */, NumberRole };

    explicit VersionHistoryModel(Database &database, QObject *parent = nullptr);

    void setPrompt(std::optional<qint64> promptId);
    void reload();
    // Every label of the prompt, sorted.
    QStringList labelNames() const;
    // The row of a version, -1 if it is not listed.
    int rowOf(qint64 versionId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Database &m_database;
    PromptRepository m_repository;
    std::optional<qint64> m_promptId;
    QList<PromptVersionRecord> m_versions;
    QMap<qint64, QStringList> m_labels; // version id -> label names
};

} // namespace pwb
