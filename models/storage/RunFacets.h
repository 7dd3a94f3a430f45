#pragma once

#include <QList>
#include <QString>

namespace pwb {

class Database;

// What the runs of a workspace can be filtered by — the prompts and the provider/model pairs
// that have runs — and how many runs there are, so that filters offer only choices that can
// match and an empty table can say whether there is nothing at all or nothing matching.
struct RunFacets
{
    struct PromptChoice
    {
        qint64 id = 0;
        QString name;
        bool operator==(const PromptChoice &) const = default;
    };
    struct Target
    {
        QString providerId;
        QString model;
        bool operator==(const Target &) const = default;
    };

    QList<PromptChoice> prompts; // by name
    QList<Target> targets; // by provider, then model
    qint64 runCount = 0;

    static RunFacets load(const Database &database);
    bool operator==(const RunFacets &) const = default;
};

} // namespace pwb
