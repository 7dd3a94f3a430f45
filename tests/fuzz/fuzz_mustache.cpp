// The Mustache engine on arbitrary text: the first byte picks the escape mode and what partials
// are. Parsing, rendering, tag spans and variable detection must never crash or hang; errors
// point inside their text; tag spans are ordered and in bounds; a tag the spans call invalid
// is one the parser rejects.
#include "prompts/MustacheRenderer.h"
#include "prompts/MustacheScanner.h"
#include "prompts/MustacheTemplate.h"
#include "prompts/TemplateVariables.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

namespace {

void check(bool condition)
{
    if (!condition) {
        std::abort();
    }
}

void checkError(const pwb::MustacheError &error, qsizetype textSize)
{
    check(error.line >= 1 && error.column >= 1 && !error.message.isEmpty());
    check(error.offset >= 0 && error.length >= 0 && error.offset + error.length <= textSize);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) {
        return 0;
    }
    const uint8_t flags = data[0];
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    bool invalidTag = false;
    qsizetype previousEnd = 0;
    for (const pwb::MustacheTagSpan &span : pwb::mustacheTagSpans(text)) {
        check(span.offset >= previousEnd && span.length > 0 &&
              span.offset + span.length <= text.size());
        previousEnd = span.offset + span.length;
        invalidTag = invalidTag || span.kind == pwb::MustacheTagKind::Invalid;
    }
    for (const pwb::TemplateVariable &variable : pwb::templateVariables({text, text})) {
        check(!variable.name.isEmpty() && variable.name != QLatin1String("."));
    }

    const auto parsed = pwb::MustacheTemplate::parse(text);
    if (!parsed) {
        checkError(parsed.error(), text.size());
        return 0;
    }
    check(!invalidTag);

    static const QJsonValue variables =
        QJsonDocument::fromJson(R"({"a": "x&<", "b": [1, 2.5, "s", null, true, {"a": "y"}],
            "c": {"d": {"e": 0}}, "e": "", "f": false, "g": [[1, 2], []]})")
            .object();
    pwb::MustacheOptions options;
    options.escape =
        flags & 1 ? pwb::MustacheOptions::Escape::Html : pwb::MustacheOptions::Escape::None;
    // Partials are the text itself (recursion), a small fixed one, or missing.
    const QString fixedPartial = QStringLiteral("{{a}}[{{#b}}{{.}}{{/b}}]\n  {{>missing}}\n");
    const QString &partial = flags & 2 ? text : fixedPartial;
    options.partials = [&](const QString &name) -> std::optional<QString> {
        if (name == QLatin1String("missing")) {
            return std::nullopt;
        }
        return partial;
    };
    options.maxSteps = 200'000;
    options.maxOutputLength = 1024 * 1024;
    const auto rendered = pwb::renderMustache(parsed.value(), variables, options);
    if (!rendered) {
        checkError(rendered.error(),
                   rendered.error().partial.isEmpty() ? text.size() : partial.size());
    }
    return 0;
}
