#include "compare/CompareColumnSpec.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

// A column's parameter overrides as typed (name=value pairs), how they lay over a prompt's
// parameters, its label, and the versions × models grid.
class CompareColumnSpecTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesOverrides_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QJsonObject>("expected");
        QTest::newRow("empty") << u""_s << QJsonObject();
        QTest::newRow("spaces") << u"temperature=0.2 max_tokens=300"_s
                                << QJsonObject {{u"temperature"_s, 0.2}, {u"max_tokens"_s, 300}};
        QTest::newRow("commas and blanks")
            << u" temperature = 0.5 ,top_p=0.9,"_s
            << QJsonObject {{u"temperature"_s, 0.5}, {u"top_p"_s, 0.9}};
        QTest::newRow("list with a comma and a space inside")
            << u"stop=[\"a, b\", \"END\"] seed=7"_s
            << QJsonObject {{u"stop"_s, QJsonArray {u"a, b"_s, u"END"_s}}, {u"seed"_s, 7}};
        QTest::newRow("plain text value") << u"response_format=json_object"_s
                                          << QJsonObject {{u"response_format"_s, u"json_object"_s}};
        QTest::newRow("null unsets")
            << u"temperature=null"_s << QJsonObject {{u"temperature"_s, QJsonValue::Null}};
    }
    void parsesOverrides()
    {
        QFETCH(QString, text);
        QFETCH(QJsonObject, expected);
        const pwb::Result<QJsonObject> parsed = pwb::CompareColumnSpec::parseOverrides(text);
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error()));
        QCOMPARE(parsed.value(), expected);
        // What is shown for them parses back to the same.
        const QString shown = pwb::CompareColumnSpec::formatOverrides(parsed.value());
        QCOMPARE(pwb::CompareColumnSpec::parseOverrides(shown).value(), expected);
    }

    void namesBadOverrides_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("named");
        QTest::newRow("no equals sign") << u"temperature 0.2"_s << u"\"temperature\""_s;
        QTest::newRow("unknown key") << u"temprature=0.2"_s << u"temprature"_s;
        QTest::newRow("out of range") << u"temperature=7"_s << u"temperature"_s;
        QTest::newRow("not a whole number") << u"max_tokens=1.5"_s << u"max_tokens"_s;
    }
    void namesBadOverrides()
    {
        QFETCH(QString, text);
        QFETCH(QString, named);
        const pwb::Result<QJsonObject> parsed = pwb::CompareColumnSpec::parseOverrides(text);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().contains(named), qPrintable(parsed.error()));
    }

    void laysOverridesOverThePrompt()
    {
        pwb::PromptContent base;
        base.providerId = u"openai"_s;
        base.model = u"gpt-4o"_s;
        base.parameters = QJsonObject {{u"temperature"_s, 1.0}, {u"seed"_s, 3}};
        pwb::CompareColumnSpec spec;
        spec.model = u"gpt-4o-mini"_s;
        spec.parameterOverrides = QJsonObject {
            {u"temperature"_s, 0.2}, {u"seed"_s, QJsonValue::Null}, {u"max_tokens"_s, 10}};
        const pwb::PromptContent sent = spec.applyTo(base);
        QCOMPARE(sent.providerId, u"openai"_s); // not chosen: the prompt's own
        QCOMPARE(sent.model, u"gpt-4o-mini"_s);
        QCOMPARE(sent.parameters, (QJsonObject {{u"temperature"_s, 0.2}, {u"max_tokens"_s, 10}}));
        QCOMPARE(sent.messagesJson(), base.messagesJson());
    }

    void labels()
    {
        pwb::CompareColumnSpec spec;
        spec.model = u"m"_s;
        QCOMPARE(spec.label(), u"editor · m"_s);
        spec.promptVersionId = 12;
        spec.versionNumber = 3;
        spec.parameterOverrides = QJsonObject {{u"temperature"_s, 0.2}};
        QCOMPARE(spec.label(), u"v3 · m · temperature=0.2"_s);
    }

    void gridIsVersionsTimesModels()
    {
        pwb::CompareColumnSpec v1;
        v1.promptVersionId = 1;
        v1.versionNumber = 1;
        pwb::CompareColumnSpec editor;
        pwb::CompareColumnSpec a;
        a.providerId = u"p"_s;
        a.model = u"a"_s;
        pwb::CompareColumnSpec b = a;
        b.model = u"b"_s;
        pwb::CompareColumnSpec c = a;
        c.model = u"c"_s;
        c.parameterOverrides = QJsonObject {{u"seed"_s, 1}};
        const QList<pwb::CompareColumnSpec> cells =
            pwb::CompareColumnSpec::grid({v1, editor}, {a, b, c});
        QCOMPARE(cells.size(), 6);
        QCOMPARE(cells.at(0).promptVersionId, std::optional<qint64>(1));
        QCOMPARE(cells.at(0).model, u"a"_s);
        QCOMPARE(cells.at(2).parameterOverrides, c.parameterOverrides);
        QCOMPARE(cells.at(3).promptVersionId, std::nullopt);
        QCOMPARE(cells.at(5).model, u"c"_s);
    }
};

QTEST_GUILESS_MAIN(CompareColumnSpecTest)
#include "tst_comparecolumnspec.moc"
