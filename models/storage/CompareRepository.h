#pragma once

#include "core/Result.h"

#include <QList>

#include <optional>

namespace pwb {

class Database;

struct CompareVote
{
    qint64 runId = 0;
    std::optional<int> rating; // 1-5
    bool best = false;
};

struct CompareSessionRecord
{
    qint64 id = 0;
    QString name;
    std::optional<qint64> promptId;
    qint64 createdAt = 0; // ms since the epoch
    int runCount = 0;
};

// Compare sessions: runs of one prompt side by side (a column each), with a vote for the best
// answer and 1-5 ratings, kept so the comparison can be reopened offline.
class CompareRepository
{
public:
    explicit CompareRepository(Database &database);

    Result<qint64> createSession(const QString &name,
                                 std::optional<qint64> promptId = std::nullopt);
    Result<void> addRun(qint64 sessionId, qint64 runId, int column);
    QList<qint64> runs(qint64 sessionId) const; // by column
    Result<void> rate(qint64 sessionId, qint64 runId, std::optional<int> rating);
    // Marks one run as the best of its session (the others lose the mark).
    Result<void> voteBest(qint64 sessionId, qint64 runId);
    // No run of the session is marked best any more (its ratings stay).
    Result<void> clearBest(qint64 sessionId);
    QList<CompareVote> votes(qint64 sessionId) const;
    // Saved sessions, newest first; only those of `promptId` when given.
    QList<CompareSessionRecord> sessions(std::optional<qint64> promptId = std::nullopt) const;

private:
    Database &m_database;
};

} // namespace pwb
