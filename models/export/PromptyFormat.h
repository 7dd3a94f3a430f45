#pragma once

#include "export/PromptFile.h"

namespace pwb {

// Microsoft Prompty (`.prompty`): YAML front matter (name, description, version, tags, model
// {api, configuration {type = provider, name = model}, parameters}, inputs with defaults,
// sample, template) and a body of `system:` / `user:` / `assistant:` sections. Written with
// `template: mustache`, our template language; read as Jinja when a file says jinja2 or nothing
// (Prompty's default), reporting by line the Jinja that Mustache cannot do. What Prompty has
// no key for (folder, note, labels, parameters it does not know) is kept under `pwb:`.
// Prompty trims every message: a message that begins or ends with blank space, or holds a line
// that reads as a role marker, cannot be written and is refused. docs/PROMPT-FILES.md.
struct PromptyFormat
{
    Q_DECLARE_TR_FUNCTIONS(pwb::PromptyFormat)

public:
    static Result<QByteArray> write(const PromptFile &file);
    static PromptFileReadResult read(const QByteArray &data, const QString &fileName);

    // The parameter keys that go under model.parameters; the others go under pwb.parameters.
    static QStringList promptyParameters();
    // Whether `line` is a role marker (`user:`, `# Assistant:`, `system[name="x"]:`).
    static bool isRoleMarker(const QString &line);
};

} // namespace pwb
