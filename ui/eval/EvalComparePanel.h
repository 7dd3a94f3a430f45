#pragma once

#include "eval/EvalSummary.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace pwb {

class Database;

// Two eval runs of one dataset side by side, case by case: regressions first (passed before,
// not now), then improvements, then scores that fell or rose, then the unchanged — each with
// the case, both verdicts and both scores. The headline counts each kind.
class EvalComparePanel : public QWidget
{
    Q_OBJECT

public:
    explicit EvalComparePanel(Database &database, QWidget *parent = nullptr);

    void compare(qint64 beforeRunId, qint64 afterRunId);
    const QList<EvalChange> &changes() const { return m_changes; }
    QTableWidget *table() const { return m_table; }
    QLabel *headline() const { return m_headline; }

    static QString kindName(EvalChange::Kind kind);

private:
    Database &m_database;
    QList<EvalChange> m_changes;
    QLabel *m_headline = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace pwb
