#pragma once

#include "export/ReadLog.h"

#include <QJsonValue>
#include <QSet>

#include <optional>
#include <yaml-cpp/yaml.h>

namespace pwb {

// yaml-cpp for the readers of prompt files: loading with errors at lines of the file (the YAML
// may start further down), and a mapping's keys read one by one, so that the keys nobody asked
// for can be reported.
class YamlReader
{
    Q_DECLARE_TR_FUNCTIONS(pwb::YamlReader)

public:
    YamlReader(ReadLog &log, int firstLine)
        : m_log(log)
        , m_firstLine(firstLine)
    { }

    // The document's top-level mapping; nothing (and an error logged) when it is not one.
    std::optional<YAML::Node> load(const QString &yaml);

    int line(const YAML::Node &node) const;
    int column(const YAML::Node &node) const;
    ReadLog &log() const { return m_log; }

    void error(const YAML::Node &node, const QString &field, const QString &message) const;
    void warning(const YAML::Node &node, const QString &field, const QString &message) const;

    // A scalar as text: whatever was written, quoted or not.
    static QString text(const YAML::Node &node);
    // Plain scalars are typed as YAML 1.2's core schema types them; quoted ones are texts.
    static QJsonValue toJson(const YAML::Node &node);
    // A version number as written: digits only, from 1 (Prompty's "1.0" is not one).
    static std::optional<int> versionNumber(const YAML::Node &node);

private:
    ReadLog &m_log;
    int m_firstLine;
};

// The keys of one mapping, taken by name; what is left is unknown.
class YamlMap
{
    Q_DECLARE_TR_FUNCTIONS(pwb::YamlMap)

public:
    // `path` names the mapping in messages ("model.parameters"); empty for the top level.
    YamlMap(const YamlReader &reader, const YAML::Node &map, const QString &path);

    bool has(const QString &key) const;
    // The value of `key`, or an undefined node.
    YAML::Node take(const QString &key);
    // The key itself (for messages about the key rather than its value); undefined if absent.
    YAML::Node keyNode(const QString &key) const;
    std::optional<QString> text(const QString &key);
    // A list of texts (a single text is taken as a list of one).
    QStringList texts(const QString &key);
    // A mapping, or nothing (an error logged when present but not a mapping).
    std::optional<YAML::Node> map(const QString &key);
    QString field(const QString &key) const;
    QStringList keys() const;
    // A warning for each key not taken, naming where to find what is known.
    void reportUnknown(const QString &known);
    const YamlReader &reader() const { return m_reader; }

private:
    const YamlReader &m_reader;
    QString m_path;
    QList<std::pair<YAML::Node, YAML::Node>> m_entries;
    QSet<QString> m_taken;
};

} // namespace pwb
