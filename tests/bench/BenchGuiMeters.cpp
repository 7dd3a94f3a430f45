#include "BenchGuiMeters.h"

#include <QMetaEnum>
#include <QPaintEvent>

#include <algorithm>
#include <time.h>
#include <utility>

using namespace Qt::StringLiterals;

namespace pwb::bench {

double threadCpuNs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e9 + double(now.tv_nsec);
}

StallMeter::StallMeter()
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
        const qint64 now = m_clock.nsecsElapsed();
        const double gapMs = (now - m_last) / 1e6;
        m_last = now;
        m_gapsMs.append(gapMs);
    });
}

void StallMeter::start()
{
    m_gapsMs.clear();
    m_gapsMs.reserve(60'000);
    m_clock.start();
    m_last = 0;
    m_timer.start();
}

double StallMeter::longestMs() const
{
    return m_gapsMs.isEmpty() ? 0 : *std::max_element(m_gapsMs.cbegin(), m_gapsMs.cend());
}

double StallMeter::percentileMs(double percent) const
{
    if (m_gapsMs.isEmpty()) {
        return 0;
    }
    QList<double> sorted = m_gapsMs;
    std::sort(sorted.begin(), sorted.end());
    const auto at = qsizetype(percent / 100.0 * double(sorted.size() - 1) + 0.5);
    return sorted.at(std::clamp<qsizetype>(at, 0, sorted.size() - 1));
}

int StallMeter::gapsOverAFrame() const
{
    return int(
        std::count_if(m_gapsMs.cbegin(), m_gapsMs.cend(), [](double gap) { return gap > 17; }));
}

bool EventTimingApplication::notify(QObject *receiver, QEvent *event)
{
    if (QThread::currentThread() != thread()) {
        return QApplication::notify(receiver, event); // e.g. the loopback server's thread
    }
    const bool outermost = m_depth == 0 && m_timing;
    double cpuBefore = 0;
    qint64 wallBefore = 0;
    if (outermost) {
        cpuBefore = threadCpuNs();
        wallBefore = m_wall.nsecsElapsed();
    }
    const QEvent::Type type = event->type();
    const char *receiverClass = outermost ? receiver->metaObject()->className() : nullptr;
    ++m_depth;
    const bool result = QApplication::notify(receiver, event);
    --m_depth;
    if (outermost) {
        const double cpuMs = (threadCpuNs() - cpuBefore) / 1e6;
        if (cpuMs > m_longest.cpuMs) {
            const char *typeName = QMetaEnum::fromType<QEvent::Type>().valueToKey(type);
            m_longest = {
                cpuMs, (m_wall.nsecsElapsed() - wallBefore) / 1e6,
                u"%1 to a %2"_s.arg(QLatin1StringView(typeName), QLatin1StringView(receiverClass))};
        }
    }
    if (type == QEvent::Paint) {
        if (const qsizetype at = m_watched.indexOf(receiver); at >= 0) {
            m_paintedRows[at] = std::max(0, m_paintedRows.at(at)) +
                static_cast<QPaintEvent *>(event)->region().boundingRect().height();
        }
    }
    if (type == QEvent::UpdateRequest && m_onPainted) {
        // Copies: a handler may watch other widgets, or none, from now on.
        const QList<QObject *> watched = m_watched;
        const QList<int> rows = std::exchange(m_paintedRows, QList<int>(watched.size(), -1));
        const PaintHandler onPainted = m_onPainted;
        for (qsizetype i = 0; i < watched.size(); ++i) {
            if (rows.at(i) >= 0) {
                onPainted(watched.at(i), rows.at(i));
            }
        }
    }
    return result;
}

void EventTimingApplication::startTiming()
{
    m_wall.start();
    m_longest = {};
    m_timing = true;
}

void EventTimingApplication::watchPaints(const QList<QObject *> &widgets, PaintHandler onPainted)
{
    m_watched = widgets;
    m_paintedRows = QList<int>(widgets.size(), -1);
    m_onPainted = std::move(onPainted);
}

LoopbackServerThread::LoopbackServerThread(
    const std::function<void(pwb::test::LoopbackServer &)> &setUp)
{
    m_thread.start();
    m_context.moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        &m_context,
        [&] {
            m_server = new pwb::test::LoopbackServer;
            setUp(*m_server);
            m_url = m_server->url();
        },
        Qt::BlockingQueuedConnection);
}

LoopbackServerThread::~LoopbackServerThread()
{
    QMetaObject::invokeMethod(&m_context, [&] { delete m_server; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

} // namespace pwb::bench
