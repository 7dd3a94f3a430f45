#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pwb {

// A name a prompt's templates look up at the top level, for the editor's variables panel.
struct TemplateVariable
{
    enum class Kind : quint8 {
        Value, // {{name}}: a text or number
        Section, // {{#name}} or {{name.field}}: a list or an object (or a flag)
        InvertedOnly, // only {{^name}}: a flag whose absence matters
    };
    QString name;
    Kind kind = Kind::Value;
    // Section: the names used inside it, at any depth, first part only, in first-use order;
    // the fields its items are likely to have. Dotted names add the part after the first.
    QStringList fields;

    bool operator==(const TemplateVariable &) const = default;
};

// The top-level variables of templates (a prompt's messages, in order), in first-use order.
// Partials, comments and "." are left out; a dotted name counts as its first part. Inverted
// sections do not change the context, so names inside one are top-level too. Malformed
// templates still give what can be read from them: the panel stays useful while typing.
QList<TemplateVariable> templateVariables(const QStringList &templates);

} // namespace pwb
