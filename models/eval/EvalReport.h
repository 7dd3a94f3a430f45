#pragma once

#include "core/Result.h"
#include "eval/EvalSummary.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace pwb {

class Database;

// An eval run's results as a file for CI and for people who were not there: JSON (the run, its
// per-column summary and every result with its case, output, timing, tokens, cost and each
// assertion's outcome; format "prompt-workbench-eval-report", version 1) or CSV (one row per
// result, the assertions' reasons in one cell). Chosen by the file's suffix.
class EvalReport
{
    Q_DECLARE_TR_FUNCTIONS(pwb::EvalReport)

public:
    static QJsonObject toJson(Database &database, qint64 evalRunId,
                              const EvalSummary::CostFunction &cost = {});
    static QByteArray toCsv(Database &database, qint64 evalRunId,
                            const EvalSummary::CostFunction &cost = {});
    // .json or .csv; written atomically (QSaveFile), so a failed write leaves no half file.
    static Result<void> writeFile(Database &database, qint64 evalRunId, const QString &path,
                                  const EvalSummary::CostFunction &cost = {});
};

} // namespace pwb
