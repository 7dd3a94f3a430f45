#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pwb {

struct ChatMessage
{
    enum class Role { System, User, Assistant };
    Role role = Role::User;
    QString content;
};

// A provider-neutral request: the rendered messages and the model parameters. Each wire format
// turns it into its own JSON (RequestBuilder); parameters left unset are not sent, so the
// provider's defaults apply.
struct ChatRequest
{
    QString model;
    QList<ChatMessage> messages;
    std::optional<double> temperature;
    std::optional<double> topP;
    std::optional<int> maxTokens;
    QStringList stop;
    std::optional<qint64> seed;
    // A JSON Schema for structured output; empty = free text. `jsonMode` asks for any JSON.
    QJsonObject jsonSchema;
    bool jsonMode = false;
};

} // namespace pwb
