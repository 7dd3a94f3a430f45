#include "eval/DatasetImportDialog.h"

#include "providers/InlineMessage.h"
#include "storage/DatasetRepository.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace pwb {

namespace {

QString cellText(const QJsonValue &value)
{
    if (value.isString()) {
        return value.toString();
    }
    if (value.isObject() || value.isArray()) {
        return QString::fromUtf8(
            value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                             : QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    }
    return value.isUndefined() ? QString() : value.toVariant().toString();
}

// The file's name, or with " 2", " 3"… when a dataset has it already.
QString freeName(Database &database, const QString &base)
{
    const DatasetRepository repository(database);
    QString name = base;
    for (int n = 2; repository.datasetId(name); ++n) {
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    }
    return name;
}

} // namespace

DatasetImportDialog::DatasetImportDialog(Database &database, const QString &path, qint64 appendToId,
                                         const QString &appendToName, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_import(DatasetImport::fromFile(path))
    , m_appendToId(appendToId)
{
    setObjectName(QStringLiteral("datasetImportDialog"));
    setWindowTitle(tr("Import %1").arg(QFileInfo(path).fileName()));

    m_summary = makeInlineMessage(QStringLiteral("importSummary"));

    m_preview = new QTableWidget;
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setWordWrap(true);
    m_preview->horizontalHeader()->setStretchLastSection(true);

    m_errors = new QTableWidget(0, 3);
    m_errors->setObjectName(QStringLiteral("importErrors"));
    m_errors->setHorizontalHeaderLabels({tr("Line"), tr("Field"), tr("Problem")});
    m_errors->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_errors->setWordWrap(true);
    m_errors->verticalHeader()->hide();
    m_errors->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_errors->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_errors->horizontalHeader()->setStretchLastSection(true);

    m_intoNew = new QRadioButton(tr("Into a &new dataset named:"));
    m_intoNew->setObjectName(QStringLiteral("importIntoNew"));
    m_name = new QLineEdit(freeName(database, QFileInfo(path).completeBaseName()));
    m_name->setObjectName(QStringLiteral("importDatasetName"));
    m_append = new QRadioButton(appendToId != 0 ? tr("&Append to \"%1\"").arg(appendToName)
                                                : tr("&Append to a dataset"));
    m_append->setObjectName(QStringLiteral("importAppend"));
    m_append->setEnabled(appendToId != 0);
    if (appendToId == 0) {
        m_append->setToolTip(tr("Select a dataset in the list first."));
    }
    m_intoNew->setChecked(true);

    m_problem = makeInlineMessage(QStringLiteral("importProblem"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setDefault(true);

    auto *target = new QFormLayout;
    target->addRow(m_intoNew, m_name);
    target->addRow(m_append);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_preview);
    splitter->addWidget(m_errors);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addLayout(target);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    fillPreview();
    fillErrors();
    if (m_import.ok()) {
        m_errors->hide();
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DatasetImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DatasetImportDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &DatasetImportDialog::updateImportButton);
    connect(m_intoNew, &QRadioButton::toggled, this, &DatasetImportDialog::updateImportButton);
    updateImportButton();
    resize(820, 560);
}

void DatasetImportDialog::fillPreview()
{
    const DatasetPreview &preview = m_import.preview();
    QStringList metadataKeys;
    for (const DatasetCase &c : preview.cases) {
        for (const QString &key : c.metadata.keys()) {
            if (!metadataKeys.contains(key)) {
                metadataKeys.append(key);
            }
        }
    }
    QStringList headers = preview.variableNames;
    headers << tr("Expected");
    for (const QString &key : std::as_const(metadataKeys)) {
        headers << tr("Metadata: %1").arg(key);
    }
    const int rows = int(std::min<qsizetype>(preview.cases.size(), previewRows));
    m_preview->setColumnCount(int(headers.size()));
    m_preview->setRowCount(rows);
    m_preview->setHorizontalHeaderLabels(headers);
    for (int row = 0; row < rows; ++row) {
        const DatasetCase &c = preview.cases.at(row);
        int column = 0;
        for (const QString &name : preview.variableNames) {
            const QJsonValue value = c.variables.value(name);
            auto *item = new QTableWidgetItem(cellText(value));
            if (value.isUndefined()) {
                item->setToolTip(tr("Not set in this case"));
            }
            m_preview->setItem(row, column++, item);
        }
        auto *expected = new QTableWidgetItem(c.expected.value_or(QString()));
        if (!c.expected) {
            expected->setToolTip(tr("No expected output"));
        }
        m_preview->setItem(row, column++, expected);
        for (const QString &key : std::as_const(metadataKeys)) {
            m_preview->setItem(row, column++,
                               new QTableWidgetItem(cellText(c.metadata.value(key))));
        }
    }
    m_preview->resizeColumnsToContents();
    for (int column = 0; column < m_preview->columnCount(); ++column) {
        m_preview->setColumnWidth(column, std::min(m_preview->columnWidth(column), 260));
    }
    m_preview->resizeRowsToContents();

    QString summary;
    if (preview.ok()) {
        summary = tr("%n case(s) to import", nullptr, int(preview.cases.size()));
        if (preview.cases.size() > rows) {
            summary += u' ' + tr("(the first %n shown)", nullptr, rows);
        }
        summary += u'.';
    } else {
        summary = tr("This file has %n error(s). Nothing is imported until they are fixed.",
                     nullptr, int(preview.errors.size()));
        if (preview.errorsTruncated) {
            summary +=
                u' ' + tr("Only the first %n are listed.", nullptr, int(preview.errors.size()));
        }
        if (!preview.cases.isEmpty()) {
            summary += u' ' +
                tr("%n case(s) read without error are shown above the errors.", nullptr,
                   int(preview.cases.size()));
        }
    }
    showInlineMessage(m_summary, summary, !preview.ok());
}

void DatasetImportDialog::fillErrors()
{
    const QList<DatasetImportError> &errors = m_import.preview().errors;
    m_errors->setRowCount(int(errors.size()));
    for (int row = 0; row < errors.size(); ++row) {
        const DatasetImportError &error = errors.at(row);
        QString line = error.line > 0 ? QString::number(error.line) : tr("file");
        if (error.column > 0) {
            line = tr("%1, column %2").arg(line).arg(error.column);
        }
        QString field;
        if (error.field > 0) {
            field = error.key.isEmpty() ? QString::number(error.field)
                                        : tr("%1 (\"%2\")").arg(error.field).arg(error.key);
        } else if (!error.key.isEmpty()) {
            field = u'"' + error.key + u'"';
        }
        auto *lineItem = new QTableWidgetItem(line);
        auto *fieldItem = new QTableWidgetItem(field);
        auto *messageItem = new QTableWidgetItem(error.message);
        for (QTableWidgetItem *item : {lineItem, fieldItem, messageItem}) {
            item->setToolTip(error.toString());
        }
        m_errors->setItem(row, 0, lineItem);
        m_errors->setItem(row, 1, fieldItem);
        m_errors->setItem(row, 2, messageItem);
    }
    m_errors->resizeRowsToContents();
}

void DatasetImportDialog::updateImportButton()
{
    m_name->setEnabled(m_intoNew->isChecked());
    const bool target = m_append->isChecked() || !m_name->text().trimmed().isEmpty();
    m_importButton->setEnabled(m_import.ok() && target);
    if (!m_import.ok()) {
        m_importButton->setToolTip(tr("Fix the errors in the file first."));
    } else if (!target) {
        m_importButton->setToolTip(tr("Give the new dataset a name."));
    } else {
        m_importButton->setToolTip({});
    }
}

void DatasetImportDialog::accept()
{
    if (!m_importButton->isEnabled()) {
        return;
    }
    DatasetRepository repository(m_database);
    if (m_append->isChecked()) {
        const Result<int> added = m_import.importInto(repository, m_appendToId);
        if (!added) {
            showInlineMessage(m_problem, added.error(), true);
            return;
        }
        m_importedId = m_appendToId;
        m_importedCount = added.value();
    } else {
        const Result<qint64> created = m_import.importAsNewDataset(repository, m_name->text());
        if (!created) {
            showInlineMessage(m_problem, created.error(), true);
            return;
        }
        m_importedId = created.value();
        m_importedCount = int(m_import.preview().cases.size());
    }
    QDialog::accept();
}

} // namespace pwb
