// The compare view under eight long streams at once: a CompareWindow (1600x900) with 8 columns,
// each a different model name the loopback server answers with its own generated Markdown reply
// (the stream of bench_chat_render, another seed each), 20,000 tokens at 1,000 tokens/s in
// 1-7 character deltas. One server on its own thread, one host, 8 concurrent connections: the
// spread of the columns' first tokens shows that all 8 start together. As in the app, the
// window works on a real workspace (in a temporary folder) and records every run.
//
// Figures, per round (the median of the rounds is reported): the longest GUI event-loop stall
// (gaps of a 1 ms timer), the longest single event in GUI-thread CPU time, the GUI thread's CPU
// over the stream, the lag from the last column's Finished event to the final paint of its
// reply, the spread of the first tokens, the round's wall time; and the peak RSS of the
// process. Each column's final text, shown and recorded, is checked against what was sent
// (reported, not asserted: benchmarks never fail on a figure). The meters are BenchGuiMeters'.
#include "BenchGuiMeters.h"
#include "BenchReplyStream.h"
#include "BenchReport.h"
#include "LoopbackServer.h"
#include "chat/AssistantTurnWidget.h"
#include "chat/ReplyView.h"
#include "compare/CompareRunner.h"
#include "compare/CompareWindow.h"
#include "core/ApplicationIdentity.h"
#include "providers/ApiKeyResolver.h"
#include "providers/ProviderDirectory.h"
#include "storage/PromptRepository.h"
#include "storage/StoredRun.h"
#include "storage/Workspace.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// The recorded figures are for these; PWB_BENCH_COLUMNS, PWB_BENCH_TOKENS, PWB_BENCH_RATE
// (tokens/s per column) and PWB_BENCH_ROUNDS change them.
constexpr int kColumns = 8;
constexpr int kTokens = 20'000;
constexpr int kTokensPerSecond = 1'000;

// What one column's model answers.
struct Stream
{
    QString model;
    QString text; // what its deltas add up to
    pwb::test::ServerScript script;
};

QList<Stream> makeStreams(int columns, int tokens, int tokensPerSecond)
{
    QList<Stream> streams;
    for (int i = 0; i < columns; ++i) {
        // More text than the deltas take: the reply is cut at `tokens`, as max_tokens would.
        const QString reply = pwb::bench::generateReply(qsizetype(tokens) * 9 / 2, 7919u * (i + 1));
        const QStringList deltas = pwb::bench::toDeltas(reply, tokens);
        streams.append({u"bench-%1"_s.arg(QChar(u'a' + i)), deltas.join(QString()),
                        pwb::bench::pacedScript(deltas, tokensPerSecond)});
    }
    return streams;
}

// The workspace the compare view works on, as the app opens it: a prompt, and the loopback
// server as an OpenAI-compatible provider (on 127.0.0.1: no key is asked for).
class BenchWorkspace
{
public:
    explicit BenchWorkspace(const QUrl &serverUrl)
    {
        auto opened = pwb::Workspace::open(m_dir.filePath(u"workspace.sqlite"_s));
        if (!opened) {
            qFatal("%s", qPrintable(opened.error()));
        }
        m_workspace = std::move(opened).value();
        m_providers = std::make_unique<pwb::ProviderDirectory>(m_workspace->database());
        m_keys = std::make_unique<pwb::ApiKeyResolver>(nullptr);
        pwb::ProviderConfig loopback = *pwb::ProviderConfig::preset(u"openai-compatible"_s);
        loopback.id = u"loopback"_s;
        loopback.displayName = u"Loopback bench server"_s;
        loopback.baseUrl = serverUrl;
        if (!m_providers->save(loopback).ok()) {
            qFatal("cannot save the loopback provider");
        }

        pwb::PromptRepository &prompts = m_workspace->prompts();
        const qint64 prompt = prompts.createPrompt(u"Long answer"_s).value();
        pwb::PromptContent content;
        content.messages = {{pwb::ChatMessage::Role::System, u"You answer at length."_s},
                            {pwb::ChatMessage::Role::User, u"Explain {{topic}}."_s}};
        content.providerId = u"loopback"_s;
        content.model = u"bench-a"_s;
        if (!prompts.saveVersion(prompt, content, u"first"_s).ok()) {
            qFatal("cannot save the prompt");
        }
        m_source.promptId = prompt;
        m_source.name = u"Long answer"_s;
        m_source.editorContent = content;
        m_source.editorBaseVersionId = prompts.versions(prompt).last().id;
        m_source.variables = QJsonObject {{u"topic"_s, u"streaming parsers"_s}};
    }

    pwb::CompareServices services()
    {
        return {m_workspace->database(),
                m_workspace->prompts(),
                *m_providers,
                *m_keys,
                &m_workspace->recorder(),
                &m_network,
                nullptr};
    }
    const pwb::ComparePromptSource &source() const { return m_source; }
    const pwb::Database &database() const { return m_workspace->database(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<pwb::Workspace> m_workspace;
    std::unique_ptr<pwb::ProviderDirectory> m_providers;
    std::unique_ptr<pwb::ApiKeyResolver> m_keys;
    QNetworkAccessManager m_network;
    pwb::ComparePromptSource m_source;
};

struct Round
{
    double longestStallMs = 0;
    double p99StallMs = 0;
    int stallsOverAFrame = 0;
    double longestEventCpuMs = 0; // and its wall-clock time, and what it was
    double longestEventWallMs = 0;
    QString longestEvent;
    double lagMs = -1;
    double guiCpuMs = 0;
    double streamSeconds = 0; // first delta of any column to the last of any
    double wallSeconds = 0; // Run All to the final paint
    double firstTokenMs = 0; // from Run All, the earliest column's
    double firstTokenSpreadMs = 0; // the latest column's first token minus the earliest's
    double lastFinishSpreadMs = 0; // the same for the Finished events
    double tokensPerSecond = 0; // all columns together
    int frames = 0; // renders of the columns' replies, all together
    double cpuPerFrameMs = 0; // the GUI thread's CPU over them: rendering, painting, the rest
    int paints = 0; // repaints of their text areas
    double paintedRowsPerPaint = 0;
    int shownMatching = 0; // columns whose shown text is exactly what was sent
    int recordedMatching = 0; // runs recorded with exactly that text
};

Round runRound(pwb::bench::EventTimingApplication &app, BenchWorkspace &workspace,
               const QList<Stream> &streams)
{
    const int columns = int(streams.size());
    pwb::CompareWindow window(workspace.services());
    window.setPrompt(workspace.source());
    QList<pwb::CompareColumnSpec> specs;
    for (const Stream &stream : streams) {
        pwb::CompareColumnSpec spec;
        spec.providerId = u"loopback"_s;
        spec.model = stream.model;
        specs.append(spec);
    }
    window.setColumns(specs);
    window.resize(1600, 900);
    window.show();
    QEventLoop settle;
    QTimer::singleShot(200, &settle, &QEventLoop::quit);
    settle.exec();

    QList<pwb::ReplyView *> views;
    QList<QObject *> viewports;
    for (int i = 0; i < columns; ++i) {
        const pwb::CompareColumnWidget *column = window.column(i);
        if (!column) {
            qFatal("the compare window has no column %d", i);
        }
        views.append(column->turn()->replyView());
        viewports.append(views.last()->answerView()->viewport());
    }

    Round round;
    pwb::bench::StallMeter stalls;
    QElapsedTimer clock;
    QEventLoop done;
    QList<qint64> firstDeltaNs(columns, -1), finishedNs(columns, -1);
    qint64 lastDeltaNs = -1;
    qint64 tokens = 0;
    int finished = 0;
    QObject *lastViewport = nullptr; // of the column that finished last
    double cpuAtStart = 0;
    qint64 paintedRows = 0;

    for (const pwb::ReplyView *view : std::as_const(views)) {
        QObject::connect(view, &pwb::ReplyView::rendered, &window, [&] { ++round.frames; });
    }
    // After the window's own connection: the event is in the column when this sees it.
    QObject::connect(window.runner(), &pwb::CompareRunner::columnEvent, &window,
                     [&](int column, const pwb::StreamEvent &event) {
                         switch (event.type) {
                         case pwb::StreamEvent::Type::TextDelta:
                             lastDeltaNs = clock.nsecsElapsed();
                             if (firstDeltaNs[column] < 0) {
                                 firstDeltaNs[column] = lastDeltaNs;
                             }
                             ++tokens;
                             break;
                         case pwb::StreamEvent::Type::Finished:
                             finishedNs[column] = clock.nsecsElapsed();
                             if (++finished == columns) {
                                 lastViewport = viewports.at(column);
                             }
                             break;
                         case pwb::StreamEvent::Type::Failed:
                             qFatal("column %d failed: %s", column,
                                    qPrintable(event.error.message));
                         default:
                             break;
                         }
                     });
    app.watchPaints(viewports, [&](QObject *painted, int rows) {
        ++round.paints;
        paintedRows += rows;
        if (painted != lastViewport) {
            return;
        }
        const qint64 now = clock.nsecsElapsed();
        round.lagMs = (now - *std::max_element(finishedNs.cbegin(), finishedNs.cend())) / 1e6;
        round.wallSeconds = now / 1e9;
        round.guiCpuMs = (pwb::bench::threadCpuNs() - cpuAtStart) / 1e6;
        stalls.stop();
        app.stopTiming();
        done.quit();
    });

    clock.start();
    cpuAtStart = pwb::bench::threadCpuNs();
    stalls.start();
    app.startTiming();
    window.runAll();
    QTimer::singleShot(300'000, &done, [&] { qFatal("the streams did not end within 300 s"); });
    done.exec();
    app.unwatchPaints();

    round.longestStallMs = stalls.longestMs();
    round.p99StallMs = stalls.percentileMs(99);
    round.stallsOverAFrame = stalls.gapsOverAFrame();
    round.longestEventCpuMs = app.longestEvent().cpuMs;
    round.longestEventWallMs = app.longestEvent().wallMs;
    round.longestEvent = app.longestEvent().what;
    const auto [firstToken, lastFirstToken] =
        std::minmax_element(firstDeltaNs.cbegin(), firstDeltaNs.cend());
    round.firstTokenMs = *firstToken / 1e6;
    round.firstTokenSpreadMs = (*lastFirstToken - *firstToken) / 1e6;
    const auto [firstFinish, lastFinish] =
        std::minmax_element(finishedNs.cbegin(), finishedNs.cend());
    round.lastFinishSpreadMs = (*lastFinish - *firstFinish) / 1e6;
    round.streamSeconds = (lastDeltaNs - *firstToken) / 1e9;
    round.tokensPerSecond = tokens / round.streamSeconds;
    round.paintedRowsPerPaint = double(paintedRows) / std::max(1, round.paints);
    round.cpuPerFrameMs = round.guiCpuMs / std::max(1, round.frames);

    const QList<pwb::StoredRun> runs =
        pwb::StoredRun::loadCompareSession(workspace.database(), window.sessionId());
    for (int i = 0; i < columns; ++i) {
        const QString &sent = streams.at(i).text;
        round.shownMatching += views.at(i)->text() == sent ? 1 : 0;
        round.recordedMatching += std::count_if(runs.cbegin(), runs.cend(), [&](const auto &run) {
            return run.compareColumn == i && run.reply.text == sent;
        });
    }
    return round;
}

} // namespace

int main(int argc, char *argv[])
{
    pwb::bench::EventTimingApplication app(argc, argv);
    pwb::applyApplicationIdentity();
    QStandardPaths::setTestModeEnabled(true);
    const int rounds = pwb::bench::setting("PWB_BENCH_ROUNDS", 3);
    const int columns = std::min(pwb::bench::setting("PWB_BENCH_COLUMNS", kColumns),
                                 pwb::CompareWindow::kMaxColumns);
    const int tokens = pwb::bench::setting("PWB_BENCH_TOKENS", kTokens);
    const int tokensPerSecond = pwb::bench::setting("PWB_BENCH_RATE", kTokensPerSecond);
    const QList<Stream> streams = makeStreams(columns, tokens, tokensPerSecond);

    QList<Round> results;
    {
        // Each column's request says by its model which stream is its own.
        QHash<QByteArray, pwb::test::ServerScript> scripts;
        for (const Stream &stream : streams) {
            scripts.insert(stream.model.toUtf8(), stream.script);
        }
        const pwb::bench::LoopbackServerThread server([&](pwb::test::LoopbackServer &loopback) {
            loopback.setScriptChooser([scripts](const pwb::test::LoopbackServer::Request &request)
                                          -> std::optional<pwb::test::ServerScript> {
                const QJsonObject body = QJsonDocument::fromJson(request.body).object();
                return scripts.value(body.value(u"model").toString().toUtf8());
            });
        });
        BenchWorkspace workspace(server.url());
        for (int i = 0; i < rounds; ++i) {
            results << runRound(app, workspace, streams);
        }
    }

    using pwb::bench::eachOf;
    using pwb::bench::medianOf;
    using pwb::bench::report;
    qsizetype characters = 0;
    for (const Stream &stream : streams) {
        characters += stream.text.size();
    }
    const QString setup =
        u"%1 columns x %2 tokens at %3 tokens/s, %4 characters in all; median of %5 rounds"_s
            .arg(columns)
            .arg(tokens)
            .arg(tokensPerSecond)
            .arg(characters)
            .arg(rounds);
    report(u"compare_render.longest_stall"_s, medianOf(results, &Round::longestStallMs), u"ms"_s,
           u"target < 50 ms; %1 (%2 ms); gaps > 17 ms per round: %3"_s.arg(
               setup, eachOf(results, &Round::longestStallMs, 1),
               eachOf(results, &Round::stallsOverAFrame, 0)));
    report(u"compare_render.p99_stall"_s, medianOf(results, &Round::p99StallMs), u"ms"_s,
           u"99% of the 1 ms timer's gaps are no longer; rounds %1 ms"_s.arg(
               eachOf(results, &Round::p99StallMs, 1)));
    QStringList longestEvents;
    for (const Round &round : std::as_const(results)) {
        longestEvents << u"%1 ms CPU / %2 ms wall (%3)"_s.arg(round.longestEventCpuMs, 0, 'f', 1)
                             .arg(round.longestEventWallMs, 0, 'f', 1)
                             .arg(round.longestEvent);
    }
    report(u"compare_render.longest_event_cpu"_s, medianOf(results, &Round::longestEventCpuMs),
           u"ms"_s,
           u"the longest single event in GUI-thread CPU time, load of the machine excluded; "
           "rounds: %1"_s.arg(longestEvents.join(u"; "_s)));
    const double streamSeconds = medianOf(results, &Round::streamSeconds);
    report(u"compare_render.gui_cpu_share"_s,
           100.0 * medianOf(results, &Round::guiCpuMs) / (1000.0 * streamSeconds), u"%"_s,
           u"of one core: the GUI thread's %1 ms of CPU over a %2 s stream; rounds %3 ms; "
           "%4 ms per render of a column, painting included (a busy machine renders fewer, "
           "larger frames)"_s.arg(medianOf(results, &Round::guiCpuMs), 0, 'f', 0)
               .arg(streamSeconds, 0, 'f', 1)
               .arg(eachOf(results, &Round::guiCpuMs, 0))
               .arg(medianOf(results, &Round::cpuPerFrameMs), 0, 'f', 2));
    report(
        u"compare_render.lag_finished_to_painted"_s, medianOf(results, &Round::lagMs), u"ms"_s,
        u"from the last column's Finished event to the paint of its final text; rounds %1 ms"_s.arg(
            eachOf(results, &Round::lagMs, 1)));
    report(u"compare_render.first_token_spread"_s, medianOf(results, &Round::firstTokenSpreadMs),
           u"ms"_s,
           u"latest column's first token minus the earliest's (all start at once); rounds %1 ms; "
           "first token %2 ms after Run All; the Finished events spread over %3 ms"_s
               .arg(eachOf(results, &Round::firstTokenSpreadMs, 1))
               .arg(medianOf(results, &Round::firstTokenMs), 0, 'f', 1)
               .arg(medianOf(results, &Round::lastFinishSpreadMs), 0, 'f', 1));
    report(u"compare_render.round_wall"_s, medianOf(results, &Round::wallSeconds), u"s"_s,
           u"Run All to the final paint; rounds %1 s; %2 tokens/s received in all; per round "
           "%3 renders of the replies, %4 repaints of their text areas, %5 rows each"_s
               .arg(eachOf(results, &Round::wallSeconds, 1))
               .arg(medianOf(results, &Round::tokensPerSecond), 0, 'f', 0)
               .arg(medianOf(results, &Round::frames), 0, 'f', 0)
               .arg(medianOf(results, &Round::paints), 0, 'f', 0)
               .arg(medianOf(results, &Round::paintedRowsPerPaint), 0, 'f', 0));
    report(u"compare_render.text_intact"_s, medianOf(results, &Round::shownMatching), u"columns"_s,
           u"of %1 show exactly the text sent; rounds %2; recorded runs with that text: %3"_s.arg(
               QString::number(columns), eachOf(results, &Round::shownMatching, 0),
               eachOf(results, &Round::recordedMatching, 0)));
    report(u"compare_render.peak_rss"_s, pwb::bench::peakRssMiB(), u"MiB"_s,
           u"target < 200 MB; VmHWM after %1 rounds"_s.arg(rounds));
    return 0;
}
