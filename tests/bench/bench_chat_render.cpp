// The chat pane under a fast, long stream: 100,000 tokens of realistic Markdown (paragraphs,
// lists, tables, code blocks in several languages) at 5,000 tokens/s in ~4-character deltas,
// from a loopback server through the real Provider (HTTP, SSE, OpenAI decoder) into a ReplyView
// shown in a window, as in the transcript (a scroll area that follows the stream).
//
// Figures, per round (the median of the rounds is reported):
// - longest GUI event-loop stall: a 1 ms repeating precise timer on the GUI thread; a gap of
//   N ms between two of its ticks means the loop was busy for about N ms (so resolution ~1 ms,
//   and the timer's own 1,000 wake-ups/s are part of what is measured);
// - lag: from the Finished event (the last byte received) to the end of the first repaint of
//   the reply after it (the final text is in the document and on screen);
// - GUI-thread CPU time over the stream (CLOCK_THREAD_CPUTIME_ID: what getrusage(RUSAGE_THREAD)
//   counts), and its share of the stream;
// - the longest single event the GUI thread handled, in its CPU time: the stall our code causes,
//   without the time the thread waited for a core on a busy machine;
// - peak RSS of the process (VmHWM).
//
// The loopback server runs on its own thread (LoopbackServerThread says why); the meters are in
// BenchGuiMeters.
#include "BenchGuiMeters.h"
#include "BenchReplyStream.h"
#include "BenchReport.h"
#include "LoopbackServer.h"
#include "chat/BottomPinning.h"
#include "chat/ReplyView.h"
#include "providers/Provider.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QScrollArea>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {

// The recorded figures are for these; PWB_BENCH_TOKENS and PWB_BENCH_RATE (tokens/s) change
// them for a look at other streams.
constexpr int kTokens = 100'000;
constexpr int kTokensPerSecond = 5'000;

struct Round
{
    double longestStallMs = 0;
    double p99StallMs = 0;
    double longestEventCpuMs = 0; // and its wall-clock time, and what it was
    double longestEventWallMs = 0;
    QString longestEvent;
    int stallsOverAFrame = 0;
    double lagMs = -1;
    double lagFromLastDeltaMs = -1;
    double guiCpuMs = 0;
    double streamSeconds = 0;
    double tokensPerSecond = 0;
    int frames = 0;
    int paints = 0;
    double paintedRowsPerPaint = 0; // of the reply's text area (the window shows ~690)
    // From the arrival of the oldest delta a paint shows to that paint.
    double medianDeltaToScreenMs = 0;
    double longestDeltaToScreenMs = 0;
};

Round runRound(pwb::bench::EventTimingApplication &app, const QUrl &serverUrl,
               qsizetype expectedLength)
{
    QWidget window;
    window.setWindowTitle(u"bench_chat_render"_s);
    auto *area = new QScrollArea;
    auto *column = new QWidget;
    column->setBackgroundRole(QPalette::Base);
    column->setAutoFillBackground(true); // opaque: scrolling it is a blit
    column->setAttribute(Qt::WA_StaticContents); // growing it repaints only the new strip
    auto *view = new pwb::ReplyView;
    auto *columnLayout = new QVBoxLayout(column);
    // Nothing below the reply that follows the stream: the strip it grows into is then never
    // on screen before the column scrolls, so the scroll copies pixels instead of repainting.
    columnLayout->setContentsMargins(9, 9, 9, 0);
    columnLayout->addWidget(view);
    columnLayout->addStretch(1);
    area->setWidget(column);
    area->setWidgetResizable(true);
    new pwb::BottomPinning(area);
    auto *layout = new QVBoxLayout(&window);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(area);
    window.resize(900, 700);
    window.show();
    QEventLoop settle;
    QTimer::singleShot(200, &settle, &QEventLoop::quit);
    settle.exec();

    QNetworkAccessManager network;
    pwb::ProviderConfig config;
    config.id = u"bench"_s;
    config.format = pwb::ApiFormat::OpenAiChat;
    config.baseUrl = QUrl(serverUrl.toString() + u"/v1"_s);
    config.apiKey = u"sk-bench-not-a-key"_s;
    pwb::Provider provider(config, &network);
    pwb::ChatRequest request;
    request.model = u"bench-model"_s;
    request.messages = {{pwb::ChatMessage::Role::User, u"Write a long answer."_s}};

    Round round;
    pwb::bench::StallMeter stalls;
    QElapsedTimer clock;
    QEventLoop done;
    qint64 firstDeltaNs = -1, lastDeltaNs = -1, finishedNs = -1;
    int tokens = 0;
    double cpuAtStart = 0;

    // Display latency: the oldest delta not yet in the document, then not yet painted.
    qint64 oldestUnrenderedNs = -1, oldestUnpaintedNs = -1;
    QList<double> deltaToScreenMs;
    QObject::connect(view, &pwb::ReplyView::rendered, view, [&] {
        ++round.frames;
        if (oldestUnpaintedNs < 0) {
            oldestUnpaintedNs = oldestUnrenderedNs;
        }
        oldestUnrenderedNs = -1;
    });
    qint64 paintedRows = 0;
    app.watchPaints({view->answerView()->viewport()}, [&](QObject *, int rows) {
        ++round.paints;
        paintedRows += rows;
        if (oldestUnpaintedNs >= 0) {
            deltaToScreenMs << (clock.nsecsElapsed() - oldestUnpaintedNs) / 1e6;
            oldestUnpaintedNs = -1;
        }
        if (finishedNs < 0) {
            return;
        }
        const qint64 now = clock.nsecsElapsed();
        round.lagMs = (now - finishedNs) / 1e6;
        round.lagFromLastDeltaMs = (now - lastDeltaNs) / 1e6;
        round.guiCpuMs = (pwb::bench::threadCpuNs() - cpuAtStart) / 1e6;
        stalls.stop();
        app.stopTiming();
        done.quit();
    });
    QObject::connect(&provider, &pwb::Provider::streamEvent, view,
                     [&](quint64, const pwb::StreamEvent &event) {
                         switch (event.type) {
                         case pwb::StreamEvent::Type::TextDelta:
                             lastDeltaNs = clock.nsecsElapsed();
                             if (oldestUnrenderedNs < 0) {
                                 oldestUnrenderedNs = lastDeltaNs;
                             }
                             if (firstDeltaNs < 0) {
                                 firstDeltaNs = lastDeltaNs;
                             }
                             ++tokens;
                             view->appendText(event.text);
                             break;
                         case pwb::StreamEvent::Type::ReasoningDelta:
                             view->appendReasoning(event.text);
                             break;
                         case pwb::StreamEvent::Type::Finished:
                             finishedNs = clock.nsecsElapsed();
                             view->finish();
                             break;
                         case pwb::StreamEvent::Type::Failed:
                             qFatal("the stream failed: %s", qPrintable(event.error.message));
                         default:
                             break;
                         }
                     });

    clock.start();
    cpuAtStart = pwb::bench::threadCpuNs();
    stalls.start();
    app.startTiming();
    provider.send(request);
    QTimer::singleShot(120'000, &done, [&] { qFatal("the stream did not end within 120 s"); });
    done.exec();
    app.unwatchPaints();

    if (view->text().size() != expectedLength) {
        qFatal("the view holds %lld characters, the reply has %lld", qint64(view->text().size()),
               qint64(expectedLength));
    }
    round.longestStallMs = stalls.longestMs();
    round.p99StallMs = stalls.percentileMs(99);
    round.paintedRowsPerPaint = double(paintedRows) / round.paints;
    round.medianDeltaToScreenMs = pwb::bench::median(deltaToScreenMs);
    round.longestDeltaToScreenMs =
        *std::max_element(deltaToScreenMs.cbegin(), deltaToScreenMs.cend());
    round.longestEventCpuMs = app.longestEvent().cpuMs;
    round.longestEventWallMs = app.longestEvent().wallMs;
    round.longestEvent = app.longestEvent().what;
    round.stallsOverAFrame = stalls.gapsOverAFrame();
    round.streamSeconds = (lastDeltaNs - firstDeltaNs) / 1e9;
    round.tokensPerSecond = tokens / round.streamSeconds;
    return round;
}

} // namespace

int main(int argc, char *argv[])
{
    pwb::bench::EventTimingApplication app(argc, argv);
    const int rounds = pwb::bench::setting("PWB_BENCH_ROUNDS", 3);

    const int tokens = pwb::bench::setting("PWB_BENCH_TOKENS", kTokens);
    const int tokensPerSecond = pwb::bench::setting("PWB_BENCH_RATE", kTokensPerSecond);
    // More text than the deltas take: the reply is cut at `tokens`, as max_tokens would.
    const QString reply = pwb::bench::generateReply(qsizetype(tokens) * 9 / 2);
    const QStringList deltas = pwb::bench::toDeltas(reply, tokens);
    const qsizetype replyLength =
        std::accumulate(deltas.cbegin(), deltas.cend(), qsizetype(0),
                        [](qsizetype sum, const QString &delta) { return sum + delta.size(); });
    const pwb::test::ServerScript script = pwb::bench::pacedScript(deltas, tokensPerSecond);

    QList<Round> results;
    {
        const pwb::bench::LoopbackServerThread server(
            [&](pwb::test::LoopbackServer &loopback) { loopback.setDefaultScript(script); });
        for (int i = 0; i < rounds; ++i) {
            results << runRound(app, server.url(), replyLength);
        }
    }

    auto medianOf = [&](auto field) { return pwb::bench::medianOf(results, field); };
    auto each = [&](auto field, int precision) {
        return pwb::bench::eachOf(results, field, precision);
    };
    using pwb::bench::report;
    const QString stream = u"%1 tokens, %2 characters"_s.arg(deltas.size()).arg(replyLength);
    report(u"chat_render.longest_stall"_s, medianOf(&Round::longestStallMs), u"ms"_s,
           u"target < 50 ms; median of %1 rounds (%2 ms); gaps > 17 ms per round: %3"_s.arg(rounds)
               .arg(each(&Round::longestStallMs, 1), each(&Round::stallsOverAFrame, 0)));
    report(u"chat_render.p99_stall"_s, medianOf(&Round::p99StallMs), u"ms"_s,
           u"99% of the 1 ms timer's gaps are no longer; rounds %1 ms"_s.arg(
               each(&Round::p99StallMs, 1)));
    QStringList longestEvents;
    for (const Round &round : std::as_const(results)) {
        longestEvents << u"%1 ms CPU / %2 ms wall (%3)"_s.arg(round.longestEventCpuMs, 0, 'f', 1)
                             .arg(round.longestEventWallMs, 0, 'f', 1)
                             .arg(round.longestEvent);
    }
    report(u"chat_render.longest_event_cpu"_s, medianOf(&Round::longestEventCpuMs), u"ms"_s,
           u"the longest single event in GUI-thread CPU time, load of the machine excluded; "
           "rounds: %1"_s.arg(longestEvents.join(u"; "_s)));
    report(u"chat_render.delta_to_screen"_s, medianOf(&Round::medianDeltaToScreenMs), u"ms"_s,
           u"median wait of a delta until painted (at most a 16 ms frame + render + paint); "
           "longest per round: %1 ms"_s.arg(each(&Round::longestDeltaToScreenMs, 1)));
    report(u"chat_render.lag_finished_to_painted"_s, medianOf(&Round::lagMs), u"ms"_s,
           u"target < 100 ms; rounds %1 ms; from the last delta: %2 ms"_s.arg(
               each(&Round::lagMs, 1), each(&Round::lagFromLastDeltaMs, 1)));
    report(u"chat_render.gui_cpu"_s, medianOf(&Round::guiCpuMs), u"ms"_s,
           u"GUI thread over a %1 s stream = %2% of one core; rounds %3 ms"_s
               .arg(medianOf(&Round::streamSeconds), 0, 'f', 1)
               .arg(100.0 * medianOf(&Round::guiCpuMs) / (1000.0 * medianOf(&Round::streamSeconds)),
                    0, 'f', 1)
               .arg(each(&Round::guiCpuMs, 0)));
    report(u"chat_render.stream_rate"_s, medianOf(&Round::tokensPerSecond), u"tokens/s"_s,
           u"%1; per round (median) %2 frames, %3 repaints of the reply, %4 of its ~690 visible "
           "rows repainted each time"_s.arg(stream)
               .arg(medianOf(&Round::frames), 0, 'f', 0)
               .arg(medianOf(&Round::paints), 0, 'f', 0)
               .arg(medianOf(&Round::paintedRowsPerPaint), 0, 'f', 0));
    report(u"chat_render.peak_rss"_s, pwb::bench::peakRssMiB(), u"MiB"_s,
           u"target < 150 MiB; VmHWM after %1 rounds"_s.arg(rounds));
    return 0;
}
