#pragma once

#include "storage/PromptRepository.h"
#include "storage/StoredRun.h"

#include <optional>

namespace pwb {

// What a saved run was sent, as one prompt content: the messages of its version (or of the
// unsaved prompt it was run from), each variable with the value the run gave it as its
// default, and the provider, model and parameters of the run. Two runs' inputs compare with
// VersionDiff like two versions do, so "why do these replies differ" has an answer on screen.
struct RunInput
{
    std::optional<PromptVersionRecord> version; // empty: an unsaved prompt, or a deleted version
    PromptContent content;

    static RunInput of(const StoredRun &run, const PromptRepository &prompts);
};

} // namespace pwb
