#pragma once

#include "eval/EvalSummary.h"

#include <QWidget>

class QLabel;
class QTableView;
class QTableWidget;
class QTextBrowser;

namespace pwb {

class Database;
class EvalResultsModel;

// The results of an eval run: the grid of cases × version/model coloured by pass, fail and
// error with scores; under each column its pass rate, mean score, p50/p95 latency, tokens and
// cost; a click on a cell shows that case in full — input variables, expected and actual
// output, every assertion with its result and reason, timing and cost.
class EvalResultsPanel : public QWidget
{
    Q_OBJECT

public:
    EvalResultsPanel(Database &database, EvalSummary::CostFunction cost, QWidget *parent = nullptr);

    void showRun(qint64 evalRunId);
    // Refreshes the column figures (after results were added to the model live).
    void updateSummary();

    EvalResultsModel *model() const { return m_model; }
    QTableView *grid() const { return m_grid; }
    QTableWidget *summaryTable() const { return m_summary; }
    QTextBrowser *details() const { return m_details; }
    void showCell(int row, int column);

private:
    Database &m_database;
    EvalSummary::CostFunction m_cost;
    EvalResultsModel *m_model = nullptr;
    QTableView *m_grid = nullptr;
    QTableWidget *m_summary = nullptr;
    QTextBrowser *m_details = nullptr;
};

} // namespace pwb
