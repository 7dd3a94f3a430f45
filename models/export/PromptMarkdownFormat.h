#pragma once

#include "export/PromptFile.h"

namespace pwb {

// Markdown with YAML front matter (`.md`), for reading on GitHub: the front matter holds what
// the library knows (name, description, folder, tags, version, note, labels, provider, model,
// parameters, variables), and each message is a `## system` / `## user` / `## assistant`
// heading followed by its text in a fenced code block. The fence is longer than any run of
// backticks in the text, so any text (headings, fences, front matter) comes back exactly.
// docs/PROMPT-FILES.md.
struct PromptMarkdownFormat
{
    Q_DECLARE_TR_FUNCTIONS(pwb::PromptMarkdownFormat)

public:
    static Result<QByteArray> write(const PromptFile &file);
    static PromptFileReadResult read(const QByteArray &data, const QString &fileName);
};

} // namespace pwb
