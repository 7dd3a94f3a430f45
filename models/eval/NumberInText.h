#pragma once

#include <QStringView>

#include <optional>

namespace pwb {

// Numbers in an answer, for the numeric assertion. A number is written as JSON and most prose
// write it: an optional minus sign, digits (grouped by commas in threes: 1,234,567), an
// optional fraction after a dot and an optional exponent. "$1,234.50" holds 1234.5; "1,5" holds
// 1 and 5 (a decimal comma is not read: it cannot be told from a list).
struct NumberInText
{
    // The first number in `text`, or none.
    static std::optional<double> first(QStringView text);
    // `text` without surrounding whitespace, when all of it is one number.
    static std::optional<double> whole(QStringView text);
};

} // namespace pwb
