// `pwb export runs`, `pwb import runs`, `pwb backup` and `pwb runs code`, end to end on the
// built executable: what a script sees is the output files, the text and the exit status.
#include "PwbProcess.h"
#include "RecordedRuns.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace pwb;
using pwb::test::RecordedRuns;

namespace {

const QString kCanary = u"sk-canary-9d8c7b6a5f4e3d21"_s;

QList<QJsonObject> jsonLines(const QByteArray &bytes)
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : bytes.split('\n')) {
        if (!line.isEmpty()) {
            objects.append(QJsonDocument::fromJson(line).object());
        }
    }
    return objects;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class RunFilesCliTest : public QObject
{
    Q_OBJECT

private:
    using Outcome = pwb::test::PwbProcess::Outcome;

    QString path(const QString &name) const { return m_pwb.home().filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_pwb.home().isValid());
        QString error;
        m_database = Database::open(path(u"source.sqlite"_s), error);
        QVERIFY2(m_database, qPrintable(error));
        RecordedRuns runs(*m_database);
        const qint64 version = runs.saveSummarise();
        const QJsonObject variables {{u"text"_s, u"the report"_s}};
        runs.record(RecordedRuns::summarise(), version, variables,
                    RecordedRuns::completeReply(u"Revenue grew."_s), kCanary);
        runs.record(RecordedRuns::summarise(), version, variables,
                    RecordedRuns::failedReply(u"Half"_s), kCanary);
        runs.record(RecordedRuns::summarise(), version, variables,
                    RecordedRuns::completeReply(u"Costs fell."_s), kCanary);
    }

    void exportWritesEveryRunOrAFilteredSet_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("replies"); // of the runs written, in order

        QTest::newRow("all") << QStringList()
                             << QStringList {u"Revenue grew."_s, u"Half"_s, u"Costs fell."_s};
        QTest::newRow("status") << QStringList {u"--status"_s, u"failed"_s}
                                << QStringList {u"Half"_s};
        QTest::newRow("runs by id") << QStringList {u"--run"_s, u"3"_s, u"--run"_s, u"1"_s}
                                    << QStringList {u"Costs fell."_s, u"Revenue grew."_s};
        QTest::newRow("prompt and model")
            << QStringList {u"--prompt"_s, u"summarise"_s, u"--model"_s, u"gpt-4o"_s}
            << QStringList {u"Revenue grew."_s, u"Half"_s, u"Costs fell."_s};
        QTest::newRow("other model") << QStringList {u"--model"_s, u"gpt-5"_s} << QStringList();
        QTest::newRow("search") << QStringList {u"--search"_s, u"fell"_s}
                                << QStringList {u"Costs fell."_s};
        QTest::newRow("since tomorrow")
            << QStringList {u"--since"_s, QDate::currentDate().addDays(2).toString(Qt::ISODate)}
            << QStringList();
        QTest::newRow("until tomorrow")
            << QStringList {u"--until"_s,
                            QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODate)}
            << QStringList {u"Revenue grew."_s, u"Half"_s, u"Costs fell."_s};
    }

    void exportWritesEveryRunOrAFilteredSet()
    {
        QFETCH(QStringList, options);
        QFETCH(QStringList, replies);
        const QString file = path(u"export.jsonl"_s);
        QFile::remove(file);
        const Outcome outcome =
            m_pwb.run(QStringList {u"export"_s, u"runs"_s, u"--workspace"_s,
                                   path(u"source.sqlite"_s), u"--output"_s, file} +
                      options);
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY2(outcome.err.contains(u" written to "_s), qPrintable(outcome.err));
        const QByteArray bytes = readAll(file);
        QVERIFY(!bytes.contains(kCanary.toUtf8()));
        const QList<QJsonObject> lines = jsonLines(bytes);
        QCOMPARE(lines.first().value(u"runs"_s).toInt(), replies.size());
        QStringList written;
        for (const QJsonObject &run : lines.mid(1)) {
            written.append(run.value(u"reply"_s).toString());
        }
        QCOMPARE(written, replies);
    }

    void exportToStandardOutput()
    {
        const Outcome outcome = m_pwb.run({u"export"_s, u"runs"_s, u"--workspace"_s,
                                           path(u"source.sqlite"_s), u"--run"_s, u"2"_s});
        QCOMPARE(outcome.exitCode, 0);
        const QList<QJsonObject> lines = jsonLines(outcome.out.toUtf8());
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(1).value(u"status"_s).toString(), u"failed"_s);
        QCOMPARE(lines.at(1).value(u"error"_s).toObject().value(u"httpStatus"_s).toInt(), 429);
    }

    void exportUsageErrors_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown prompt")
            << QStringList {u"--prompt"_s, u"Nope"_s} << u"no prompt named 'Nope'"_s;
        QTest::newRow("bad date") << QStringList {u"--since"_s, u"last week"_s}
                                  << u"--since takes a date"_s;
        QTest::newRow("run and filter")
            << QStringList {u"--run"_s, u"1"_s, u"--status"_s, u"failed"_s}
            << u"cannot be combined with --status"_s;
        QTest::newRow("missing run") << QStringList {u"--run"_s, u"99"_s} << u"no run 99"_s;
    }

    void exportUsageErrors()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        const QString file = path(u"refused.jsonl"_s);
        const Outcome outcome =
            m_pwb.run(QStringList {u"export"_s, u"runs"_s, u"--workspace"_s,
                                   path(u"source.sqlite"_s), u"--output"_s, file} +
                      options);
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY2(outcome.err.contains(message), qPrintable(outcome.err));
        QVERIFY(!QFile::exists(file));
    }

    void importIntoAnotherWorkspaceOnce()
    {
        const QString file = path(u"share.jsonl"_s);
        QCOMPARE(m_pwb
                     .run({u"export"_s, u"runs"_s, u"--workspace"_s, path(u"source.sqlite"_s),
                           u"--output"_s, file})
                     .exitCode,
                 0);
        const QStringList target {u"--workspace"_s, path(u"reviewer.sqlite"_s)};
        Outcome outcome =
            m_pwb.run(QStringList {u"import"_s, u"runs"_s, u"--dry-run"_s, file} + target);
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY2(outcome.out.startsWith(u"would import 3 run"_s), qPrintable(outcome.out));

        outcome = m_pwb.run(QStringList {u"import"_s, u"runs"_s, file} + target);
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY2(outcome.out.startsWith(u"imported 3 run"_s), qPrintable(outcome.out));
        QVERIFY2(outcome.out.contains(u"0 already present"_s), qPrintable(outcome.out));

        outcome = m_pwb.run(QStringList {u"import"_s, u"runs"_s, file} + target);
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY2(outcome.out.startsWith(u"imported 0 run"_s), qPrintable(outcome.out));
        QVERIFY2(outcome.out.contains(u"3 already present"_s), qPrintable(outcome.out));

        outcome = m_pwb.run(QStringList {u"runs"_s, u"search"_s, u"Revenue"_s} + target);
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY2(outcome.out.contains(u"[Revenue]"_s), qPrintable(outcome.out));
    }

    void importReportsProblemsByLineAndImportsNothing()
    {
        const QString file = m_pwb.writeFile(
            u"broken.jsonl"_s,
            "{\"format\":\"prompt-workbench/runs\",\"formatVersion\":1,\"runs\":2}\n"
            "{\"provider\":\"openai\",\"model\":\"m\",\"status\":\"complete\",\"startedAt\":5,"
            "\"request\":{},\"reply\":\"fine\"}\n"
            "{\"provider\":\"openai\",\"model\":\"m\",\"status\":\"done\",\"startedAt\":6,"
            "\"request\":{}}\n");
        const QString workspace = path(u"strict.sqlite"_s);
        const Outcome outcome =
            m_pwb.run({u"import"_s, u"runs"_s, u"--workspace"_s, workspace, file});
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY2(
            outcome.err.contains(u"broken.jsonl:3: field \"status\": \"done\" is not one of"_s),
            qPrintable(outcome.err));
        QVERIFY2(outcome.err.contains(u"nothing was imported"_s), qPrintable(outcome.err));
        QString error;
        auto database = Database::open(workspace, error);
        QVERIFY2(database, qPrintable(error));
        QCOMPARE(RecordedRuns::count(*database, u"runs"_s), 0);
    }

    void backupWhileTheWorkspaceIsWritten()
    {
        // The test process keeps recording runs while `pwb backup` copies the workspace.
        RecordedRuns runs(*m_database);
        const qint64 version = runs.saveSummarise(RecordedRuns::summarise(u"openai"_s, u"m2"_s));
        int written = 0;
        QTimer writer;
        writer.setInterval(0);
        connect(&writer, &QTimer::timeout, this, [&] {
            runs.record(RecordedRuns::summarise(u"openai"_s, u"m2"_s), version,
                        QJsonObject {{u"text"_s, u"x"_s}},
                        RecordedRuns::completeReply(u"Busy %1"_s.arg(++written)));
        });
        const qint64 before = RecordedRuns::count(*m_database, u"runs"_s);
        writer.start();
        const QString backup = path(u"backup.sqlite"_s);
        Outcome outcome = m_pwb.run(
            {u"backup"_s, u"--workspace"_s, path(u"source.sqlite"_s), u"--output"_s, backup});
        writer.stop();
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY2(outcome.out.contains(u"backed up to"_s), qPrintable(outcome.out));
        const qint64 after = RecordedRuns::count(*m_database, u"runs"_s);
        {
            QString error;
            auto copy = Database::open(backup, error);
            QVERIFY2(copy, qPrintable(error));
            QSqlQuery check(copy->connection());
            QVERIFY(check.exec(u"PRAGMA integrity_check"_s) && check.next());
            QCOMPARE(check.value(0).toString(), u"ok"_s);
            const qint64 copied = RecordedRuns::count(*copy, u"runs"_s);
            QVERIFY2(copied >= before && copied <= after,
                     qPrintable(u"%1 <= %2 <= %3"_s.arg(before).arg(copied).arg(after)));
        }

        outcome = m_pwb.run(
            {u"backup"_s, u"--workspace"_s, path(u"source.sqlite"_s), u"--output"_s, backup});
        QCOMPARE(outcome.exitCode, 2); // an existing backup is kept
        outcome = m_pwb.run({u"backup"_s, u"--workspace"_s, path(u"source.sqlite"_s), u"--output"_s,
                             backup, u"--replace"_s});
        QCOMPARE(outcome.exitCode, 0);
        outcome = m_pwb.run({u"backup"_s, u"--workspace"_s, path(u"source.sqlite"_s)});
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY2(outcome.err.contains(u"--output FILE"_s), qPrintable(outcome.err));
    }

    void runsCodeReproducesARun_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("curl") << u"curl"_s << u"$OPENAI_API_KEY"_s;
        QTest::newRow("python") << u"python"_s << u"OPENAI_API_KEY"_s;
        QTest::newRow("javascript") << u"javascript"_s << u"OPENAI_API_KEY"_s;
    }

    void runsCodeReproducesARun()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        const Outcome outcome = m_pwb.run({u"runs"_s, u"code"_s, u"1"_s, u"--language"_s, language,
                                           u"--workspace"_s, path(u"source.sqlite"_s)});
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY2(outcome.out.contains(expected), qPrintable(outcome.out));
        QVERIFY2(outcome.out.contains(u"Summarise: the report"_s), qPrintable(outcome.out));
        QVERIFY(!outcome.out.contains(kCanary));
    }

    void runsCodeUsageErrors()
    {
        Outcome outcome = m_pwb.run({u"runs"_s, u"code"_s, u"1"_s, u"--language"_s, u"cobol"_s,
                                     u"--workspace"_s, path(u"source.sqlite"_s)});
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY2(outcome.err.contains(u"curl, python or javascript"_s), qPrintable(outcome.err));
        outcome =
            m_pwb.run({u"runs"_s, u"code"_s, u"77"_s, u"--workspace"_s, path(u"source.sqlite"_s)});
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY2(outcome.err.contains(u"no run 77"_s), qPrintable(outcome.err));
    }

private:
    pwb::test::PwbProcess m_pwb;
    std::unique_ptr<Database> m_database;
};

QTEST_GUILESS_MAIN(RunFilesCliTest)
#include "tst_runfilescli.moc"
