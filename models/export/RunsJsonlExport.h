#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

class QIODevice;

namespace pwb {

class Database;

// Saved runs as JSON Lines, for a reviewer to read offline or import into another workspace
// (RunsJsonlImport). The first line is a header; then one compact line per run with everything
// a reviewer needs: the prompt (name, version and full content, or the unsaved snapshot), the
// variables, provider, model, parameters, the request as stored (secrets already redacted), the
// reply, reasoning, tool calls, how it ended, usage, cost, timings and the timeline of pieces
// that replay plays back. The format is in docs/RUNS-JSONL.md.
// Runs are read and written one at a time, so the size of an export is bounded by the disk,
// not by memory.
class RunsJsonlExport
{
    Q_DECLARE_TR_FUNCTIONS(pwb::RunsJsonlExport)

public:
    static constexpr int kFormatVersion = 1;
    static QString formatName(); // "prompt-workbench/runs"

    // Writes the runs with these ids, in this order, to `filePath` through QSaveFile: the file
    // appears whole or not at all. Returns how many runs were written. An id that names no run
    // fails the export, naming it.
    static Result<int> write(Database &database, const QList<qint64> &runIds,
                             const QString &filePath);
    // The same to an open device (standard output, a buffer); a failure may leave a partial
    // stream behind.
    static Result<int> write(Database &database, const QList<qint64> &runIds, QIODevice &device);

    // The header line's object and one run's object, as they appear on their lines.
    static QJsonObject header(int runCount);
    static Result<QJsonObject> runObject(Database &database, qint64 runId);
};

} // namespace pwb
