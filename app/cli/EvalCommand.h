#pragma once

#include <QStringList>

namespace pwb::cli {

// `pwb eval`: runs prompt versions × models over a dataset headless, for CI.
int runEval(const QStringList &arguments);

} // namespace pwb::cli
