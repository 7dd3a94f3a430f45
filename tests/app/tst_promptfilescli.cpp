#include "PwbProcess.h"
#include "export/PromptFile.h"
#include "export/PromptFolderTransfer.h"
#include "storage/Database.h"
#include "storage/PromptRepository.h"

#include <QDir>
#include <QSqlQuery>
#include <QTest>

using namespace pwb;
using namespace Qt::StringLiterals;

// `pwb export prompts` and `pwb import prompts` as a script uses them: the real executable, real
// workspaces, files in a temporary directory; exit statuses and what is printed.
class PromptFilesCliTest : public QObject
{
    Q_OBJECT

    test::PwbProcess m_pwb;
    QString m_workspace;

    qint64 count(const QString &workspace, const QString &table) const
    {
        QString error;
        auto db = Database::open(workspace, error);
        QSqlQuery query(db->connection());
        query.exec(u"SELECT count(*) FROM "_s + table);
        query.next();
        return query.value(0).toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_workspace = m_pwb.home().filePath(u"a.sqlite"_s);
        QString error;
        auto db = Database::open(m_workspace, error);
        QVERIFY2(db, qPrintable(error));
        PromptRepository prompts(*db);
        const qint64 folder = prompts.createFolder(u"Support"_s).value();
        const qint64 id = prompts.createPrompt(u"Reply"_s, folder, u"Answers mail"_s).value();
        PromptContent content;
        content.messages = {{ChatMessage::Role::System, u"Be kind."_s},
                            {ChatMessage::Role::User, u"{{question}}"_s}};
        content.variables = {{u"question"_s, u"Why?"_s, {}}};
        content.model = u"gpt-4o"_s;
        const auto v1 = prompts.saveVersion(id, content).value();
        QVERIFY(prompts.setLabel(id, u"production"_s, v1.version.id));
        content.messages[0].content = u"Be kind and brief."_s;
        prompts.saveVersion(id, content).value();
    }

    void exportsOneVersion_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("expected");
        QTest::newRow("newest, prompty") << u"Reply"_s << u"prompty"_s << u"Be kind and brief."_s;
        QTest::newRow("label, json") << u"Reply:production"_s << u"json"_s << u"\"Be kind.\""_s;
        QTest::newRow("number, md") << u"Reply@1"_s << u"md"_s << u"\nBe kind.\n"_s;
    }
    void exportsOneVersion()
    {
        QFETCH(QString, reference);
        QFETCH(QString, format);
        QFETCH(QString, expected);
        const auto result = m_pwb.run({u"export"_s, u"prompts"_s, u"--workspace"_s, m_workspace,
                                       u"--prompt"_s, reference, u"--format"_s, format});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(expected), qPrintable(result.out));
        // What is printed is a prompt file that reads back.
        const auto read = PromptFiles::read(result.out.toUtf8(), u"x."_s + format);
        QVERIFY(read);
        QCOMPARE(read.value().file.folderPath, u"Support"_s);
    }

    void exportsToAFileByItsExtension()
    {
        const QString path = m_pwb.home().filePath(u"reply.prompty"_s);
        const auto result = m_pwb.run({u"export"_s, u"prompts"_s, u"--workspace"_s, m_workspace,
                                       u"--prompt"_s, u"Reply"_s, u"--output"_s, path});
        QCOMPARE(result.exitCode, 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("template: mustache"));
    }

    void libraryThroughFilesIntoAnotherWorkspace()
    {
        const QString directory = m_pwb.home().filePath(u"library"_s);
        auto result = m_pwb.run({u"export"_s, u"prompts"_s, u"--workspace"_s, m_workspace,
                                 u"--all"_s, u"--output"_s, directory});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(u"1 prompt exported"_s), qPrintable(result.out));
        QVERIFY(QFile::exists(directory + u"/Support/Reply.md"_s));

        const QString other = m_pwb.home().filePath(u"b.sqlite"_s);
        result = m_pwb.run(
            {u"import"_s, u"prompts"_s, u"--workspace"_s, other, u"--dry-run"_s, directory});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(u"created\tSupport/Reply\tv1\t"_s), qPrintable(result.out));
        QVERIFY(result.out.contains(u"dry run: nothing was saved"_s));
        QCOMPARE(count(other, u"prompts"_s), 0);

        result = m_pwb.run({u"import"_s, u"prompts"_s, u"--workspace"_s, other, directory});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(u"created\tSupport/Reply\tv1\t"_s), qPrintable(result.out));
        result = m_pwb.run({u"import"_s, u"prompts"_s, u"--workspace"_s, other, directory});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(u"unchanged\tSupport/Reply\tv1\t"_s), qPrintable(result.out));
        QCOMPARE(count(other, u"prompt_versions"_s), 1);
    }

    void badInputExitsTwoAndImportsNothing()
    {
        const QString good =
            m_pwb.writeFile(u"good.md"_s, "---\nname: Good\n---\n\n## user\n\n```\nhello\n```\n");
        const QString bad = m_pwb.writeFile(
            u"bad.prompty"_s, "---\nname: Bad\n---\nuser:\n{{ name | upper }}\n{% if x %}\n");
        const qint64 before = count(m_workspace, u"prompt_versions"_s);
        const auto result =
            m_pwb.run({u"import"_s, u"prompts"_s, u"--workspace"_s, m_workspace, good, bad});
        QCOMPARE(result.exitCode, 2);
        const QString path = QDir::toNativeSeparators(bad);
        QVERIFY2(result.err.contains(path + u":5:1: unsupported Jinja filter"_s),
                 qPrintable(result.err));
        QVERIFY2(result.err.contains(path + u":6:1: unsupported Jinja control flow"_s),
                 qPrintable(result.err));
        QVERIFY(result.err.contains(u"nothing was imported"_s));
        QCOMPARE(count(m_workspace, u"prompt_versions"_s), before);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nothing chosen")
            << QStringList {u"export"_s, u"prompts"_s} << u"say what to export"_s;
        QTest::newRow("unknown prompt")
            << QStringList {u"export"_s, u"prompts"_s, u"--prompt"_s, u"Nope"_s}
            << u"No prompt is named \"Nope\""_s;
        QTest::newRow("bad format")
            << QStringList {u"export"_s, u"prompts"_s, u"--all"_s, u"--format"_s, u"yaml"_s}
            << u"--format 'yaml'"_s;
        QTest::newRow("folder without output")
            << QStringList {u"export"_s, u"prompts"_s, u"--folder"_s, u"Support"_s}
            << u"--output DIR"_s;
        QTest::newRow("no files") << QStringList {u"import"_s, u"prompts"_s}
                                  << u"name the files or directories"_s;
        QTest::newRow("missing file") << QStringList {u"import"_s, u"prompts"_s, u"/no/such.md"_s}
                                      << u"/no/such.md: there is no such file"_s;
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        arguments << u"--workspace"_s << m_workspace;
        const auto result = m_pwb.run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(expected), qPrintable(result.err));
    }
};

QTEST_GUILESS_MAIN(PromptFilesCliTest)
#include "tst_promptfilescli.moc"
