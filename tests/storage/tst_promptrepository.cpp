#include "storage/Database.h"
#include "storage/PromptRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pwb;

namespace {

PromptContent content(const QString &user, double temperature = 0.2)
{
    PromptContent c;
    c.messages = {{ChatMessage::Role::System, u"You are terse."_s},
                  {ChatMessage::Role::User, user}};
    c.parameters = QJsonObject {{u"temperature"_s, temperature}};
    c.variables = {{u"topic"_s, u"Qt"_s, u"what to talk about"_s}};
    c.providerId = u"openai"_s;
    c.model = u"gpt-4o"_s;
    return c;
}

} // namespace

class PromptRepositoryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QString error;
        m_db = Database::open(m_dir.filePath(u"w%1.sqlite"_s.arg(++m_count)), error);
        QVERIFY2(m_db, qPrintable(error));
    }
    void cleanup() { m_db.reset(); }

    void promptsFoldersAndTags()
    {
        PromptRepository repo(*m_db);
        const auto folder = repo.createFolder(u"Support"_s);
        QVERIFY2(folder, qPrintable(folder.error()));
        const auto prompt = repo.createPrompt(u"Reply"_s, folder.value(), u"answers tickets"_s);
        QVERIFY2(prompt, qPrintable(prompt.error()));
        QVERIFY(repo.setTags(prompt.value(), {u"email"_s, u"draft"_s, u"email"_s}));
        QVERIFY(repo.renamePrompt(prompt.value(), u"Reply to customer"_s));
        const auto record = repo.prompt(prompt.value());
        QVERIFY(record);
        QCOMPARE(record->name, u"Reply to customer"_s);
        QCOMPARE(record->folderId, folder.value());
        QCOMPARE(record->tags, (QStringList {u"draft"_s, u"email"_s}));

        QVERIFY(repo.setDeleted(prompt.value(), true));
        QVERIFY(repo.prompts().isEmpty());
        QCOMPARE(repo.prompts(true).size(), 1); // kept for undo
        QVERIFY(repo.setDeleted(prompt.value(), false));
        QCOMPARE(repo.prompts().size(), 1);
    }

    void badInputIsAnErrorNamingIt()
    {
        PromptRepository repo(*m_db);
        const auto empty = repo.createPrompt(u"   "_s);
        QVERIFY(!empty);
        QVERIFY2(empty.error().contains(u"Cannot create the prompt"_s), qPrintable(empty.error()));
        QVERIFY(repo.createFolder(u"Same"_s));
        const auto duplicate = repo.createFolder(u"Same"_s);
        QVERIFY(!duplicate);
        QVERIFY2(duplicate.error().contains(u"\"Same\""_s), qPrintable(duplicate.error()));
        QVERIFY(!repo.renamePrompt(4242, u"x"_s));
    }

    void versionsAreImmutableAndDeduplicated()
    {
        PromptRepository repo(*m_db);
        const auto created = repo.createPrompt(u"P"_s);
        QVERIFY2(created, qPrintable(created.error()));
        const qint64 prompt = created.value();
        const auto first =
            repo.saveVersion(prompt, content(u"Tell me about {{topic}}"_s), u"first"_s);
        QVERIFY2(first, qPrintable(first.error()));
        QVERIFY(first->created);
        QCOMPARE(first->version.number, 1);
        QVERIFY(!first->version.parentId);

        const auto same =
            repo.saveVersion(prompt, content(u"Tell me about {{topic}}"_s), u"again"_s);
        QVERIFY(same);
        QVERIFY(!same->created); // unchanged content: no new version
        QCOMPARE(same->version.id, first->version.id);

        const auto second = repo.saveVersion(prompt, content(u"Tell me about {{topic}}"_s, 0.7));
        QVERIFY(second && second->created);
        QCOMPARE(second->version.number, 2);
        QCOMPARE(second->version.parentId, first->version.id);
        QVERIFY(second->version.contentHash != first->version.contentHash);

        const QList<PromptVersionRecord> versions = repo.versions(prompt);
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions.first().content, content(u"Tell me about {{topic}}"_s));
        QCOMPARE(versions.first().note, u"first"_s);
        QCOMPARE(versions.first().content.variables.first().defaultValue, u"Qt"_s);

        QSqlQuery query(m_db->connection());
        QVERIFY(!query.exec(
            u"UPDATE prompt_versions SET note = 'changed' WHERE id = %1"_s.arg(first->version.id)));
        QVERIFY2(query.lastError().text().contains(u"immutable"_s),
                 qPrintable(query.lastError().text()));
    }

    void labelsMoveWithHistory()
    {
        PromptRepository repo(*m_db);
        const qint64 prompt = repo.createPrompt(u"P"_s).value();
        const qint64 v1 = repo.saveVersion(prompt, content(u"a"_s))->version.id;
        const qint64 v2 = repo.saveVersion(prompt, content(u"b"_s))->version.id;
        QVERIFY(repo.setLabel(prompt, u"production"_s, v1));
        QVERIFY(repo.setLabel(prompt, u"staging"_s, v2));
        QVERIFY(repo.setLabel(prompt, u"production"_s, v2));
        QVERIFY(repo.setLabel(prompt, u"production"_s, v2)); // no move, no history entry
        QCOMPARE(repo.labelTarget(prompt, u"production"_s), v2);
        QVERIFY(repo.removeLabel(prompt, u"staging"_s));
        QVERIFY(!repo.labelTarget(prompt, u"staging"_s));

        const QList<LabelMove> history = repo.labelHistory(prompt, u"production"_s);
        QCOMPARE(history.size(), 2);
        QVERIFY(!history.at(0).fromVersionId);
        QCOMPARE(history.at(0).toVersionId, v1);
        QCOMPARE(history.at(1).fromVersionId, v1);
        QCOMPARE(history.at(1).toVersionId, v2);
        QCOMPARE(repo.labelHistory(prompt, u"staging"_s).last().toVersionId, std::nullopt);

        const qint64 other = repo.createPrompt(u"Other"_s).value();
        const auto foreign = repo.setLabel(other, u"production"_s, v1);
        QVERIFY(!foreign); // a label only points at its own prompt's versions
        QVERIFY2(foreign.error().contains(u"not one of this prompt"_s),
                 qPrintable(foreign.error()));
    }

    void fullTextSearchFindsNamesAndMessages()
    {
        PromptRepository repo(*m_db);
        const qint64 a = repo.createPrompt(u"Invoice reminder"_s).value();
        QVERIFY(repo.saveVersion(a, content(u"Write a polite 付款提醒 about {{amount}}"_s)));
        const qint64 b = repo.createPrompt(u"Bug triage"_s).value();
        QVERIFY(repo.saveVersion(b, content(u"Classify the stack trace"_s)));
        auto search = [&](const QString &text) {
            QSqlQuery query(m_db->connection());
            query.prepare(
                u"SELECT rowid, snippet(prompt_search, 1, '[', ']', '…', 8) FROM prompt_search "
                "WHERE prompt_search MATCH ? ORDER BY rank"_s);
            query.addBindValue(u"\"%1\""_s.arg(text));
            query.exec();
            QList<qint64> ids;
            while (query.next()) {
                ids << query.value(0).toLongLong();
            }
            return ids;
        };
        QCOMPARE(search(u"付款提"_s), QList<qint64> {a}); // substrings, Chinese included (trigram)
        QCOMPARE(search(u"stack tr"_s), QList<qint64> {b});
        QCOMPARE(search(u"triage"_s), QList<qint64> {b}); // the name
        QVERIFY(repo.renamePrompt(b, u"Crash sorting"_s));
        QVERIFY(search(u"triage"_s).isEmpty());
    }

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(PromptRepositoryTest)
#include "tst_promptrepository.moc"
