#include "export/YamlReader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace pwb {

std::optional<YAML::Node> YamlReader::load(const QString &yaml)
{
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception &exception) {
        m_log.error(exception.mark.line >= 0 ? exception.mark.line + m_firstLine : 0,
                    exception.mark.column >= 0 ? exception.mark.column + 1 : 0, {},
                    tr("YAML: %1").arg(QString::fromStdString(exception.msg)));
        return std::nullopt;
    }
    if (root.IsNull()) {
        return YAML::Node(YAML::NodeType::Map);
    }
    if (!root.IsMap()) {
        m_log.error(line(root), column(root), {},
                    tr("the front matter is YAML keys and values (name: …)"));
        return std::nullopt;
    }
    return root;
}

int YamlReader::line(const YAML::Node &node) const
{
    return node.Mark().line >= 0 ? node.Mark().line + m_firstLine : 0;
}

int YamlReader::column(const YAML::Node &node) const
{
    return node.Mark().column >= 0 ? node.Mark().column + 1 : 0;
}

void YamlReader::error(const YAML::Node &node, const QString &field, const QString &message) const
{
    m_log.error(line(node), column(node), field, message);
}

void YamlReader::warning(const YAML::Node &node, const QString &field, const QString &message) const
{
    m_log.warning(line(node), column(node), field, message);
}

QString YamlReader::text(const YAML::Node &node)
{
    return node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

QJsonValue YamlReader::toJson(const YAML::Node &node)
{
    if (node.IsMap()) {
        QJsonObject object;
        for (auto it = node.begin(); it != node.end(); ++it) {
            object.insert(text(it->first), toJson(it->second));
        }
        return object;
    }
    if (node.IsSequence()) {
        QJsonArray array;
        for (auto it = node.begin(); it != node.end(); ++it) {
            array.append(toJson(*it));
        }
        return array;
    }
    if (!node.IsScalar()) {
        return QJsonValue::Null;
    }
    const QString value = text(node);
    if (node.Tag() != "?") {
        return value; // quoted or a block: a text whatever it looks like
    }
    static const QRegularExpression null(QStringLiteral("^(~|null|Null|NULL|)$"));
    static const QRegularExpression boolean(QStringLiteral("^(true|True|TRUE|false|False|FALSE)$"));
    static const QRegularExpression integer(QStringLiteral("^[-+]?[0-9]+$"));
    static const QRegularExpression real(
        QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
    if (null.match(value).hasMatch()) {
        return QJsonValue::Null;
    }
    if (boolean.match(value).hasMatch()) {
        return value.front().toLower() == u't';
    }
    if (integer.match(value).hasMatch()) {
        bool ok = false;
        const qint64 number = value.toLongLong(&ok);
        if (ok) {
            return number;
        }
    }
    if (real.match(value).hasMatch()) {
        return value.toDouble();
    }
    return value;
}

std::optional<int> YamlReader::versionNumber(const YAML::Node &node)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,9}$"));
    const QString value = text(node);
    if (!node.IsScalar() || !digits.match(value).hasMatch() || value.toInt() < 1) {
        return std::nullopt;
    }
    return value.toInt();
}

YamlMap::YamlMap(const YamlReader &reader, const YAML::Node &map, const QString &path)
    : m_reader(reader)
    , m_path(path)
{
    if (map.IsMap()) {
        for (auto it = map.begin(); it != map.end(); ++it) {
            m_entries.append({it->first, it->second});
        }
    }
}

QString YamlMap::field(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + u'.' + key;
}

bool YamlMap::has(const QString &key) const
{
    for (const auto &[name, value] : m_entries) {
        if (YamlReader::text(name) == key) {
            return true;
        }
    }
    return false;
}

QStringList YamlMap::keys() const
{
    QStringList names;
    for (const auto &[name, value] : m_entries) {
        names.append(YamlReader::text(name));
    }
    return names;
}

YAML::Node YamlMap::take(const QString &key)
{
    m_taken.insert(key);
    for (const auto &[name, value] : m_entries) {
        if (YamlReader::text(name) == key) {
            return value;
        }
    }
    return YAML::Node(YAML::NodeType::Undefined);
}

YAML::Node YamlMap::keyNode(const QString &key) const
{
    for (const auto &[name, value] : m_entries) {
        if (YamlReader::text(name) == key) {
            return name;
        }
    }
    return YAML::Node(YAML::NodeType::Undefined);
}

std::optional<QString> YamlMap::text(const QString &key)
{
    const YAML::Node value = take(key);
    if (!value.IsDefined() || value.IsNull()) {
        return std::nullopt;
    }
    if (!value.IsScalar()) {
        m_reader.error(value, field(key), tr("a text was expected here"));
        return std::nullopt;
    }
    return YamlReader::text(value);
}

QStringList YamlMap::texts(const QString &key)
{
    const YAML::Node value = take(key);
    if (!value.IsDefined() || value.IsNull()) {
        return {};
    }
    if (value.IsScalar()) {
        return {YamlReader::text(value)};
    }
    QStringList result;
    if (value.IsSequence()) {
        for (auto it = value.begin(); it != value.end(); ++it) {
            if (it->IsScalar()) {
                result.append(YamlReader::text(*it));
            } else {
                m_reader.error(*it, field(key), tr("each item is a text"));
            }
        }
        return result;
    }
    m_reader.error(value, field(key), tr("a list of texts was expected here ([a, b])"));
    return {};
}

std::optional<YAML::Node> YamlMap::map(const QString &key)
{
    const YAML::Node value = take(key);
    if (!value.IsDefined() || value.IsNull()) {
        return std::nullopt;
    }
    if (!value.IsMap()) {
        m_reader.error(value, field(key), tr("keys and values were expected here"));
        return std::nullopt;
    }
    return value;
}

void YamlMap::reportUnknown(const QString &known)
{
    for (const auto &[name, value] : m_entries) {
        const QString key = YamlReader::text(name);
        if (!m_taken.contains(key)) {
            m_reader.warning(
                name, field(key),
                tr("not a key Prompt Workbench knows; ignored (known: %1)").arg(known));
        }
    }
}

} // namespace pwb
