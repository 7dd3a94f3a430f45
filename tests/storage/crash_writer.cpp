// Writes runs (streamed in batches, like the app) and eval results into a workspace in a loop,
// printing "ack run <id> <pieces>" or "ack eval <id>" only after each one is committed. The
// crash test SIGKILLs this process at random moments and checks every acknowledged write.
#include "storage/Database.h"
#include "storage/RunRecorder.h"
#include "storage/SqlTransaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: pwb_crash_writer WORKSPACE\n");
        return 2;
    }
    QString error;
    auto db = pwb::Database::open(QString::fromLocal8Bit(argv[1]), error);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    (void)pwb::RunRecorder::markInterrupted(*db);
    QSqlQuery setup(db->connection());
    setup.exec(QStringLiteral("INSERT OR IGNORE INTO datasets (id, name, created_at, updated_at) "
                              "VALUES (1, 'crash', 0, 0)"));
    setup.exec(QStringLiteral("INSERT OR IGNORE INTO dataset_cases (id, dataset_id, position, "
                              "created_at) VALUES (1, 1, 0, 0)"));
    setup.exec(QStringLiteral("INSERT INTO eval_runs (dataset_id, created_at) VALUES (1, 0)"));
    const qint64 evalRun = setup.lastInsertId().toLongLong();

    pwb::RunRecorder recorder(*db);
    for (int i = 0;; ++i) {
        pwb::RunStart start;
        start.providerId = QStringLiteral("loop");
        start.model = QStringLiteral("m%1").arg(i);
        const qint64 run = recorder.begin(start).value();
        for (int piece = 0; piece < 40; ++piece) {
            recorder.record(
                run, pwb::StreamEvent::textDelta(QStringLiteral("piece %1 ").arg(piece)), piece);
            if (piece % 10 == 9) {
                if (!recorder.flush()) {
                    return 3;
                }
            }
        }
        recorder.record(
            run, pwb::StreamEvent::finished(pwb::FinishReason::Stop, QStringLiteral("stop"), true),
            50);
        std::printf("ack run %lld 40\n", qlonglong(run));
        std::fflush(stdout);

        pwb::SqlTransaction transaction(db->connection());
        QSqlQuery insert(db->connection());
        insert.prepare(QStringLiteral(
            "INSERT INTO eval_results (eval_run_id, case_id, provider_id, model, run_id, "
            "status, score, created_at) VALUES (?, 1, 'loop', ?, ?, 'pass', 1.0, ?)"));
        insert.addBindValue(evalRun);
        insert.addBindValue(QStringLiteral("m%1").arg(i));
        insert.addBindValue(run);
        insert.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (!insert.exec() || !transaction.commit()) {
            return 3;
        }
        std::printf("ack eval %lld\n", qlonglong(insert.lastInsertId().toLongLong()));
        std::fflush(stdout);
    }
}
