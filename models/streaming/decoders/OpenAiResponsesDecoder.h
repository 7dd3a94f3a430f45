#pragma once

#include "streaming/StreamDecoder.h"

#include <QHash>

namespace pwb {

// OpenAI Responses API: typed events (response.output_text.delta, response.completed, …).
class OpenAiResponsesDecoder : public SseStreamDecoder
{
protected:
    void onEvent(const SseEventView &event, QList<StreamEvent> &out) override;

private:
    QHash<QString, int> m_toolIndexByItem; // output item id -> tool call ordinal
    bool m_refused = false;
};

} // namespace pwb
