#pragma once

#include "eval/EvalSummary.h"
#include "storage/DatasetRepository.h"
#include "storage/EvalRepository.h"

#include <QAbstractTableModel>
#include <QHash>

namespace pwb {

class Database;

// The results grid of an eval run: a row per case of the dataset (in its order), a column per
// prompt version × model; a cell shows the case's status and score, empty while it has no
// result. Results arriving from a running EvalRunner are added one by one (addResult).
class EvalResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        StatusRole = Qt::UserRole + 1, // "pass", "fail", "error" or "" (no result yet)
        ScoreRole, // double, or invalid
    };

    explicit EvalResultsModel(Database &database, QObject *parent = nullptr);

    // Shows `evalRunId`; `columns` fixes the column order (targets of a run about to start),
    // otherwise columns appear in the order of their first result.
    void load(qint64 evalRunId, const QList<EvalColumnKey> &columns = {});
    void addResult(const EvalResult &result);

    qint64 evalRunId() const { return m_evalRunId; }
    const DatasetCase &testCase(int row) const { return m_cases.at(row); }
    const EvalColumnKey &columnKey(int column) const { return m_columns.at(column); }
    std::optional<EvalResult> result(int row, int column) const;
    QString columnLabel(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    int columnOf(const EvalColumnKey &key, bool add);

    Database &m_database;
    qint64 m_evalRunId = 0;
    QList<DatasetCase> m_cases;
    QHash<qint64, int> m_rowOfCase;
    QList<EvalColumnKey> m_columns;
    QHash<qint64, int> m_versionNumbers;
    QHash<QPair<int, int>, EvalResult> m_results; // by (row, column)
};

} // namespace pwb
