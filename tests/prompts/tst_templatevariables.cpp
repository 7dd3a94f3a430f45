#include "prompts/MustacheScanner.h"
#include "prompts/TemplateVariables.h"

#include <QTest>

using namespace Qt::StringLiterals;
using pwb::MustacheTagKind;
using pwb::MustacheTagSpan;
using pwb::TemplateVariable;
using Kind = TemplateVariable::Kind;

Q_DECLARE_METATYPE(QList<TemplateVariable>)
Q_DECLARE_METATYPE(QList<MustacheTagSpan>)

namespace QTest {
template<>
char *toString(const TemplateVariable &variable)
{
    return qstrdup(qPrintable(u"%1 kind %2 [%3]"_s.arg(variable.name)
                                  .arg(int(variable.kind))
                                  .arg(variable.fields.join(u','))));
}
template<>
char *toString(const MustacheTagSpan &span)
{
    return qstrdup(
        qPrintable(u"(%1, %2, kind %3)"_s.arg(span.offset).arg(span.length).arg(int(span.kind))));
}
} // namespace QTest

// What the editor's variables panel and highlighting are given.
class TemplateVariablesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void variables_data()
    {
        QTest::addColumn<QStringList>("templates");
        QTest::addColumn<QList<TemplateVariable>>("expected");
        QTest::newRow("none") << QStringList {u"Just text, {{! and a comment }}"_s}
                              << QList<TemplateVariable> {};
        QTest::newRow("values in first-use order across messages")
            << QStringList {u"You are {{role}}."_s,
                            u"Summarise {{text}} as {{role}}, {{{style}}} "
                            "{{&tone}}"_s}
            << QList<TemplateVariable> {{u"role"_s, Kind::Value, {}},
                                        {u"text"_s, Kind::Value, {}},
                                        {u"style"_s, Kind::Value, {}},
                                        {u"tone"_s, Kind::Value, {}}};
        QTest::newRow("section with its items' fields")
            << QStringList {u"{{#items}}- {{title}} by {{author.name}} ({{.}}){{#tags}}{{.}}{{/"
                            "tags}}{{title}}{{/items}} {{footer}}"_s}
            << QList<TemplateVariable> {
                   {u"items"_s, Kind::Section, {u"title"_s, u"author"_s, u"tags"_s}},
                   {u"footer"_s, Kind::Value, {}}};
        QTest::newRow("inverted only")
            << QStringList {u"{{^premium}}Keep it short.{{/premium}}"_s}
            << QList<TemplateVariable> {{u"premium"_s, Kind::InvertedOnly, {}}};
        QTest::newRow("inverted sections keep the context: names inside are top-level")
            << QStringList {u"{{^items}}Nothing for {{user}}.{{/items}}"_s}
            << QList<TemplateVariable> {{u"items"_s, Kind::InvertedOnly, {}},
                                        {u"user"_s, Kind::Value, {}}};
        QTest::newRow("a section anywhere makes it a section")
            << QStringList {u"{{^notes}}none{{/notes}}{{notes}}"_s,
                            u"{{#notes}}Notes: {{notes}}{{/notes}}"_s}
            << QList<TemplateVariable> {{u"notes"_s, Kind::Section, {u"notes"_s}}};
        QTest::newRow("value after inverted")
            << QStringList {u"{{^a}}x{{/a}} {{a}}"_s}
            << QList<TemplateVariable> {{u"a"_s, Kind::Value, {}}};
        QTest::newRow("dotted names: first part, an object with fields")
            << QStringList {u"{{user.name}} <{{user.email.address}}> {{#user.roles}}{{.}}{{/"
                            "user.roles}}"_s}
            << QList<TemplateVariable> {
                   {u"user"_s, Kind::Section, {u"name"_s, u"email"_s, u"roles"_s}}};
        QTest::newRow("partials, comments and the implicit iterator are left out")
            << QStringList {u"{{>header}}{{! {{nope}} }}{{.}}{{#.}}{{x}}{{/.}}{{y}}"_s}
            << QList<TemplateVariable> {{u"y"_s, Kind::Value, {}}};
        QTest::newRow("set delimiters")
            << QStringList {u"{{=<% %>=}}<%a%> {{b}} <%={{ }}=%>{{c}}"_s}
            << QList<TemplateVariable> {{u"a"_s, Kind::Value, {}}, {u"c"_s, Kind::Value, {}}};
        QTest::newRow("malformed: what can be read still counts")
            << QStringList {u"{{a}} {{/x}} {{#list}}{{item}}"_s, u"{{b}} {{c"_s,
                            u"{{#s}}{{#t}}{{u}}{{/s}}{{v}}"_s}
            << QList<TemplateVariable> {{u"a"_s, Kind::Value, {}},
                                        {u"list"_s, Kind::Section, {u"item"_s}},
                                        {u"b"_s, Kind::Value, {}},
                                        {u"s"_s, Kind::Section, {u"t"_s, u"u"_s}},
                                        {u"v"_s, Kind::Value, {}}};
        QTest::newRow("a section does not continue into the next message")
            << QStringList {u"{{#list}}"_s, u"{{after}}"_s}
            << QList<TemplateVariable> {{u"list"_s, Kind::Section, {}},
                                        {u"after"_s, Kind::Value, {}}};
    }

    void variables()
    {
        QFETCH(QStringList, templates);
        QFETCH(QList<TemplateVariable>, expected);
        QCOMPARE(pwb::templateVariables(templates), expected);
    }

    void tagSpans_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<MustacheTagSpan>>("expected");
        QTest::newRow("no tags") << u"plain { text }"_s << QList<MustacheTagSpan> {};
        QTest::newRow("every kind")
            << u"{{a}}{{{b}}}{{&c}}{{#d}}{{^e}}{{/e}}{{/d}}{{>f}}{{! g }}"_s
            << QList<MustacheTagSpan> {
                   {0, 5, MustacheTagKind::Variable},   {5, 7, MustacheTagKind::Unescaped},
                   {12, 6, MustacheTagKind::Unescaped}, {18, 6, MustacheTagKind::Section},
                   {24, 6, MustacheTagKind::Inverted},  {30, 6, MustacheTagKind::Close},
                   {36, 6, MustacheTagKind::Close},     {42, 6, MustacheTagKind::Partial},
                   {48, 8, MustacheTagKind::Comment}};
        QTest::newRow("padding and a multi-line comment")
            << u"Hi {{ name }}\n{{!\n note\n}}"_s
            << QList<MustacheTagSpan> {{3, 10, MustacheTagKind::Variable},
                                       {14, 12, MustacheTagKind::Comment}};
        QTest::newRow("set delimiters")
            << u"{{=<% %>=}}<%x%>{{y}}<%={{ }}=%>{{z}}"_s
            << QList<MustacheTagSpan> {{0, 11, MustacheTagKind::Delimiters},
                                       {11, 5, MustacheTagKind::Variable},
                                       {21, 11, MustacheTagKind::Delimiters},
                                       {32, 5, MustacheTagKind::Variable}};
        QTest::newRow("unclosed: to the end of the line, then on")
            << u"a {{b c\n{{d}}"_s
            << QList<MustacheTagSpan> {{2, 5, MustacheTagKind::Invalid},
                                       {8, 5, MustacheTagKind::Variable}};
        QTest::newRow("unclosed: up to the next tag")
            << u"{{a {{b}}"_s
            << QList<MustacheTagSpan> {{0, 4, MustacheTagKind::Invalid},
                                       {4, 5, MustacheTagKind::Variable}};
        QTest::newRow("unclosed at the end")
            << u"x {{"_s << QList<MustacheTagSpan> {{2, 2, MustacheTagKind::Invalid}};
        QTest::newRow("invalid names and delimiters")
            << u"{{}}{{a..b}}{{=x=}}{{c}}"_s
            << QList<MustacheTagSpan> {{0, 4, MustacheTagKind::Invalid},
                                       {4, 8, MustacheTagKind::Invalid},
                                       {12, 7, MustacheTagKind::Invalid},
                                       {19, 5, MustacheTagKind::Variable}};
        QTest::newRow("sections need not match here: that is the parser's business")
            << u"{{/x}}{{#y}}"_s
            << QList<MustacheTagSpan> {{0, 6, MustacheTagKind::Close},
                                       {6, 6, MustacheTagKind::Section}};
    }

    void tagSpans()
    {
        QFETCH(QString, text);
        QFETCH(QList<MustacheTagSpan>, expected);
        QCOMPARE(pwb::mustacheTagSpans(text), expected);
    }

    // Highlighting runs on every keystroke: a megabyte is scanned in linear time.
    void megabyteTemplates()
    {
        QString text;
        while (text.size() < 1024 * 1024) {
            text += u"{{ open {{\n"_s;
        }
        const QList<MustacheTagSpan> spans = pwb::mustacheTagSpans(text);
        QCOMPARE(spans.size(), 2 * (text.size() / 11));
        for (const MustacheTagSpan &span : spans) {
            QCOMPARE(span.kind, MustacheTagKind::Invalid);
        }
        QCOMPARE(pwb::templateVariables({text}).size(), 0);

        // And a megabyte of distinct names inside one section.
        QString section = u"{{#s}}"_s;
        int names = 0;
        while (section.size() < 1024 * 1024) {
            section += u"{{f%1}}{{f%1}}"_s.arg(names++);
        }
        const QList<TemplateVariable> variables = pwb::templateVariables({section + u"{{/s}}"_s});
        QCOMPARE(variables.size(), 1);
        QCOMPARE(variables.first().fields.size(), names);
        QCOMPARE(variables.first().fields.last(), u"f%1"_s.arg(names - 1));
    }
};

QTEST_GUILESS_MAIN(TemplateVariablesTest)
#include "tst_templatevariables.moc"
