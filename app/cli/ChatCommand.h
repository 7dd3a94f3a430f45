#pragma once

#include <QStringList>

namespace pwb::cli {

// `pwb chat`: sends one prompt to a provider and streams the reply to stdout.
int runChat(const QStringList &arguments);

} // namespace pwb::cli
