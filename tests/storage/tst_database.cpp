#include "storage/Database.h"
#include "storage/SqlScript.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using pwb::Database;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Creates a SQLite file straight through QtSql (not Database), runs `sql` and sets user_version.
void makeRawDatabase(const QString &path, const QStringList &scripts, int userVersion)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString &script : scripts) {
            for (const QString &statement : pwb::splitSqlStatements(script)) {
                QVERIFY2(query.exec(statement), qPrintable(statement));
            }
        }
        QVERIFY(query.exec(u"PRAGMA user_version = %1"_s.arg(userVersion)));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
}

QString readText(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QString::fromUtf8(file.readAll());
}

QStringList schemaOf(QSqlDatabase db)
{
    QStringList entries;
    QSqlQuery query(db);
    query.exec(
        u"SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"_s);
    while (query.next()) {
        entries << query.value(0).toString() + u' ' + query.value(1).toString() + u'\n' +
                query.value(2).toString().simplified();
    }
    return entries;
}

} // namespace

class DatabaseTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void freshWorkspaceIsAtTheLatestVersion()
    {
        QString error;
        const QString path = m_dir.filePath(u"fresh.sqlite"_s);
        auto db = Database::open(path, error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(Database::latestSchemaVersion() >= 1);
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"wal"_s);
        QVERIFY(query.exec(u"PRAGMA foreign_keys"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        db.reset();
        QCOMPARE(Database::fileSchemaVersion(path), Database::latestSchemaVersion());
        auto again = Database::open(path, error); // reopening changes nothing
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->schemaVersion(), Database::latestSchemaVersion());
    }

    void newerWorkspaceIsRefusedAndLeftUntouched()
    {
        const QString path = m_dir.filePath(u"newer.sqlite"_s);
        makeRawDatabase(path, {u"CREATE TABLE future (x)"_s}, Database::latestSchemaVersion() + 7);
        const QByteArray before = fileHash(path);
        QString error;
        QVERIFY(!Database::open(path, error));
        QVERIFY2(error.contains(u"newer Prompt Workbench"_s), qPrintable(error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(u"was not changed"_s), qPrintable(error));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + u"-wal"_s)); // not even opened
        QVERIFY(!QFile::exists(path + u"-shm"_s));
    }

    void notADatabaseIsRefused()
    {
        const QString path = m_dir.filePath(u"notes.txt"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(200, 'x'));
        file.close();
        QString error;
        QVERIFY(!Database::open(path, error));
        QVERIFY2(error.contains(u"not a SQLite database"_s), qPrintable(error));
    }

    void failedMigrationRollsBackAndReports()
    {
        QTemporaryDir migrations;
        auto write = [&](const QString &name, const QByteArray &sql) {
            QFile file(migrations.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(sql);
        };
        write(u"0001-first.sql"_s, "CREATE TABLE a (x INTEGER);\nINSERT INTO a VALUES (1);");
        write(u"0002-broken.sql"_s,
              "CREATE TABLE b (y INTEGER);\nINSERT INTO a VALUES (2);\nINSERT INTO missing VALUES "
              "(3);");
        const QString path = m_dir.filePath(u"migrating.sqlite"_s);
        QString error;
        QVERIFY(!Database::open(path, error, migrations.path()));
        QVERIFY2(error.contains(u"0002-broken.sql"_s) && error.contains(u"statement 3 of"_s),
                 qPrintable(error));
        QVERIFY2(error.contains(u"left unchanged at version 1"_s), qPrintable(error));
        QCOMPARE(Database::fileSchemaVersion(path), 1);

        write(u"0002-broken.sql"_s,
              "CREATE TABLE b (y INTEGER);\nINSERT INTO a VALUES (2);"); // fixed
        auto db = Database::open(path, error, migrations.path());
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), 2);
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(u"SELECT count(*) FROM a"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 2); // nothing of the failed attempt stayed
    }

    void sqlSplitterKeepsTriggersWhole()
    {
        const QStringList statements = pwb::splitSqlStatements(
            u"-- a comment; with a semicolon\nCREATE TABLE t (a TEXT DEFAULT 'x;y');\n"
            "CREATE TRIGGER tr AFTER INSERT ON t BEGIN\n  UPDATE t SET a = CASE WHEN 1 THEN 'p' "
            "END;\n"
            "  SELECT 1;\nEND;\n/* block; comment */ SELECT \"q;\";"_s);
        QCOMPARE(statements.size(), 3);
        QVERIFY(statements.at(1).startsWith(u"CREATE TRIGGER"_s) &&
                statements.at(1).endsWith(u"END"_s));
        QCOMPARE(statements.at(2), u"SELECT \"q;\""_s);
    }

    // Every released schema version is kept as frozen SQL in tests/storage/schemas/vN.sql. A
    // workspace at each earlier version (with sample data) must open and migrate with today's
    // code, and applying the migrations up to N must still produce exactly the frozen schema.
    void everyEarlierVersionMigrates_data()
    {
        QTest::addColumn<int>("version");
        for (int version = 0; version < Database::latestSchemaVersion(); ++version) {
            QTest::addRow("from v%d", version) << version;
        }
    }

    void everyEarlierVersionMigrates()
    {
        QFETCH(int, version);
        const QString dir = QStringLiteral(PWB_SOURCE_DIR "/tests/storage/schemas/");
        const QString path = m_dir.filePath(u"v%1.sqlite"_s.arg(version));
        if (version > 0) {
            makeRawDatabase(path,
                            {readText(dir + u"v%1.sql"_s.arg(version)),
                             readText(dir + u"v%1-data.sql"_s.arg(version))},
                            version);
        }
        QString error;
        auto db = Database::open(path, error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        if (version > 0) {
            QSqlQuery query(db->connection());
            QVERIFY(query.exec(u"SELECT reply_text FROM runs WHERE id = 1"_s) && query.next());
            QCOMPARE(query.value(0).toString(), u"Hi there"_s);
            // Cases keep their data; assertions, new in v2, start empty.
            QVERIFY(query.exec(u"SELECT expected, assertions FROM dataset_cases WHERE id = 1"_s) &&
                    query.next());
            QCOMPARE(query.value(0).toString(), u"Hello Ada"_s);
            if (version < 2) {
                QCOMPARE(query.value(1).toString(), u"[]"_s);
            }
        }
        QSqlQuery integrity(db->connection());
        QVERIFY(integrity.exec(u"PRAGMA integrity_check"_s) && integrity.next());
        QCOMPARE(integrity.value(0).toString(), u"ok"_s);
    }

    void migrationsStillProduceTheFrozenSchemas_data()
    {
        QTest::addColumn<int>("version");
        for (int version = 1; version <= Database::latestSchemaVersion(); ++version) {
            QTest::addRow("v%d", version) << version;
        }
    }

    void migrationsStillProduceTheFrozenSchemas()
    {
        QFETCH(int, version);
        // The migrations up to `version`, from the resources.
        QTemporaryDir upTo;
        for (const QString &name : QDir(u":/migrations"_s).entryList({u"*.sql"_s})) {
            if (name.left(4).toInt() <= version) {
                QFile::copy(u":/migrations/"_s + name, upTo.filePath(name));
            }
        }
        QString error;
        auto migrated = Database::open(m_dir.filePath(u"migrated-v%1.sqlite"_s.arg(version)), error,
                                       upTo.path());
        QVERIFY2(migrated, qPrintable(error));
        const QString frozenPath = m_dir.filePath(u"frozen-v%1.sqlite"_s.arg(version));
        makeRawDatabase(frozenPath,
                        {readText(QStringLiteral(PWB_SOURCE_DIR "/tests/storage/schemas/") +
                                  u"v%1.sql"_s.arg(version))},
                        version);
        auto frozen = Database::open(frozenPath, error, upTo.path());
        QVERIFY2(frozen, qPrintable(error));
        QCOMPARE(schemaOf(migrated->connection()), schemaOf(frozen->connection()));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(DatabaseTest)
#include "tst_database.moc"
