#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace pwb {

class Database;

// Every problem of a runs file, one a line, each naming the file, the line and the field:
//   runs.jsonl:17: field "status": "done" is not one of running, complete, …
struct RunsImportError
{
    QStringList problems;
    QString toString() const { return problems.join(u'\n'); }
};

struct RunsImportOutcome
{
    int imported = 0;
    int alreadyPresent = 0; // the same run (start, provider, model, reply) was already there
    int linkedToVersions = 0; // imported runs whose prompt version this workspace already had
};

// Reads a runs file written by RunsJsonlExport into a workspace, in one transaction: any
// problem, in any line, and nothing is imported. The file is read a line at a time.
//
// A run's prompt version is linked to this workspace's version of the same prompt name and the
// same content hash when there is one. Otherwise the version's content is kept as the run's
// snapshot (as for a run of an unsaved prompt), with the name and number it had under
// "source": {"prompt", "version", "contentHash"}. Importing someone's runs to review them does not
// fill the reviewer's library with their prompts, and the runs still say which prompt they ran.
//
// A run already in the workspace (same started_at, provider, model and reply) is counted, not
// imported again, so importing the same file twice changes nothing.
class RunsJsonlImport
{
    Q_DECLARE_TR_FUNCTIONS(pwb::RunsJsonlImport)

public:
    enum class Mode { Import, DryRun }; // DryRun checks and counts everything, then rolls back

    // The problems name the file by its file name (not its whole path).
    static Result<RunsImportOutcome, RunsImportError>
    read(Database &database, const QString &filePath, Mode mode = Mode::Import);
};

} // namespace pwb
