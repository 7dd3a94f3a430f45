#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace pwb {

// A JSON path to one value, for the json-path assertion. The subset read:
//
//   $              the whole document (every path starts with it)
//   .name          a key: letters, digits, _ and - (any other character: use brackets)
//   ['name']       a key in quotes, ' or ", with \' \" and \\ escaped
//   [3]            an array element, from 0
//   [-1]           from the end: the last element
//
// e.g. $.items[0].sku, $['order id'], $.lines[-1]. Wildcards (*), recursive descent (..),
// slices and filters are not read: each selects a list, and the assertion compares one value.
class JsonPath
{
    Q_DECLARE_TR_FUNCTIONS(pwb::JsonPath)

public:
    struct Step
    {
        QString key;
        std::optional<qsizetype> index; // set: an array element, key unused
        bool operator==(const Step &) const = default;
    };

    // Fails with where and why: "at character 9: expected a name after \".\"".
    static Result<JsonPath> parse(const QString &text);

    // The value at this path, or why there is none: "$.items[0] has no key \"sku\"",
    // "$.items has no element [5] (its length is 2)", "$.items[0] is a string, not an object".
    Result<QJsonValue> find(const QJsonValue &document) const;

    const QList<Step> &steps() const { return m_steps; }
    // The path written back in its plainest form: $.items[0]['order id'].
    QString toString() const { return describe(m_steps.size()); }

private:
    QString describe(qsizetype stepCount) const;
    QList<Step> m_steps;
};

} // namespace pwb
