#pragma once

#include "streaming/StreamDecoder.h"

#include <QHash>

namespace pwb {

// Anthropic Messages: message_start, content_block_*, message_delta, message_stop, ping, error.
class AnthropicDecoder : public SseStreamDecoder
{
protected:
    void onEvent(const SseEventView &event, QList<StreamEvent> &out) override;

private:
    QHash<int, int> m_toolIndexByBlock; // content block index -> tool call ordinal
    QHash<int, QString> m_blockType;
    Usage m_usage;
};

} // namespace pwb
