#pragma once

#include "streaming/LineSplitter.h"
#include "streaming/StreamDecoder.h"

namespace pwb {

// Ollama's native /api/chat: NDJSON records, the last with "done": true.
class OllamaDecoder : public StreamDecoder
{
public:
    OllamaDecoder();
    void setMaxEventBytes(qsizetype bytes) override;

protected:
    void decode(QByteArrayView bytes, QList<StreamEvent> &out) override;
    void decodeEnd(QList<StreamEvent> &out) override;

private:
    void onLine(QByteArrayView line, QList<StreamEvent> &out);

    LineSplitter m_lines;
    int m_toolCalls = 0;
};

} // namespace pwb
