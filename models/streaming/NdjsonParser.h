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

    bool feed(QByteArrayView chunk, QList<NdjsonRecord> &records);

    // End of stream: a last line without LF is still parsed (many servers omit it). Returns
    // false if that line is not valid JSON (then errorString() says so).
    bool finish(QList<NdjsonRecord> &records);

    bool failed() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

private:
    bool parseLine(QByteArrayView line, qint64 lineNumber, QList<NdjsonRecord> &records);

    LineSplitter m_lines;
    QString m_error;
};

} // namespace pwb
