#include "core/MoneyFormat.h"

#include <QLocale>

namespace pwb {

QString formatUsd(double usd)
{
    // Free is free: "$0.00", not six zeros that read like a rounding of something.
    const int decimals = usd == 0.0 || usd >= 1.0 ? 2 : (usd >= 0.01 ? 4 : 6);
    return QStringLiteral("$") + QLocale().toString(usd, 'f', decimals);
}

} // namespace pwb
