#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace pwb {

// Splits a byte stream delivered in arbitrary chunks into lines, for the SSE and NDJSON
// parsers. Work is linear in the bytes fed however they are chunked: each byte is scanned once,
// and a line is copied only when it straddles chunks.
//
// - Terminators: LF, CR or CRLF (Mode::AnyNewline, SSE), or LF with one trailing CR stripped
//   (Mode::LfOnly, NDJSON, where a bare CR is JSON whitespace). A CR ending a chunk ends its
//   line at once; an LF starting the next chunk is then recognised as the rest of that CRLF
//   rather than as a second, empty line.
// - One UTF-8 byte order mark at the very start of the stream is dropped, even when it is
//   split across chunks. Bytes are never decoded here: callers decode complete lines.
// - A line longer than `maxLineBytes` stops the stream with an error naming the line number.
class LineSplitter
{
public:
    enum class Mode { AnyNewline, LfOnly };

    explicit LineSplitter(Mode mode, qsizetype maxLineBytes);

    // Calls `onLine(QByteArrayView line)` for every complete line in `chunk` (without its
    // terminator); `onLine` returns false to stop. Returns false when stopped, by `onLine` or by
    // an error (then errorString() says why). After a failure the splitter ignores input.
    template<typename OnLine> bool feed(QByteArrayView chunk, OnLine &&onLine);

    // The bytes of an unterminated last line, for the end of the stream; clears them.
    QByteArray takePending();
    bool hasPending() const { return !m_pending.isEmpty(); }

    bool failed() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    // 1-based number of the line being read (for error messages of the callers).
    qint64 lineNumber() const { return m_lineNumber; }
    qint64 bytesFed() const { return m_bytesFed; }
    qsizetype maxLineBytes() const { return m_maxLineBytes; }

private:
    QByteArrayView skipByteOrderMark(QByteArrayView chunk);
    bool lineTooLong(qsizetype length);

    Mode m_mode;
    qsizetype m_maxLineBytes;
    QByteArray m_pending; // start of a line that continues in the next chunk
    int m_bomBytesMatched = 0;
    bool m_bomDecided = false;
    bool m_lastWasCr = false; // the previous chunk ended with a CR (AnyNewline mode)
    qint64 m_lineNumber = 1;
    qint64 m_bytesFed = 0;
    QString m_error;
};

template<typename OnLine> bool LineSplitter::feed(QByteArrayView chunk, OnLine &&onLine)
{
    if (failed()) {
        return false;
    }
    m_bytesFed += chunk.size();
    chunk = skipByteOrderMark(chunk);
    if (chunk.isEmpty()) {
        return true;
    }
    if (m_lastWasCr) {
        m_lastWasCr = false;
        if (chunk.front() == '\n') {
            chunk = chunk.sliced(1); // the LF of a CRLF split across chunks
        }
    }

    const char *data = chunk.data();
    const qsizetype size = chunk.size();
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        if (c != '\n' && (c != '\r' || m_mode == Mode::LfOnly)) {
            continue;
        }
        qsizetype lineEnd = i;
        if (m_mode == Mode::LfOnly && lineEnd > lineStart && data[lineEnd - 1] == '\r') {
            --lineEnd;
        }
        QByteArrayView line(data + lineStart, lineEnd - lineStart);
        if (!m_pending.isEmpty()) {
            if (lineTooLong(m_pending.size() + line.size())) {
                return false;
            }
            m_pending.append(line);
            if (m_mode == Mode::LfOnly && lineEnd == lineStart && m_pending.endsWith('\r')) {
                m_pending.chop(1); // CR at the end of the previous chunk, LF at this one's start
            }
            line = m_pending;
        } else if (lineTooLong(line.size())) {
            return false;
        }
        const bool keepGoing = onLine(line);
        m_pending.clear();
        ++m_lineNumber;
        if (c == '\r') {
            if (i + 1 < size) {
                if (data[i + 1] == '\n') {
                    ++i; // CRLF inside this chunk
                }
            } else {
                m_lastWasCr = true; // decide with the next chunk's first byte
            }
        }
        lineStart = i + 1;
        if (!keepGoing) {
            return false;
        }
    }
    if (lineStart < size) {
        if (lineTooLong(m_pending.size() + (size - lineStart))) {
            return false;
        }
        m_pending.append(data + lineStart, size - lineStart);
    }
    return true;
}

} // namespace pwb
