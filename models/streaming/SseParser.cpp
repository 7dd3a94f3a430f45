#include "streaming/SseParser.h"

#include <QCoreApplication>

namespace pwb {

namespace {
constexpr qsizetype kKeepCapacity = 1024 * 1024; // a larger data buffer is freed after its event
}

SseParser::SseParser()
    : SseParser(Limits {})
{ }

SseParser::SseParser(Limits limits)
    : m_limits(limits)
    , m_lines(LineSplitter::Mode::AnyNewline, limits.maxLineBytes)
{ }

bool SseParser::feed(QByteArrayView chunk, QList<SseEvent> &events)
{
    return feed(chunk, [&](const SseEventView &event) {
        events.append(SseEvent {QString::fromUtf8(event.type), QString::fromUtf8(event.data),
                                event.lastEventId, event.retryMs});
    });
}

void SseParser::noteLineError()
{
    if (m_error.isEmpty()) {
        m_error = QCoreApplication::translate("pwb::SseParser", "malformed event stream: %1")
                      .arg(m_lines.errorString());
    }
}

bool SseParser::handleField(QByteArrayView line)
{
    if (line.front() == ':') {
        return true; // comment, typically a keep-alive
    }
    const qsizetype colon = line.indexOf(':');
    const QByteArrayView field = colon < 0 ? line : line.first(colon);
    // Where the value starts in the line, as an index: a line without ':' has an empty value at
    // its end (pointer arithmetic on an empty view's null data() went negative: found by fuzz_sse).
    qsizetype valueStart = colon < 0 ? line.size() : colon + 1;
    if (valueStart < line.size() && line.at(valueStart) == ' ') {
        ++valueStart;
    }
    const QByteArrayView value = line.sliced(valueStart);

    if (field == "data") {
        const qsizetype size = m_hasData ? m_dataView.size() + 1 + value.size() : value.size();
        if (size > m_limits.maxEventBytes) {
            m_error = QCoreApplication::translate("pwb::SseParser",
                                                  "malformed event stream: the event ending at "
                                                  "line %1 is larger than the limit of %2 bytes")
                          .arg(m_lines.lineNumber())
                          .arg(m_limits.maxEventBytes);
            return false;
        }
        if (!m_hasData) {
            m_hasData = true;
            if (m_lines.currentLineStraddled()) {
                // Take the line buffer over and drop "data: " from its front: no copy.
                m_data = m_lines.takeCurrentLine(line);
                m_data.slice(valueStart);
                m_dataView = m_data;
                m_dataOwned = true;
            } else {
                m_dataView = value; // a view of the caller's chunk, copied only if needed
                m_dataOwned = false;
            }
        } else {
            if (!m_dataOwned) {
                m_data.assign(m_dataView);
                m_dataOwned = true;
            }
            m_data.append('\n').append(value);
            m_dataView = m_data;
        }
    } else if (field == "event") {
        m_type.assign(value);
    } else if (field == "id") {
        if (!value.contains('\0')) {
            m_lastEventId = QString::fromUtf8(value);
        }
    } else if (field == "retry") {
        bool digits = !value.isEmpty();
        for (const char c : value) {
            digits = digits && c >= '0' && c <= '9';
        }
        if (digits) {
            bool ok = false;
            const qint64 ms = value.toLongLong(&ok);
            if (ok) {
                m_retryMs = ms;
                m_newRetry = ms;
            }
        }
    }
    return true;
}

SseEventView SseParser::currentEvent() const
{
    return SseEventView {m_type.isEmpty() ? QByteArrayView("message") : QByteArrayView(m_type),
                         m_dataView, m_lastEventId, m_retryMs};
}

void SseParser::resetEvent()
{
    m_hasData = false;
    m_dataOwned = false;
    m_dataView = {};
    if (m_data.capacity() > kKeepCapacity) {
        m_data = QByteArray();
    } else {
        m_data.resize(0); // keeps the capacity for the next event
    }
    m_type.resize(0);
}

void SseParser::keepDataBeyondChunk()
{
    if (m_hasData && !m_dataOwned) {
        m_data.assign(m_dataView);
        m_dataView = m_data;
        m_dataOwned = true;
    }
}

SseParser::End SseParser::finish()
{
    const bool pending = m_lines.hasPending() || m_hasData || !m_type.isEmpty();
    m_lines.takePending();
    resetEvent();
    return pending ? End::IncompleteDiscarded : End::Clean;
}

} // namespace pwb
