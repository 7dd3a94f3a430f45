#include "export/PromptFolderTransfer.h"
#include "storage/Database.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pwb;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(pwb::PromptFileFormat)

namespace {

std::unique_ptr<Database> openDatabase(const QString &path)
{
    QString error;
    auto db = Database::open(path, error);
    if (!db) {
        qFatal("%s", qPrintable(error));
    }
    return db;
}

// Every row a prompt import may write, table by table: an import that fails leaves these as
// they were.
QMap<QString, qint64> rowCounts(Database &db)
{
    QMap<QString, qint64> counts;
    for (const QString &table : {u"folders"_s, u"prompts"_s, u"prompt_versions"_s, u"prompt_tags"_s,
                                 u"labels"_s, u"label_moves"_s}) {
        QSqlQuery query(db.connection());
        query.exec(u"SELECT count(*) FROM "_s + table);
        query.next();
        counts.insert(table, query.value(0).toLongLong());
    }
    return counts;
}

QMap<QString, QByteArray> filesUnder(const QString &directory)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(directory, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        files.insert(QDir(directory).relativeFilePath(path), file.readAll());
    }
    return files;
}

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
}

PromptContent content(const QString &system, const QString &model)
{
    PromptContent result;
    result.messages = {{ChatMessage::Role::System, system},
                       {ChatMessage::Role::User, u"{{question}}"_s}};
    result.variables = {{u"question"_s, u"Why?"_s, u"What the user asks"_s}};
    result.providerId = u"openai"_s;
    result.model = model;
    result.parameters = {{u"temperature"_s, 0.5}};
    return result;
}

} // namespace

class PromptFolderTransferTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PromptRepository> m_prompts;

    // A library: two levels of folders, a prompt at the top, tags, labels, two prompts whose
    // names make the same file name, and a prompt with two versions (the newest is exported).
    void fillLibrary()
    {
        const qint64 support = m_prompts->createFolder(u"Support"_s).value();
        const qint64 email = m_prompts->createFolder(u"Email"_s, support).value();
        const qint64 reply = m_prompts->createPrompt(u"Reply"_s, email, u"Answers mail"_s).value();
        m_prompts->saveVersion(reply, content(u"Be kind."_s, u"gpt-4o"_s)).value();
        const auto v2 =
            m_prompts->saveVersion(reply, content(u"Be kind and brief."_s, u"gpt-4o"_s), u"n"_s)
                .value();
        QVERIFY(m_prompts->setTags(reply, {u"email"_s, u"support"_s}));
        QVERIFY(m_prompts->setLabel(reply, u"production"_s, v2.version.id));
        const qint64 top = m_prompts->createPrompt(u"Top: level?"_s).value();
        m_prompts->saveVersion(top, content(u"Top.\n\n## user\n```"_s, u"m"_s)).value();
        const qint64 same = m_prompts->createPrompt(u"Top- level-"_s).value();
        m_prompts->saveVersion(same, content(u"Same file name."_s, u"m"_s)).value();
        const qint64 empty = m_prompts->createPrompt(u"No versions yet"_s).value();
        Q_UNUSED(empty);
    }

private Q_SLOTS:
    void init()
    {
        m_prompts.reset();
        m_db.reset();
        QFile::remove(m_dir.filePath(u"a.sqlite"_s));
        m_db = openDatabase(m_dir.filePath(u"a.sqlite"_s));
        m_prompts = std::make_unique<PromptRepository>(*m_db);
        fillLibrary();
    }
    void cleanup()
    {
        m_prompts.reset();
        m_db.reset();
    }

    void safeFileNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"Reply to mail"_s << u"Reply to mail"_s;
        QTest::newRow("separators") << u"a/b\\c:d"_s << u"a-b-c-d"_s;
        QTest::newRow("dots") << u"..hidden."_s << u"hidden"_s;
        QTest::newRow("reserved") << u"con"_s << u"con-"_s;
        QTest::newRow("empty") << u"???"_s << u"---"_s;
        QTest::newRow("only dots") << u"..."_s << u"prompt"_s;
        QTest::newRow("unicode") << u"Résumé 日本"_s << u"Résumé 日本"_s;
    }
    void safeFileNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(PromptFolderTransfer::safeFileName(name), expected);
    }

    void folderRoundTrip_data()
    {
        QTest::addColumn<PromptFileFormat>("format");
        QTest::newRow("prompty") << PromptFileFormat::Prompty;
        QTest::newRow("json") << PromptFileFormat::Json;
        QTest::newRow("markdown") << PromptFileFormat::Markdown;
    }
    void folderRoundTrip()
    {
        QFETCH(PromptFileFormat, format);
        const QString ext = PromptFiles::extension(format);
        QTemporaryDir out;
        PromptFolderTransfer transfer(*m_prompts);
        const auto exported = transfer.exportFolder(std::nullopt, out.path(), format);
        QVERIFY2(exported, qPrintable(exported ? QString() : exported.error()));
        const QMap<QString, QByteArray> files = filesUnder(out.path());
        QCOMPARE(files.keys(),
                 (QStringList {u"Support/Email/Reply"_s + ext, u"Top- level- (2)"_s + ext,
                               u"Top- level-"_s + ext}));

        // Into a new workspace: folders, tags, labels and the newest content come along.
        QTemporaryDir other;
        auto db = openDatabase(other.filePath(u"b.sqlite"_s));
        PromptRepository prompts(*db);
        PromptFolderTransfer into(prompts);
        const auto report = into.importPaths({out.path()});
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QCOMPARE(report.value().prompts.size(), 3);
        QVERIFY(report.value().warnings.isEmpty());
        const auto email = into.findFolder(u"Support/Email"_s);
        QVERIFY(email && *email);
        std::optional<PromptRecord> reply;
        for (const PromptRecord &prompt : prompts.prompts()) {
            if (prompt.name == u"Reply"_s) {
                reply = prompt;
            }
        }
        QVERIFY(reply);
        QCOMPARE(reply->folderId, **email);
        QCOMPARE(reply->description, u"Answers mail"_s);
        QCOMPARE(reply->tags, (QStringList {u"email"_s, u"support"_s}));
        const QList<PromptVersionRecord> versions = prompts.versions(reply->id);
        QCOMPARE(versions.size(), 1);
        QCOMPARE(versions.first().content, content(u"Be kind and brief."_s, u"gpt-4o"_s));
        QCOMPARE(versions.first().note, u"n"_s);
        QCOMPARE(prompts.labelTarget(reply->id, u"production"_s), versions.first().id);

        // Files → import → export → the same bytes (both workspaces number the version 1).
        QTemporaryDir again;
        QVERIFY(into.exportFolder(std::nullopt, again.path(), format));
        QTemporaryDir third;
        auto db3 = openDatabase(third.filePath(u"c.sqlite"_s));
        PromptRepository prompts3(*db3);
        PromptFolderTransfer transfer3(prompts3);
        QVERIFY(transfer3.importPaths({again.path()}));
        QTemporaryDir last;
        QVERIFY(transfer3.exportFolder(std::nullopt, last.path(), format));
        QCOMPARE(filesUnder(last.path()), filesUnder(again.path()));

        // Importing the same files again changes nothing.
        const QMap<QString, qint64> before = rowCounts(*db);
        const auto repeated = into.importPaths({out.path()});
        QVERIFY(repeated);
        for (const auto &imported : repeated.value().prompts) {
            QCOMPARE(imported.outcome, PromptFolderTransfer::Imported::Outcome::Unchanged);
        }
        QCOMPARE(rowCounts(*db), before);
    }

    void exportsOneFolder()
    {
        QTemporaryDir out;
        PromptFolderTransfer transfer(*m_prompts);
        const auto support = transfer.findFolder(u"Support"_s);
        QVERIFY(support && *support);
        QVERIFY(transfer.exportFolder(*support, out.path(), PromptFileFormat::Json));
        QCOMPARE(filesUnder(out.path()).keys(), QStringList {u"Email/Reply.json"_s});
    }

    void changedFileIsANewVersion()
    {
        QTemporaryDir out;
        PromptFolderTransfer transfer(*m_prompts);
        QVERIFY(transfer.exportFolder(std::nullopt, out.path(), PromptFileFormat::Markdown));
        const QString path = out.filePath(u"Support/Email/Reply.md"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray data = file.readAll();
        file.close();
        data.replace("Be kind and brief.", "Be kind, brief and exact.");
        data.replace("labels: [production]", "labels: [production, staging]");
        writeFile(path, data);

        const auto report = transfer.importPaths({path});
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QCOMPARE(report.value().prompts.size(), 1);
        const auto &imported = report.value().prompts.first();
        QCOMPARE(imported.outcome, PromptFolderTransfer::Imported::Outcome::Updated);
        QCOMPARE(imported.version, 3);
        QCOMPARE(imported.folderPath, u"Support/Email"_s);
        qint64 promptId = 0;
        for (const PromptRecord &prompt : m_prompts->prompts()) {
            if (prompt.name == u"Reply"_s) {
                promptId = prompt.id;
            }
        }
        QVERIFY(promptId > 0);
        const QList<PromptVersionRecord> versions = m_prompts->versions(promptId);
        QCOMPARE(versions.size(), 3);
        QCOMPARE(m_prompts->labelTarget(promptId, u"production"_s), versions.last().id);
        QCOMPARE(m_prompts->labelTarget(promptId, u"staging"_s), versions.last().id);
    }

    void intoFolderAndDirectoryLayout()
    {
        QTemporaryDir in;
        // No folder in the file: its directory places it.
        writeFile(in.filePath(u"Team/Drafts/idea.prompty"_s),
                  "---\nname: Idea\ntemplate: mustache\n---\nuser:\nThink of {{topic}}.\n");
        writeFile(in.filePath(u"README.md"_s), "# Our prompts\n\nRead me.\n");
        writeFile(in.filePath(u"package.json"_s), "{\"name\": \"x\"}\n");
        PromptFolderTransfer transfer(*m_prompts);
        const auto report = transfer.importPaths({in.path()}, u"Shared"_s);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QCOMPARE(report.value().prompts.size(), 1);
        QCOMPARE(report.value().prompts.first().folderPath, u"Shared/Team/Drafts"_s);
        QCOMPARE(report.value().skipped.size(), 2);
        QVERIFY(transfer.findFolder(u"Shared/Team/Drafts"_s).value_or(std::nullopt));
    }

    void badFileImportsNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");
        QTest::newRow("prompty jinja")
            << u"bad.prompty"_s << "---\nname: Bad\n---\nuser:\n{% if x %}y{% endif %}\n"_ba
            << u"bad.prompty:5:1: unsupported Jinja control flow"_s;
        QTest::newRow("markdown fence")
            << u"bad.md"_s << "---\nname: Bad\n---\n\n## user\n\n```\nopen\n"_ba
            << u"bad.md:7:1: the fenced block"_s;
        QTest::newRow("json syntax")
            << u"bad.json"_s
            << "{\"format\": \"prompt-workbench/prompt\",\n \"formatVersion\": 1,,}"_ba
            << u"bad.json:2:"_s;
        QTest::newRow("same prompt twice")
            << u"twice.md"_s << "---\nname: Reply\nfolder: Support/Email\n---\n"_ba
            << u"is also in"_s;
    }
    void badFileImportsNothing()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        QTemporaryDir in;
        // A good file first: it is not imported either.
        PromptFolderTransfer transfer(*m_prompts);
        QVERIFY(transfer.exportFolder(std::nullopt, in.path(), PromptFileFormat::Markdown));
        QFile::remove(in.filePath(u"Top- level-.md"_s));
        QFile::remove(in.filePath(u"Top- level- (2).md"_s));
        writeFile(in.filePath(u"new.md"_s),
                  "---\nname: Brand new\n---\n\n## user\n\n```\nhello\n```\n");
        writeFile(in.filePath(name), data);
        const QMap<QString, qint64> before = rowCounts(*m_db);
        const auto report = transfer.importPaths({in.path()});
        QVERIFY(!report);
        const QString errors = report.error().toString();
        QVERIFY2(errors.contains(expected), qPrintable(errors));
        QVERIFY2(errors.contains(QDir::toNativeSeparators(in.filePath(name))), qPrintable(errors));
        QCOMPARE(rowCounts(*m_db), before);
    }

    void dryRunSavesNothing()
    {
        QTemporaryDir in;
        writeFile(in.filePath(u"new.md"_s),
                  "---\nname: Brand new\nfolder: Fresh\n---\n\n## user\n\n```\nhello\n```\n");
        const QMap<QString, qint64> before = rowCounts(*m_db);
        PromptFolderTransfer transfer(*m_prompts);
        const auto report = transfer.importPaths({in.path()}, {}, true);
        QVERIFY(report);
        QCOMPARE(report.value().prompts.size(), 1);
        QCOMPARE(report.value().prompts.first().outcome,
                 PromptFolderTransfer::Imported::Outcome::Created);
        QCOMPARE(rowCounts(*m_db), before);
    }
};

QTEST_GUILESS_MAIN(PromptFolderTransferTest)
#include "tst_promptfoldertransfer.moc"
