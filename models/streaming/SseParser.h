#pragma once

#include "streaming/LineSplitter.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace pwb {

// One dispatched server-sent event, decoded to QString (the convenient form).
struct SseEvent
{
    QString type = QStringLiteral("message"); // the `event:` field, "message" when absent
    QString data; // `data:` lines joined with LF, decoded as UTF-8
    QString lastEventId; // the last `id:` seen so far in the stream
    std::optional<qint64> retryMs; // the stream's reconnection time: last valid `retry:`

    bool operator==(const SseEvent &) const = default;
};

// The same event as bytes, for the zero-copy path: the views are valid only during the callback.
struct SseEventView
{
    QByteArrayView type; // "message" when absent
    QByteArrayView data; // UTF-8, `data:` lines joined with LF
    const QString &lastEventId;
    std::optional<qint64> retryMs;
};

// Incremental parser for text/event-stream, following the WHATWG HTML "event stream
// interpretation" rules on bytes:
// - lines end at LF, CR or CRLF (also split across chunks), one leading BOM is dropped;
// - `data` lines join with LF; `event` sets the type; `id` is kept unless it contains NUL;
//   `retry` is used only when it is all ASCII digits (id and retry are stream state: they stay
//   until changed); a line starting with ':' is a comment (keep-alive); unknown fields are
//   ignored; a field without ':' has an empty value and one space after ':' is removed;
// - a blank line dispatches the event, unless no `data` line was seen (then type and data are
//   reset); `data:` with an empty value does dispatch, with empty data;
// - text is decoded from UTF-8 only once an event is complete, never per network chunk, so a
//   multi-byte character split across chunks arrives whole;
// - a line or an event longer than its limit stops the stream with a protocol error.
//
// Zero copy: an event whose single data line lies within one chunk is handed over as a view of
// that chunk; a data line that straddled chunks is taken over from the line buffer without a
// copy. Only multi-line data, or data whose event ends in a later chunk, is copied (once).
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

    // Parses `chunk` and calls `onEvent(const SseEventView &)` for every event it completes.
    // Returns false once the stream has a protocol error (errorString() explains; later input
    // is ignored).
    template<typename OnEvent>
    bool feed(QByteArrayView chunk, OnEvent &&onEvent);

    // The same, appending decoded SseEvents to `events`.
    bool feed(QByteArrayView chunk, QList<SseEvent> &events);

    // The stream ended. Per the standard an event not closed by a blank line is not dispatched;
    // the return value says whether one was pending, so callers can mark the stream truncated.
    End finish();

    bool failed() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    qint64 bytesFed() const { return m_lines.bytesFed(); }

    // A valid `retry:` field seen since the last call, for tools that report it as it comes
    // (pwb decode --format sse); events carry the stream's current value in any case.
    std::optional<qint64> takeNewRetry() { return std::exchange(m_newRetry, std::nullopt); }

private:
    bool handleField(QByteArrayView line); // false on a protocol error
    SseEventView currentEvent() const;
    void resetEvent();
    void keepDataBeyondChunk(); // copies data still viewing the caller's chunk
    void noteLineError();

    Limits m_limits;
    LineSplitter m_lines;
    QByteArrayView m_dataView; // the event's data: into the caller's chunk, or into m_data
    QByteArray m_data;
    bool m_dataOwned = false; // m_dataView points into m_data
    bool m_hasData = false;
    QByteArray m_type;
    QString m_lastEventId;
    std::optional<qint64> m_retryMs;
    std::optional<qint64> m_newRetry;
    QString m_error;
};

template<typename OnEvent>
bool SseParser::feed(QByteArrayView chunk, OnEvent &&onEvent)
{
    if (failed()) {
        return false;
    }
    const bool ok = m_lines.feed(chunk, [&](QByteArrayView line) {
        if (!line.isEmpty()) {
            return handleField(line);
        }
        if (m_hasData) {
            onEvent(currentEvent());
        }
        resetEvent();
        return true;
    });
    if (!ok) {
        noteLineError();
        return false;
    }
    keepDataBeyondChunk();
    return true;
}

} // namespace pwb
