#pragma once

#include <QStringList>

namespace pwb::cli {

// `pwb decode`: reads a captured response body and prints one JSON object per line per event.
int runDecode(const QStringList &arguments);

} // namespace pwb::cli
