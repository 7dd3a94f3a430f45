#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace pwb {

// Block-style YAML, written by hand so that people can read it in a diff: multi-line texts as
// literal blocks (`|`), short texts plain when YAML reads them back as the same text, anything
// else double-quoted with escapes. Every text round-trips exactly through yaml-cpp; each choice
// of style is checked by parsing it back.
class YamlWriter
{
public:
    // `key: text` (a text never becomes a number, boolean or null).
    void text(int indent, const QString &key, const QString &value);
    // `key: value` for any JSON value; objects and arrays as nested blocks.
    void json(int indent, const QString &key, const QJsonValue &value);
    // `key: [a, b]` in flow style (texts quoted when needed).
    void list(int indent, const QString &key, const QStringList &values);
    // `key:` opening a nested mapping.
    void open(int indent, const QString &key);
    void comment(int indent, const QString &text);

    QString result() const { return m_out; }

    // The scalar as it follows `key: ` at `indent` (a block scalar spans the following lines).
    static QString scalar(const QString &value, int indent);
    // The scalar on one line: plain when that reads back the same, else double-quoted.
    static QString inlineScalar(const QString &value);

private:
    void line(int indent, const QString &text);
    QString m_out;
};

} // namespace pwb
