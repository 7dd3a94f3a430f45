#pragma once

#include "streaming/NdjsonParser.h"
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
    void onLine(QByteArrayView line, QList<StreamEvent> &out);

    NdjsonParser m_parser;
    int m_toolCalls = 0;
};

} // namespace pwb
