// Code from a saved run: the request rebuilt from the run's prompt version (or snapshot),
// variables and parameters builds exactly the body the run stored, for every wire format; code
// is refused for a run whose stored request its prompt no longer builds.
#include "RecordedRuns.h"
#include "export/RunCodeExport.h"
#include "export/StoredRunRequest.h"
#include "storage/StoredRun.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pwb;
using pwb::test::RecordedRuns;

namespace {

const QString kCanary = u"sk-canary-c0de7a1b2c3d4e5f"_s;

QJsonObject bodyOf(const ProviderConfig &provider, const ChatRequest &request)
{
    return QJsonDocument::fromJson(buildStreamingRequest(provider, request).body).object();
}

} // namespace

class RunCodeFromRunTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QString error;
        m_database = Database::open(m_dir.filePath(u"w%1.sqlite"_s.arg(++m_count)), error);
        QVERIFY2(m_database, qPrintable(error));
    }
    void cleanup() { m_database.reset(); }

    void rebuiltRequestBuildsTheStoredBody_data()
    {
        QTest::addColumn<QString>("providerId");
        QTest::addColumn<bool>("saved"); // a saved version, or an unsaved prompt's snapshot
        QTest::addColumn<QJsonObject>("overrides"); // parameters a compare column changed
        for (const QString &provider :
             {u"openai"_s, u"openai-responses"_s, u"anthropic"_s, u"gemini"_s, u"ollama"_s}) {
            QTest::addRow("%s version", qPrintable(provider)) << provider << true << QJsonObject();
            QTest::addRow("%s snapshot", qPrintable(provider))
                << provider << false << QJsonObject();
        }
        QTest::newRow("overridden parameters")
            << u"openai"_s << true
            << QJsonObject {{u"temperature"_s, 1.1}, {u"seed"_s, 7}, {u"max_tokens"_s, 50}};
    }

    void rebuiltRequestBuildsTheStoredBody()
    {
        QFETCH(QString, providerId);
        QFETCH(bool, saved);
        QFETCH(QJsonObject, overrides);
        RecordedRuns runs(*m_database);
        const PromptContent content = RecordedRuns::summarise(providerId, u"some-model"_s);
        const qint64 version = runs.saveSummarise(content);
        const QJsonObject variables {{u"text"_s, u"Line one\n\"quoted\" {{not a tag}}"_s}};
        const qint64 id =
            runs.record(content, saved ? std::optional<qint64>(version) : std::nullopt, variables,
                        RecordedRuns::completeReply(u"Done."_s), kCanary, overrides);
        const StoredRun run = StoredRun::load(*m_database, id).value();
        QCOMPARE(run.promptVersionId.has_value(), saved);

        const Result<ChatRequest> rebuilt = StoredRunRequest::rebuild(run, runs.prompts());
        QVERIFY2(rebuilt, qPrintable(rebuilt.error()));
        QCOMPARE(rebuilt.value().messages.first().content, u"Be brief and kind."_s); // the partial
        const ProviderConfig provider = ProviderConfig::preset(providerId).value();
        QCOMPARE(bodyOf(provider, rebuilt.value()), run.request.value(u"body"_s).toObject());

        const Result<QString> code =
            RunCodeExport::codeForRun(run, runs.prompts(), provider, CodeLanguage::Python);
        QVERIFY2(code, qPrintable(code.error()));
        QVERIFY(code.value().contains(u"some-model"_s));
        QVERIFY(!code.value().contains(kCanary));
    }

    void aLaterChatTurnIsRefused()
    {
        RecordedRuns runs(*m_database);
        const qint64 version = runs.saveSummarise();
        const qint64 id =
            runs.record(RecordedRuns::summarise(), version, QJsonObject {{u"text"_s, u"x"_s}},
                        RecordedRuns::completeReply(u"Done."_s));
        StoredRun run = StoredRun::load(*m_database, id).value();
        // What the chat pane stores for a follow-up: the conversation so far, then the question.
        QJsonObject body = run.request.value(u"body"_s).toObject();
        QJsonArray messages = body.value(u"messages"_s).toArray();
        messages.append(QJsonObject {{u"role"_s, u"assistant"_s}, {u"content"_s, u"Done."_s}});
        messages.append(QJsonObject {{u"role"_s, u"user"_s}, {u"content"_s, u"Shorter?"_s}});
        body.insert(u"messages"_s, messages);
        run.request.insert(u"body"_s, body);

        const Result<QString> code = RunCodeExport::codeForRun(
            run, runs.prompts(), ProviderConfig::preset(u"openai"_s).value(), CodeLanguage::Curl);
        QVERIFY(!code);
        QVERIFY2(code.error().contains(u"a later turn of a chat"_s), qPrintable(code.error()));
    }

    void aRunWithoutItsPromptIsRefused()
    {
        StoredRun run;
        run.id = 9;
        run.model = u"m"_s;
        PromptRepository prompts(*m_database);
        const Result<ChatRequest> rebuilt = StoredRunRequest::rebuild(run, prompts);
        QVERIFY(!rebuilt);
        QVERIFY2(rebuilt.error().contains(u"Run 9 keeps no prompt"_s), qPrintable(rebuilt.error()));
    }

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<Database> m_database;
};

QTEST_GUILESS_MAIN(RunCodeFromRunTest)
#include "tst_runcodefromrun.moc"
