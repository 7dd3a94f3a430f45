#pragma once

#include "streaming/StreamEvent.h"

#include <QString>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace pwb {

class ApiKeyResolver;
class Database;
class PromptRepository;
class ProviderDirectory;
class RunRecorder;

// What a window that sends prompts works with, from the workspace and the main window: the
// compare view and the evaluations window take the same.
struct RunServices
{
    Database &database;
    PromptRepository &prompts;
    ProviderDirectory &providers;
    ApiKeyResolver &keys;
    RunRecorder *recorder = nullptr; // null: runs are not recorded
    QNetworkAccessManager *network = nullptr;
    std::function<std::optional<double>(const QString &providerId, const QString &model,
                                        const Usage &usage)>
        cost;
};

} // namespace pwb
