#pragma once

#include "prompts/WordDiff.h"
#include "storage/PromptContent.h"

#include <QList>
#include <QString>

namespace pwb {

enum class DiffChange { Unchanged, Changed, Added, Removed };

// One message of the older version set against its counterpart in the newer one. An added
// message has no older index, a removed one no newer index.
struct MessageDiff
{
    DiffChange change = DiffChange::Unchanged;
    int olderIndex = -1;
    int newerIndex = -1;
    ChatMessage::Role olderRole = ChatMessage::Role::User;
    ChatMessage::Role newerRole = ChatMessage::Role::User;
    QList<DiffSegment> segments; // the content, older -> newer, word by word
    bool roleChanged() const { return change == DiffChange::Changed && olderRole != newerRole; }
};

// A named value on both sides: a parameter (as compact JSON), the provider, the model, a
// variable's default. Empty on the side that lacks it.
struct ValueDiff
{
    QString name;
    QString older;
    QString newer;
    DiffChange change = DiffChange::Unchanged;
    QList<DiffSegment> segments; // word diff of older -> newer when changed
};

// What changed between two versions of a prompt.
struct VersionDiff
{
    QList<MessageDiff> messages;
    ValueDiff provider;
    ValueDiff model;
    QList<ValueDiff> parameters; // by key
    QList<ValueDiff> variables; // by name, in the newer version's order, then the removed ones

    static VersionDiff compare(const PromptContent &older, const PromptContent &newer);

    bool hasChanges() const;
    int count(DiffChange change) const; // messages with that change
    int changedValues() const; // provider, model, parameters and variables that differ
};

} // namespace pwb
