#pragma once

#include "LoopbackServer.h"

#include <QThread>
#include <QUrl>

#include <functional>

namespace pwb::bench {

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
    // CPU time used so far by the server's thread, in ms: what a benchmark leaves out of the
    // app's own figures.
    double threadCpuMs();

private:
    QThread m_thread;
    QObject m_context; // lives on m_thread: what the server is made and deleted through
    pwb::test::LoopbackServer *m_server = nullptr;
    QUrl m_url;
};

} // namespace pwb::bench
