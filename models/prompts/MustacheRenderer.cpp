#include "prompts/MustacheRenderer.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVarLengthArray>
#include <QVariant>

#include <cmath>
#include <memory>

namespace pwb {

namespace {

using Kind = MustacheToken::Kind;

bool isTruthy(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double:
        return value.toDouble() != 0;
    case QJsonValue::String:
        return !value.toString().isEmpty();
    case QJsonValue::Array:
        return !value.toArray().isEmpty();
    case QJsonValue::Object:
        return true;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return false;
    }
    return false;
}

// A member of an object, or an element of an array by its index ({{items.0.title}}).
QJsonValue member(const QJsonValue &value, const QString &key)
{
    if (value.isObject()) {
        return value.toObject().value(key);
    }
    if (value.isArray()) {
        bool isIndex = false;
        const qsizetype index = key.toLongLong(&isIndex);
        const QJsonArray array = value.toArray();
        if (isIndex && index >= 0 && index < array.size()) {
            return array.at(index);
        }
    }
    return QJsonValue(QJsonValue::Undefined);
}

QString numberText(const QJsonValue &value)
{
    // Integers too large for a double's 53 bits are kept exact.
    const QVariant variant = value.toVariant();
    if (variant.typeId() == QMetaType::LongLong) {
        return QString::number(variant.toLongLong());
    }
    const double number = value.toDouble();
    constexpr double kExactIntegers = 9007199254740992.0; // 2^53
    if (std::trunc(number) == number && std::abs(number) < kExactIntegers) {
        return QString::number(qint64(number));
    }
    return QString::number(number, 'g', QLocale::FloatingPointShortest);
}

void appendHtmlEscaped(QString &out, QStringView text)
{
    qsizetype plainFrom = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        QLatin1StringView entity;
        switch (text[i].unicode()) {
        case u'&':
            entity = QLatin1StringView("&amp;");
            break;
        case u'"':
            entity = QLatin1StringView("&quot;");
            break;
        case u'<':
            entity = QLatin1StringView("&lt;");
            break;
        case u'>':
            entity = QLatin1StringView("&gt;");
            break;
        default:
            continue;
        }
        out += text.sliced(plainFrom, i - plainFrom);
        out += entity;
        plainFrom = i + 1;
    }
    out += text.sliced(plainFrom);
}

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
    void append(const QJsonValue &value, bool escape);
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
            append(lookup(token.path),
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
        return isTruthy(value) || renderRange(parsed, partialName, index + 1, token.end, depth);
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
    if (!isTruthy(value)) {
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
            value = member(value, path.at(part));
        }
        return value;
    }
    return QJsonValue(QJsonValue::Undefined);
}

void Renderer::append(const QJsonValue &value, bool escape)
{
    switch (value.type()) {
    case QJsonValue::String:
        if (escape) {
            appendHtmlEscaped(output, value.toString());
        } else {
            output += value.toString();
        }
        return;
    case QJsonValue::Double:
        output += numberText(value);
        return;
    case QJsonValue::Bool:
        output += value.toBool() ? QLatin1StringView("true") : QLatin1StringView("false");
        return;
    case QJsonValue::Array:
    case QJsonValue::Object: {
        const QJsonDocument document =
            value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
        const QString json = QString::fromUtf8(document.toJson(QJsonDocument::Compact));
        if (escape) {
            appendHtmlEscaped(output, json);
        } else {
            output += json;
        }
        return;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return;
    }
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
