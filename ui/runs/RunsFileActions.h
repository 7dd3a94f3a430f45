#pragma once

#include "core/Result.h"
#include "export/RunsJsonlImport.h"

#include <QObject>

class QWidget;

namespace pwb {

class Database;

// Runs as JSON Lines from the runs browser: export the selected runs or every run matching the
// filter (RunsJsonlExport), import someone's runs file to review them (RunsJsonlImport). Each
// asks for a file, then calls the `…To`/`…From` method that does the work — tests call those.
class RunsFileActions : public QObject
{
    Q_OBJECT

public:
    RunsFileActions(Database &database, QWidget *dialogParent);

    void exportRuns(const QList<qint64> &runIds);
    Result<int> exportTo(const QString &path, const QList<qint64> &runIds);
    void importRuns();
    Result<RunsImportOutcome, RunsImportError> importFrom(const QString &path);

Q_SIGNALS:
    void imported(); // new runs are in the workspace
    void message(const QString &text);

private:
    Database &m_database;
    QWidget *m_dialogParent = nullptr;
};

} // namespace pwb
