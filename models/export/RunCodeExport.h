#pragma once

#include "core/Result.h"
#include "providers/ChatRequest.h"
#include "providers/ProviderConfig.h"

#include <QCoreApplication>
#include <QString>

namespace pwb {

class PromptRepository;
class ProviderDirectory;
struct StoredRun;

enum class CodeLanguage { Curl, Python, JavaScript };

// Code that sends a run's request again outside the app: a curl command, or a Python or
// JavaScript program using the provider's official SDK, streaming the reply to stdout.
// The API key is read from an environment variable (the provider's, else the format's usual
// one: OPENAI_API_KEY, ANTHROPIC_API_KEY, GEMINI_API_KEY; for Ollama OLLAMA_API_KEY, and only
// when the provider has a key, as behind an authenticating proxy), never written
// into the code. Parameters the provider's format does not take are not sent, as in the run,
// and a comment in the code says so.
//   Curl:       RequestBuilder's exact body, pretty-printed, in a quoted heredoc
//   Python:     openai, anthropic, google-genai, ollama (the Ollama Python library)
//   JavaScript: openai, @anthropic-ai/sdk, @google/genai, ollama (ES module: top-level await)
struct RunCodeExport
{
    Q_DECLARE_TR_FUNCTIONS(RunCodeExport)

public:
    // Fails when something cannot be written as code, naming it (no model, an environment
    // variable name a shell cannot expand, a parameter the SDK has no argument for).
    static Result<QString> code(const ProviderConfig &provider, const ChatRequest &request,
                                CodeLanguage language);

    // Code that sends a saved run's request again: the request is rebuilt from the run's prompt
    // (StoredRunRequest) and must build the very body the run stored; a run whose stored body
    // differs (a later turn of a chat, or a partial that has changed since) fails, saying so,
    // rather than give code that sends something else. `provider` is the run's provider here.
    static Result<QString> codeForRun(const StoredRun &run, const PromptRepository &prompts,
                                      const ProviderConfig &provider, CodeLanguage language);
    // The same with the run's provider as `providers` has it now; fails, naming it, when the
    // workspace no longer has that provider.
    static Result<QString> codeForRun(const StoredRun &run, const PromptRepository &prompts,
                                      const ProviderDirectory &providers, CodeLanguage language);

    // The environment variable the code reads the key from; empty when it sends no key.
    static QString keyVariable(const ProviderConfig &provider);
};

} // namespace pwb
