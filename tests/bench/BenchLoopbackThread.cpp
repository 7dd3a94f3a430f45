#include "BenchLoopbackThread.h"

#include <time.h>

namespace pwb::bench {

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

double LoopbackServerThread::threadCpuMs()
{
    double ms = 0;
    QMetaObject::invokeMethod(
        &m_context,
        [&] {
            timespec ts {};
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
            ms = double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
        },
        Qt::BlockingQueuedConnection);
    return ms;
}

} // namespace pwb::bench
