#pragma once

#include "core/Result.h"
#include "storage/PromptRepository.h"

#include <QCoreApplication>

namespace pwb {

// A prompt version named the way people and CI scripts name it: `NAME` (its newest version),
// `NAME@3` (version 3) or `NAME:production` (the version a label points at). Used by `pwb eval`
// and wherever a version is chosen by text. Errors say what exists instead.
struct PromptReference
{
    Q_DECLARE_TR_FUNCTIONS(pwb::PromptReference)

public:
    QString name;
    std::optional<int> version;
    QString label;

    static Result<PromptReference> parse(const QString &text);
    Result<PromptVersionRecord> resolve(const PromptRepository &prompts) const;
    // `text` as the name of a prompt when one has exactly that name (names may hold '@' and
    // ':'), else parsed; then resolved.
    static Result<PromptVersionRecord> resolve(const PromptRepository &prompts,
                                               const QString &text);
    QString toString() const;
};

} // namespace pwb
