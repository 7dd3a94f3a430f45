// The sample workspace: what a first run shows, and that it runs with no key and no network.
#include "eval/EvalSession.h"
#include "prompts/PromptParameters.h"
#include "providers/Provider.h"
#include "providers/demo/DemoEndpoint.h"
#include "providers/demo/DemoNetworkAccessManager.h"
#include "storage/Database.h"
#include "storage/DatasetRepository.h"
#include "storage/EvalRepository.h"
#include "storage/PromptRepository.h"
#include "storage/RunRecorder.h"
#include "storage/SampleDatasets.h"
#include "storage/SampleWorkspace.h"
#include "streaming/StreamedReply.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace pwb;

namespace {

QSet<QString> variablesUsedIn(const PromptContent &content)
{
    static const QRegularExpression tag(u"\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\}\\}"_s);
    QSet<QString> names;
    for (const ChatMessage &message : content.messages) {
        for (const QRegularExpressionMatch &match : tag.globalMatch(message.content)) {
            names.insert(match.captured(1));
        }
    }
    return names;
}

// {{name}} replaced by the variable's default: enough rendering for these plain templates.
ChatRequest requestWithDefaults(const PromptContent &content)
{
    ChatRequest request = PromptParameters::toRequest(content.parameters).value();
    request.model = content.model;
    for (ChatMessage message : content.messages) {
        for (const VariableDefinition &variable : content.variables) {
            message.content.replace(u"{{"_s + variable.name + u"}}"_s, variable.defaultValue);
        }
        request.messages.append(message);
    }
    return request;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class SampleWorkspaceTest : public QObject
{
    Q_OBJECT

    int count(const QString &table) const
    {
        QSqlQuery query(m_db->connection());
        query.exec(u"SELECT count(*) FROM "_s + table);
        return query.next() ? query.value(0).toInt() : -1;
    }

    std::optional<PromptRecord> promptNamed(const QString &name) const
    {
        for (const PromptRecord &prompt : PromptRepository(*m_db).prompts(true)) {
            if (prompt.name == name) {
                return prompt;
            }
        }
        return std::nullopt;
    }

    QString folderName(std::optional<qint64> id) const
    {
        QSqlQuery query(m_db->connection());
        query.prepare(u"SELECT name FROM folders WHERE id = ?"_s);
        query.addBindValue(id ? QVariant(*id) : QVariant());
        query.exec();
        return query.next() ? query.value(0).toString() : QString();
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_db = Database::open(m_dir.filePath(u"w%1.sqlite"_s.arg(++m_count)), error);
        QVERIFY2(m_db, qPrintable(error));
    }
    void cleanup() { m_db.reset(); }

    void seedsAnEmptyWorkspace()
    {
        const Result<void> seeded = SampleWorkspace::seed(*m_db);
        QVERIFY2(seeded, qPrintable(seeded.error()));
        PromptRepository repo(*m_db);
        QStringList names;
        for (const PromptRecord &prompt : repo.prompts()) {
            names << prompt.name;
            QCOMPARE(prompt.deleted, false);
            QVERIFY(!prompt.tags.isEmpty());
            QVERIFY(!prompt.description.isEmpty());
            for (const PromptVersionRecord &version : repo.versions(prompt.id)) {
                QCOMPARE(version.content.providerId, u"demo"_s);
                QCOMPARE(version.content.model, u"demo-fast"_s);
                QVERIFY(!version.note.isEmpty());
            }
        }
        QCOMPARE(names,
                 (QStringList {u"Code reviewer"_s, u"Extract JSON"_s, u"Summarise an article"_s,
                               u"Translate"_s}));
        QCOMPARE(count(u"folders"_s), 3);

        const std::optional<PromptRecord> summarise = promptNamed(u"Summarise an article"_s);
        QVERIFY(summarise);
        QCOMPARE(folderName(summarise->folderId), u"Writing"_s);
        QCOMPARE(summarise->tags, (QStringList {u"summary"_s, u"writing"_s}));
        const QList<PromptVersionRecord> versions = repo.versions(summarise->id);
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions.at(0).number, 1);
        QCOMPARE(versions.at(1).parentId, versions.at(0).id);
        QVERIFY(versions.at(1).note.contains(u"audience"_s));
        QCOMPARE(repo.labelTarget(summarise->id, u"production"_s), versions.at(1).id);
        QCOMPARE(repo.labelHistory(summarise->id, u"production"_s).size(), 1);
        const QList<VariableDefinition> variables = versions.at(1).content.variables;
        QCOMPARE(variables.size(), 2);
        QCOMPARE(variables.at(1).name, u"audience"_s);
        QVERIFY(!variables.at(0).defaultValue.isEmpty() && !variables.at(1).defaultValue.isEmpty());

        const std::optional<PromptRecord> translate = promptNamed(u"Translate"_s);
        QCOMPARE(folderName(translate->folderId), u"Writing"_s); // one folder, shared

        const std::optional<PromptRecord> reviewer = promptNamed(u"Code reviewer"_s);
        const QList<ChatMessage> turns = repo.versions(reviewer->id).first().content.messages;
        QCOMPARE(turns.first().role, ChatMessage::Role::System);
        QCOMPARE(turns.at(2).role, ChatMessage::Role::Assistant); // the few-shot answer

        const std::optional<PromptRecord> extract = promptNamed(u"Extract JSON"_s);
        const Result<ChatRequest> structured =
            PromptParameters::toRequest(repo.versions(extract->id).first().content.parameters);
        QVERIFY2(structured, qPrintable(structured.error()));
        QCOMPARE(structured->jsonSchema.value(u"type"_s).toString(), u"object"_s);
    }

    void seedingTwiceDoesNothing()
    {
        QVERIFY(SampleWorkspace::seed(*m_db));
        const int prompts = count(u"prompts"_s);
        const int versions = count(u"prompt_versions"_s);
        const int moves = count(u"label_moves"_s);
        QVERIFY(SampleWorkspace::seed(*m_db));
        QCOMPARE(count(u"prompts"_s), prompts);
        QCOMPARE(count(u"prompt_versions"_s), versions);
        QCOMPARE(count(u"label_moves"_s), moves);
        QCOMPARE(count(u"folders"_s), 3);
    }

    void aWorkspaceWithPromptsIsLeftAlone()
    {
        PromptRepository repo(*m_db);
        const Result<qint64> mine = repo.createPrompt(u"Mine"_s);
        QVERIFY(mine);
        QVERIFY(repo.setDeleted(mine.value(), true)); // even a deleted one counts
        QVERIFY(SampleWorkspace::seed(*m_db));
        QCOMPARE(count(u"prompts"_s), 1);
        QCOMPARE(count(u"folders"_s), 0);
    }

    void anExistingFolderIsReused()
    {
        const Result<qint64> writing = PromptRepository(*m_db).createFolder(u"Writing"_s);
        QVERIFY(writing);
        QVERIFY(SampleWorkspace::seed(*m_db));
        QCOMPARE(count(u"folders"_s), 3);
        QCOMPARE(promptNamed(u"Translate"_s)->folderId, writing.value());
    }

    void everySampleIsValid()
    {
        const Result<QList<SampleWorkspace::Prompt>> samples = SampleWorkspace::load();
        QVERIFY2(samples, qPrintable(samples.error()));
        QCOMPARE(samples->size(), 4);
        for (const SampleWorkspace::Prompt &sample : samples.value()) {
            for (const SampleWorkspace::Version &version : sample.versions) {
                const QString where = sample.name + u" / "_s + version.note;
                const Result<ChatRequest> request =
                    PromptParameters::toRequest(version.content.parameters);
                QVERIFY2(request, qPrintable(where + u": "_s + request.error()));
                QVERIFY2(demo::modelIds().contains(version.content.model), qPrintable(where));
                // Every variable the templates use is declared with a default, and every
                // declared one is used: a first run needs nothing typed in.
                QSet<QString> declared;
                for (const VariableDefinition &variable : version.content.variables) {
                    declared.insert(variable.name);
                    QVERIFY2(!variable.defaultValue.isEmpty(), qPrintable(where));
                    QVERIFY2(!variable.description.isEmpty(), qPrintable(where));
                }
                QCOMPARE(variablesUsedIn(version.content), declared);
            }
        }
    }

    void theSamplesRunOnTheOfflineDemo()
    {
        demo::DemoNetworkAccessManager network;
        network.setDeltasPerSecond(0);
        Provider provider(*ProviderConfig::preset(u"demo"_s), &network);
        const Result<QList<SampleWorkspace::Prompt>> samples = SampleWorkspace::load();
        QVERIFY(samples);
        for (const SampleWorkspace::Prompt &sample : samples.value()) {
            const PromptContent &content = sample.versions.last().content;
            StreamedReply reply;
            QEventLoop loop;
            const QMetaObject::Connection connection = connect(
                &provider, &Provider::streamEvent, &loop, [&](quint64, const StreamEvent &event) {
                    reply.apply(event);
                    if (event.isTerminal()) {
                        loop.quit();
                    }
                });
            QTimer::singleShot(20000, &loop, &QEventLoop::quit);
            provider.send(requestWithDefaults(content));
            loop.exec();
            disconnect(connection);
            QVERIFY2(reply.state == StreamedReply::State::Finished,
                     qPrintable(sample.name + u": "_s + reply.error.summary()));
            QVERIFY(!reply.text.isEmpty());
        }
    }

    void theSampleDatasetIsSeeded()
    {
        QVERIFY(SampleWorkspace::seed(*m_db));
        DatasetRepository datasets(*m_db);
        const QList<DatasetInfo> listed = datasets.datasets();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().name, u"Translate examples"_s);
        QCOMPARE(listed.first().caseCount, 4);
        QCOMPARE(datasets.assertions(listed.first().id).size(), 3);
        const QList<DatasetCase> cases = datasets.cases(listed.first().id);
        QCOMPARE(cases.at(1).variables.value(u"target_language"_s).toString(), u"German"_s);
        QCOMPARE(cases.at(1).assertions.size(), 1);
        QCOMPARE(cases.at(3).expected, std::optional<QString>(u"また明日。"_s));
    }

    // What a new user sees on Evaluate › New Eval Run with no key: three cases pass, the one
    // that checks the translated word fails (the demo does not translate).
    void theSampleDatasetEvaluatesOnTheOfflineDemo()
    {
        QVERIFY(SampleWorkspace::seed(*m_db));
        PromptRepository prompts(*m_db);
        qint64 translate = 0;
        for (const PromptRecord &prompt : prompts.prompts()) {
            if (prompt.name == u"Translate") {
                translate = prompts.versions(prompt.id).last().id;
            }
        }
        QVERIFY(translate > 0);
        EvalPlan plan;
        plan.datasetId = *DatasetRepository(*m_db).datasetId(u"Translate examples"_s);
        plan.name = u"demo"_s;
        plan.targets = {{translate, u"demo"_s, u"demo-fast"_s}};
        const Result<QStringList> needed = EvalSession::providersNeeded(*m_db, plan);
        QVERIFY2(needed, qPrintable(needed.error()));
        QCOMPARE(needed.value(), QStringList {u"demo"_s});

        demo::DemoNetworkAccessManager network;
        network.setDeltasPerSecond(0);
        RunRecorder recorder(*m_db);
        EvalSession session(*m_db, &network, &recorder);
        QEventLoop loop;
        connect(&session, &EvalSession::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        const Result<qint64> started =
            session.start(plan, {{u"demo"_s, *ProviderConfig::preset(u"demo"_s)}});
        QVERIFY2(started, qPrintable(started.error()));
        loop.exec();
        const QList<EvalResult> results = EvalRepository(*m_db).results(started.value());
        QCOMPARE(results.size(), 4);
        const QList<DatasetCase> cases = DatasetRepository(*m_db).cases(plan.datasetId);
        for (const EvalResult &result : results) {
            const bool german = result.caseId == cases.at(1).id;
            QVERIFY2(result.status == (german ? u"fail"_s : u"pass"_s),
                     qPrintable(QString::fromUtf8(QJsonDocument(result.assertions).toJson())));
        }
    }

    void aBrokenSampleDatasetSeedsNothing()
    {
        QTemporaryDir datasets;
        writeFile(datasets.filePath(u"d.json"_s), R"({"name": "D", "cases": []})");
        const Result<void> seeded =
            SampleWorkspace::seed(*m_db, u":/sample-workspace"_s, datasets.path());
        QVERIFY(!seeded);
        QVERIFY2(seeded.error().contains(u"d.json needs a name and at least one case"_s),
                 qPrintable(seeded.error()));
        QCOMPARE(count(u"prompts"_s), 0);
        QCOMPARE(count(u"datasets"_s), 0);
    }

    void aBrokenSampleSeedsNothing_data()
    {
        QTest::addColumn<QByteArray>("broken");
        QTest::addColumn<QString>("error");
        QTest::newRow("bad parameter")
            << QByteArray(R"({"name": "B", "folder": "F", "versions": [{"content": {
                   "messages": [{"role": "user", "content": "x"}],
                   "parameters": {"temperature": 5}}}]})")
            << u"b.json, version 1: temperature must be between 0 and 2"_s;
        QTest::newRow("not JSON") << QByteArray("{\n  \"name\": \"B\",\n  oops\n}")
                                  << u"b.json is not valid JSON (line 3)"_s;
        QTest::newRow("no versions") << QByteArray(R"({"name": "B", "versions": []})")
                                     << u"b.json needs a name and at least one version"_s;
        QTest::newRow("bad role") << QByteArray(R"({"name": "B", "versions": [{"content": {
                   "messages": [{"role": "robot", "content": "x"}]}}]})")
                                  << u"\"robot\" is not a message role"_s;
    }

    void aBrokenSampleSeedsNothing()
    {
        QFETCH(QByteArray, broken);
        QFETCH(QString, error);
        QTemporaryDir samples;
        writeFile(samples.filePath(u"a.json"_s),
                  R"({"name": "A", "folder": "F", "tags": ["t"], "versions": [{"content": {
                      "messages": [{"role": "user", "content": "x"}]}}]})");
        writeFile(samples.filePath(u"b.json"_s), broken);
        const Result<void> seeded = SampleWorkspace::seed(*m_db, samples.path());
        QVERIFY(!seeded);
        QVERIFY2(seeded.error().contains(error), qPrintable(seeded.error()));
        QCOMPARE(count(u"prompts"_s), 0);
        QCOMPARE(count(u"folders"_s), 0);
    }

    void aFailureHalfwayLeavesNothing()
    {
        // Both samples load; the second one's empty label is refused by the database only when
        // it is written, after the first sample's rows: the whole seed must roll back.
        QTemporaryDir samples;
        writeFile(samples.filePath(u"a.json"_s),
                  R"({"name": "A", "folder": "F", "tags": ["t"], "versions": [{"labels":
                      ["production"], "content": {"messages": [{"role": "user", "content": "x"}]}}]})");
        writeFile(samples.filePath(u"b.json"_s),
                  R"({"name": "B", "versions": [{"labels": [""], "content": {
                      "messages": [{"role": "user", "content": "y"}]}}]})");
        const Result<void> seeded = SampleWorkspace::seed(*m_db, samples.path());
        QVERIFY(!seeded);
        QVERIFY2(
            seeded.error().startsWith(u"Cannot add the sample prompts: Cannot set the label"_s),
            qPrintable(seeded.error()));
        QCOMPARE(count(u"prompts"_s), 0);
        QCOMPARE(count(u"prompt_versions"_s), 0);
        QCOMPARE(count(u"labels"_s), 0);
        QCOMPARE(count(u"folders"_s), 0);
    }

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(SampleWorkspaceTest)
#include "tst_sampleworkspace.moc"
