#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace pwb {

// A JSON Schema (draft 2020-12) checker for the keywords model answers are usually held to —
// not a full validator. Checked:
//
//   type                  "string", "number", "integer" (a number with no fraction, 1.0 too),
//                         "boolean", "object", "array", "null", or a list of them
//   properties            a schema per key (true and false are schemas too)
//   required              keys an object must have
//   additionalProperties  false, true or a schema, for keys not in properties
//   items                 one schema for every element (the list form is draft 4's, refused)
//   enum, const           JSON equality, numbers compared as numbers
//   minimum, maximum, exclusiveMinimum, exclusiveMaximum   numbers
//   minLength, maxLength  code points, as the spec counts characters
//   minItems, maxItems
//   pattern               a regular expression (QRegularExpression, close to the spec's
//                         ECMA-262) found anywhere in the string, as the spec says
//
// Annotations that check nothing in 2020-12 are skipped silently: $schema, $id, $comment,
// $anchor, $defs, definitions, title, description, default, examples, format, deprecated,
// readOnly, writeOnly, contentMediaType, contentEncoding. Any other keyword ($ref, anyOf,
// oneOf, allOf, not, if, prefixItems, uniqueItems, multipleOf, patternProperties, …) is NOT
// checked: uncheckedKeywords() names each once, and the assertion says so in its reason rather
// than passing as if it had been checked. A keyword applies only to its kind of value
// (minimum to numbers, required to objects …), as the spec says.
class JsonSchemaSubset
{
    Q_DECLARE_TR_FUNCTIONS(pwb::JsonSchemaSubset)

public:
    struct Violation
    {
        QString pointer; // JSON pointer of the failing value in the answer: "/items/0/sku"; "" =
                         // the whole
        QString message; // "must be a string, is a number"
        bool operator==(const Violation &) const = default;
    };

    // Fails on a malformed schema, naming the schema's JSON pointer:
    // "/properties/age/minimum: must be a number".
    static Result<JsonSchemaSubset> compile(const QJsonValue &schema);

    // Keywords of the schema this checker does not check, each once, in the order first met.
    const QStringList &uncheckedKeywords() const { return m_unchecked; }

    // Every violation, depth first in document order, at most `limit`.
    QList<Violation> validate(const QJsonValue &instance, qsizetype limit = 100) const;

    // "/items/0/sku: must be a string, is a number" — "(root)" for the whole document.
    static QString describe(const Violation &violation);

    struct Node;

private:
    std::shared_ptr<const Node> m_root;
    QStringList m_unchecked;
};

} // namespace pwb
