// WorkspaceBackup: a backup taken while another process writes is a consistent snapshot (it
// opens, passes integrity_check and holds a prefix of the writes); existing targets are kept;
// failures leave no partial file; the schema version survives the copy.
#include "storage/Database.h"
#include "storage/SqlScript.h"
#include "storage/WorkspaceBackup.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using pwb::Database;
using pwb::WorkspaceBackup;

namespace {

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        return -1;
    }
    return query.value(0).toLongLong();
}

QString integrity(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(u"PRAGMA integrity_check"_s) && query.next() ? query.value(0).toString()
                                                                   : u"(query failed)"_s;
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QString readText(const QString &path)
{
    return QString::fromUtf8(readBytes(path));
}

} // namespace

class WorkspaceBackupTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void backupWhileAnotherProcessWrites()
    {
        const QString path = m_dir.filePath(u"live.sqlite"_s);
        QString error;
        auto db = Database::open(path, error);
        QVERIFY2(db, qPrintable(error));

        QProcess writer;
        writer.start(QStringLiteral(PWB_CRASH_WRITER), {path});
        QVERIFY2(writer.waitForStarted(5000), qPrintable(writer.errorString()));
        QByteArray output;
        const auto acknowledgedRuns = [&] {
            output += writer.readAllStandardOutput();
            return output.count("ack run ");
        };

        constexpr int kBackups = 8;
        int overlapped = 0; // backups during which the writer committed
        for (int round = 0; round < kBackups; ++round) {
            // Between backups the writer commits more runs, so every backup sees a new state.
            const qsizetype wanted = acknowledgedRuns() + 3;
            QVERIFY2(QTest::qWaitFor([&] { return acknowledgedRuns() >= wanted; }, 30000),
                     writer.readAllStandardError().constData());

            const QString target = m_dir.filePath(u"backup-%1.sqlite"_s.arg(round));
            const qint64 before = scalar(db->connection(), u"SELECT count(*) FROM runs"_s);
            const pwb::Result<void> written = WorkspaceBackup::write(*db, target);
            const qint64 after = scalar(db->connection(), u"SELECT count(*) FROM runs"_s);
            QVERIFY2(written, qPrintable(written.error()));
            QVERIFY(!QFile::exists(WorkspaceBackup::partialPath(target)));
            QCOMPARE(Database::fileSchemaVersion(target), Database::latestSchemaVersion());
            overlapped += after > before ? 1 : 0;

            auto copy = Database::open(target, error);
            QVERIFY2(copy, qPrintable(error));
            QCOMPARE(copy->schemaVersion(), Database::latestSchemaVersion());
            QCOMPARE(integrity(copy->connection()), u"ok"_s);
            QSqlQuery foreignKeys(copy->connection());
            QVERIFY(foreignKeys.exec(u"PRAGMA foreign_key_check"_s));
            QVERIFY2(!foreignKeys.next(), "foreign keys broken in the backup");

            // A prefix of the writes: as many runs as some moment during the backup, and they
            // are the first ones (the writer numbers them 1, 2, ... without gaps).
            const qint64 runs = scalar(copy->connection(), u"SELECT count(*) FROM runs"_s);
            QVERIFY2(
                before <= runs && runs <= after,
                qPrintable(u"round %1: %2 runs in the backup, %3 before and %4 after"_s.arg(round)
                               .arg(runs)
                               .arg(before)
                               .arg(after)));
            QCOMPARE(scalar(copy->connection(), u"SELECT coalesce(max(id), 0) FROM runs"_s), runs);
            // No transaction is torn: a run is complete together with all its pieces, and every
            // eval result points at a complete run.
            QCOMPARE(scalar(copy->connection(),
                            u"SELECT count(*) FROM runs WHERE status = 'complete' AND "
                            "(SELECT count(*) FROM run_chunks WHERE run_id = runs.id) <> 40"_s),
                     0);
            QCOMPARE(scalar(copy->connection(),
                            u"SELECT count(*) FROM eval_results JOIN runs ON runs.id = run_id "
                            "WHERE runs.status <> 'complete'"_s),
                     0);
            QVERIFY(scalar(copy->connection(),
                           u"SELECT count(*) FROM runs WHERE status = 'complete'"_s) >= 3);
        }
        writer.kill();
        QVERIFY(writer.waitForFinished(5000));
        qInfo("%d backups, %d of them while the writer committed", kBackups, overlapped);
    }

    void existingTargetIsRefusedAndUntouched()
    {
        QString error;
        auto db = Database::open(m_dir.filePath(u"refuse.sqlite"_s), error);
        QVERIFY2(db, qPrintable(error));
        const QString target = m_dir.filePath(u"precious.txt"_s);
        writeBytes(target, "keep me");

        const pwb::Result<void> refused = WorkspaceBackup::write(*db, target);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QDir::toNativeSeparators(target)),
                 qPrintable(refused.error()));
        QVERIFY2(refused.error().contains(u"already exists"_s), qPrintable(refused.error()));
        QCOMPARE(readBytes(target), QByteArray("keep me"));
        QVERIFY(!QFile::exists(WorkspaceBackup::partialPath(target)));

        const pwb::Result<void> replaced =
            WorkspaceBackup::write(*db, target, WorkspaceBackup::Existing::Replace);
        QVERIFY2(replaced, qPrintable(replaced.error()));
        QCOMPARE(Database::fileSchemaVersion(target), Database::latestSchemaVersion());
        auto copy = Database::open(target, error);
        QVERIFY2(copy, qPrintable(error));
        QCOMPARE(integrity(copy->connection()), u"ok"_s);
    }

    void workspaceItselfIsRefused()
    {
        const QString path = m_dir.filePath(u"self.sqlite"_s);
        QString error;
        auto db = Database::open(path, error);
        QVERIFY2(db, qPrintable(error));
        const QByteArray before = readBytes(path);
        const pwb::Result<void> refused =
            WorkspaceBackup::write(*db, path, WorkspaceBackup::Existing::Replace);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"onto itself"_s), qPrintable(refused.error()));
        QCOMPARE(readBytes(path), before);
        QCOMPARE(integrity(db->connection()), u"ok"_s);
    }

    void targetInUseIsRefused()
    {
        QString error;
        auto db = Database::open(m_dir.filePath(u"source.sqlite"_s), error);
        QVERIFY2(db, qPrintable(error));
        const QString target = m_dir.filePath(u"open-elsewhere.sqlite"_s);
        auto other = Database::open(target, error); // keeps target-wal while open
        QVERIFY2(other, qPrintable(error));
        QVERIFY(QFile::exists(target + u"-wal"_s));
        const QByteArray before = readBytes(target);
        const pwb::Result<void> refused =
            WorkspaceBackup::write(*db, target, WorkspaceBackup::Existing::Replace);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"-wal"_s), qPrintable(refused.error()));
        QCOMPARE(readBytes(target), before);
        QVERIFY(!QFile::exists(WorkspaceBackup::partialPath(target)));
    }

    void unwritableTargetNamesItAndLeavesNothing_data()
    {
        QTest::addColumn<QString>("folder");
        // Both fail for root too, unlike a folder without write permission.
        QTest::addRow("missing folder") << u"missing"_s;
        QTest::addRow("a file where the folder should be") << u"file.txt"_s;
    }

    void unwritableTargetNamesItAndLeavesNothing()
    {
        QFETCH(QString, folder);
        writeBytes(m_dir.filePath(u"file.txt"_s), "not a folder");
        QString error;
        auto db = Database::open(m_dir.filePath(u"unwritable.sqlite"_s), error);
        QVERIFY2(db, qPrintable(error));
        const QString target = m_dir.filePath(folder + u"/backup.sqlite"_s);
        const pwb::Result<void> written = WorkspaceBackup::write(*db, target);
        QVERIFY(!written);
        QVERIFY2(written.error().contains(QDir::toNativeSeparators(target)),
                 qPrintable(written.error()));
        QVERIFY2(written.error().contains(u"unable to open"_s), // SQLite's words
                 qPrintable(written.error()));
        QVERIFY(!QFile::exists(target));
        QVERIFY(!QFile::exists(WorkspaceBackup::partialPath(target)));
        QCOMPARE(readBytes(m_dir.filePath(u"file.txt"_s)), QByteArray("not a folder"));
    }

    void interruptedBackupIsReplaced()
    {
        QString error;
        auto db = Database::open(m_dir.filePath(u"again.sqlite"_s), error);
        QVERIFY2(db, qPrintable(error));
        const QString target = m_dir.filePath(u"again-backup.sqlite"_s);
        writeBytes(WorkspaceBackup::partialPath(target), "half a backup from a crash");
        const pwb::Result<void> written = WorkspaceBackup::write(*db, target);
        QVERIFY2(written, qPrintable(written.error()));
        QVERIFY(!QFile::exists(WorkspaceBackup::partialPath(target)));
        auto copy = Database::open(target, error);
        QVERIFY2(copy, qPrintable(error));
        QCOMPARE(integrity(copy->connection()), u"ok"_s);
    }

    void schemaVersionSurvives_data()
    {
        QTest::addColumn<int>("version");
        for (int version = 1; version <= Database::latestSchemaVersion(); ++version) {
            QTest::addRow("v%d", version) << version;
        }
    }

    // A workspace held at each released version (only the migrations up to it) copies with
    // that version and its data, and the copy is not migrated by the backup.
    void schemaVersionSurvives()
    {
        QFETCH(int, version);
        QTemporaryDir upTo;
        for (const QString &name : QDir(u":/migrations"_s).entryList({u"*.sql"_s})) {
            if (name.left(4).toInt() <= version) {
                QVERIFY(QFile::copy(u":/migrations/"_s + name, upTo.filePath(name)));
            }
        }
        QString error;
        auto db = Database::open(m_dir.filePath(u"v%1.sqlite"_s.arg(version)), error, upTo.path());
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), version);
        QSqlQuery load(db->connection());
        for (const QString &statement :
             pwb::splitSqlStatements(readText(QStringLiteral(PWB_SOURCE_DIR "/tests/storage/"
                                                                            "schemas/") +
                                              u"v%1-data.sql"_s.arg(version)))) {
            QVERIFY2(load.exec(statement), qPrintable(statement));
        }

        const QString target = m_dir.filePath(u"v%1-backup.sqlite"_s.arg(version));
        const pwb::Result<void> written = WorkspaceBackup::write(*db, target);
        QVERIFY2(written, qPrintable(written.error()));
        QCOMPARE(Database::fileSchemaVersion(target), version);
        auto copy = Database::open(target, error, upTo.path());
        QVERIFY2(copy, qPrintable(error));
        QCOMPARE(copy->schemaVersion(), version);
        QCOMPARE(integrity(copy->connection()), u"ok"_s);
        QSqlQuery query(copy->connection());
        QVERIFY(query.exec(u"SELECT reply_text FROM runs WHERE id = 1"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"Hi there"_s);
        QCOMPARE(scalar(copy->connection(), u"SELECT count(*) FROM dataset_cases"_s),
                 scalar(db->connection(), u"SELECT count(*) FROM dataset_cases"_s));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(WorkspaceBackupTest)
#include "tst_workspacebackup.moc"
