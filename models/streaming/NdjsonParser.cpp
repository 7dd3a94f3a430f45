#include "streaming/NdjsonParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace pwb {

NdjsonParser::NdjsonParser(qsizetype maxLineBytes)
    : m_lines(LineSplitter::Mode::LfOnly, maxLineBytes)
{ }

void NdjsonParser::noteLineError()
{
    if (m_error.isEmpty()) {
        m_error = QCoreApplication::translate("pwb::NdjsonParser", "malformed NDJSON stream: %1")
                      .arg(m_lines.errorString());
    }
}

bool NdjsonParser::feed(QByteArrayView chunk, QList<NdjsonRecord> &records)
{
    return feedLines(chunk, [&](QByteArrayView line, qint64 lineNumber) {
        return parseLine(line, lineNumber, records);
    });
}

bool NdjsonParser::finish(QList<NdjsonRecord> &records)
{
    bool ok = !failed();
    finishLines(
        [&](QByteArrayView line, qint64 lineNumber) { ok = parseLine(line, lineNumber, records); });
    return ok;
}

bool NdjsonParser::parseLine(QByteArrayView line, qint64 lineNumber, QList<NdjsonRecord> &records)
{
    const QByteArrayView text = line.trimmed();
    if (text.isEmpty()) {
        return true;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError) {
        m_error = QCoreApplication::translate("pwb::NdjsonParser",
                                              "malformed NDJSON stream: line %1 is not valid JSON "
                                              "(%2 at byte %3 of the line)")
                      .arg(lineNumber)
                      .arg(error.errorString())
                      .arg(error.offset + 1);
        return false;
    }
    records.append(
        {document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array()),
         lineNumber});
    return true;
}

} // namespace pwb
