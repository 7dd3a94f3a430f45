#pragma once

#include <QStringList>

namespace pwb::cli {

// `pwb render`: renders a Mustache template file with JSON data and prints the result exactly.
int runRender(const QStringList &arguments);

} // namespace pwb::cli
