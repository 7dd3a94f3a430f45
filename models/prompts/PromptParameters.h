#pragma once

#include "core/Result.h"
#include "providers/ChatRequest.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace pwb {

// One thing wrong with a prompt's parameters, naming the field, for an editor to show beside it.
struct ParameterProblem
{
    QString field;
    QString message; // a sentence that starts with the field's name
    bool operator==(const ParameterProblem &) const = default;
};

// A prompt version's model parameters (PromptContent::parameters) to and from the fields of a
// ChatRequest. The keys are OpenAI's names; RequestBuilder maps them to each wire format:
//
//   temperature      number, 0 to 2
//   top_p            number, 0 to 1
//   max_tokens       whole number, at least 1
//   stop             list of non-empty texts (one text is accepted too)
//   seed             whole number
//   response_format  "text" (the default), "json_object" (any JSON) or "json_schema"
//   json_schema      object, the JSON Schema of the reply; response_format is "json_schema"
//                    when this is given and response_format is not
//
// A null value is the same as a missing key: unset, so the provider's default applies. Unknown
// keys are problems: they are most often typos, and dropping them silently would hide that.
class PromptParameters
{
    Q_DECLARE_TR_FUNCTIONS(pwb::PromptParameters)

public:
    static QStringList keys();

    // Every problem of `parameters`: unknown keys first, then the known ones in the order of
    // keys(). Empty when they are all valid.
    static QList<ParameterProblem> check(const QJsonObject &parameters);

    // Sets the sampling parameters and response format of `request` (its model and messages are
    // left alone). On failure `request` is unchanged and the error lists every problem, one a
    // line.
    static Result<void> apply(const QJsonObject &parameters, ChatRequest &request);
    static Result<ChatRequest> toRequest(const QJsonObject &parameters);

    // The parameters `request` sets, under the keys above; unset ones are left out.
    static QJsonObject fromRequest(const ChatRequest &request);
};

} // namespace pwb
