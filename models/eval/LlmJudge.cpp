#include "eval/LlmJudge.h"

#include "eval/AssertionEvaluator.h"
#include "eval/JsonAnswer.h"
#include "prompts/MustacheRenderer.h"
#include "prompts/TemplateVariables.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace pwb {

namespace {

// A scale the rubric states: "out of 10", "on a scale of 1 to 5", "0-100", "score: x/10".
std::optional<int> scaleInRubric(const QString &rubric)
{
    static const QRegularExpression stated(
        QStringLiteral(R"((?:\bout of|\b[01]\s*(?:-|–|to)|/)\s*(5|10|100)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = stated.match(rubric);
    return match.hasMatch() ? std::optional<int>(match.captured(1).toInt()) : std::nullopt;
}

std::optional<QJsonObject> objectIn(QStringView text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return std::nullopt;
    }
    return document.object();
}

// The JSON object of a reply, looked for as the class comment says.
std::optional<QJsonObject> verdictObject(const QString &reply)
{
    if (auto whole = objectIn(JsonAnswer::unfenced(reply))) {
        return whole;
    }
    static const QRegularExpression fence(QStringLiteral(R"(```[A-Za-z]*[ \t]*\n(.*?)\n[ \t]*```)"),
                                          QRegularExpression::DotMatchesEverythingOption);
    if (const QRegularExpressionMatch match = fence.match(reply); match.hasMatch()) {
        if (auto fenced = objectIn(match.capturedView(1))) {
            return fenced;
        }
    }
    const qsizetype open = reply.indexOf(u'{');
    const qsizetype close = reply.lastIndexOf(u'}');
    if (open >= 0 && close > open) {
        return objectIn(QStringView(reply).mid(open, close - open + 1));
    }
    return std::nullopt;
}

// A score as a number: 0.8, "0.8", "8/10" (already a share: the scale is then unused).
struct Score
{
    double value = 0;
    bool isShare = false;
};
std::optional<Score> scoreOf(const QJsonValue &value)
{
    if (value.isDouble()) {
        return Score {value.toDouble(), false};
    }
    const QString text = value.toString().trimmed();
    bool ok = false;
    if (const double number = text.toDouble(&ok); ok) {
        return Score {number, false};
    }
    const qsizetype slash = text.indexOf(u'/');
    if (slash > 0) {
        bool numeratorOk = false;
        bool denominatorOk = false;
        const double numerator = text.left(slash).trimmed().toDouble(&numeratorOk);
        const double denominator = text.mid(slash + 1).trimmed().toDouble(&denominatorOk);
        if (numeratorOk && denominatorOk && denominator > 0) {
            return Score {numerator / denominator, true};
        }
    }
    return std::nullopt;
}

} // namespace

int LlmJudge::scaleOf(const Assertion &assertion)
{
    return assertion.scale.value_or(scaleInRubric(assertion.rubric).value_or(1));
}

QString LlmJudge::systemPrompt(int scale)
{
    // Sent to a model, not shown to the user: not translated.
    const QString range = scale == 1 ? QStringLiteral("a number from 0 to 1")
                                     : QStringLiteral("a number from 0 to %1").arg(scale);
    return QStringLiteral(
               "You are an impartial grader. You receive a rubric and the output of an AI "
               "assistant to grade against it. Judge the output only by the rubric.\n"
               "Reply with one JSON object and nothing else:\n"
               "{\"score\": <%1>, \"pass\": <true or false>, \"reasoning\": \"<a short "
               "paragraph: why this score>\"}")
        .arg(range);
}

Result<ChatRequest> LlmJudge::request(const Assertion &assertion, const EvalAnswer &answer)
{
    QJsonObject data = answer.variables;
    data.insert(QStringLiteral("output"), answer.output);
    if (answer.expected) {
        data.insert(QStringLiteral("expected"), *answer.expected);
    }
    if (!data.contains(QStringLiteral("input"))) {
        data.insert(QStringLiteral("input"), answer.input);
    }
    const auto rendered = renderMustache(assertion.rubric, data);
    if (!rendered) {
        return Result<ChatRequest>::failure(
            tr("the rubric cannot be rendered: %1").arg(rendered.error().toString()));
    }
    QString user = rendered.value();
    const QList<TemplateVariable> names = templateVariables({assertion.rubric});
    const bool mentionsOutput = std::any_of(
        names.begin(), names.end(), [](const auto &name) { return name.name == u"output"; });
    if (!mentionsOutput) {
        user += QStringLiteral("\n\n<output>\n") + answer.output + QStringLiteral("\n</output>");
    }

    ChatRequest request;
    request.model = assertion.model;
    request.messages = {{ChatMessage::Role::System, systemPrompt(scaleOf(assertion))},
                        {ChatMessage::Role::User, user}};
    request.temperature = 0;
    request.jsonMode = true;
    return request;
}

Result<LlmJudge::Verdict> LlmJudge::parseVerdict(const QString &reply, int scale)
{
    const std::optional<QJsonObject> object = verdictObject(reply);
    const auto notAVerdict = [] {
        return Result<Verdict>::failure(
            tr("the judge's reply is not a verdict (a JSON object with a \"score\")"));
    };
    if (!object) {
        return notAVerdict();
    }
    Verdict verdict;
    const QJsonValue pass = object->value(QStringLiteral("pass"));
    if (pass.isBool()) {
        verdict.pass = pass.toBool();
    }
    const QJsonValue scoreValue = object->value(QStringLiteral("score"));
    if (const std::optional<Score> score = scoreOf(scoreValue)) {
        verdict.rawScore = score->value;
        verdict.score = score->isShare ? score->value : score->value / scale;
        if (!std::isfinite(verdict.score) || verdict.score < 0 || verdict.score > 1) {
            return Result<Verdict>::failure(tr("the judge's score %1 is outside 0 to %2")
                                                .arg(JsonAnswer::describe(scoreValue))
                                                .arg(score->isShare ? 1 : scale));
        }
    } else if (verdict.pass && scoreValue.isUndefined()) {
        verdict.score = *verdict.pass ? 1 : 0;
        verdict.rawScore = verdict.score * scale;
    } else {
        return notAVerdict();
    }
    for (const char16_t *key : {u"reasoning", u"reason", u"explanation"}) {
        const QJsonValue reasoning = object->value(QString::fromUtf16(key));
        if (reasoning.isString()) {
            verdict.reasoning = reasoning.toString();
            break;
        }
    }
    return verdict;
}

AssertionOutcome LlmJudge::outcome(const Assertion &assertion, const JudgeReply &reply)
{
    if (!reply.failure.isEmpty()) {
        AssertionOutcome failed =
            AssertionOutcome::error(tr("the judge failed: %1").arg(reply.failure));
        failed.reasoning = reply.text;
        return failed;
    }
    const int scale = scaleOf(assertion);
    const Result<Verdict> verdict = parseVerdict(reply.text, scale);
    if (!verdict) {
        AssertionOutcome error = AssertionOutcome::error(verdict.error());
        error.reasoning = reply.text;
        return error;
    }
    const double threshold = assertion.effectiveThreshold();
    AssertionOutcome outcome = AssertionOutcome::graded(verdict->score, threshold, {});
    const QString shownScore = scale == 1
        ? AssertionEvaluator::score(verdict->score, threshold)
        : QStringLiteral("%1/%2 (%3)")
              .arg(AssertionEvaluator::number(verdict->rawScore))
              .arg(scale)
              .arg(AssertionEvaluator::score(verdict->score, threshold));
    outcome.reason = outcome.isPass() ? tr("judge score %1 >= threshold %2")
                                            .arg(shownScore, AssertionEvaluator::number(threshold))
                                      : tr("judge score %1 < threshold %2")
                                            .arg(shownScore, AssertionEvaluator::number(threshold));
    if (verdict->pass && *verdict->pass != outcome.isPass()) {
        outcome.reason +=
            *verdict->pass ? tr(" (the judge said pass)") : tr(" (the judge said fail)");
    }
    outcome.reasoning = verdict->reasoning;
    return outcome.negatedIf(assertion);
}

} // namespace pwb
