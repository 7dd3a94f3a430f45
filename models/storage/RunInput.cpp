#include "storage/RunInput.h"

namespace pwb {

RunInput RunInput::of(const StoredRun &run, const PromptRepository &prompts)
{
    RunInput input;
    if (run.promptVersionId) {
        input.version = prompts.version(*run.promptVersionId);
    }
    if (input.version) {
        input.content = input.version->content;
    } else {
        input.content = PromptContent::fromCanonicalJson(run.snapshot);
    }
    // The run's own values replace the defaults; a value the version did not define (a
    // variable removed since, or passed from outside) is kept too, after the defined ones.
    QJsonObject values = run.variables;
    for (VariableDefinition &variable : input.content.variables) {
        if (values.contains(variable.name)) {
            variable.defaultValue = values.take(variable.name).toString();
        }
    }
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        input.content.variables.append({it.key(), it.value().toString(), {}});
    }
    input.content.providerId = run.providerId;
    input.content.model = run.model;
    input.content.parameters = run.parameters;
    return input;
}

} // namespace pwb
