#include "streaming/SseParser.h"

#include <QCoreApplication>

namespace pwb {

SseParser::SseParser()
    : SseParser(Limits {})
{ }

SseParser::SseParser(Limits limits)
    : m_limits(limits)
    , m_lines(LineSplitter::Mode::AnyNewline, limits.maxLineBytes)
{ }

bool SseParser::feed(QByteArrayView chunk, QList<SseEvent> &events)
{
    if (failed()) {
        return false;
    }
    const bool ok =
        m_lines.feed(chunk, [&](QByteArrayView line) { return processLine(line, events); });
    if (!ok && m_error.isEmpty()) {
        m_error = QCoreApplication::translate("pwb::SseParser", "malformed event stream: %1")
                      .arg(m_lines.errorString());
    }
    return ok;
}

bool SseParser::processLine(QByteArrayView line, QList<SseEvent> &events)
{
    if (line.isEmpty()) {
        dispatch(events);
        return true;
    }
    if (line.front() == ':') {
        return true; // comment, typically a keep-alive
    }
    const qsizetype colon = line.indexOf(':');
    const QByteArrayView field = colon < 0 ? line : line.first(colon);
    QByteArrayView value = colon < 0 ? QByteArrayView() : line.sliced(colon + 1);
    if (!value.isEmpty() && value.front() == ' ') {
        value = value.sliced(1);
    }

    if (field == "data") {
        if (m_data.size() + value.size() + 1 > m_limits.maxEventBytes) {
            m_error = QCoreApplication::translate("pwb::SseParser",
                                                  "malformed event stream: the event ending at "
                                                  "line %1 is larger than the limit of %2 bytes")
                          .arg(m_lines.lineNumber())
                          .arg(m_limits.maxEventBytes);
            return false;
        }
        if (m_hasData) {
            m_data.append('\n');
        }
        m_data.append(value);
        m_hasData = true;
    } else if (field == "event") {
        m_type = value.toByteArray();
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
            }
        }
    }
    return true;
}

void SseParser::dispatch(QList<SseEvent> &events)
{
    if (m_hasData) {
        SseEvent event;
        if (!m_type.isEmpty()) {
            event.type = QString::fromUtf8(m_type);
        }
        event.data = QString::fromUtf8(m_data);
        event.lastEventId = m_lastEventId;
        event.retryMs = m_retryMs;
        events.append(std::move(event));
    }
    m_data.clear();
    m_type.clear();
    m_hasData = false;
}

SseParser::End SseParser::finish()
{
    const bool pending = m_lines.hasPending() || m_hasData || !m_type.isEmpty();
    m_lines.takePending();
    m_data.clear();
    m_type.clear();
    m_hasData = false;
    return pending ? End::IncompleteDiscarded : End::Clean;
}

} // namespace pwb
