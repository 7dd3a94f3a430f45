// Runs as JSON Lines: export → import into another workspace keeps every field and the replay
// timeline; a malformed file is refused with its exact line and field and changes nothing;
// importing twice imports once; imported replies are searchable; no secret leaves.
#include "RecordedRuns.h"
#include "export/RunsJsonlExport.h"
#include "export/RunsJsonlImport.h"
#include "storage/RunsTableModel.h"
#include "storage/SearchResultsModel.h"
#include "storage/StoredRun.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pwb;
using pwb::test::RecordedRuns;

namespace {

const QString kCanary = u"sk-canary-3b8e1f0d9c2a7e64"_s;
const QStringList kTables {u"runs"_s, u"run_chunks"_s, u"run_search"_s, u"prompts"_s,
                           u"prompt_versions"_s};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

QList<QJsonObject> lines(const QByteArray &bytes)
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : bytes.split('\n')) {
        if (!line.isEmpty()) {
            objects.append(QJsonDocument::fromJson(line).object());
        }
    }
    return objects;
}

QList<qint64> allRunIds(const Database &database)
{
    QList<qint64> ids;
    QSqlQuery query(database.connection());
    query.exec(u"SELECT id FROM runs ORDER BY id"_s);
    while (query.next()) {
        ids.append(query.value(0).toLongLong());
    }
    return ids;
}

QVariantList columns(const Database &database, qint64 runId, const QString &names)
{
    QSqlQuery query(database.connection());
    query.prepare(u"SELECT %1 FROM runs WHERE id = ?"_s.arg(names));
    query.addBindValue(runId);
    QVariantList values;
    if (query.exec() && query.next()) {
        for (int i = 0; i < names.count(u',') + 1; ++i) {
            values.append(query.value(i));
        }
    }
    return values;
}

QList<QVariantList> chunks(const Database &database, qint64 runId)
{
    QSqlQuery query(database.connection());
    query.prepare(u"SELECT seq, at_ms, kind, text FROM run_chunks WHERE run_id = ? ORDER BY seq"_s);
    query.addBindValue(runId);
    query.exec();
    QList<QVariantList> rows;
    while (query.next()) {
        rows.append({query.value(0), query.value(1), query.value(2), query.value(3)});
    }
    return rows;
}

QMap<QString, qint64> counts(const Database &database)
{
    QMap<QString, qint64> result;
    for (const QString &table : kTables) {
        result.insert(table, RecordedRuns::count(database, table));
    }
    return result;
}

} // namespace

class RunsJsonlTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> open(const QString &name)
    {
        QString error;
        auto database = Database::open(m_dir.filePath(name), error);
        if (!database) {
            qWarning("%s", qPrintable(error));
        }
        return database;
    }

    // The source workspace: a run of a saved version, a failed run, and a run of an unsaved
    // prompt (a snapshot), the first one with a cost and all with the canary as their key.
    void fillSource(Database &database)
    {
        RecordedRuns runs(database);
        const qint64 version = runs.saveSummarise();
        const QJsonObject variables {{u"text"_s, u"the quarterly report"_s}};
        const qint64 first = runs.record(RecordedRuns::summarise(), version, variables,
                                         RecordedRuns::completeReply(u"Quarterly revenue grew "
                                                                     "by 12 percent."_s),
                                         kCanary);
        runs.record(RecordedRuns::summarise(), version, variables,
                    RecordedRuns::failedReply(u"Partial answer, key "_s + kCanary), kCanary);
        PromptContent unsaved = RecordedRuns::summarise();
        unsaved.messages.last().content = u"Translate: {{text}}"_s;
        runs.record(unsaved, std::nullopt, variables,
                    RecordedRuns::completeReply(u"Le rapport trimestriel."_s), kCanary);
        QSqlQuery cost(database.connection());
        QVERIFY(cost.exec(u"UPDATE runs SET cost_usd = 0.00125 WHERE id = %1"_s.arg(first)));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roundTripKeepsEveryFieldAndChunk()
    {
        auto source = open(u"source.sqlite"_s);
        QVERIFY(source);
        fillSource(*source);
        const QList<qint64> ids = allRunIds(*source);
        QCOMPARE(ids.size(), 3);
        const QString file = m_dir.filePath(u"runs.jsonl"_s);
        const Result<int> written = RunsJsonlExport::write(*source, ids, file);
        QVERIFY2(written, qPrintable(written.error()));
        QCOMPARE(written.value(), 3);

        const QList<QJsonObject> exported = lines(readAll(file));
        QCOMPARE(exported.size(), 4);
        QCOMPARE(exported.first().value(u"format"_s).toString(), u"prompt-workbench/runs"_s);
        QCOMPARE(exported.first().value(u"formatVersion"_s).toInt(), 1);
        QCOMPARE(exported.first().value(u"runs"_s).toInt(), 3);
        const QJsonObject prompt = exported.at(1).value(u"prompt"_s).toObject();
        QCOMPARE(prompt.value(u"name"_s).toString(), u"Summarise"_s);
        QCOMPARE(prompt.value(u"version"_s).toInt(), 1);
        QCOMPARE(prompt.value(u"content"_s)
                     .toObject()
                     .value(u"messages"_s)
                     .toArray()
                     .last()
                     .toObject()
                     .value(u"content"_s)
                     .toString(),
                 u"Summarise: {{text}}"_s);
        QVERIFY(exported.at(3).value(u"prompt"_s).isNull());
        QCOMPARE(
            exported.at(3).value(u"snapshot"_s).toObject().value(u"messages"_s).toArray().size(),
            2);

        auto target = open(u"target.sqlite"_s);
        QVERIFY(target);
        const auto imported = RunsJsonlImport::read(*target, file);
        QVERIFY2(imported, qPrintable(imported.error().toString()));
        QCOMPARE(imported.value().imported, 3);
        QCOMPARE(imported.value().alreadyPresent, 0);
        QCOMPARE(imported.value().linkedToVersions, 0);
        QCOMPARE(RecordedRuns::count(*target, u"prompts"_s), 0); // the library stays the reviewer's

        const QList<qint64> importedIds = allRunIds(*target);
        QCOMPARE(importedIds.size(), 3);
        const QString everyColumn =
            u"variables, provider_id, model, parameters, request, status, reply_text, "
            "reasoning_text, tool_calls, finish_reason, provider_finish, error_phase, error_kind, "
            "error_message, http_status, input_tokens, output_tokens, reasoning_tokens, "
            "cached_input_tokens, cost_usd, started_at, headers_ms, first_token_ms, "
            "last_token_ms, end_ms"_s;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            QCOMPARE(columns(*target, importedIds.at(i), everyColumn),
                     columns(*source, ids.at(i), everyColumn));
            QCOMPARE(chunks(*target, importedIds.at(i)), chunks(*source, ids.at(i)));
            const StoredRun before = StoredRun::load(*source, ids.at(i)).value();
            const StoredRun after = StoredRun::load(*target, importedIds.at(i)).value();
            QCOMPARE(after.variables, before.variables);
            QCOMPARE(after.request, before.request);
            QCOMPARE(after.status, before.status);
            QCOMPARE(after.reply.text, before.reply.text);
            QCOMPARE(after.reply.reasoning, before.reply.reasoning);
            QCOMPARE(after.reply.toolCalls.size(), before.reply.toolCalls.size());
            QCOMPARE(after.reply.usage, before.reply.usage);
            QCOMPARE(after.reply.timings, before.reply.timings);
            QCOMPARE(after.reply.finishReason, before.reply.finishReason);
            QCOMPARE(after.reply.error.kind, before.reply.error.kind);
            QCOMPARE(after.reply.error.phase, before.reply.error.phase);
            QCOMPARE(after.reply.error.httpStatus, before.reply.error.httpStatus);
            QCOMPARE(after.startedAt, before.startedAt);
            QVERIFY(!after.promptVersionId);
        }
        // The version run keeps its prompt as a snapshot that still names it.
        const StoredRun first = StoredRun::load(*target, importedIds.first()).value();
        const QJsonObject source0 = first.snapshot.value(u"source"_s).toObject();
        QCOMPARE(source0.value(u"prompt"_s).toString(), u"Summarise"_s);
        QCOMPARE(source0.value(u"version"_s).toInt(), 1);
        QCOMPARE(first.snapshot.value(u"messages"_s),
                 prompt.value(u"content"_s).toObject().value(u"messages"_s));
        // The runs table names it too.
        RunsTableModel table(*target);
        table.sort(RunsTableModel::Started, Qt::AscendingOrder);
        QCOMPARE(table.rowCount(), 3);
        QCOMPARE(table.index(0, RunsTableModel::Prompt).data().toString(), u"Summarise"_s);
        QCOMPARE(table.index(0, RunsTableModel::Version).data().toInt(), 1);
        QCOMPARE(table.index(2, RunsTableModel::Version).data(), QVariant());
        // The unsaved prompt's snapshot comes back as it was.
        QCOMPARE(StoredRun::load(*target, importedIds.last())->snapshot,
                 StoredRun::load(*source, ids.last())->snapshot);
    }

    void linksToTheSameVersionAndReExportsTheSameLines()
    {
        auto source = open(u"link-source.sqlite"_s);
        QVERIFY(source);
        fillSource(*source);
        const QString file = m_dir.filePath(u"link.jsonl"_s);
        QVERIFY(RunsJsonlExport::write(*source, allRunIds(*source), file));

        auto target = open(u"link-target.sqlite"_s);
        QVERIFY(target);
        RecordedRuns library(*target);
        const qint64 sameVersion = library.saveSummarise(); // same name, same content
        const auto imported = RunsJsonlImport::read(*target, file);
        QVERIFY2(imported, qPrintable(imported.error().toString()));
        QCOMPARE(imported.value().imported, 3);
        QCOMPARE(imported.value().linkedToVersions, 2);
        const QList<qint64> ids = allRunIds(*target);
        QCOMPARE(StoredRun::load(*target, ids.at(0))->promptVersionId.value_or(-1), sameVersion);
        QCOMPARE(StoredRun::load(*target, ids.at(1))->promptVersionId.value_or(-1), sameVersion);
        QVERIFY(!StoredRun::load(*target, ids.at(2))->promptVersionId);

        // Exported again, every run reads as it did in the first workspace.
        const QList<qint64> sourceIds = allRunIds(*source);
        for (qsizetype i = 0; i < ids.size(); ++i) {
            QJsonObject before = RunsJsonlExport::runObject(*source, sourceIds.at(i)).value();
            QJsonObject after = RunsJsonlExport::runObject(*target, ids.at(i)).value();
            before.remove(u"id"_s);
            after.remove(u"id"_s);
            QCOMPARE(after, before);
        }
    }

    void reimportingChangesNothing()
    {
        auto source = open(u"again-source.sqlite"_s);
        QVERIFY(source);
        fillSource(*source);
        const QString file = m_dir.filePath(u"again.jsonl"_s);
        QVERIFY(RunsJsonlExport::write(*source, allRunIds(*source), file));
        auto target = open(u"again-target.sqlite"_s);
        QVERIFY(target);
        QCOMPARE(RunsJsonlImport::read(*target, file).value().imported, 3);
        const QMap<QString, qint64> before = counts(*target);

        const auto dryRun = RunsJsonlImport::read(*target, file, RunsJsonlImport::Mode::DryRun);
        QCOMPARE(dryRun.value().imported, 0);
        QCOMPARE(dryRun.value().alreadyPresent, 3);
        const auto again = RunsJsonlImport::read(*target, file);
        QVERIFY2(again, qPrintable(again.error().toString()));
        QCOMPARE(again.value().imported, 0);
        QCOMPARE(again.value().alreadyPresent, 3);
        QCOMPARE(counts(*target), before);
    }

    void dryRunImportsNothing()
    {
        auto source = open(u"dry-source.sqlite"_s);
        QVERIFY(source);
        fillSource(*source);
        const QString file = m_dir.filePath(u"dry.jsonl"_s);
        QVERIFY(RunsJsonlExport::write(*source, allRunIds(*source), file));
        auto target = open(u"dry-target.sqlite"_s);
        QVERIFY(target);
        const QMap<QString, qint64> before = counts(*target);
        const auto dryRun = RunsJsonlImport::read(*target, file, RunsJsonlImport::Mode::DryRun);
        QVERIFY2(dryRun, qPrintable(dryRun.error().toString()));
        QCOMPARE(dryRun.value().imported, 3);
        QCOMPARE(counts(*target), before);
    }

    void importedRunsAreFoundBySearch()
    {
        auto source = open(u"search-source.sqlite"_s);
        QVERIFY(source);
        fillSource(*source);
        const QString file = m_dir.filePath(u"search.jsonl"_s);
        QVERIFY(RunsJsonlExport::write(*source, allRunIds(*source), file));
        auto target = open(u"search-target.sqlite"_s);
        QVERIFY(target);
        QVERIFY(RunsJsonlImport::read(*target, file));

        SearchResultsModel search(*target);
        search.setQuery(u"revenue grew"_s);
        QCOMPARE(search.rowCount(), 1);
        QCOMPARE(search.index(0).data(SearchResultsModel::KindRole).toString(), u"run"_s);
        QCOMPARE(search.index(0).data(SearchResultsModel::IdRole).toLongLong(),
                 allRunIds(*target).first());
        search.setQuery(u"trimestriel"_s);
        QCOMPARE(search.rowCount(), 1);
        QCOMPARE(search.index(0).data(SearchResultsModel::IdRole).toLongLong(),
                 allRunIds(*target).last());
    }

    void noSecretIsExported()
    {
        auto source = open(u"secret-source.sqlite"_s);
        QVERIFY(source);
        fillSource(*source);
        const QString file = m_dir.filePath(u"secret.jsonl"_s);
        QVERIFY(RunsJsonlExport::write(*source, allRunIds(*source), file));
        const QByteArray bytes = readAll(file);
        QVERIFY(bytes.contains("Partial answer, key [redacted]"));
        QVERIFY(bytes.contains("\"X-Session-Token\":\"[redacted]\""));
        QVERIFY(!bytes.contains(kCanary.toUtf8()));
        QVERIFY(!bytes.contains(kCanary.first(12).toUtf8()));
    }

    void secretHeadersInAFileAreRedactedOnImport()
    {
        auto source = open(u"edit-source.sqlite"_s);
        QVERIFY(source);
        fillSource(*source);
        const QString file = m_dir.filePath(u"edited.jsonl"_s);
        QVERIFY(RunsJsonlExport::write(*source, {allRunIds(*source).first()}, file));
        QList<QJsonObject> objects = lines(readAll(file));
        QJsonObject request = objects.at(1).value(u"request"_s).toObject();
        QJsonObject headers = request.value(u"headers"_s).toObject();
        headers.insert(u"Authorization"_s, QString(u"Bearer "_s + kCanary)); // edited by hand
        request.insert(u"headers"_s, headers);
        objects[1].insert(u"request"_s, request);
        QByteArray edited;
        for (const QJsonObject &object : objects) {
            edited += QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
        }
        writeAll(file, edited);

        auto target = open(u"edit-target.sqlite"_s);
        QVERIFY(target);
        QVERIFY(RunsJsonlImport::read(*target, file));
        const StoredRun run = StoredRun::load(*target, allRunIds(*target).first()).value();
        QCOMPARE(run.request.value(u"headers"_s).toObject().value(u"Authorization"_s).toString(),
                 u"[redacted]"_s);
    }

    void malformedFilesAreRefusedByLine_data()
    {
        QTest::addColumn<QString>("edit"); // what to do to the valid file
        QTest::addColumn<QString>("problem");

        QTest::newRow("bad JSON") << u"line2:{\"provider\": "_s
                                  << u"runs.jsonl:2: not valid JSON at column"_s;
        QTest::newRow("missing field")
            << u"remove:provider"_s << u"runs.jsonl:2: field \"provider\": is missing"_s;
        QTest::newRow("wrong type")
            << u"set:startedAt=\"yesterday\""_s
            << u"runs.jsonl:2: field \"startedAt\": must be a whole number"_s;
        QTest::newRow("bad status")
            << u"set:status=\"done\""_s
            << u"runs.jsonl:2: field \"status\": \"done\" is not one of running, complete, "
               "truncated, failed, cancelled, interrupted"_s;
        QTest::newRow("nested type") << u"set:usage={\"inputTokens\":\"many\"}"_s
                                     << u"runs.jsonl:2: field \"usage.inputTokens\": must be a "
                                        "whole number or null"_s;
        QTest::newRow("bad chunk kind")
            << u"set:chunks=[[5,\"image\",\"x\"]]"_s
            << u"runs.jsonl:2: field \"chunks[0]\": \"image\" is not one of text, reasoning, tool"_s;
        QTest::newRow("bad message role")
            << u"set:prompt={\"name\":\"P\",\"version\":1,\"content\":{\"messages\":[{\"role\":"
               "\"narrator\",\"content\":\"x\"}]}}"_s
            << u"runs.jsonl:2: field \"prompt.content.messages[0].role\": \"narrator\" is not "
               "one of system, user, assistant"_s;
        QTest::newRow("header missing")
            << u"drop-header"_s << u"runs.jsonl:1: this is not a Prompt Workbench runs file"_s;
        QTest::newRow("newer format")
            << u"header:formatVersion=2"_s
            << u"runs.jsonl:1: field \"formatVersion\": version 2 of the format is not known"_s;
        QTest::newRow("cut short") << u"drop-last"_s
                                   << u"runs.jsonl:3: the header announces 3 runs, but the file "
                                      "has 2"_s;
        QTest::newRow("empty file") << u"empty"_s << u"runs.jsonl:1: the file is empty"_s;
        QTest::newRow("problem on the last line")
            << u"line4:[1, 2]"_s << u"runs.jsonl:4: must be a JSON object"_s;
    }

    void malformedFilesAreRefusedByLine()
    {
        QFETCH(QString, edit);
        QFETCH(QString, problem);
        auto source = open(u"bad-source-%1.sqlite"_s.arg(
            QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        QVERIFY(source);
        fillSource(*source);
        const QString file = m_dir.filePath(u"runs.jsonl"_s);
        QVERIFY(RunsJsonlExport::write(*source, allRunIds(*source), file));
        QList<QByteArray> raw = readAll(file).split('\n');
        raw.removeLast(); // after the final newline
        QJsonObject run = QJsonDocument::fromJson(raw.at(1)).object();
        QJsonObject header = QJsonDocument::fromJson(raw.at(0)).object();
        const QString what = edit.section(u':', 0, 0);
        const QString how = edit.section(u':', 1);
        if (what == u"remove") {
            run.remove(how);
        } else if (what == u"set") {
            const QJsonDocument value =
                QJsonDocument::fromJson(u"[%1]"_s.arg(how.section(u'=', 1)).toUtf8());
            run.insert(how.section(u'=', 0, 0), value.array().first());
        } else if (what == u"header") {
            header.insert(how.section(u'=', 0, 0), how.section(u'=', 1).toInt());
        }
        raw[0] = QJsonDocument(header).toJson(QJsonDocument::Compact);
        raw[1] = QJsonDocument(run).toJson(QJsonDocument::Compact);
        if (what.startsWith(u"line")) {
            raw[what.mid(4).toInt() - 1] = how.toUtf8();
        } else if (what == u"drop-header") {
            raw.removeFirst();
        } else if (what == u"drop-last") {
            raw.removeLast();
        } else if (what == u"empty") {
            raw.clear();
        }
        writeAll(file, raw.isEmpty() ? QByteArray() : raw.join('\n') + '\n');

        auto target = open(u"bad-target-%1.sqlite"_s.arg(
            QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        QVERIFY(target);
        RecordedRuns(*target).saveSummarise(); // the valid lines could link to it
        const QMap<QString, qint64> before = counts(*target);
        const auto imported = RunsJsonlImport::read(*target, file);
        QVERIFY(!imported);
        QVERIFY2(imported.error().problems.first().startsWith(problem),
                 qPrintable(imported.error().toString()));
        QCOMPARE(counts(*target), before); // nothing half-imported

        const auto dryRun = RunsJsonlImport::read(*target, file, RunsJsonlImport::Mode::DryRun);
        QVERIFY(!dryRun);
        QCOMPARE(dryRun.error().problems, imported.error().problems);
    }

    void everyProblemOfAFileIsListed()
    {
        const QString file = m_dir.filePath(u"many.jsonl"_s);
        writeAll(file,
                 "{\"format\":\"prompt-workbench/runs\",\"formatVersion\":1}\n"
                 "{\"provider\":\"openai\",\"model\":\"m\",\"status\":\"done\",\"startedAt\":1,"
                 "\"request\":{}}\n"
                 "\n"
                 "{\"provider\":7,\"model\":\"m\",\"status\":\"complete\",\"request\":{}}\n");
        auto target = open(u"many-target.sqlite"_s);
        QVERIFY(target);
        const auto imported = RunsJsonlImport::read(*target, file);
        QVERIFY(!imported);
        QCOMPARE(imported.error().problems,
                 QStringList({u"many.jsonl:2: field \"status\": \"done\" is not one of running, "
                              "complete, truncated, failed, cancelled, interrupted"_s,
                              u"many.jsonl:4: field \"provider\": must be text"_s,
                              u"many.jsonl:4: field \"startedAt\": is missing"_s}));
    }

    void unknownRunIdFailsTheExportWithoutAFile()
    {
        auto source = open(u"unknown.sqlite"_s);
        QVERIFY(source);
        const QString file = m_dir.filePath(u"unknown.jsonl"_s);
        const Result<int> written = RunsJsonlExport::write(*source, {42}, file);
        QVERIFY(!written);
        QVERIFY2(written.error().contains(u"no run 42"_s), qPrintable(written.error()));
        QVERIFY(!QFile::exists(file));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(RunsJsonlTest)
#include "tst_runsjsonl.moc"
