// SIGKILL a writer at random points, at least 50 times: every time, the workspace must open,
// pass PRAGMA integrity_check, and hold every write that was acknowledged before the kill.
#include "storage/Database.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class CrashSafetyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWriterLosesNothingAcknowledged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"crash.sqlite"_s);
        QRandomGenerator random(20261121);
        QList<qint64> ackedRuns;
        QList<qint64> ackedEvals;
        constexpr int kKills = 60;
        for (int round = 0; round < kKills; ++round) {
            QProcess writer;
            writer.start(QStringLiteral(PWB_CRASH_WRITER), {path});
            QVERIFY2(writer.waitForStarted(5000), qPrintable(writer.errorString()));
            // Let it write for a random while (after at least one acknowledgement).
            QByteArray output;
            QVERIFY(QTest::qWaitFor(
                [&] {
                    output += writer.readAllStandardOutput();
                    return output.contains("ack ");
                },
                10000));
            QTest::qWait(int(random.bounded(1, 120)));
            writer.kill(); // SIGKILL: no destructor, no flush, no checkpoint
            QVERIFY(writer.waitForFinished(5000));
            output += writer.readAllStandardOutput();
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            // Only whole lines are acknowledgements: text after the last newline may be cut off.
            QList<QByteArray> lines = output.split('\n');
            lines.removeLast();
            for (const QByteArray &line : std::as_const(lines)) {
                const QList<QByteArray> words = line.split(' ');
                if (words.size() >= 3 && words.at(0) == "ack") {
                    (words.at(1) == "run" ? ackedRuns : ackedEvals)
                        .append(words.at(2).toLongLong());
                }
            }

            QString error;
            auto db = pwb::Database::open(path, error);
            QVERIFY2(db, qPrintable(u"round %1: %2"_s.arg(round).arg(error)));
            QSqlQuery query(db->connection());
            QVERIFY(query.exec(u"PRAGMA integrity_check"_s) && query.next());
            QCOMPARE(query.value(0).toString(), u"ok"_s);
            QVERIFY(query.exec(u"PRAGMA foreign_key_check"_s));
            QVERIFY2(!query.next(), "foreign keys broken");
            for (const qint64 run : std::as_const(ackedRuns)) {
                QVERIFY(query.exec(
                    u"SELECT status, (SELECT count(*) FROM run_chunks WHERE run_id = runs.id) "
                    "FROM runs WHERE id = %1"_s.arg(run)));
                QVERIFY2(
                    query.next(),
                    qPrintable(u"round %1: acknowledged run %2 is missing"_s.arg(round).arg(run)));
                QCOMPARE(query.value(0).toString(), u"complete"_s);
                QCOMPARE(query.value(1).toInt(), 40);
            }
            for (const qint64 eval : std::as_const(ackedEvals)) {
                QVERIFY(
                    query.exec(u"SELECT count(*) FROM eval_results WHERE id = %1"_s.arg(eval)) &&
                    query.next());
                QVERIFY2(query.value(0).toInt() == 1,
                         qPrintable(u"acknowledged eval result %1 is missing"_s.arg(eval)));
            }
        }
        qInfo("%d kills; %lld runs and %lld eval results acknowledged and all present", kKills,
              qlonglong(ackedRuns.size()), qlonglong(ackedEvals.size()));
        QVERIFY(ackedRuns.size() >= kKills);
    }
};

QTEST_GUILESS_MAIN(CrashSafetyTest)
#include "tst_crashsafety.moc"
