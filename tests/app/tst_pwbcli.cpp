#include "Fixtures.h"
#include "LoopbackServer.h"
#include "PwbProcess.h"
#include "secrets/KeychainSecretStore.h"
#include "storage/Database.h"
#include "storage/PromptRepository.h"
#include "storage/RunRecorder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Drives the real `pwb` executable: what CI scripts see is its output and exit status.
class PwbCliTest : public QObject
{
    Q_OBJECT

    using Outcome = pwb::test::PwbProcess::Outcome;
    Outcome runPwb(const QStringList &arguments, const QString &workingDirectory = {},
                   const QByteArray &input = {}, const QList<QPair<QString, QString>> &env = {})
    {
        return m_pwb.run(arguments, workingDirectory, input, env);
    }
    QString writeFile(const QString &name, const QByteArray &content) const
    {
        return m_pwb.writeFile(name, content);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void exitStatusAndOutput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stdoutPattern");
        QTest::addColumn<QString>("stderrPattern");

        QTest::newRow("--version")
            << QStringList {u"--version"_s} << 0
            << u"^pwb \\d+\\.\\d+\\.\\d+ \\(Prompt Workbench, Qt 6\\.\\d+\\.\\d+\\)\\n$"_s
            << u"^$"_s;
        QTest::newRow("-v") << QStringList {u"-v"_s} << 0 << u"^pwb \\d"_s << u"^$"_s;
        QTest::newRow("--help lists commands")
            << QStringList {u"--help"_s} << 0 << u"Usage: pwb COMMAND.*\\n  paths +Print where"_s
            << u"^$"_s;
        QTest::newRow("no command: usage on stderr")
            << QStringList {} << 2 << u"^$"_s << u"^Usage: pwb COMMAND"_s;
        QTest::newRow("unknown command named")
            << QStringList {u"frobnicate"_s} << 2 << u"^$"_s << u"unknown command 'frobnicate'"_s;
        QTest::newRow("unknown option of a command")
            << QStringList {u"paths"_s, u"--bogus"_s} << 2 << u"^$"_s << u"^pwb paths: .*bogus"_s;
        QTest::newRow("stray argument") << QStringList {u"paths"_s, u"extra"_s} << 2 << u"^$"_s
                                        << u"unexpected argument 'extra'"_s;
        QTest::newRow("command help")
            << QStringList {u"paths"_s, u"--help"_s} << 0 << u"--workspace <PATH>"_s << u"^$"_s;
    }

    void exitStatusAndOutput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, stdoutPattern);
        QFETCH(QString, stderrPattern);

        const Outcome outcome = runPwb(arguments);
        QCOMPARE(outcome.exitCode, exitCode);
        const QRegularExpression outRe(stdoutPattern,
                                       QRegularExpression::DotMatchesEverythingOption);
        const QRegularExpression errRe(stderrPattern,
                                       QRegularExpression::DotMatchesEverythingOption);
        QVERIFY2(outRe.match(outcome.out).hasMatch(), qPrintable(u"stdout: "_s + outcome.out));
        QVERIFY2(errRe.match(outcome.err).hasMatch(), qPrintable(u"stderr: "_s + outcome.err));
    }

    void pathsPrintsTheDefaultWorkspace()
    {
        const Outcome outcome = runPwb({u"paths"_s});
        QCOMPARE(outcome.exitCode, 0);
        QCOMPARE(
            outcome.out,
            u"workspace\t%1/data/prompt-workbench/workspace.sqlite\nsettings\t%1/config/prompt-workbench/settings.ini\n"_s
                .arg(m_home.path()));
    }

    void pathsResolvesARelativeWorkspaceFolder()
    {
        const Outcome outcome = runPwb({u"paths"_s, u"--workspace"_s, u"team/"_s}, m_home.path());
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY2(
            outcome.out.startsWith(u"workspace\t"_s + m_home.filePath(u"team/workspace.sqlite"_s)),
            qPrintable(outcome.out));
    }

    void pathsReportsAnUnusableWorkspace()
    {
        const Outcome outcome = runPwb({u"paths"_s, u"--workspace"_s, u"/proc/nope/w.sqlite"_s});
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY2(outcome.err.contains(u"/proc/nope"), qPrintable(outcome.err));
    }

    void chatStreamsTheReplyAndReportsFigures()
    {
        pwb::test::LoopbackServer server;
        server.enqueue(
            pwb::test::ServerScript::streamed({pwb::test::fixture(u"openai_chat_basic.sse"_s)}));
        const Outcome outcome =
            runPwb({u"chat"_s, u"--provider"_s, u"custom"_s, u"--base-url"_s,
                    server.url().toString() + u"/v1"_s, u"--model"_s, u"gpt-4o-mini"_s,
                    u"--system"_s, u"Be brief."_s, u"--temperature"_s, u"0.2"_s, u"Say hello"_s},
                   {}, {}, {{u"OPENAI_API_KEY"_s, kCanary}});
        QCOMPARE(outcome.exitCode, 0);
        QCOMPARE(outcome.out, u"Hello, 世界! 🌍\n"_s);
        QVERIFY2(outcome.err.contains(u"finished: stop"), qPrintable(outcome.err));
        QVERIFY2(outcome.err.contains(u"tokens in 12 / out 5"), qPrintable(outcome.err));
        QVERIFY2(outcome.err.contains(u"TTFT"), qPrintable(outcome.err));
        QCOMPARE(server.requests().size(), 1);
        const auto request = server.requests().first();
        QCOMPARE(request.path, "/v1/chat/completions"_ba);
        QCOMPARE(request.header("Authorization"), "Bearer " + kCanary.toUtf8());
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(body.value(u"model"_s).toString(), u"gpt-4o-mini"_s);
        QCOMPARE(body.value(u"temperature"_s).toDouble(), 0.2);
        QCOMPARE(body.value(u"messages"_s).toArray().size(), 2);
        QVERIFY(!outcome.out.contains(kCanary) && !outcome.err.contains(kCanary));
    }

    void chatJsonAndStdinMessage()
    {
        pwb::test::LoopbackServer server;
        server.enqueue(pwb::test::ServerScript::streamed(
            {pwb::test::fixture(u"anthropic_thinking_tools.sse"_s)}));
        const Outcome outcome =
            runPwb({u"chat"_s, u"--provider"_s, u"anthropic"_s, u"--base-url"_s,
                    server.url().toString(), u"--model"_s, u"claude-opus-4-1"_s, u"--json"_s},
                   {}, "What is the weather?\n");
        QCOMPARE(outcome.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(outcome.out.toUtf8()).object();
        QCOMPARE(json.value(u"text"_s).toString(), u"Checking."_s);
        QCOMPARE(json.value(u"reasoning"_s).toString(), u"Need the weather tool."_s);
        QCOMPARE(json.value(u"finish_reason"_s).toString(), u"tool calls"_s);
        QCOMPARE(
            json.value(u"tool_calls"_s).toArray().first().toObject().value(u"name"_s).toString(),
            u"get_weather"_s);
        QCOMPARE(json.value(u"usage"_s).toObject().value(u"output_tokens"_s).toInt(), 89);
        const QJsonObject sent = QJsonDocument::fromJson(server.requests().first().body).object();
        QCOMPARE(
            sent.value(u"messages"_s).toArray().first().toObject().value(u"content"_s).toString(),
            u"What is the weather?\n"_s);
    }

    void chatFailureExitsTwoWithPhaseKindAndHint()
    {
        pwb::test::LoopbackServer server;
        // The provider echoes the key back in its message: pwb must not print it.
        server.enqueue(pwb::test::ServerScript::response(
            429,
            "{\"error\":{\"message\":\"Rate limit reached for key " + kCanary.toUtf8() +
                "\",\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"}}",
            {"retry-after: 3"}));
        const Outcome outcome =
            runPwb({u"chat"_s, u"--provider"_s, u"openai-compatible"_s, u"--base-url"_s,
                    server.url().toString(), u"--model"_s, u"m"_s, u"hi"_s},
                   {}, {}, {{u"OPENAI_API_KEY"_s, kCanary}});
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY2(outcome.err.contains(u"rate limit (first packet, HTTP 429)"),
                 qPrintable(outcome.err));
        QVERIFY2(outcome.err.contains(u"retry in 3 s"), qPrintable(outcome.err));
        QVERIFY2(outcome.err.contains(u"[redacted]"), qPrintable(outcome.err));
        QVERIFY(!outcome.err.contains(kCanary));
    }

    void chatTruncatedStreamExitsTwo()
    {
        pwb::test::LoopbackServer server;
        const QByteArray stream = pwb::test::fixture(u"openai_chat_basic.sse"_s);
        server.enqueue(pwb::test::ServerScript::streamed({stream.first(stream.indexOf(
            "data: "
            "{\"id\":\"chatcmpl-Bx1\",\"object\":\"chat.completion.chunk\",\"created\":1763700000,"
            "\"model\":\"gpt-4o-mini-2024-07-18\",\"choices\":[{\"index\":0,\"delta\":{},"))}));
        const Outcome outcome =
            runPwb({u"chat"_s, u"--provider"_s, u"openai-compatible"_s, u"--base-url"_s,
                    server.url().toString(), u"--model"_s, u"m"_s, u"hi"_s});
        QCOMPARE(outcome.exitCode, 2);
        QCOMPARE(outcome.out, u"Hello, 世界! 🌍\n"_s);
        QVERIFY2(outcome.err.contains(u"truncated"), qPrintable(outcome.err));
    }

    void chatWithTheOfflineDemo()
    {
        // No key anywhere and no server: the demo answers inside pwb.
        const Outcome outcome =
            runPwb({u"chat"_s, u"--provider"_s, u"demo"_s, u"--model"_s, u"demo-fast"_s,
                    u"--temperature"_s, u"0.3"_s, u"Hello there\nsecond line"_s});
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY2(outcome.out.contains(u"offline demo"_s), qPrintable(outcome.out));
        QVERIFY2(outcome.out.contains(u"> Hello there\n"_s), qPrintable(outcome.out));
        QVERIFY2(outcome.out.contains(u"- temperature: 0.3\n"_s), qPrintable(outcome.out));
        QVERIFY2(outcome.out.contains(u"```python\n"_s), qPrintable(outcome.out));
        QVERIFY2(outcome.err.contains(u"finished: stop"_s), qPrintable(outcome.err));
        QVERIFY2(outcome.err.contains(u"tokens in "_s), qPrintable(outcome.err));

        const Outcome json =
            runPwb({u"chat"_s, u"--provider"_s, u"demo"_s, u"--model"_s, u"demo-thinking"_s,
                    u"--max-tokens"_s, u"12"_s, u"--json"_s, u"Hi"_s});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject reply = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(reply.value(u"finish_reason"_s).toString(), u"length"_s);
        QVERIFY(!reply.value(u"reasoning"_s).toString().isEmpty());
        QCOMPARE(reply.value(u"usage"_s).toObject().value(u"output_tokens"_s).toInt(), 12);
    }

    void chatUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no model") << QStringList {u"chat"_s, u"hi"_s} << u"--model is required"_s;
        QTest::newRow("unknown provider")
            << QStringList {u"chat"_s, u"--provider"_s, u"nope"_s, u"--model"_s, u"m"_s, u"hi"_s}
            << u"unknown provider 'nope'"_s;
        QTest::newRow("bad number")
            << QStringList {u"chat"_s, u"--model"_s, u"m"_s, u"--temperature"_s, u"hot"_s, u"hi"_s}
            << u"take numbers"_s;
        QTest::newRow("bad header")
            << QStringList {u"chat"_s, u"--model"_s, u"m"_s, u"--header"_s, u"nocolon"_s, u"hi"_s}
            << u"is not 'NAME: VALUE'"_s;
        QTest::newRow("empty stdin")
            << QStringList {u"chat"_s, u"--model"_s, u"m"_s} << u"the message is empty"_s;
    }

    void chatUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Outcome outcome = runPwb(arguments);
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY2(outcome.err.contains(message), qPrintable(outcome.err));
    }

    void chatReadsTheKeyFromTheKeychain()
    {
        // No environment variable: pwb falls back to the OS keychain (a real GNOME Keyring here).
        pwb::KeychainSecretStore store(pwb::KeychainSecretStore::defaultServiceName());
        const QString keyName = pwb::SecretStore::apiKeyName(u"openai-compatible"_s);
        bool written = false;
        store.write(keyName, u"sk-from-keychain-0123456789"_s,
                    [&](const pwb::SecretStore::Result &r) {
                        written = r.status == pwb::SecretStore::Status::Ok;
                    });
        QVERIFY(QTest::qWaitFor([&] { return written; }, 10000));

        pwb::test::LoopbackServer server;
        server.enqueue(
            pwb::test::ServerScript::streamed({pwb::test::fixture(u"openai_chat_basic.sse"_s)}));
        const Outcome outcome =
            runPwb({u"chat"_s, u"--provider"_s, u"openai-compatible"_s, u"--base-url"_s,
                    server.url().toString(), u"--model"_s, u"m"_s, u"hi"_s});
        bool removed = false;
        store.remove(keyName, [&](const pwb::SecretStore::Result &) { removed = true; });
        QVERIFY(QTest::qWaitFor([&] { return removed; }, 10000));
        QCOMPARE(outcome.exitCode, 0);
        QCOMPARE(server.requests().first().header("Authorization"),
                 "Bearer sk-from-keychain-0123456789"_ba);
        QVERIFY(!outcome.err.contains(u"sk-from-keychain"_s));
    }

    void decodeProviderCaptures_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("capture");
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("openai")
            << u"openai"_s << u"openai_chat_basic.sse"_s
            << QStringList {u"{\"type\":\"text\",\"text\":\"Hello\"}"_s,
                            u"{\"type\":\"text\",\"text\":\", 世界\"}"_s,
                            u"{\"type\":\"text\",\"text\":\"! 🌍\"}"_s,
                            u"{\"type\":\"usage\",\"input_tokens\":12,\"output_tokens\":5}"_s,
                            u"{\"type\":\"finished\",\"reason\":\"stop\",\"complete\":true}"_s}
            << 0;
        QTest::newRow("openai tool calls")
            << u"openai"_s << u"openai_chat_tools.sse"_s
            << QStringList {u"{\"type\":\"tool_call\",\"index\":0,\"id\":\"call_abc\",\"name\":\"get_weather\",\"arguments\":\"\"}"_s,
                            u"{\"type\":\"tool_call\",\"index\":0,\"id\":\"\",\"name\":\"\",\"arguments\":\"{\\\"ci\"}"_s,
                            u"{\"type\":\"tool_call\",\"index\":0,\"id\":\"\",\"name\":\"\",\"arguments\":\"ty\\\":\\\"Paris\\\"}\"}"_s,
                            u"{\"type\":\"tool_call\",\"index\":1,\"id\":\"call_def\",\"name\":\"get_time\",\"arguments\":\"{}\"}"_s,
                            u"{\"type\":\"finished\",\"reason\":\"tool_calls\",\"complete\":true}"_s}
            << 0;
        QTest::newRow("anthropic error after 200")
            << u"anthropic"_s << u"anthropic_overloaded.sse"_s
            << QStringList {u"{\"type\":\"usage\",\"input_tokens\":10,\"output_tokens\":1}"_s,
                            u"{\"type\":\"text\",\"text\":\"Once upon\"}"_s,
                            u"{\"type\":\"failed\",\"phase\":\"mid-stream\",\"kind\":\"overloaded\",\"message\":\"Overloaded\"}"_s}
            << 2;
        QTest::newRow("gemini blocked")
            << u"gemini"_s << u"gemini_blocked.sse"_s
            << QStringList {u"{\"type\":\"failed\",\"phase\":\"first-packet\",\"kind\":\"content_filter\",\"message\":\"the prompt was blocked (PROHIBITED_CONTENT)\"}"_s}
            << 2;
        QTest::newRow("responses")
            << u"openai-responses"_s << u"openai_responses_basic.sse"_s
            << QStringList {u"{\"type\":\"text\",\"text\":\"Bonjour\"}"_s,
                            u"{\"type\":\"text\",\"text\":\" le monde\"}"_s,
                            u"{\"type\":\"usage\",\"input_tokens\":21,\"output_tokens\":4}"_s,
                            u"{\"type\":\"finished\",\"reason\":\"stop\",\"complete\":true}"_s}
            << 0;
        QTest::newRow("ollama")
            << u"ollama"_s << u"ollama_thinking.ndjson"_s
            << QStringList {u"{\"type\":\"reasoning\",\"text\":\"Let me think\"}"_s,
                            u"{\"type\":\"tool_call\",\"index\":0,\"id\":\"\",\"name\":\"search\",\"arguments\":\"{\\\"q\\\":\\\"Qt 6.8\\\"}\"}"_s,
                            u"{\"type\":\"text\",\"text\":\"Done\"}"_s,
                            u"{\"type\":\"usage\",\"input_tokens\":10,\"output_tokens\":50}"_s,
                            u"{\"type\":\"finished\",\"reason\":\"length\",\"complete\":true}"_s}
            << 0;
    }

    void decodeProviderCaptures()
    {
        QFETCH(QString, format);
        QFETCH(QString, capture);
        QFETCH(QStringList, lines);
        QFETCH(int, exitCode);
        const Outcome fromFile =
            runPwb({u"decode"_s, u"--format"_s, format,
                    QStringLiteral(PWB_SOURCE_DIR "/tests/support/fixtures/") + capture});
        QCOMPARE(fromFile.exitCode, exitCode);
        QCOMPARE(fromFile.out.split(u'\n', Qt::SkipEmptyParts), lines);
        const Outcome fromStdin =
            runPwb({u"decode"_s, u"--format"_s, format, u"-"_s}, {}, pwb::test::fixture(capture));
        QCOMPARE(fromStdin.out, fromFile.out);
    }

    void decodeServerSentEvents()
    {
        const Outcome outcome =
            runPwb({u"decode"_s, u"--format"_s, u"sse"_s}, {},
                   "\xEF\xBB\xBFretry: 1500\r\n: keep-alive\r\nevent: message_start\r\nid: 7\r\n"
                   "data: {\"a\":1}\r\ndata: two\r\n\r\ndata: plain\n\nretry: soon\n\n");
        QCOMPARE(outcome.exitCode, 0);
        QCOMPARE(
            outcome.out.split(u'\n', Qt::SkipEmptyParts),
            (QStringList {
                u"{\"retry\":1500}"_s,
                u"{\"event\":\"message_start\",\"data\":\"{\\\"a\\\":1}\\ntwo\",\"id\":\"7\"}"_s,
                u"{\"event\":\"message\",\"data\":\"plain\",\"id\":\"7\"}"_s}));
    }

    void decodeExitStatus_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("unreadable file")
            << QStringList {u"decode"_s, u"--format"_s, u"openai"_s, u"/nonexistent/capture.sse"_s}
            << QByteArray() << 1 << u"cannot read /nonexistent/capture.sse"_s;
        QTest::newRow("truncated provider stream")
            << QStringList {u"decode"_s, u"--format"_s, u"openai"_s}
            << "data: {\"choices\":[{\"delta\":{\"content\":\"x\"}}]}\n\n"_ba << 2 << QString();
        QTest::newRow("truncated sse") << QStringList {u"decode"_s, u"--format"_s, u"sse"_s}
                                       << "data: x\n"_ba << 2 << u"truncated"_s;
        QTest::newRow("unknown format") << QStringList {u"decode"_s, u"--format"_s, u"xml"_s}
                                        << QByteArray() << 2 << u"got 'xml'"_s;
    }

    void decodeExitStatus()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Outcome outcome = runPwb(arguments, {}, input);
        QCOMPARE(outcome.exitCode, exitCode);
        QVERIFY2(outcome.err.contains(message), qPrintable(outcome.err));
    }

    void workspaceCommands()
    {
        const QString path = m_home.filePath(u"cli-workspace.sqlite"_s);
        {
            QString error;
            auto db = pwb::Database::open(path, error);
            QVERIFY2(db, qPrintable(error));
            pwb::PromptRepository prompts(*db);
            const qint64 prompt = prompts.createPrompt(u"Summarise"_s).value();
            pwb::PromptContent content;
            content.messages = {{pwb::ChatMessage::Role::System, u"Be brief."_s},
                                {pwb::ChatMessage::Role::User, u"Summarise {{text}}"_s}};
            content.model = u"gpt-4o"_s;
            const qint64 v1 = prompts.saveVersion(prompt, content)->version.id;
            content.messages.last().content = u"Summarise {{text}} in one line"_s;
            QVERIFY(prompts.saveVersion(prompt, content));
            QVERIFY(prompts.setLabel(prompt, u"production"_s, v1));
            pwb::RunRecorder recorder(*db);
            pwb::RunStart start;
            start.providerId = u"openai"_s;
            start.model = u"gpt-4o"_s;
            start.promptVersionId = v1;
            const qint64 run = recorder.begin(start).value();
            recorder.record(run, pwb::StreamEvent::textDelta(u"The quarterly numbers improved"_s),
                            5);
            recorder.record(
                run, pwb::StreamEvent::finished(pwb::FinishReason::Stop, u"stop"_s, true), 9);
        }
        const QStringList ws {u"--workspace"_s, path};
        Outcome outcome = runPwb(QStringList {u"prompts"_s, u"list"_s} + ws);
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY2(outcome.out.contains(u"Summarise\t2 versions\tproduction=v1"_s),
                 qPrintable(outcome.out));

        outcome = runPwb(QStringList {u"prompts"_s, u"show"_s, u"summarise"_s, u"--label"_s,
                                      u"production"_s, u"--json"_s} +
                         ws);
        QCOMPARE(outcome.exitCode, 0);
        const QJsonObject shown = QJsonDocument::fromJson(outcome.out.toUtf8()).object();
        QCOMPARE(shown.value(u"version"_s).toInt(), 1);
        QCOMPARE(
            shown.value(u"messages"_s).toArray().last().toObject().value(u"content"_s).toString(),
            u"Summarise {{text}}"_s);

        outcome = runPwb(QStringList {u"runs"_s, u"list"_s, u"--json"_s} + ws);
        QCOMPARE(outcome.exitCode, 0);
        const QJsonArray runs = QJsonDocument::fromJson(outcome.out.toUtf8()).array();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().toObject().value(u"status"_s).toString(), u"complete"_s);
        QCOMPARE(runs.first().toObject().value(u"prompt"_s).toString(), u"Summarise"_s);

        outcome = runPwb(QStringList {u"runs"_s, u"search"_s, u"quarterly"_s} + ws);
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY2(outcome.out.contains(u"[quarterly]"_s), qPrintable(outcome.out));

        outcome = runPwb(QStringList {u"runs"_s, u"show"_s, u"1"_s} + ws);
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY2(outcome.out.contains(u"The quarterly numbers improved"_s),
                 qPrintable(outcome.out));

        outcome =
            runPwb({u"runs"_s, u"list"_s, u"--workspace"_s, m_home.filePath(u"missing.sqlite"_s)});
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY2(outcome.err.contains(u"there is no workspace at"_s), qPrintable(outcome.err));
        QVERIFY(!QFile::exists(m_home.filePath(u"missing.sqlite"_s))); // reading never creates one
        outcome = runPwb(QStringList {u"runs"_s, u"frobnicate"_s} + ws);
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY2(outcome.err.contains(u"list|show|search"_s), qPrintable(outcome.err));
    }

private:
    const QString kCanary = u"sk-canary-7f3a9b2c4d5e6f70"_s;
    pwb::test::PwbProcess m_pwb;
    const QTemporaryDir &m_home = m_pwb.home();
};

QTEST_GUILESS_MAIN(PwbCliTest)
#include "tst_pwbcli.moc"
