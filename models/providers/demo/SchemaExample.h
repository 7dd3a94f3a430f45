#pragma once

#include <QJsonObject>
#include <QJsonValue>

namespace pwb::demo {

// A small instance of a JSON Schema, for the demo's answer to a structured-output request:
// every property of an object, one item of an array, the first of an enum or anyOf/oneOf,
// "demo" for a string (a fixed date, e-mail or URI for those formats), the minimum (or 0) for a
// number, false for a boolean. Deterministic; $ref is not followed (null).
QJsonValue schemaExample(const QJsonObject &schema);

} // namespace pwb::demo
