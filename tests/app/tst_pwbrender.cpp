#include "PwbProcess.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `pwb render` end to end: the real executable on template, data and partial files.
class PwbRenderTest : public QObject
{
    Q_OBJECT

    using Outcome = pwb::test::PwbProcess::Outcome;
    Outcome runPwb(const QStringList &arguments, const QString &workingDirectory = {},
                   const QByteArray &input = {})
    {
        return m_pwb.run(arguments, workingDirectory, input);
    }
    QString writeFile(const QString &name, const QByteArray &content) const
    {
        return m_pwb.writeFile(name, content);
    }

    pwb::test::PwbProcess m_pwb;
    const QTemporaryDir &m_home = m_pwb.home();

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void renderPrintsTheTextExactly()
    {
        const QString templateFile =
            writeFile(u"greeting.mustache"_s,
                      "Hello {{name}}!\n{{#items}}\n- {{.}}\n{{/items}}\n{{n}} <{{tag}}>");
        const QString dataFile =
            writeFile(u"greeting.json"_s,
                      R"({"name": "世界", "items": ["a", "b"], "n": 1.5, "tag": "b & i"})");
        const Outcome outcome = runPwb({u"render"_s, templateFile, u"--data"_s, dataFile});
        QCOMPARE(outcome.exitCode, 0);
        QCOMPARE(outcome.out, u"Hello 世界!\n- a\n- b\n1.5 <b & i>"_s); // no newline added
        QCOMPARE(outcome.err, QString());

        const Outcome html =
            runPwb({u"render"_s, templateFile, u"--data"_s, dataFile, u"--escape"_s, u"html"_s});
        QCOMPARE(html.exitCode, 0);
        QVERIFY2(html.out.endsWith(u"1.5 <b &amp; i>"_s), qPrintable(html.out));
    }

    void renderReadsStdin()
    {
        const QString dataFile = writeFile(u"stdin.json"_s, R"({"v": "<b>"})");
        Outcome outcome =
            runPwb({u"render"_s, u"-"_s, u"--data"_s, dataFile}, {}, "[{{v}}|{{{v}}}]");
        QCOMPARE(outcome.exitCode, 0);
        QCOMPARE(outcome.out, u"[<b>|<b>]"_s);
        // The data from stdin instead; no data at all is an empty object.
        const QString templateFile = writeFile(u"stdin.mustache"_s, "{{#v}}{{v}}{{/v}}!");
        outcome = runPwb({u"render"_s, templateFile, u"--data"_s, u"-"_s}, {}, R"({"v": 3})");
        QCOMPARE(outcome.out, u"3!"_s);
        outcome = runPwb({u"render"_s, templateFile});
        QCOMPARE(outcome.exitCode, 0);
        QCOMPARE(outcome.out, u"!"_s);
    }

    void renderPartialsFromAFolder()
    {
        QDir(m_home.path()).mkpath(u"partials/shared"_s);
        writeFile(u"partials/header.mustache"_s, "# {{title}}\n");
        writeFile(u"partials/shared/sign.txt"_s, "-- {{name}}");
        writeFile(u"secret.mustache"_s, "SECRET");
        const QString templateFile =
            writeFile(u"letter.mustache"_s,
                      "  {{>header}}\nBody\n{{>shared/sign.txt}}{{>nope}}{{>../secret}}");
        const QString dataFile = writeFile(u"letter.json"_s, R"({"title": "Hi", "name": "Ada"})");
        const Outcome outcome = runPwb({u"render"_s, templateFile, u"--data"_s, dataFile,
                                        u"--partials"_s, m_home.filePath(u"partials"_s)});
        QCOMPARE(outcome.exitCode, 0);
        QCOMPARE(outcome.out, u"  # Hi\nBody\n-- Ada"_s);
        QVERIFY2(outcome.err.contains(u"warning: partial \"nope\" renders as nothing"_s),
                 qPrintable(outcome.err));
        QVERIFY2(outcome.err.contains(u"warning: partial \"../secret\" renders as nothing"_s),
                 qPrintable(outcome.err));

        const Outcome without = runPwb({u"render"_s, templateFile, u"--data"_s, dataFile});
        QCOMPARE(without.exitCode, 0);
        QCOMPARE(without.out, u"Body\n"_s);
        QVERIFY2(without.err.contains(u"no --partials folder"_s), qPrintable(without.err));
    }

    void renderReportsTemplateErrorsWithTheirPlace()
    {
        const QString templateFile =
            writeFile(u"broken.mustache"_s, "Hello\n\nAbout {{#items}}\n{{name}}\n");
        Outcome outcome = runPwb({u"render"_s, templateFile});
        QCOMPARE(outcome.exitCode, 1);
        QCOMPARE(outcome.out, QString());
        QCOMPARE(outcome.err, templateFile + u":3:7: section \"items\" is never closed\n"_s);

        outcome = runPwb({u"render"_s, u"-"_s}, {}, "ok\n {{/x}}");
        QCOMPARE(outcome.exitCode, 1);
        QCOMPARE(outcome.err,
                 u"<stdin>:2:2: \"{{/x}}\" closes section \"x\", which is not open\n"_s);

        // An error in a partial names the partial's file.
        QDir(m_home.path()).mkpath(u"broken-partials"_s);
        const QString partial = writeFile(u"broken-partials/p.mustache"_s, "one\n  two {{");
        outcome =
            runPwb({u"render"_s, u"-"_s, u"--partials"_s, m_home.filePath(u"broken-partials"_s)},
                   {}, "{{>p}}");
        QCOMPARE(outcome.exitCode, 1);
        QCOMPARE(outcome.err, partial + u":2:7: tag \"{{\" is never closed: \"}}\" is missing\n"_s);
    }

    void renderUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("message");
        const QString templateFile = writeFile(u"usage.mustache"_s, "{{x}}");
        const QString badJson = writeFile(u"bad.json"_s, "{\n  \"x\": 1,\n  \"y\" 2\n}");
        QTest::newRow("no template")
            << QStringList {u"render"_s} << QByteArray() << u"give one template file"_s;
        QTest::newRow("two templates") << QStringList {u"render"_s, templateFile, templateFile}
                                       << QByteArray() << u"give one template file"_s;
        QTest::newRow("unreadable template")
            << QStringList {u"render"_s, u"/nonexistent/t.mustache"_s} << QByteArray()
            << u"cannot read /nonexistent/t.mustache"_s;
        QTest::newRow("unreadable data")
            << QStringList {u"render"_s, templateFile, u"--data"_s, u"/nonexistent/d.json"_s}
            << QByteArray() << u"cannot read /nonexistent/d.json"_s;
        QTest::newRow("invalid JSON, with its place")
            << QStringList {u"render"_s, templateFile, u"--data"_s, badJson} << QByteArray()
            << badJson + u":3:8: invalid JSON: "_s; // Qt points just past the "2"
        QTest::newRow("invalid JSON from stdin")
            << QStringList {u"render"_s, templateFile, u"--data"_s, u"-"_s} << "[1,"_ba
            << u"<stdin>:1:4: invalid JSON: "_s;
        QTest::newRow("bad escape mode")
            << QStringList {u"render"_s, templateFile, u"--escape"_s, u"xml"_s} << QByteArray()
            << u"--escape must be none or html (got 'xml')"_s;
        QTest::newRow("both from stdin") << QStringList {u"render"_s, u"-"_s, u"--data"_s, u"-"_s}
                                         << QByteArray() << u"cannot both be read from stdin"_s;
        QTest::newRow("no partials folder")
            << QStringList {u"render"_s, templateFile, u"--partials"_s, u"/nonexistent/dir"_s}
            << QByteArray() << u"--partials: /nonexistent/dir is not a folder"_s;
        QTest::newRow("unknown option")
            << QStringList {u"render"_s, u"--bogus"_s} << QByteArray() << u"pwb render: "_s;
    }

    void renderUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        QFETCH(QString, message);
        const Outcome outcome = runPwb(arguments, {}, input);
        QCOMPARE(outcome.exitCode, 2);
        QCOMPARE(outcome.out, QString());
        QVERIFY2(outcome.err.contains(message), qPrintable(outcome.err));
    }

    void renderHelpSaysWherePartialsComeFrom()
    {
        const Outcome outcome = runPwb({u"render"_s, u"--help"_s});
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY2(outcome.out.contains(u"NAME.mustache, else NAME"_s), qPrintable(outcome.out));
        QVERIFY2(outcome.out.contains(u"--escape <MODE>"_s), qPrintable(outcome.out));
    }
};

QTEST_GUILESS_MAIN(PwbRenderTest)
#include "tst_pwbrender.moc"
