#pragma once

#include "streaming/LineSplitter.h"

#include <QJsonValue>
#include <QList>
#include <QString>

namespace pwb {

// One JSON value of a newline-delimited JSON stream, with the line it came from.
struct NdjsonRecord
{
    QJsonValue value;
    qint64 line = 0;
};

// Incremental parser for NDJSON (Ollama's native streaming format): one JSON text per line,
// lines separated by LF (a CR before the LF is dropped; a bare CR is JSON whitespace, not a
// separator). Blank lines are skipped, one leading BOM is dropped, lines are parsed only once
// complete (so UTF-8 split across chunks is whole), a line longer than the limit or a line that
// is not valid JSON stops the stream with an error naming the line and the offset in it.
class NdjsonParser
{
public:
    explicit NdjsonParser(qsizetype maxLineBytes = 16 * 1024 * 1024);

    // Zero-copy form: calls `onLine(QByteArrayView line, qint64 lineNumber)` for every non-blank
    // complete line (not parsed; the view is valid during the call). `onLine` returns false to
    // stop. Returns false when stopped or on a line over the limit (then failed() is true).
    template<typename OnLine>
    bool feedLines(QByteArrayView chunk, OnLine &&onLine);
    // End of stream: the last line, if it has no LF (many servers omit it).
    template<typename OnLine>
    void finishLines(OnLine &&onLine);

    // Parsed form: every line as a JSON value.
    bool feed(QByteArrayView chunk, QList<NdjsonRecord> &records);
    // End of stream: a last line without LF is still parsed. Returns false if that line is not
    // valid JSON (then errorString() says so).
    bool finish(QList<NdjsonRecord> &records);

    bool failed() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

private:
    bool parseLine(QByteArrayView line, qint64 lineNumber, QList<NdjsonRecord> &records);
    void noteLineError();

    LineSplitter m_lines;
    QString m_error;
};

template<typename OnLine>
bool NdjsonParser::feedLines(QByteArrayView chunk, OnLine &&onLine)
{
    if (failed()) {
        return false;
    }
    const bool ok = m_lines.feed(chunk, [&](QByteArrayView line) {
        return line.trimmed().isEmpty() || onLine(line, m_lines.lineNumber());
    });
    if (!ok && m_lines.failed()) {
        noteLineError();
    }
    return ok;
}

template<typename OnLine>
void NdjsonParser::finishLines(OnLine &&onLine)
{
    const QByteArray rest = m_lines.takePending();
    if (!failed() && !rest.trimmed().isEmpty()) {
        onLine(QByteArrayView(rest), m_lines.lineNumber());
    }
}

} // namespace pwb
