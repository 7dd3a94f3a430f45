#pragma once

#include <QString>

namespace pwb {

// A cost in US dollars as the app shows it everywhere (reply figures, the compare summary):
// "$1.25", "$0.0123", "$0.000456". Small costs are the norm, so a single cheap call keeps
// enough digits to be non-zero. Numbers follow the current QLocale.
QString formatUsd(double usd);

} // namespace pwb
