#include "prompts/MustacheRenderer.h"

#include "prompts/MustacheValues.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QVarLengthArray>

#include <memory>

namespace pwb {

namespace {

using Kind = MustacheToken::Kind;

class Renderer
{
public:
    Renderer(const QJsonValue &data, const MustacheOptions &options)
        : m_options(options)
    {
        m_stack.append(data);
    }

    bool render(const MustacheTemplate &parsed, const QString &partialName, int depth)
    {
        return renderRange(parsed, partialName, 0, parsed.tokens().size(), depth);
    }

    QString output;
    MustacheError error;

private:
    bool renderRange(const MustacheTemplate &parsed, const QString &partialName, qsizetype begin,
                     qsizetype end, int depth);
    bool renderSection(const MustacheTemplate &parsed, const QString &partialName, qsizetype index,
                       int depth);
    bool renderPartial(const MustacheTemplate &parsed, const QString &partialName,
                       const MustacheToken &token, int depth);
    QJsonValue lookup(const QStringList &path) const;
    bool fail(const MustacheTemplate &parsed, const QString &partialName,
              const MustacheToken &token, QString message);
    bool withinLimits(const MustacheTemplate &parsed, const QString &partialName,
                      const MustacheToken &token);

    const MustacheOptions &m_options;
    QVarLengthArray<QJsonValue, 16> m_stack;
    qint64 m_steps = 0;
    // Each partial is resolved once and parsed once per indentation, however often it is used.
    struct Partial
    {
        std::optional<QString> source;
        QHash<QString, std::shared_ptr<const MustacheTemplate>> byIndent;
    };
    QHash<QString, Partial> m_partials;
};

bool Renderer::renderRange(const MustacheTemplate &parsed, const QString &partialName,
                           qsizetype begin, qsizetype end, int depth)
{
    const QList<MustacheToken> &tokens = parsed.tokens();
    for (qsizetype i = begin; i < end;) {
        const MustacheToken &token = tokens.at(i);
        if (!withinLimits(parsed, partialName, token)) {
            return false;
        }
        switch (token.kind) {
        case Kind::Text:
            output += QStringView(parsed.source()).sliced(token.offset, token.length);
            break;
        case Kind::Variable:
        case Kind::Unescaped:
            mustache::appendValue(output, lookup(token.path),
                                  token.kind == Kind::Variable &&
                                      m_options.escape == MustacheOptions::Escape::Html);
            break;
        case Kind::Section:
        case Kind::Inverted:
            if (!renderSection(parsed, partialName, i, depth)) {
                return false;
            }
            i = token.end;
            continue;
        case Kind::Partial:
            if (!renderPartial(parsed, partialName, token, depth)) {
                return false;
            }
            break;
        }
        ++i;
    }
    return true;
}

bool Renderer::renderSection(const MustacheTemplate &parsed, const QString &partialName,
                             qsizetype index, int depth)
{
    const MustacheToken &token = parsed.tokens().at(index);
    const QJsonValue value = lookup(token.path);
    if (token.kind == Kind::Inverted) {
        return mustache::isTruthy(value) ||
            renderRange(parsed, partialName, index + 1, token.end, depth);
    }
    if (value.isArray()) {
        const QJsonArray items = value.toArray();
        for (const QJsonValue &item : items) {
            if (!withinLimits(parsed, partialName, token)) {
                return false;
            }
            m_stack.append(item);
            const bool rendered = renderRange(parsed, partialName, index + 1, token.end, depth);
            m_stack.removeLast();
            if (!rendered) {
                return false;
            }
        }
        return true;
    }
    if (!mustache::isTruthy(value)) {
        return true;
    }
    m_stack.append(value);
    const bool rendered = renderRange(parsed, partialName, index + 1, token.end, depth);
    m_stack.removeLast();
    return rendered;
}

bool Renderer::renderPartial(const MustacheTemplate &parsed, const QString &partialName,
                             const MustacheToken &token, int depth)
{
    if (depth >= m_options.maxPartialDepth) {
        return fail(parsed, partialName, token,
                    MustacheError::tr("partial \"%1\" is nested more than %2 partials deep: does "
                                      "it include itself?")
                        .arg(token.name)
                        .arg(m_options.maxPartialDepth));
    }
    auto found = m_partials.find(token.name);
    if (found == m_partials.end()) {
        found = m_partials.insert(
            token.name, {m_options.partials ? m_options.partials(token.name) : std::nullopt, {}});
    }
    if (!found->source) {
        return true;
    }
    std::shared_ptr<const MustacheTemplate> &partial = found->byIndent[token.indent];
    if (!partial) {
        Result<MustacheTemplate, MustacheError> result =
            MustacheTemplate::parseIndented(*found->source, token.indent);
        if (!result) {
            error = result.error();
            error.partial = token.name;
            return false;
        }
        partial = std::make_shared<const MustacheTemplate>(std::move(result).value());
    }
    // The hash may rehash while the partial renders (it may include others): hold our own copy.
    const std::shared_ptr<const MustacheTemplate> keep = partial;
    return render(*keep, token.name, depth + 1);
}

QJsonValue Renderer::lookup(const QStringList &path) const
{
    if (path.isEmpty()) {
        return m_stack.last();
    }
    // The first part is looked up from the innermost context outwards; the rest only inside
    // what it found (a broken chain renders nothing rather than resolving elsewhere).
    for (qsizetype level = m_stack.size() - 1; level >= 0; --level) {
        const QJsonValue &context = m_stack.at(level);
        if (!context.isObject()) {
            continue;
        }
        const QJsonObject object = context.toObject();
        const auto found = object.constFind(path.first());
        if (found == object.constEnd()) {
            continue;
        }
        QJsonValue value = found.value();
        for (qsizetype part = 1; part < path.size(); ++part) {
            value = mustache::member(value, path.at(part));
        }
        return value;
    }
    return QJsonValue(QJsonValue::Undefined);
}

bool Renderer::fail(const MustacheTemplate &parsed, const QString &partialName,
                    const MustacheToken &token, QString message)
{
    error = parsed.errorAt(token.offset, token.length, std::move(message));
    error.partial = partialName;
    return false;
}

bool Renderer::withinLimits(const MustacheTemplate &parsed, const QString &partialName,
                            const MustacheToken &token)
{
    if (++m_steps > m_options.maxSteps) {
        return fail(parsed, partialName, token,
                    MustacheError::tr("rendering stopped after %1 steps: are sections over long "
                                      "lists nested in each other?")
                        .arg(m_options.maxSteps));
    }
    if (output.size() > m_options.maxOutputLength) {
        return fail(parsed, partialName, token,
                    MustacheError::tr("rendering stopped: the text is longer than %1 characters")
                        .arg(m_options.maxOutputLength));
    }
    return true;
}

} // namespace

Result<QString, MustacheError> renderMustache(const MustacheTemplate &parsed,
                                              const QJsonValue &data,
                                              const MustacheOptions &options)
{
    Renderer renderer(data, options);
    renderer.output.reserve(parsed.source().size());
    if (!renderer.render(parsed, {}, 0)) {
        return Result<QString, MustacheError>::failure(renderer.error);
    }
    return std::move(renderer.output);
}

Result<QString, MustacheError> renderMustache(const QString &source, const QJsonValue &data,
                                              const MustacheOptions &options)
{
    Result<MustacheTemplate, MustacheError> parsed = MustacheTemplate::parse(source);
    if (!parsed) {
        return Result<QString, MustacheError>::failure(parsed.error());
    }
    return renderMustache(parsed.value(), data, options);
}

} // namespace pwb
