#pragma once

#include <QWidget>

#include <optional>

class QTableWidget;

namespace pwb {

class Database;

// Every eval run of the workspace, newest first: name, dataset, status, pass rate over the
// results so far, and when it began. Selecting one shows its results.
class EvalRunsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit EvalRunsPanel(Database &database, QWidget *parent = nullptr);

    void reload(); // keeps the selection
    void selectRun(qint64 evalRunId);
    std::optional<qint64> currentRun() const;
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void runSelected(qint64 evalRunId);

private:
    Database &m_database;
    QTableWidget *m_table = nullptr;
};

} // namespace pwb
