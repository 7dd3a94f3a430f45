#pragma once

#include "core/Result.h"
#include "providers/ProviderConfig.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <functional>

class QObject;

namespace pwb {

class ApiKeyResolver;
class ProviderDirectory;

// The providers an eval run sends to — its columns' and its judges' — each with its key, found
// by the one rule of ApiKeyResolver (environment variable, session, OS keychain), so that the
// app and `pwb eval` agree on which key is used.
struct EvalProviders
{
    Q_DECLARE_TR_FUNCTIONS(pwb::EvalProviders)

public:
    using Providers = QHash<QString, ProviderConfig>;
    using Done = std::function<void(const Result<Providers> &)>;

    // Answers once, later, on this thread: every provider of `ids` ready to send with, or the
    // first that is unknown or has no usable key (naming it and what to do). Dropped when
    // `context` is destroyed first.
    static void prepare(const ProviderDirectory &directory, ApiKeyResolver &keys,
                        const QStringList &ids, QObject *context, Done done);
};

} // namespace pwb
