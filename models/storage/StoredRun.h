#pragma once

#include "streaming/StreamedReply.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace pwb {

class Database;

// A run as the workspace keeps it, read back: what was sent (prompt version or snapshot,
// variables, provider, model, parameters) and the reply folded as it was when the run ended, so
// it shows exactly as it did live — text, reasoning, figures, how it ended.
struct StoredRun
{
    Q_DECLARE_TR_FUNCTIONS(pwb::StoredRun)

public:
    qint64 id = 0;
    std::optional<qint64> promptVersionId;
    QJsonObject snapshot;
    QJsonObject variables;
    QString providerId;
    QString model;
    QJsonObject parameters;
    QJsonObject request; // {"url", "headers", "body"} as sent, secrets redacted
    QString status; // running, complete, truncated, failed, cancelled, interrupted
    StreamedReply reply;
    qint64 startedAt = 0; // ms since the epoch
    std::optional<qint64> compareSessionId;
    std::optional<int> compareColumn;

    static std::optional<StoredRun> load(const Database &database, qint64 runId);
    // Every run of a compare session, by column, then oldest first within a column.
    static QList<StoredRun> loadCompareSession(const Database &database, qint64 sessionId);
};

} // namespace pwb
