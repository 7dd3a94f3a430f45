#pragma once

#include "core/Result.h"
#include "storage/StoredRun.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace pwb {

class Database;

// A run as the runs browser shows it: StoredRun plus what only a reviewer needs — the cost, the
// prompt and version it ran, and the request as stored (RunRecorder redacted it before writing;
// it is shown as it is) laid out for reading.
struct RunDetails
{
    Q_DECLARE_TR_FUNCTIONS(pwb::RunDetails)

public:
    StoredRun run;
    std::optional<double> costUsd;
    std::optional<qint64> promptId; // none for a run of unsaved edits (a snapshot)
    QString promptName;
    int versionNumber = 0; // 0: no saved version

    static Result<RunDetails> load(const Database &database, qint64 runId);

    // "Name@3" (also for a run imported without its version), or "(unsaved prompt)".
    QString promptTitle() const;
    // The request as an HTTP reviewer reads it: "POST URL", the headers, a blank line, the body
    // pretty-printed.
    QString requestText() const;
};

} // namespace pwb
