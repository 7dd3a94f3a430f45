#pragma once

#include <QStringList>

namespace pwb::cli {

// `pwb runs code ID --language curl|python|javascript`: code that sends a saved run's request
// again, the key read from an environment variable (RunCodeExport::codeForRun).
int runRunsCode(const QStringList &arguments);

} // namespace pwb::cli
