#pragma once

#include "streaming/StreamDecoder.h"

namespace pwb {

// Ollama's native /api/chat: NDJSON records, the last with "done": true.
class OllamaDecoder : public StreamDecoder
{
public:
    void setMaxEventBytes(qsizetype bytes) override { m_parser = NdjsonParser(bytes); }

protected:
    void decode(QByteArrayView bytes, QList<StreamEvent> &out) override;
    void decodeEnd(QList<StreamEvent> &out) override;

private:
    void onRecord(const QJsonObject &record, QList<StreamEvent> &out);

    NdjsonParser m_parser;
    QList<NdjsonRecord> m_records;
    int m_toolCalls = 0;
};

} // namespace pwb
