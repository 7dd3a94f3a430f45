#include "prompts/TemplateVariables.h"

#include "prompts/MustacheScanner.h"

#include <QHash>
#include <QSet>

namespace pwb {

namespace {

QStringView firstPart(QStringView name)
{
    const qsizetype dot = name.indexOf(u'.');
    return dot < 0 ? name : name.first(dot);
}

class Collector
{
public:
    void scan(QStringView text);
    QList<TemplateVariable> variables;

private:
    qsizetype variable(QStringView name);
    void addField(qsizetype variable, QStringView field);
    void use(MustacheTagKind kind, QStringView name);

    QHash<QString, qsizetype> m_index;
    QList<QSet<QString>> m_fields; // per variable, for linear time on huge templates
    // The sections open at this point of the text; only normal sections change the context.
    struct Open
    {
        QStringView name;
        bool inverted;
    };
    QList<Open> m_open;
    qsizetype m_contextDepth = 0; // open normal sections
    qsizetype m_outerSection = -1; // in `variables`: the outermost open normal section
};

qsizetype Collector::variable(QStringView name)
{
    const QString key = name.toString();
    auto found = m_index.constFind(key);
    if (found == m_index.constEnd()) {
        found = m_index.insert(key, variables.size());
        variables.append({key, TemplateVariable::Kind::InvertedOnly, {}});
        m_fields.append(QSet<QString>());
    }
    return *found;
}

void Collector::addField(qsizetype variable, QStringView field)
{
    const QString name = field.toString();
    if (!m_fields[variable].contains(name)) {
        m_fields[variable].insert(name);
        variables[variable].fields.append(name);
    }
}

void Collector::use(MustacheTagKind kind, QStringView name)
{
    const QStringView first = firstPart(name);
    if (m_contextDepth > 0) {
        // Inside {{#.}} at the top the items are the data itself: no variable to give fields.
        if (m_outerSection >= 0) {
            addField(m_outerSection, first);
        }
        return;
    }
    const qsizetype index = variable(first);
    const bool dotted = first.size() < name.size();
    if (dotted) {
        addField(index, firstPart(name.sliced(first.size() + 1)));
    }
    TemplateVariable &used = variables[index];
    if (kind == MustacheTagKind::Section || dotted) {
        used.kind = TemplateVariable::Kind::Section;
    } else if (kind != MustacheTagKind::Inverted &&
               used.kind == TemplateVariable::Kind::InvertedOnly) {
        used.kind = TemplateVariable::Kind::Value;
    }
}

void Collector::scan(QStringView text)
{
    m_open.clear();
    m_contextDepth = 0;
    MustacheScanner scanner(text);
    while (const std::optional<MustacheTag> tag = scanner.next()) {
        switch (tag->kind) {
        case MustacheTagKind::Variable:
        case MustacheTagKind::Unescaped:
            if (tag->name != u".") {
                use(tag->kind, tag->name);
            }
            break;
        case MustacheTagKind::Section:
        case MustacheTagKind::Inverted: {
            const bool inverted = tag->kind == MustacheTagKind::Inverted;
            const bool implicit = tag->name == u".";
            if (!implicit) {
                use(tag->kind, tag->name);
            }
            if (!inverted && m_contextDepth++ == 0) {
                m_outerSection = implicit ? -1 : m_index.value(firstPart(tag->name).toString());
            }
            m_open.append({tag->name, inverted});
            break;
        }
        case MustacheTagKind::Close:
            // A close without its open section is ignored; one that skips open sections closes
            // them too, as a reader would guess was meant.
            for (qsizetype i = m_open.size() - 1; i >= 0; --i) {
                if (m_open.at(i).name == tag->name) {
                    while (m_open.size() > i) {
                        m_contextDepth -= m_open.takeLast().inverted ? 0 : 1;
                    }
                    break;
                }
            }
            break;
        case MustacheTagKind::Partial:
        case MustacheTagKind::Comment:
        case MustacheTagKind::Delimiters:
        case MustacheTagKind::Invalid:
            break;
        }
    }
}

} // namespace

QList<TemplateVariable> templateVariables(const QStringList &templates)
{
    Collector collector;
    for (const QString &text : templates) {
        collector.scan(text);
    }
    return collector.variables;
}

} // namespace pwb
