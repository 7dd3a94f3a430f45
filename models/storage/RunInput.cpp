#include "storage/RunInput.h"

#include "eval/JsonValueText.h"

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
            variable.defaultValue = JsonValueText::typed(values.take(variable.name));
        }
    }
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        input.content.variables.append({it.key(), JsonValueText::typed(it.value()), {}});
    }
    input.content.providerId = run.providerId;
    input.content.model = run.model;
    input.content.parameters = run.parameters;
    return input;
}

} // namespace pwb
