#pragma once

#include "providers/ChatRequest.h"
#include "providers/ProviderConfig.h"
#include "storage/RunRecorder.h"

namespace pwb {

// Everything a chat needs to send its requests: the provider (with its key), the parameters
// (`request` without messages — each turn fills them) and what to record about the runs.
struct RunSetup
{
    ProviderConfig provider;
    ChatRequest request;
    RunStart record;
    QString title; // shown above the conversation: prompt name and version
};

} // namespace pwb
