#pragma once

#include <QStringList>

namespace pwb::cli {

// `pwb export prompts …` and `pwb import prompts …`: prompt versions to and from .prompty,
// .json and .md files (docs/PROMPT-FILES.md). Arguments start with "pwb export prompts".
int exportPrompts(const QStringList &arguments);
int importPrompts(const QStringList &arguments);

} // namespace pwb::cli
