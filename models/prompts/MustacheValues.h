#pragma once

#include <QJsonValue>
#include <QString>

// How JSON values behave in a template: as conditions, as paths, and as text.
namespace pwb::mustache {

// JavaScript's truthiness, as mustache.js has it: false, null, 0, "" and [] are false.
bool isTruthy(const QJsonValue &value);
// A member of an object, or an element of an array by its index ({{items.0.title}}); Undefined
// when there is none.
QJsonValue member(const QJsonValue &value, const QString &key);
// Strings as they are, numbers as JSON writes them (85, 1.5), true/false, null and Undefined as
// nothing, arrays and objects as compact JSON; `htmlEscape` escapes & " < > as the spec's tests
// expect (and nothing else).
void appendValue(QString &output, const QJsonValue &value, bool htmlEscape);

} // namespace pwb::mustache
