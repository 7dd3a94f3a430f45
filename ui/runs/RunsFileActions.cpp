#include "runs/RunsFileActions.h"

#include "export/RunsJsonlExport.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QWidget>

namespace pwb {

RunsFileActions::RunsFileActions(Database &database, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_database(database)
    , m_dialogParent(dialogParent)
{ }

void RunsFileActions::exportRuns(const QList<qint64> &runIds)
{
    if (runIds.isEmpty()) {
        return;
    }
    const QString suggested = QDir::home().filePath(
        QStringLiteral("runs-%1.jsonl").arg(QDate::currentDate().toString(Qt::ISODate)));
    QString path = QFileDialog::getSaveFileName(
        m_dialogParent, tr("Export %n Run(s)", nullptr, int(runIds.size())), suggested,
        tr("JSON Lines (*.jsonl);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".jsonl");
    }
    if (const Result<int> written = exportTo(path, runIds); !written) {
        QMessageBox::warning(m_dialogParent, tr("Export Runs"), written.error());
    }
}

Result<int> RunsFileActions::exportTo(const QString &path, const QList<qint64> &runIds)
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<int> written = RunsJsonlExport::write(m_database, runIds, path);
    QGuiApplication::restoreOverrideCursor();
    Q_EMIT message(written ? tr("Exported %n run(s) to %1.", nullptr, written.value())
                                 .arg(QDir::toNativeSeparators(path))
                           : written.error());
    return written;
}

void RunsFileActions::importRuns()
{
    const QString path =
        QFileDialog::getOpenFileName(m_dialogParent, tr("Import Runs"), QDir::homePath(),
                                     tr("JSON Lines (*.jsonl *.ndjson);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    const Result<RunsImportOutcome, RunsImportError> outcome = importFrom(path);
    if (!outcome) {
        const QStringList &problems = outcome.error().problems;
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Import Runs"),
                                    tr("Nothing was imported from %1: %n problem(s) to fix first.",
                                       nullptr, int(problems.size()))
                                        .arg(QFileInfo(path).fileName()),
                                    QMessageBox::Ok, m_dialogParent);
        box->setObjectName(QStringLiteral("runsImportProblems"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        // The first problems in the message itself, every one under "Show Details".
        box->setInformativeText(problems.mid(0, 5).join(u'\n'));
        box->setDetailedText(outcome.error().toString());
        box->open();
    }
}

Result<RunsImportOutcome, RunsImportError> RunsFileActions::importFrom(const QString &path)
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    Result<RunsImportOutcome, RunsImportError> outcome = RunsJsonlImport::read(m_database, path);
    QGuiApplication::restoreOverrideCursor();
    if (!outcome) {
        Q_EMIT message(tr("Nothing was imported from %1.").arg(QFileInfo(path).fileName()));
        return outcome;
    }
    const RunsImportOutcome &counts = outcome.value();
    QString text =
        tr("Imported %n run(s) from %1", nullptr, counts.imported).arg(QFileInfo(path).fileName());
    if (counts.alreadyPresent > 0) {
        text += tr("; %n were already here", nullptr, counts.alreadyPresent);
    }
    Q_EMIT message(text + u'.');
    if (counts.imported > 0) {
        Q_EMIT imported();
    }
    return outcome;
}

} // namespace pwb
