#pragma once

#include "core/Result.h"
#include "prompts/MustacheError.h"
#include "prompts/MustacheTemplate.h"

#include <QJsonValue>
#include <QString>

#include <functional>
#include <optional>

namespace pwb {

// A partial's template text by name, or nullopt when there is none (it then renders as nothing,
// as the spec says of a failed lookup). The app resolves names to other prompts, `pwb render`
// to files.
using MustachePartialResolver = std::function<std::optional<QString>(const QString &name)>;

struct MustacheOptions
{
    enum class Escape : quint8 {
        None, // prompts are not HTML: {{x}} and {{{x}}} both insert the value as it is
        Html, // {{x}} escapes & " < > as the spec's tests expect
    };
    Escape escape = Escape::None;
    MustachePartialResolver partials;

    // Limits that turn runaway templates into errors instead of a frozen editor: a partial that
    // includes itself, sections over long lists nested in each other.
    int maxPartialDepth = 32;
    qsizetype maxOutputLength = 64 * 1024 * 1024; // characters
    qint64 maxSteps = 100'000'000; // tokens visited, counting each pass over a section
};

// Renders a parsed template over `data` (the bottom of the context stack; usually an object of
// variables). Values: strings as they are, numbers as JSON writes them (85, 1.5), true/false,
// null and missing names as nothing, arrays and objects as compact JSON. Sections follow
// JavaScript truthiness as mustache.js does: false, null, 0, "" and [] are false. Fails only on
// a malformed partial or a limit reached.
Result<QString, MustacheError> renderMustache(const MustacheTemplate &parsed,
                                              const QJsonValue &data,
                                              const MustacheOptions &options = {});
// Parses and renders in one go.
Result<QString, MustacheError> renderMustache(const QString &source, const QJsonValue &data,
                                              const MustacheOptions &options = {});

} // namespace pwb
