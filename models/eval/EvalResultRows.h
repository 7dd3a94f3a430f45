#pragma once

#include "streaming/StreamEvent.h"

#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace pwb {

class Database;

// One column of an eval run's results: a prompt version sent to one provider's model.
struct EvalColumnKey
{
    std::optional<qint64> promptVersionId;
    QString providerId;
    QString model;
    bool operator==(const EvalColumnKey &) const = default;
};

// One result of an eval run with what its run measured, read in one query for the summary
// figures and the reports of `pwb eval`.
struct EvalResultRow
{
    qint64 caseId = 0;
    int position = 0; // the case's, in the dataset
    EvalColumnKey key;
    QString status; // pass, fail, error
    std::optional<double> score;
    std::optional<qint64> latencyMs; // request sent to the last byte, when the run ended
    std::optional<qint64> firstTokenMs;
    Usage usage;
    std::optional<qint64> runId;
    QJsonArray assertions; // with texts only
    QString output; // with texts only: the reply, or the partial reply of a failed run
    QString error; // with texts only: why the run failed
};

// In the order the results were recorded. `withTexts` also reads replies and assertions.
QList<EvalResultRow> evalResultRows(const Database &database, qint64 evalRunId,
                                    bool withTexts = false);

} // namespace pwb
