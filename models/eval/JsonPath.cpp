#include "eval/JsonPath.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pwb {

namespace {

bool isNameCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'-';
}

bool isPlainName(const QString &key)
{
    if (key.isEmpty() || key.front().isDigit() || key.front() == u'-') {
        return false;
    }
    for (const QChar c : key) {
        if (!isNameCharacter(c)) {
            return false;
        }
    }
    return true;
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return JsonPath::tr("null");
    case QJsonValue::Bool:
        return JsonPath::tr("a boolean");
    case QJsonValue::Double:
        return JsonPath::tr("a number");
    case QJsonValue::String:
        return JsonPath::tr("a string");
    case QJsonValue::Array:
        return JsonPath::tr("an array");
    case QJsonValue::Object:
        return JsonPath::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return JsonPath::tr("nothing");
}

} // namespace

Result<JsonPath> JsonPath::parse(const QString &text)
{
    auto failure = [](qsizetype at, const QString &why) {
        return Result<JsonPath>::failure(tr("at character %1: %2").arg(at + 1).arg(why));
    };
    if (!text.startsWith(u'$')) {
        return failure(0, tr("a path starts with $"));
    }
    JsonPath path;
    qsizetype at = 1;
    while (at < text.size()) {
        const QChar c = text.at(at);
        if (c == u'.') {
            if (text.mid(at, 2) == u".." || text.mid(at, 2) == u".*") {
                return failure(at,
                               tr("wildcards and .. are not supported (one value is "
                                  "compared)"));
            }
            const qsizetype start = ++at;
            while (at < text.size() && isNameCharacter(text.at(at))) {
                ++at;
            }
            if (at == start) {
                return failure(start, tr("expected a name after \".\""));
            }
            path.m_steps.append({text.mid(start, at - start), std::nullopt});
        } else if (c == u'[') {
            ++at;
            if (at < text.size() && (text.at(at) == u'\'' || text.at(at) == u'"')) {
                const QChar quote = text.at(at++);
                QString key;
                while (at < text.size() && text.at(at) != quote) {
                    if (text.at(at) == u'\\' && at + 1 < text.size()) {
                        ++at;
                    }
                    key.append(text.at(at++));
                }
                if (at >= text.size()) {
                    return failure(at, tr("the quoted name is not closed"));
                }
                ++at; // the closing quote
                path.m_steps.append({key, std::nullopt});
            } else {
                const qsizetype start = at;
                if (at < text.size() && text.at(at) == u'-') {
                    ++at;
                }
                while (at < text.size() && text.at(at).isDigit()) {
                    ++at;
                }
                bool ok = false;
                const qsizetype index = text.mid(start, at - start).toLongLong(&ok);
                if (!ok) {
                    return failure(start, tr("expected an index or a quoted name after \"[\""));
                }
                path.m_steps.append({QString(), index});
            }
            if (at >= text.size() || text.at(at) != u']') {
                return failure(at, tr("expected \"]\""));
            }
            ++at;
        } else {
            return failure(at, tr("expected \".\" or \"[\", found \"%1\"").arg(c));
        }
    }
    return path;
}

Result<QJsonValue> JsonPath::find(const QJsonValue &document) const
{
    QJsonValue current = document;
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        const Step &step = m_steps.at(i);
        const QString where = describe(i);
        if (step.index) {
            if (!current.isArray()) {
                return Result<QJsonValue>::failure(
                    tr("%1 is %2, not an array").arg(where, typeName(current)));
            }
            const QJsonArray array = current.toArray();
            const qsizetype index = *step.index < 0 ? array.size() + *step.index : *step.index;
            if (index < 0 || index >= array.size()) {
                return Result<QJsonValue>::failure(tr("%1 has no element [%2] (its length is %3)")
                                                       .arg(where)
                                                       .arg(*step.index)
                                                       .arg(array.size()));
            }
            current = array.at(index);
        } else {
            if (!current.isObject()) {
                return Result<QJsonValue>::failure(
                    tr("%1 is %2, not an object").arg(where, typeName(current)));
            }
            const QJsonObject object = current.toObject();
            const auto found = object.constFind(step.key);
            if (found == object.constEnd()) {
                return Result<QJsonValue>::failure(tr("%1 has no key \"%2\"").arg(where, step.key));
            }
            current = found.value();
        }
    }
    return current;
}

QString JsonPath::describe(qsizetype stepCount) const
{
    QString text = QStringLiteral("$");
    for (qsizetype i = 0; i < stepCount; ++i) {
        const Step &step = m_steps.at(i);
        if (step.index) {
            text += u'[' + QString::number(*step.index) + u']';
        } else if (isPlainName(step.key)) {
            text += u'.' + step.key;
        } else {
            QString escaped = step.key;
            escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
            text += QStringLiteral("['") + escaped + QStringLiteral("']");
        }
    }
    return text;
}

} // namespace pwb
