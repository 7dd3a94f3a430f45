#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstring>

namespace pwb {

// Splits a byte stream delivered in arbitrary chunks into lines, for the SSE and NDJSON
// parsers. Work is linear in the bytes fed however they are chunked: terminators are found with
// memchr (each byte scanned once), and a line is copied only when it straddles chunks.
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
    template<typename OnLine>
    bool feed(QByteArrayView chunk, OnLine &&onLine);

    // The bytes of an unterminated last line, for the end of the stream; clears them.
    QByteArray takePending();

    // Inside onLine: the current line as an owned buffer. A line that straddled chunks is handed
    // over without a copy (its bytes start at the view's data), any other line is copied.
    QByteArray takeCurrentLine(QByteArrayView line);
    bool currentLineStraddled() const { return m_lineFromPending; }
    bool hasPending() const { return !m_pending.isEmpty(); }

    bool failed() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    // 1-based number of the line being read (for error messages of the callers).
    qint64 lineNumber() const { return m_lineNumber; }
    qint64 bytesFed() const { return m_bytesFed; }
    qsizetype maxLineBytes() const { return m_maxLineBytes; }

private:
    QByteArrayView skipByteOrderMark(QByteArrayView chunk);
    void appendPending(QByteArrayView bytes);
    bool lineTooLong(qsizetype length);

    Mode m_mode;
    qsizetype m_maxLineBytes;
    QByteArray m_pending; // start of a line that continues in the next chunk
    int m_bomBytesMatched = 0;
    bool m_bomDecided = false;
    bool m_lastWasCr = false; // the previous chunk ended with a CR (AnyNewline mode)
    bool m_lineFromPending = false;
    qint64 m_lineNumber = 1;
    qint64 m_bytesFed = 0;
    QString m_error;
};

template<typename OnLine>
bool LineSplitter::feed(QByteArrayView chunk, OnLine &&onLine)
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
    // Where the next CR is (AnyNewline mode), found with memchr and reused until passed:
    // -2 not searched yet, -1 none in the rest of the chunk. CR is rare, so this is one scan.
    qsizetype nextCr = m_mode == Mode::AnyNewline ? -2 : -1;
    while (lineStart < size) {
        const void *lf = std::memchr(data + lineStart, '\n', size_t(size - lineStart));
        qsizetype end = lf ? static_cast<const char *>(lf) - data : size;
        if (nextCr != -1 && nextCr < lineStart) {
            const void *cr = std::memchr(data + lineStart, '\r', size_t(size - lineStart));
            nextCr = cr ? static_cast<const char *>(cr) - data : -1;
        }
        if (nextCr >= 0 && nextCr < end) {
            end = nextCr;
        }
        if (end == size) {
            break; // no terminator in the rest of this chunk
        }
        const char terminator = data[end];
        qsizetype lineEnd = end;
        if (m_mode == Mode::LfOnly && lineEnd > lineStart && data[lineEnd - 1] == '\r') {
            --lineEnd;
        }
        QByteArrayView line(data + lineStart, lineEnd - lineStart);
        m_lineFromPending = !m_pending.isEmpty();
        if (m_lineFromPending) {
            if (lineTooLong(m_pending.size() + line.size())) {
                return false;
            }
            appendPending(line);
            if (m_mode == Mode::LfOnly && lineEnd == lineStart && m_pending.endsWith('\r')) {
                m_pending.chop(1); // CR at the end of the previous chunk, LF at this one's start
            }
            line = m_pending;
        } else if (lineTooLong(line.size())) {
            return false;
        }
        const bool keepGoing = onLine(line);
        m_pending.clear();
        m_lineFromPending = false;
        ++m_lineNumber;
        lineStart = end + 1;
        if (terminator == '\r') {
            if (lineStart < size) {
                if (data[lineStart] == '\n') {
                    ++lineStart; // CRLF inside this chunk
                }
            } else {
                m_lastWasCr = true; // decide with the next chunk's first byte
            }
        }
        if (!keepGoing) {
            return false;
        }
    }
    if (lineStart < size) {
        if (lineTooLong(m_pending.size() + (size - lineStart))) {
            return false;
        }
        appendPending(QByteArrayView(data + lineStart, size - lineStart));
    }
    return true;
}

} // namespace pwb
