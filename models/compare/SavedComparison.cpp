#include "compare/SavedComparison.h"

#include "storage/CompareRepository.h"
#include "storage/Database.h"
#include "storage/PromptRepository.h"

#include <QHash>
#include <QMap>

namespace pwb {

namespace {

// The parameters the column changed: those of the run that differ from its prompt's own, and
// the prompt's own that the run did not send (null, as an override writes "unset").
QJsonObject overridesOf(const QJsonObject &sent, const QJsonObject &prompt)
{
    QJsonObject overrides;
    for (auto it = sent.constBegin(); it != sent.constEnd(); ++it) {
        if (prompt.value(it.key()) != it.value()) {
            overrides.insert(it.key(), it.value());
        }
    }
    for (auto it = prompt.constBegin(); it != prompt.constEnd(); ++it) {
        if (!sent.contains(it.key())) {
            overrides.insert(it.key(), QJsonValue::Null);
        }
    }
    return overrides;
}

} // namespace

SavedComparison SavedComparison::load(Database &database, const PromptRepository &prompts,
                                      qint64 sessionId)
{
    QMap<int, StoredRun> newest; // by column; runs come oldest first within a column
    for (const StoredRun &run : StoredRun::loadCompareSession(database, sessionId)) {
        newest.insert(run.compareColumn.value_or(0), run);
    }
    QHash<qint64, CompareVote> votes;
    CompareRepository repository(database);
    for (const CompareVote &vote : repository.votes(sessionId)) {
        votes.insert(vote.runId, vote);
    }

    SavedComparison saved;
    saved.sessionId = sessionId;
    for (auto it = newest.constBegin(); it != newest.constEnd(); ++it) {
        const StoredRun &run = it.value();
        Column column;
        column.index = it.key();
        column.run = run;
        column.spec.providerId = run.providerId;
        column.spec.model = run.model;
        QJsonObject promptParameters = run.snapshot.value(QStringLiteral("parameters")).toObject();
        if (run.promptVersionId) {
            if (const auto version = prompts.version(*run.promptVersionId)) {
                column.spec.promptVersionId = run.promptVersionId;
                column.spec.versionNumber = version->number;
                promptParameters = version->content.parameters;
            }
        }
        column.spec.parameterOverrides = overridesOf(run.parameters, promptParameters);
        const CompareVote vote = votes.value(run.id);
        column.rating = vote.rating;
        column.best = vote.best;
        saved.columns.append(column);
    }
    return saved;
}

} // namespace pwb
