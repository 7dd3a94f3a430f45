#pragma once

#include "core/Result.h"
#include "providers/ChatRequest.h"
#include "storage/PromptContent.h"

#include <QCoreApplication>

namespace pwb {

class PromptRepository;
struct StoredRun;

// The ChatRequest a saved run sent, rebuilt from what the workspace keeps of it: its prompt
// version (or snapshot) rendered with its variables the way PromptPreparation renders for a
// live run (Mustache, partials from the library), the run's model and the parameters it sent.
// RunCodeExport turns it into code that sends the run again.
class StoredRunRequest
{
    Q_DECLARE_TR_FUNCTIONS(pwb::StoredRunRequest)

public:
    // What the run ran (RunInput: its version's content, else its snapshot, with the run's
    // variables, model and parameters); fails when it has neither (its version was deleted).
    static Result<PromptContent> content(const StoredRun &run, const PromptRepository &prompts);

    // Fails, naming the message, line and column, when a template no longer renders (a partial
    // it used was deleted), or when the saved parameters are not valid ones.
    static Result<ChatRequest> rebuild(const StoredRun &run, const PromptRepository &prompts);
};

} // namespace pwb
