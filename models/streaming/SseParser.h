#pragma once

#include "streaming/LineSplitter.h"

#include <QList>
#include <QString>

#include <optional>

namespace pwb {

// One dispatched server-sent event.
struct SseEvent
{
    QString type = QStringLiteral("message"); // the `event:` field, "message" when absent
    QString data; // `data:` lines joined with LF, decoded as UTF-8
    QString lastEventId; // the last `id:` seen so far in the stream
    std::optional<qint64> retryMs; // the stream's reconnection time: last valid `retry:`

    bool operator==(const SseEvent &) const = default;
};

// Incremental parser for text/event-stream, following the WHATWG HTML "event stream
// interpretation" rules on bytes:
// - lines end at LF, CR or CRLF (also split across chunks), one leading BOM is dropped;
// - `data` lines join with LF; `event` sets the type; `id` is kept unless it contains NUL;
//   `retry` is used only when it is all ASCII digits (id and retry are stream state: they stay
//   until changed); a line starting with ':' is a comment
//   (keep-alive); unknown fields are ignored; a field without ':' has an empty value and one
//   space after ':' is removed;
// - a blank line dispatches the event, unless no `data` line was seen (then type and data are
//   reset); `data:` with an empty value does dispatch, with empty data;
// - text is decoded from UTF-8 per complete line, never per network chunk, so a multi-byte
//   character split across chunks arrives whole;
// - a line or an event longer than its limit stops the stream with a protocol error.
class SseParser
{
public:
    struct Limits
    {
        qsizetype maxLineBytes = 16 * 1024 * 1024;
        qsizetype maxEventBytes = 16 * 1024 * 1024;
    };

    // How the stream ended, from finish().
    enum class End {
        Clean, // nothing pending
        IncompleteDiscarded // bytes of an unterminated event were pending and are dropped
    };

    SseParser();
    explicit SseParser(Limits limits);

    // Parses `chunk` and appends every event it completes to `events`. Returns false once the
    // stream has a protocol error (errorString() explains; later input is ignored).
    bool feed(QByteArrayView chunk, QList<SseEvent> &events);

    // The stream ended. Per the standard an event not closed by a blank line is not dispatched;
    // the return value says whether one was pending, so callers can mark the stream truncated.
    End finish();

    bool failed() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    qint64 bytesFed() const { return m_lines.bytesFed(); }

private:
    bool processLine(QByteArrayView line, QList<SseEvent> &events);
    void dispatch(QList<SseEvent> &events);

    Limits m_limits;
    LineSplitter m_lines;
    QByteArray m_data; // raw bytes of the data buffer, decoded once at dispatch
    QByteArray m_type;
    bool m_hasData = false;
    QString m_lastEventId;
    std::optional<qint64> m_retryMs;
    QString m_error;
};

} // namespace pwb
