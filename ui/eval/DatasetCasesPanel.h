#pragma once

#include "storage/DatasetRepository.h"

#include <QWidget>

class QAction;
class QLabel;
class QTableView;
class QToolBar;

namespace pwb {

class Database;
class DatasetCasesModel;

// The cases of one dataset as an editable table — a column per variable, the expected output,
// the metadata — written as they are edited; add a case, remove the selected ones, add a
// variable column, undo (Ctrl+Z) and redo (Ctrl+Shift+Z).
class DatasetCasesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DatasetCasesPanel(Database &database, QWidget *parent = nullptr);

    void setDataset(qint64 datasetId); // 0: none; a new dataset starts a new undo history
    void reload(); // after the dataset changed elsewhere (an import appended to it)
    qint64 datasetId() const;

    void addCase(); // an empty case after the current one (at the end when none), editing it
    void removeSelectedCases();
    bool addVariable(const QString &name = {}); // asks for the name when none is given
    // Appends a whole case, undoably, and shows it.
    bool appendCase(const DatasetCase &newCase);

    DatasetCasesModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *addCaseAction() const { return m_addCase; }
    QAction *removeCasesAction() const { return m_removeCases; }
    QAction *addVariableAction() const { return m_addVariable; }

Q_SIGNALS:
    void casesChanged(); // rows added or removed: the list's case counts are stale
    void failed(const QString &error);

private:
    void updateActions();
    void fitColumns();

    Database &m_database;
    DatasetCasesModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_addCase = nullptr;
    QAction *m_removeCases = nullptr;
    QAction *m_addVariable = nullptr;
};

} // namespace pwb
