#include "prompts/MustacheValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

#include <cmath>

namespace pwb::mustache {

namespace {

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

} // namespace

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

void appendValue(QString &output, const QJsonValue &value, bool htmlEscape)
{
    switch (value.type()) {
    case QJsonValue::String:
        if (htmlEscape) {
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
        if (htmlEscape) {
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

} // namespace pwb::mustache
