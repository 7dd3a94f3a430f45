#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QMainWindow>

class QAction;
class QInputDialog;
class QLabel;

namespace pwb {

class AssertionsDialog;
class Database;
class DatasetCasesPanel;
class DatasetImportDialog;
class DatasetListPanel;

// Evaluation datasets: the list on the left (new, rename, delete), the chosen dataset's cases
// as an editable table on the right (undo and redo); import a CSV or JSON Lines file through a
// preview that shows every error and imports nothing while there is one; export to CSV or JSON
// Lines by the file's suffix; and a case added from a chat run (its variables, the reply as the
// expected output) in one click.
class DatasetsWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit DatasetsWindow(Database &database, QWidget *parent = nullptr);

    DatasetListPanel *listPanel() const { return m_list; }
    DatasetCasesPanel *casesPanel() const { return m_cases; }
    QLabel *messageLabel() const { return m_message; }
    QAction *importAction() const { return m_import; }
    QAction *exportAction() const { return m_export; }
    QAction *datasetAssertionsAction() const { return m_datasetAssertions; }
    QAction *caseAssertionsAction() const { return m_caseAssertions; }

    // The assertions of the current dataset, or of the current case, in a dialog (open, not
    // blocking; saved when accepted). Null when there is none to edit.
    AssertionsDialog *editDatasetAssertions();
    AssertionsDialog *editCaseAssertions();

    // The preview of `path`, opened (window-modal, not blocking); it imports when accepted and
    // then shows the dataset. Deletes itself when closed.
    DatasetImportDialog *importPath(const QString &path);
    // Writes the current dataset to `path`: JSON Lines for .jsonl/.ndjson/.jsonlines, CSV
    // otherwise.
    Result<void> exportTo(const QString &path);

    // Appends a case to the dataset `datasetName` (created when there is none of that name):
    // `variables` as its variables, `replyText` as its expected output, `metadata` as given.
    // Undoable when that dataset is the one shown. Returns the case's id.
    Result<qint64> addCase(const QString &datasetName, const QJsonObject &variables,
                           const QString &replyText, const QJsonObject &metadata = {});
    QString lastRunDataset() const { return m_lastRunDataset; }

public Q_SLOTS:
    void importFile(); // asks for the file
    void exportFile(); // asks for the file
    // From a chat run: asks which dataset (the last one chosen first; a new name creates one),
    // then addCase(). The question is a window-modal dialog over `dialogParent` (this window
    // when null), returned so that a caller can wait for it; null when there is nothing to ask.
    QInputDialog *addCaseFromRun(const QJsonObject &variables, const QString &replyText,
                                 QWidget *dialogParent = nullptr);

Q_SIGNALS:
    void caseAdded(qint64 datasetId, qint64 caseId);
    void datasetsChanged(); // created, renamed, deleted, imported into

private:
    void showMessage(const QString &text, bool isError);
    void updateActions();

    Database &m_database;
    DatasetListPanel *m_list = nullptr;
    DatasetCasesPanel *m_cases = nullptr;
    QLabel *m_message = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QAction *m_datasetAssertions = nullptr;
    QAction *m_caseAssertions = nullptr;
    QString m_lastRunDataset;
};

} // namespace pwb
