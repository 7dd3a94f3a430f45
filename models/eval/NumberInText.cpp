#include "eval/NumberInText.h"

#include <QRegularExpression>

#include <cmath>

namespace pwb {

namespace {

const QRegularExpression &numberPattern()
{
    // Never from the middle of a number (the "5" of "1.5"), and a hyphen between words is not
    // a minus sign: "pre-2020" holds 2020.
    static const QRegularExpression pattern(QStringLiteral(
        R"((?:(?<![\w.-])-|(?<![\d.]))(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?(?:[eE][-+]?\d+)?)"));
    return pattern;
}

std::optional<double> toNumber(QStringView digits)
{
    QString plain = digits.toString();
    plain.remove(QLatin1Char(','));
    bool ok = false;
    const double number = plain.toDouble(&ok);
    return ok && std::isfinite(number) ? std::optional<double>(number) : std::nullopt;
}

} // namespace

std::optional<double> NumberInText::first(QStringView text)
{
    const QRegularExpressionMatch match = numberPattern().matchView(text);
    return match.hasMatch() ? toNumber(match.capturedView()) : std::nullopt;
}

std::optional<double> NumberInText::whole(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    const QRegularExpressionMatch match = numberPattern().matchView(trimmed);
    if (!match.hasMatch() || match.capturedStart() != 0 ||
        match.capturedLength() != trimmed.size()) {
        return std::nullopt;
    }
    return toNumber(trimmed);
}

} // namespace pwb
