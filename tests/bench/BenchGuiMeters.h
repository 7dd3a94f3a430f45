#pragma once

#include "LoopbackServer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QList>
#include <QThread>
#include <QTimer>

#include <functional>

// What the GUI benchmarks (bench_chat_render, bench_compare_render) measure with: event-loop
// stalls, the GUI thread's CPU time and longest event, when a widget has been painted, and a
// loopback server that streams from its own thread.
namespace pwb::bench {

// CPU time of the calling thread (user + system, as getrusage(RUSAGE_THREAD) counts it, in ns).
double threadCpuNs();

// Longest gap between the ticks of a 1 ms precise timer on the GUI thread: a gap of N ms means
// the loop was busy for about N ms (resolution ~1 ms; the timer's own 1,000 wake-ups/s are part
// of what is measured). Wall-clock time: on a busy machine it includes waiting for a core.
class StallMeter : public QObject
{
public:
    StallMeter();
    void start();
    void stop() { m_timer.stop(); }
    double longestMs() const;
    // The gap that `percent` % of the gaps do not exceed (99: all but the worst 1%).
    double percentileMs(double percent) const;
    int gapsOverAFrame() const;

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    QList<double> m_gapsMs; // every gap since start()
};

// Times every event the GUI thread's loop dispatches (not those sent from inside another): the
// longest in thread CPU time is the longest stall our code causes, whatever else runs on the
// machine. (Qt calls notify() on every thread; other threads are let through.)
//
// Also knows when watched widgets have been painted: Paint events reach them during the
// window's UpdateRequest, and the paint is complete once that UpdateRequest has been handled;
// `onPainted` is then called once per watched widget painted, with the rows it repainted.
class EventTimingApplication : public QApplication
{
public:
    using QApplication::QApplication;

    struct LongEvent
    {
        double cpuMs = 0;
        double wallMs = 0;
        QString what;
    };

    bool notify(QObject *receiver, QEvent *event) override;

    void startTiming(); // forgets the longest event
    void stopTiming() { m_timing = false; }
    const LongEvent &longestEvent() const { return m_longest; }

    using PaintHandler = std::function<void(QObject *painted, int rows)>;
    void watchPaints(const QList<QObject *> &widgets, PaintHandler onPainted);
    void unwatchPaints() { watchPaints({}, nullptr); }

private:
    int m_depth = 0;
    bool m_timing = false;
    LongEvent m_longest;
    QElapsedTimer m_wall;
    QList<QObject *> m_watched;
    QList<int> m_paintedRows; // per watched widget, in the UpdateRequest being handled; -1: none
    PaintHandler m_onPainted;
};

// A LoopbackServer on its own thread. Paced from the GUI thread, its timers would fire late
// whenever the GUI is busy (slowing the stream exactly when it should press), and its writing
// of every event would be charged to the GUI thread's CPU time.
class LoopbackServerThread
{
public:
    // `setUp` configures the server (scripts, chooser) on its thread before any request.
    explicit LoopbackServerThread(const std::function<void(pwb::test::LoopbackServer &)> &setUp);
    ~LoopbackServerThread();
    LoopbackServerThread(const LoopbackServerThread &) = delete;
    LoopbackServerThread &operator=(const LoopbackServerThread &) = delete;

    QUrl url() const { return m_url; }

private:
    QThread m_thread;
    QObject m_context; // lives on m_thread: what the server is made and deleted through
    pwb::test::LoopbackServer *m_server = nullptr;
    QUrl m_url;
};

} // namespace pwb::bench
