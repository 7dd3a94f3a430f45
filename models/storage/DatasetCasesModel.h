#pragma once

#include "storage/DatasetRepository.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace pwb {

// The cases of one dataset as an editable table: one column per variable, then the expected
// output, then the metadata (a JSON object, edited as its compact text). Every edit, insertion and
// removal is written at once and can be undone and redone (the model keeps its own undo stack:
// QUndoStack lives in QtGui, which models/ does not use).
class DatasetCasesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    DatasetCasesModel(Database &database, qint64 datasetId, QObject *parent = nullptr);

    void reload();
    QStringList variableNames() const { return m_variables; }
    void addVariable(const QString &name); // a new, empty column
    int expectedColumn() const { return int(m_variables.size()); }
    int metadataColumn() const { return int(m_variables.size()) + 1; }
    qint64 datasetId() const { return m_datasetId; }
    const DatasetCase &caseAt(int row) const { return m_cases.at(row); }
    // Inserts a whole case at `row` (-1: at the end), undoably. False if it could not be written.
    bool insertCase(int row, const DatasetCase &data);

    bool canUndo() const { return !m_undo.isEmpty(); }
    bool canRedo() const { return !m_redo.isEmpty(); }
    void undo();
    void redo();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

Q_SIGNALS:
    void undoStateChanged();
    void writeFailed(const QString &error);

private:
    struct Change
    {
        enum class Kind { Edit, Insert, Remove } kind;
        int row = 0;
        int column = 0;
        QVariant before;
        QVariant after;
        QList<DatasetCase> cases; // Insert / Remove: the cases, in order
    };
    bool writeCell(int row, int column, const QVariant &value);
    bool insertCases(int row, QList<DatasetCase> &cases); // assigns new ids
    bool removeCases(int row, int count);
    void apply(const Change &change, bool forward, Change &updated);
    void record(Change change);

    DatasetRepository m_repository;
    qint64 m_datasetId;
    QList<DatasetCase> m_cases;
    QStringList m_variables;
    QList<Change> m_undo;
    QList<Change> m_redo;
};

} // namespace pwb
