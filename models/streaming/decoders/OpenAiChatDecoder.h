#pragma once

#include "streaming/StreamDecoder.h"

#include <QHash>

namespace pwb {

// OpenAI chat completions and every compatible server (DeepSeek, Qwen, vLLM, llama.cpp,
// LM Studio, Ollama /v1): `data: {chunk}` … `data: [DONE]`.
class OpenAiChatDecoder : public SseStreamDecoder
{
protected:
    void onEvent(const SseEventView &event, QList<StreamEvent> &out) override;
};

} // namespace pwb
