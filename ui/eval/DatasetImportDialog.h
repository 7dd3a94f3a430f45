#pragma once

#include "eval/DatasetImport.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace pwb {

class Database;

// A dataset file before it is imported: its first cases as a table and every error with its
// line, field and message. Import is possible only when there is no error, into a new dataset
// (named after the file, editable) or appended to the chosen one — all the cases, or none.
class DatasetImportDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int previewRows = 50;

    // `appendTo`: the dataset selected in the list (0: none, only a new dataset is offered).
    DatasetImportDialog(Database &database, const QString &path, qint64 appendToId,
                        const QString &appendToName, QWidget *parent = nullptr);

    const DatasetImport &import() const { return m_import; }
    // After accept(): the dataset the cases went into, and how many.
    qint64 importedDatasetId() const { return m_importedId; }
    int importedCount() const { return m_importedCount; }

    QTableWidget *previewTable() const { return m_preview; }
    QTableWidget *errorTable() const { return m_errors; }
    QPushButton *importButton() const { return m_importButton; }
    QLineEdit *nameEdit() const { return m_name; }
    QRadioButton *newDatasetChoice() const { return m_intoNew; }
    QRadioButton *appendChoice() const { return m_append; }
    QLabel *problemLabel() const { return m_problem; }

public Q_SLOTS:
    void accept() override; // imports; stays open with the reason when that fails

private:
    void fillPreview();
    void fillErrors();
    void updateImportButton();

    Database &m_database;
    DatasetImport m_import;
    qint64 m_appendToId;
    qint64 m_importedId = 0;
    int m_importedCount = 0;
    QLabel *m_summary = nullptr;
    QTableWidget *m_preview = nullptr;
    QTableWidget *m_errors = nullptr;
    QRadioButton *m_intoNew = nullptr;
    QRadioButton *m_append = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_importButton = nullptr;
};

} // namespace pwb
