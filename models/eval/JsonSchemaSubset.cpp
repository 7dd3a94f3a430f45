#include "eval/JsonSchemaSubset.h"

#include "eval/JsonAnswer.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>
#include <optional>

namespace pwb {

namespace {

enum TypeBit : quint8 {
    Null = 1,
    Boolean = 2,
    Object = 4,
    Array = 8,
    Number = 16,
    String = 32,
    Integer = 64,
};

struct TypeName
{
    QLatin1StringView keyword;
    TypeBit bit;
};
constexpr TypeName kTypeNames[] = {
    {QLatin1StringView("string"), String},   {QLatin1StringView("number"), Number},
    {QLatin1StringView("integer"), Integer}, {QLatin1StringView("boolean"), Boolean},
    {QLatin1StringView("object"), Object},   {QLatin1StringView("array"), Array},
    {QLatin1StringView("null"), Null},
};

const QStringList &annotationKeywords()
{
    static const QStringList keywords = {
        QStringLiteral("$schema"),
        QStringLiteral("$id"),
        QStringLiteral("$comment"),
        QStringLiteral("$anchor"),
        QStringLiteral("$defs"),
        QStringLiteral("definitions"),
        QStringLiteral("title"),
        QStringLiteral("description"),
        QStringLiteral("default"),
        QStringLiteral("examples"),
        QStringLiteral("format"),
        QStringLiteral("deprecated"),
        QStringLiteral("readOnly"),
        QStringLiteral("writeOnly"),
        QStringLiteral("contentMediaType"),
        QStringLiteral("contentEncoding"),
    };
    return keywords;
}

QString escapePointer(QString key)
{
    return key.replace(u'~', QStringLiteral("~0")).replace(u'/', QStringLiteral("~1"));
}

bool isWhole(double number)
{
    return std::isfinite(number) && std::floor(number) == number;
}

quint8 bitsOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return Null;
    case QJsonValue::Bool:
        return Boolean;
    case QJsonValue::Double:
        return isWhole(value.toDouble()) ? quint8(Number | Integer) : quint8(Number);
    case QJsonValue::String:
        return String;
    case QJsonValue::Array:
        return Array;
    case QJsonValue::Object:
        return Object;
    case QJsonValue::Undefined:
        break;
    }
    return 0;
}

QString kindOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return JsonSchemaSubset::tr("null");
    case QJsonValue::Bool:
        return JsonSchemaSubset::tr("a boolean");
    case QJsonValue::Double:
        return isWhole(value.toDouble())
            ? JsonSchemaSubset::tr("an integer")
            : JsonSchemaSubset::tr("a number (%1)").arg(JsonAnswer::describe(value));
    case QJsonValue::String:
        return JsonSchemaSubset::tr("a string");
    case QJsonValue::Array:
        return JsonSchemaSubset::tr("an array");
    case QJsonValue::Object:
        return JsonSchemaSubset::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return JsonSchemaSubset::tr("nothing");
}

QString namesOf(quint8 bits)
{
    QStringList names;
    for (const TypeName &name : kTypeNames) {
        if (bits & name.bit) {
            names << QString(name.keyword);
        }
    }
    return names.join(JsonSchemaSubset::tr(" or "));
}

qsizetype codePoints(const QString &text)
{
    qsizetype count = text.size();
    for (const QChar c : text) {
        count -= c.isLowSurrogate() ? 1 : 0;
    }
    return count;
}

QString shortNumber(double number)
{
    return QString::number(number, 'g', 15);
}

} // namespace

struct JsonSchemaSubset::Node
{
    std::optional<bool> always; // the schema is true or false
    quint8 types = 0; // TypeBits; 0 = any
    QHash<QString, std::shared_ptr<const Node>> properties;
    QStringList required;
    std::shared_ptr<const Node> additional; // null: any
    std::shared_ptr<const Node> items; // null: any
    std::optional<QJsonArray> enumValues;
    std::optional<QJsonValue> constValue;
    std::optional<double> minimum;
    std::optional<double> maximum;
    std::optional<double> exclusiveMinimum;
    std::optional<double> exclusiveMaximum;
    std::optional<qint64> minLength;
    std::optional<qint64> maxLength;
    std::optional<qint64> minItems;
    std::optional<qint64> maxItems;
    std::optional<QRegularExpression> pattern;
};

namespace {

using Node = JsonSchemaSubset::Node;
using NodeResult = Result<std::shared_ptr<const Node>>;

NodeResult failAt(const QString &pointer, const QString &message)
{
    return NodeResult::failure((pointer.isEmpty() ? JsonSchemaSubset::tr("(root)") : pointer) +
                               QStringLiteral(": ") + message);
}

NodeResult compileNode(const QJsonValue &schema, const QString &pointer, QStringList &unchecked)
{
    auto node = std::make_shared<Node>();
    if (schema.isBool()) {
        node->always = schema.toBool();
        return std::shared_ptr<const Node>(node);
    }
    if (!schema.isObject()) {
        return failAt(pointer, JsonSchemaSubset::tr("a schema is an object, true or false"));
    }
    const QJsonObject object = schema.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString &keyword = it.key();
        const QJsonValue value = it.value();
        const QString at = pointer + u'/' + escapePointer(keyword);
        const auto number = [&](std::optional<double> &into) -> std::optional<QString> {
            if (!value.isDouble()) {
                return JsonSchemaSubset::tr("must be a number");
            }
            into = value.toDouble();
            return std::nullopt;
        };
        const auto count = [&](std::optional<qint64> &into) -> std::optional<QString> {
            if (!value.isDouble() || !isWhole(value.toDouble()) || value.toDouble() < 0) {
                return JsonSchemaSubset::tr("must be a whole number, 0 or more");
            }
            into = qint64(value.toDouble());
            return std::nullopt;
        };
        std::optional<QString> problem;
        if (keyword == u"type") {
            const QJsonArray names = value.isArray() ? value.toArray() : QJsonArray {value};
            for (const QJsonValue &name : names) {
                const auto known = std::find_if(
                    std::begin(kTypeNames), std::end(kTypeNames),
                    [&](const TypeName &type) { return name.toString() == type.keyword; });
                if (known == std::end(kTypeNames)) {
                    problem = JsonSchemaSubset::tr("%1 is not a type (string, number, integer, "
                                                   "boolean, object, array, null)")
                                  .arg(JsonAnswer::describe(name));
                    break;
                }
                node->types |= known->bit;
            }
            if (names.isEmpty()) {
                problem = JsonSchemaSubset::tr("must name at least one type");
            }
        } else if (keyword == u"properties") {
            if (!value.isObject()) {
                problem = JsonSchemaSubset::tr("must be an object of schemas");
            }
            const QJsonObject properties = value.toObject();
            for (auto property = properties.begin(); property != properties.end(); ++property) {
                const NodeResult child = compileNode(
                    property.value(), at + u'/' + escapePointer(property.key()), unchecked);
                if (!child) {
                    return child;
                }
                node->properties.insert(property.key(), child.value());
            }
        } else if (keyword == u"required") {
            const QJsonArray keys = value.toArray();
            const bool allTexts = std::all_of(keys.begin(), keys.end(),
                                              [](const QJsonValue &key) { return key.isString(); });
            if (!value.isArray() || !allTexts) {
                problem = JsonSchemaSubset::tr("must be a list of key names");
            }
            for (const QJsonValue &key : keys) {
                node->required << key.toString();
            }
        } else if (keyword == u"additionalProperties" || keyword == u"items") {
            if (value.isArray()) {
                problem = JsonSchemaSubset::tr("the list form of items is draft 4's; draft "
                                               "2020-12 calls it prefixItems");
            } else {
                const NodeResult child = compileNode(value, at, unchecked);
                if (!child) {
                    return child;
                }
                (keyword == u"items" ? node->items : node->additional) = child.value();
            }
        } else if (keyword == u"enum") {
            if (!value.isArray()) {
                problem = JsonSchemaSubset::tr("must be a list of values");
            }
            node->enumValues = value.toArray();
        } else if (keyword == u"const") {
            node->constValue = value;
        } else if (keyword == u"minimum") {
            problem = number(node->minimum);
        } else if (keyword == u"maximum") {
            problem = number(node->maximum);
        } else if (keyword == u"exclusiveMinimum") {
            problem = number(node->exclusiveMinimum);
        } else if (keyword == u"exclusiveMaximum") {
            problem = number(node->exclusiveMaximum);
        } else if (keyword == u"minLength") {
            problem = count(node->minLength);
        } else if (keyword == u"maxLength") {
            problem = count(node->maxLength);
        } else if (keyword == u"minItems") {
            problem = count(node->minItems);
        } else if (keyword == u"maxItems") {
            problem = count(node->maxItems);
        } else if (keyword == u"pattern") {
            QRegularExpression pattern(value.toString());
            if (!value.isString()) {
                problem = JsonSchemaSubset::tr("must be a regular expression (a string)");
            } else if (!pattern.isValid()) {
                problem = JsonSchemaSubset::tr("%1 at character %2")
                              .arg(pattern.errorString())
                              .arg(pattern.patternErrorOffset() + 1);
            }
            node->pattern = pattern;
        } else if (!annotationKeywords().contains(keyword) && !unchecked.contains(keyword)) {
            unchecked << keyword;
        }
        if (problem) {
            return failAt(at, *problem);
        }
    }
    return std::shared_ptr<const Node>(node);
}

class Validator
{
public:
    Validator(QList<JsonSchemaSubset::Violation> &violations, qsizetype limit)
        : m_violations(violations)
        , m_limit(limit)
    { }

    void check(const Node &node, const QJsonValue &instance, const QString &pointer)
    {
        if (full()) {
            return;
        }
        if (node.always) {
            if (!*node.always) {
                add(pointer, JsonSchemaSubset::tr("is not allowed (the schema is false)"));
            }
            return;
        }
        const quint8 bits = bitsOf(instance);
        if (node.types != 0 && (node.types & bits) == 0) {
            add(pointer,
                JsonSchemaSubset::tr("must be of type %1, is %2")
                    .arg(namesOf(node.types), kindOf(instance)));
            return; // the other keywords would only repeat it
        }
        if (node.enumValues &&
            std::none_of(
                node.enumValues->begin(), node.enumValues->end(),
                [&](const QJsonValue &allowed) { return JsonAnswer::equal(allowed, instance); })) {
            QStringList allowed;
            for (const QJsonValue &value : *node.enumValues) {
                allowed << JsonAnswer::describe(value, 30);
            }
            add(pointer,
                JsonSchemaSubset::tr("must be one of %1; is %2")
                    .arg(allowed.join(QStringLiteral(", ")), JsonAnswer::describe(instance)));
        }
        if (node.constValue && !JsonAnswer::equal(*node.constValue, instance)) {
            add(pointer,
                JsonSchemaSubset::tr("must be %1; is %2")
                    .arg(JsonAnswer::describe(*node.constValue), JsonAnswer::describe(instance)));
        }
        if (instance.isDouble()) {
            checkNumber(node, instance.toDouble(), pointer);
        } else if (instance.isString()) {
            checkString(node, instance.toString(), pointer);
        } else if (instance.isArray()) {
            checkArray(node, instance.toArray(), pointer);
        } else if (instance.isObject()) {
            checkObject(node, instance.toObject(), pointer);
        }
    }

private:
    bool full() const { return m_violations.size() >= m_limit; }
    void add(const QString &pointer, const QString &message)
    {
        if (!full()) {
            m_violations.append({pointer, message});
        }
    }

    void checkNumber(const Node &node, double number, const QString &pointer)
    {
        const QString is = shortNumber(number);
        if (node.minimum && number < *node.minimum) {
            add(pointer,
                JsonSchemaSubset::tr("must be at least %1, is %2")
                    .arg(shortNumber(*node.minimum), is));
        }
        if (node.maximum && number > *node.maximum) {
            add(pointer,
                JsonSchemaSubset::tr("must be at most %1, is %2")
                    .arg(shortNumber(*node.maximum), is));
        }
        if (node.exclusiveMinimum && number <= *node.exclusiveMinimum) {
            add(pointer,
                JsonSchemaSubset::tr("must be more than %1, is %2")
                    .arg(shortNumber(*node.exclusiveMinimum), is));
        }
        if (node.exclusiveMaximum && number >= *node.exclusiveMaximum) {
            add(pointer,
                JsonSchemaSubset::tr("must be less than %1, is %2")
                    .arg(shortNumber(*node.exclusiveMaximum), is));
        }
    }

    void checkString(const Node &node, const QString &text, const QString &pointer)
    {
        const qsizetype length = codePoints(text);
        if (node.minLength && length < *node.minLength) {
            add(pointer,
                JsonSchemaSubset::tr("length must be at least %1, is %2")
                    .arg(*node.minLength)
                    .arg(length));
        }
        if (node.maxLength && length > *node.maxLength) {
            add(pointer,
                JsonSchemaSubset::tr("length must be at most %1, is %2")
                    .arg(*node.maxLength)
                    .arg(length));
        }
        if (node.pattern && !node.pattern->match(text).hasMatch()) {
            add(pointer,
                JsonSchemaSubset::tr("must match /%1/, is %2")
                    .arg(node.pattern->pattern(), JsonAnswer::quote(text)));
        }
    }

    void checkArray(const Node &node, const QJsonArray &array, const QString &pointer)
    {
        if (node.minItems && array.size() < *node.minItems) {
            add(pointer,
                JsonSchemaSubset::tr("item count must be at least %1, is %2")
                    .arg(*node.minItems)
                    .arg(array.size()));
        }
        if (node.maxItems && array.size() > *node.maxItems) {
            add(pointer,
                JsonSchemaSubset::tr("item count must be at most %1, is %2")
                    .arg(*node.maxItems)
                    .arg(array.size()));
        }
        if (node.items) {
            for (qsizetype i = 0; i < array.size() && !full(); ++i) {
                check(*node.items, array.at(i), pointer + u'/' + QString::number(i));
            }
        }
    }

    void checkObject(const Node &node, const QJsonObject &object, const QString &pointer)
    {
        for (const QString &key : node.required) {
            if (!object.contains(key)) {
                add(pointer, JsonSchemaSubset::tr("must have \"%1\" (required)").arg(key));
            }
        }
        for (auto it = object.begin(); it != object.end() && !full(); ++it) {
            const QString at = pointer + u'/' + escapePointer(it.key());
            if (const auto property = node.properties.constFind(it.key());
                property != node.properties.constEnd()) {
                check(**property, it.value(), at);
            } else if (node.additional) {
                if (node.additional->always == false) {
                    add(at,
                        JsonSchemaSubset::tr("is not allowed (additionalProperties is "
                                             "false)"));
                } else {
                    check(*node.additional, it.value(), at);
                }
            }
        }
    }

    QList<JsonSchemaSubset::Violation> &m_violations;
    qsizetype m_limit;
};

} // namespace

Result<JsonSchemaSubset> JsonSchemaSubset::compile(const QJsonValue &schema)
{
    JsonSchemaSubset compiled;
    const NodeResult root = compileNode(schema, QString(), compiled.m_unchecked);
    if (!root) {
        return Result<JsonSchemaSubset>::failure(root.error());
    }
    compiled.m_root = root.value();
    return compiled;
}

QList<JsonSchemaSubset::Violation> JsonSchemaSubset::validate(const QJsonValue &instance,
                                                              qsizetype limit) const
{
    QList<Violation> violations;
    if (m_root) {
        Validator(violations, limit).check(*m_root, instance, QString());
    }
    return violations;
}

QString JsonSchemaSubset::describe(const Violation &violation)
{
    return (violation.pointer.isEmpty() ? tr("(root)") : violation.pointer) + QStringLiteral(": ") +
        violation.message;
}

} // namespace pwb
