// SqlTransaction nests: a repository write inside a larger unit of work becomes a savepoint,
// so the outer transaction decides what is kept.
#include "storage/Database.h"
#include "storage/PromptRepository.h"
#include "storage/SqlTransaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pwb;

class SqlTransactionTest : public QObject
{
    Q_OBJECT

    int promptCount() const
    {
        QSqlQuery query(m_db->connection());
        query.exec(u"SELECT count(*) FROM prompts"_s);
        return query.next() ? query.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_db = Database::open(m_dir.filePath(u"w%1.sqlite"_s.arg(++m_count)), error);
        QVERIFY2(m_db, qPrintable(error));
    }
    void cleanup() { m_db.reset(); }

    void outerCommitKeepsInnerWrites()
    {
        PromptRepository repo(*m_db);
        {
            SqlTransaction outer(m_db->connection());
            QVERIFY(repo.createPrompt(u"A"_s));
            QVERIFY(repo.setTags(repo.prompts().first().id, {u"x"_s})); // nested commit
            QVERIFY(outer.commit());
        }
        QCOMPARE(promptCount(), 1);
        QCOMPARE(repo.prompts().first().tags, QStringList {u"x"_s});
    }

    void outerRollbackUndoesCommittedInnerWrites()
    {
        PromptRepository repo(*m_db);
        {
            SqlTransaction outer(m_db->connection());
            const auto id = repo.createPrompt(u"A"_s);
            QVERIFY(id);
            QVERIFY(repo.setTags(id.value(), {u"x"_s}));
            QCOMPARE(promptCount(), 1);
            // no commit: the destructor rolls everything back
        }
        QCOMPARE(promptCount(), 0);
        // The connection is usable again at depth 0.
        QVERIFY(repo.setTags(repo.createPrompt(u"B"_s).value(), {u"y"_s}));
        QCOMPARE(promptCount(), 1);
    }

    void innerRollbackUndoesOnlyItsOwnPart()
    {
        PromptRepository repo(*m_db);
        SqlTransaction outer(m_db->connection());
        QVERIFY(repo.createPrompt(u"kept"_s));
        {
            SqlTransaction inner(m_db->connection());
            QVERIFY(repo.createPrompt(u"dropped"_s));
        }
        QVERIFY(outer.commit());
        const QList<PromptRecord> prompts = repo.prompts();
        QCOMPARE(prompts.size(), 1);
        QCOMPARE(prompts.first().name, u"kept"_s);
    }

    void threeLevels()
    {
        PromptRepository repo(*m_db);
        SqlTransaction outer(m_db->connection());
        {
            SqlTransaction middle(m_db->connection());
            {
                SqlTransaction inner(m_db->connection());
                QVERIFY(repo.createPrompt(u"deep"_s));
                QVERIFY(inner.commit());
            }
            QVERIFY(middle.commit());
        }
        QVERIFY(outer.commit());
        QCOMPARE(promptCount(), 1);
    }

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(SqlTransactionTest)
#include "tst_sqltransaction.moc"
