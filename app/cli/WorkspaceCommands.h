#pragma once

#include <QStringList>

namespace pwb::cli {

// `pwb prompts list|show` and `pwb runs list|show|search`: reading a workspace headless.
int runPrompts(const QStringList &arguments);
int runRuns(const QStringList &arguments);

} // namespace pwb::cli
