#include "core/MoneyFormat.h"

#include <QLocale>

namespace pwb {

QString formatUsd(double usd)
{
    const int decimals = usd >= 1.0 ? 2 : (usd >= 0.01 ? 4 : 6);
    return QStringLiteral("$") + QLocale().toString(usd, 'f', decimals);
}

} // namespace pwb
