#include "export/YamlWriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>
#include <yaml-cpp/yaml.h>

namespace pwb {

namespace {

QString indentation(int indent)
{
    return QString(indent, u' ');
}

bool parsesBackAs(const QString &yaml, const QString &value, bool mustBeQuoted)
{
    try {
        const YAML::Node node = YAML::Load(yaml.toStdString());
        const YAML::Node scalar = node["k"];
        if (!scalar.IsScalar()) {
            return false;
        }
        if (mustBeQuoted && scalar.Tag() != "!") {
            return false;
        }
        return QString::fromStdString(scalar.Scalar()) == value;
    } catch (const YAML::Exception &) {
        return false;
    }
}

QString doubleQuoted(const QString &value)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\\') {
            out += u'\\';
            out += c;
        } else if (u == u'\n') {
            out += QLatin1String("\\n");
        } else if (u == u'\t') {
            out += QLatin1String("\\t");
        } else if (u == u'\r') {
            out += QLatin1String("\\r");
        } else if (u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0x2028 || u == 0x2029 ||
                   u == 0xfeff) {
            out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    return out + u'"';
}

bool looksPlain(const QString &value)
{
    // Letters first and no YAML indicator anywhere: never a number, a key or a comment.
    static const QRegularExpression safe(QStringLiteral("^[\\p{L}_][\\p{L}\\p{N}_ ./+-]*$"));
    static const QStringList reserved {
        QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("yes"),
        QStringLiteral("no"),   QStringLiteral("on"),    QStringLiteral("off"),
        QStringLiteral("null"), QStringLiteral("y"),     QStringLiteral("n")};
    return safe.match(value).hasMatch() && !value.endsWith(u' ') &&
        !reserved.contains(value.toLower());
}

bool blockable(const QString &value)
{
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7f && u <= 0x9f) || u == 0x2028 ||
            u == 0x2029 || u == 0xfeff) {
            return false;
        }
    }
    return true;
}

QString literalBlock(const QString &value, int indent)
{
    QString body = value;
    QString chomp;
    if (!body.endsWith(u'\n')) {
        chomp = QStringLiteral("-");
    } else if (body.endsWith(QLatin1String("\n\n"))) {
        chomp = QStringLiteral("+");
    }
    if (body.endsWith(u'\n')) {
        body.chop(1);
    }
    const int width = indent + 2;
    // An explicit indentation when the first line's own spaces would be taken for indentation.
    const QString first = body.section(u'\n', 0, 0);
    const bool explicitIndent = body.startsWith(u' ') || body.startsWith(u'\n') ||
        (first.trimmed().isEmpty() && !first.isEmpty());
    QString out = u'|' + (explicitIndent ? QString::number(2) : QString()) + chomp;
    for (const QString &line : body.split(u'\n')) {
        out += u'\n';
        if (!line.isEmpty()) {
            out += indentation(width) + line;
        }
    }
    return out;
}

QString jsonScalar(const QJsonValue &value, int indent, bool allowBlock)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::isfinite(number) && number == std::floor(number) && std::abs(number) < 1e15) {
            return QString::number(qint64(number));
        }
        QString text = QString::number(number, 'g', QLocale::FloatingPointShortest);
        if (!text.contains(u'.') && !text.contains(u'e')) {
            text += QLatin1String(".0");
        }
        return text;
    }
    case QJsonValue::String:
        return allowBlock ? YamlWriter::scalar(value.toString(), indent)
                          : YamlWriter::inlineScalar(value.toString());
    default:
        return {};
    }
}

} // namespace

QString YamlWriter::inlineScalar(const QString &value)
{
    if (!value.isEmpty() && looksPlain(value) &&
        parsesBackAs(QStringLiteral("k: ") + value, value, false)) {
        return value;
    }
    return doubleQuoted(value);
}

QString YamlWriter::scalar(const QString &value, int indent)
{
    const QString key = QStringLiteral("k: ");
    if (!value.contains(u'\n')) {
        return inlineScalar(value);
    }
    if (blockable(value)) {
        const QString block = literalBlock(value, 0);
        if (parsesBackAs(key + block, value, true)) {
            return literalBlock(value, indent);
        }
    }
    return doubleQuoted(value);
}

void YamlWriter::line(int indent, const QString &text)
{
    m_out += indentation(indent) + text + u'\n';
}

void YamlWriter::text(int indent, const QString &key, const QString &value)
{
    line(indent, inlineScalar(key) + QLatin1String(": ") + scalar(value, indent));
}

void YamlWriter::open(int indent, const QString &key)
{
    line(indent, inlineScalar(key) + u':');
}

void YamlWriter::comment(int indent, const QString &text)
{
    line(indent, QLatin1String("# ") + text);
}

void YamlWriter::list(int indent, const QString &key, const QStringList &values)
{
    QStringList items;
    for (const QString &value : values) {
        // Flow context: ',', '[', ']', '{', '}' end a plain text, so those are quoted.
        const QString item = inlineScalar(value);
        const bool flowSafe = item.startsWith(u'"') ||
            !(item.contains(u',') || item.contains(u'[') || item.contains(u']') ||
              item.contains(u'{') || item.contains(u'}'));
        items.append(flowSafe ? item : doubleQuoted(value));
    }
    line(indent, inlineScalar(key) + QLatin1String(": [") + items.join(QLatin1String(", ")) + u']');
}

void YamlWriter::json(int indent, const QString &key, const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.isEmpty()) {
            line(indent, inlineScalar(key) + QLatin1String(": {}"));
            return;
        }
        open(indent, key);
        for (auto it = object.begin(); it != object.end(); ++it) {
            json(indent + 2, it.key(), it.value());
        }
        return;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (array.isEmpty()) {
            line(indent, inlineScalar(key) + QLatin1String(": []"));
            return;
        }
        open(indent, key);
        for (const QJsonValue &item : array) {
            if (item.isObject() || item.isArray()) {
                // A nested value under a dash: its keys are one level deeper.
                YamlWriter nested;
                nested.json(0, QStringLiteral("item"), item);
                QStringList lines = nested.result().split(u'\n');
                lines.removeFirst(); // "item:"
                lines.removeLast(); // after the last newline
                line(indent + 2, QLatin1String("-"));
                for (const QString &nestedLine : std::as_const(lines)) {
                    // Empty lines stay empty: they may be inside a literal block.
                    m_out +=
                        nestedLine.isEmpty() ? QString() : indentation(indent + 2) + nestedLine;
                    m_out += u'\n';
                }
            } else {
                line(indent + 2, QLatin1String("- ") + jsonScalar(item, indent + 2, false));
            }
        }
        return;
    }
    line(indent, inlineScalar(key) + QLatin1String(": ") + jsonScalar(value, indent, true));
}

} // namespace pwb
