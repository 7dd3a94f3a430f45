#pragma once

#include "export/PromptFile.h"

namespace pwb {

// Our own JSON schema (`.json`), versioned: {"format": "prompt-workbench/prompt",
// "formatVersion": 1, name, description, folder, tags, version, note, labels, provider, model,
// parameters, variables [{name, default, description}], messages [{role, content}]}. Keeps
// any text exactly. A newer formatVersion is refused rather than half-read.
// docs/PROMPT-FILES.md.
struct PromptJsonFormat
{
    Q_DECLARE_TR_FUNCTIONS(pwb::PromptJsonFormat)

public:
    static constexpr int kFormatVersion = 1;
    static QString formatName() { return QStringLiteral("prompt-workbench/prompt"); }

    static Result<QByteArray> write(const PromptFile &file);
    static PromptFileReadResult read(const QByteArray &data, const QString &fileName);
};

} // namespace pwb
