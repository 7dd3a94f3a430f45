#include "providers/RequestBuilder.h"
#include "storage/Database.h"
#include "storage/ProviderSettingsRepository.h"
#include "storage/RunRecorder.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pwb;

namespace {

const QString kCanary = u"sk-canary-5f1e0c9a7b3d2e81"_s;

RunStart startFor(const QString &key = kCanary)
{
    ProviderConfig provider = *ProviderConfig::preset(u"openai"_s);
    provider.apiKey = key;
    provider.extraHeaders = {{"X-Session-Token", key.toUtf8()}};
    ChatRequest chat;
    chat.model = u"gpt-4o"_s;
    chat.messages = {{ChatMessage::Role::User, u"hello"_s}};
    RunStart start;
    start.providerId = provider.id;
    start.model = chat.model;
    start.request = buildStreamingRequest(provider, chat);
    start.secrets = {key};
    start.variables = QJsonObject {{u"name"_s, u"Ada"_s}};
    return start;
}

QVariantMap runRow(Database &db, qint64 id)
{
    QSqlQuery query(db.connection());
    query.prepare(
        u"SELECT status, reply_text, reasoning_text, finish_reason, output_tokens, first_token_ms, "
        "error_kind, error_phase, request FROM runs WHERE id = ?"_s);
    query.addBindValue(id);
    QVariantMap row;
    if (query.exec() && query.next()) {
        for (int i = 0; i < 9; ++i) {
            row.insert(query.record().fieldName(i), query.value(i));
        }
    }
    return row;
}

} // namespace

class RunRecorderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_path = m_dir.filePath(u"runs%1.sqlite"_s.arg(++m_count));
        QString error;
        m_db = Database::open(m_path, error);
        QVERIFY2(m_db, qPrintable(error));
    }
    void cleanup() { m_db.reset(); }

    void recordsAStreamInBatches()
    {
        RunRecorder recorder(*m_db);
        recorder.setBatchInterval(50);
        QSignalSpy flushed(&recorder, &RunRecorder::flushed);
        const auto run = recorder.begin(startFor());
        QVERIFY2(run, qPrintable(run.error()));
        QCOMPARE(runRow(*m_db, run.value()).value(u"status"_s).toString(), u"running"_s);

        recorder.record(run.value(), StreamEvent::started(u"gpt-4o"_s, u"c1"_s), 90);
        for (int i = 0; i < 500; ++i) { // 500 tokens arrive within one batch interval
            recorder.record(run.value(), StreamEvent::textDelta(u"tok "_s), 100 + i);
        }
        recorder.record(run.value(), StreamEvent::reasoningDelta(u"hmm"_s), 99);
        QVERIFY(flushed.wait(2000));
        QCOMPARE(recorder.batchesWritten(), 1); // one transaction, not 501
        QCOMPARE(flushed.last().at(1).toInt(), 501);

        Usage usage;
        usage.outputTokens = 500;
        recorder.record(run.value(), StreamEvent::usageUpdate(usage), 700);
        StreamEvent end = StreamEvent::finished(FinishReason::Stop, u"stop"_s, true);
        end.timings.firstTokenMs = 100;
        recorder.record(run.value(), end, 800);

        const QVariantMap row = runRow(*m_db, run.value());
        QCOMPARE(row.value(u"status"_s).toString(), u"complete"_s);
        QCOMPARE(row.value(u"reply_text"_s).toString().size(), 2000);
        QCOMPARE(row.value(u"reasoning_text"_s).toString(), u"hmm"_s);
        QCOMPARE(row.value(u"finish_reason"_s).toString(), u"stop"_s);
        QCOMPARE(row.value(u"output_tokens"_s).toInt(), 500);
        QCOMPARE(row.value(u"first_token_ms"_s).toInt(), 100);

        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(
            u"SELECT count(*), min(at_ms), max(seq) FROM run_chunks WHERE run_id = %1"_s.arg(
                run.value())));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 501); // the replay timeline
        QVERIFY(
            query.exec(u"SELECT rowid FROM run_search WHERE run_search MATCH '\"tok tok\"'"_s) &&
            query.next());
        QCOMPARE(query.value(0).toLongLong(), run.value());
    }

    void failedRunKeepsThePartialTextAndTheError()
    {
        RunRecorder recorder(*m_db);
        connect(&recorder, &RunRecorder::writeFailed, this,
                [](const QString &e) { qWarning("%s", qPrintable(e)); });
        const qint64 run = recorder.begin(startFor()).value();
        recorder.record(run, StreamEvent::textDelta(u"Partial"_s), 10);
        StreamError error;
        error.kind = StreamError::Kind::Overloaded;
        error.phase = StreamError::Phase::MidStream;
        error.message = u"Overloaded"_s;
        error.partialText = u"Partial"_s;
        recorder.record(run, StreamEvent::failed(error), 20);
        const QVariantMap row = runRow(*m_db, run);
        QCOMPARE(row.value(u"status"_s).toString(), u"failed"_s);
        QCOMPARE(row.value(u"reply_text"_s).toString(), u"Partial"_s);
        QCOMPARE(row.value(u"error_kind"_s).toString(), u"overloaded"_s);
        QCOMPARE(row.value(u"error_phase"_s).toString(), u"mid-stream"_s);
    }

    void unfinishedRunIsMarkedInterruptedOnReopen()
    {
        // The process ends before the run does (the SIGKILL version is tst_crashsafety): what
        // was written stays, and the next open marks the run and rebuilds its text.
        qint64 run = 0;
        {
            RunRecorder recorder(*m_db);
            run = recorder.begin(startFor()).value();
            recorder.record(run, StreamEvent::textDelta(u"Hello "_s), 10);
            recorder.record(run, StreamEvent::reasoningDelta(u"think"_s), 15);
            recorder.record(run, StreamEvent::textDelta(u"wor"_s), 20);
            QVERIFY(recorder.flush());
        }
        m_db.reset();
        QString error;
        m_db = Database::open(m_path, error);
        QVERIFY2(m_db, qPrintable(error));
        const Result<int> marked = RunRecorder::markInterrupted(*m_db);
        QVERIFY2(marked, qPrintable(marked.error()));
        QCOMPARE(marked.value(), 1);
        const QVariantMap row = runRow(*m_db, run);
        QCOMPARE(row.value(u"status"_s).toString(), u"interrupted"_s);
        QCOMPARE(row.value(u"reply_text"_s).toString(), u"Hello wor"_s);
        QCOMPARE(row.value(u"reasoning_text"_s).toString(), u"think"_s);
        QCOMPARE(RunRecorder::markInterrupted(*m_db).value(), 0);
    }

    void providerSettingsKeepNoSecret()
    {
        ProviderSettingsRepository providers(*m_db);
        ProviderConfig config = *ProviderConfig::preset(u"openai-compatible"_s);
        config.id = u"my-vllm"_s;
        config.apiKey = kCanary;
        config.baseUrl = QUrl(u"http://gpu-box:8000/v1"_s);
        config.timeouts.idleMs = 30000;
        config.extraHeaders = {{"HTTP-Referer", "https://example.invalid"}};
        QVERIFY(providers.save(config));
        const auto loaded = providers.load(u"my-vllm"_s);
        QVERIFY(loaded);
        QVERIFY(loaded->apiKey.isEmpty());
        QCOMPARE(loaded->timeouts.idleMs, 30000);
        QCOMPARE(loaded->extraHeaders, config.extraHeaders);
        QCOMPARE(loaded->baseUrl, config.baseUrl);

        config.extraHeaders.append({"X-Api-Key", kCanary.toUtf8()});
        const Result<void> refused = providers.save(config);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"X-Api-Key"_s) &&
                     refused.error().contains(u"keychain"_s),
                 qPrintable(refused.error()));
    }

    void noSecretIsEverWritten()
    {
        {
            ProviderSettingsRepository providers(*m_db);
            ProviderConfig config = *ProviderConfig::preset(u"openai"_s);
            config.apiKey = kCanary; // settings, request and run: the whole flow
            QVERIFY(providers.save(config));
            RunRecorder recorder(*m_db);
            const qint64 run = recorder.begin(startFor()).value();
            // A provider that echoes the key back in its reply and its error.
            recorder.record(run, StreamEvent::textDelta(u"your key is "_s + kCanary), 10);
            StreamError error;
            error.kind = StreamError::Kind::Auth;
            error.message = u"Incorrect API key provided: "_s + kCanary;
            recorder.record(run, StreamEvent::failed(error), 20);
            const QJsonObject request =
                QJsonDocument::fromJson(runRow(*m_db, run).value(u"request"_s).toByteArray())
                    .object();
            QCOMPARE(request.value(u"headers"_s).toObject().value(u"Authorization"_s).toString(),
                     u"[redacted]"_s);
            QCOMPARE(request.value(u"headers"_s).toObject().value(u"X-Session-Token"_s).toString(),
                     u"[redacted]"_s);
        }
        m_db.reset(); // close: checkpoint, so the main file holds everything too
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
            QFile file(m_path + suffix);
            if (!file.open(QIODevice::ReadOnly)) {
                continue;
            }
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains(kCanary.toUtf8()),
                     qPrintable(u"the key is in "_s + file.fileName()));
            const QByteArray utf16(reinterpret_cast<const char *>(kCanary.utf16()),
                                   kCanary.size() * 2);
            QVERIFY2(!bytes.contains(utf16), qPrintable(file.fileName()));
        }
        QString error;
        m_db = Database::open(m_path, error);
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(u"SELECT reply_text FROM runs"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"your key is [redacted]"_s);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_count = 0;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(RunRecorderTest)
#include "tst_runrecorder.moc"
