#pragma once

#include "streaming/StreamDecoder.h"

#include <QHash>

namespace pwb {

// Google Gemini streamGenerateContent?alt=sse: each event a GenerateContentResponse with
// cumulative usageMetadata.
class GeminiDecoder : public SseStreamDecoder
{
protected:
    void onEvent(const SseEventView &event, QList<StreamEvent> &out) override;

private:
    int m_toolCalls = 0;
};

} // namespace pwb
