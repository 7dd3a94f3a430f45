#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace pwb {

class Database;

// A whole-workspace copy taken through SQLite (VACUUM INTO), never by copying the file: a live
// workspace's newest commits may sit in its -wal file, and a byte copy taken while another
// process writes can tear. VACUUM INTO reads one snapshot, so the copy holds exactly the
// transactions committed when it started, whatever other connections do meanwhile.
// The copy is written next to the target as `target.partial` and renamed into place only once
// complete and flushed to disk, so the target is never a half-written file.
class WorkspaceBackup
{
    Q_DECLARE_TR_FUNCTIONS(pwb::WorkspaceBackup)

public:
    enum class Existing { Refuse, Replace };

    // Fails, leaving no partial file, when the target exists (unless `existing` is Replace),
    // when it is the workspace itself or when SQLite cannot write it; the error names the file.
    // Must not be called inside a transaction on `database` (SQLite refuses to VACUUM there).
    static Result<void> write(Database &database, const QString &targetPath,
                              Existing existing = Existing::Refuse);

    static QString partialPath(const QString &targetPath);
};

} // namespace pwb
