#include "eval/AssertionScorer.h"

#include "eval/CaseScoring.h"
#include "eval/EvalAnswer.h"
#include "eval/LlmJudge.h"
#include "providers/Provider.h"
#include "streaming/StreamedReply.h"

namespace pwb {

// A case waiting for its judges.
struct AssertionScorer::Pending
{
    QList<Assertion> caseAssertions;
    CaseScore::JudgeReplies replies;
    EvalAnswer answer;
    qsizetype waiting = 0;
    std::function<void(EvalVerdict)> done;
    QHash<qsizetype, StreamedReply> streams; // by assertion index, as they arrive
};

AssertionScorer::AssertionScorer(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{ }

AssertionScorer::~AssertionScorer()
{
    cancelJudges();
}

Result<void> AssertionScorer::setDatasetAssertions(const QJsonArray &assertions)
{
    Result<QList<Assertion>> read = Assertion::listFromJson(assertions);
    if (!read) {
        return Result<void>::failure(tr("dataset %1").arg(read.error()));
    }
    m_datasetAssertions = std::move(read).value();
    return {};
}

void AssertionScorer::setJudgeProviders(const QHash<QString, ProviderConfig> &providers)
{
    cancelJudges();
    for (Provider *provider : std::as_const(m_owned)) {
        m_judges.remove(provider->config().id);
        delete provider;
    }
    m_owned.clear();
    for (auto it = providers.begin(); it != providers.end(); ++it) {
        ProviderConfig config = it.value();
        config.id = it.key();
        auto *provider = new Provider(config, m_network, this);
        m_owned.append(provider);
        m_judges.insert(it.key(), provider);
        connectJudge(provider);
    }
}

void AssertionScorer::addJudgeProvider(Provider *provider)
{
    m_judges.insert(provider->config().id, provider);
    connectJudge(provider);
}

void AssertionScorer::connectJudge(Provider *provider)
{
    connect(provider, &Provider::streamEvent, this,
            [this, provider](quint64 requestId, const StreamEvent &event) {
                onJudgeEvent(provider, requestId, event);
            });
}

Provider *AssertionScorer::judgeProvider(const QString &id) const
{
    return m_judges.value(id);
}

EvalRunner::Scorer AssertionScorer::scorer()
{
    return [this](const EvalCaseReply &reply, std::function<void(EvalVerdict)> done) {
        score(reply, std::move(done));
    };
}

QString AssertionScorer::renderedInput(const EvalCaseReply &reply) const
{
    if (!reply.target) {
        return {};
    }
    MustacheOptions options;
    options.partials = m_partials;
    QStringList parts;
    for (const ChatMessage &message : reply.target->content.messages) {
        const auto rendered = renderMustache(message.content, reply.testCase.variables, options);
        // The runner renders the same messages before sending: a failure here is not reached.
        parts.append(rendered ? rendered.value() : message.content);
    }
    return parts.join(QStringLiteral("\n\n"));
}

void AssertionScorer::score(const EvalCaseReply &reply, std::function<void(EvalVerdict)> done)
{
    Result<QList<Assertion>> own = Assertion::listFromJson(reply.testCase.assertions);
    if (!own) {
        EvalVerdict verdict;
        verdict.status = QStringLiteral("error");
        verdict.assertions.append(QJsonObject {
            {QStringLiteral("type"), QStringLiteral("assertions")},
            {QStringLiteral("scope"), QStringLiteral("case")},
            {QStringLiteral("status"), QStringLiteral("error")},
            {QStringLiteral("pass"), false},
            {QStringLiteral("score"), QJsonValue()},
            {QStringLiteral("reason"), tr("case %1").arg(own.error())},
        });
        done(verdict);
        return;
    }

    auto pending = std::make_shared<Pending>();
    pending->caseAssertions = std::move(own).value();
    pending->done = std::move(done);
    EvalAnswer &answer = pending->answer;
    answer.output = reply.reply.text;
    answer.expected = reply.testCase.expected;
    answer.variables = reply.testCase.variables;
    answer.input = renderedInput(reply);
    std::optional<double> cost;
    if (m_cost && reply.target) {
        cost = m_cost(reply.target->provider.id, reply.target->model(), reply.reply.usage);
    }
    answer.figures = AnswerFigures::of(reply.reply, cost);
    if (reply.reply.state == StreamedReply::State::Failed) {
        answer.failure = reply.reply.error.summary();
    }

    const QList<Assertion> all = m_datasetAssertions + pending->caseAssertions;
    QList<std::pair<qsizetype, Result<ChatRequest>>> requests;
    for (qsizetype i = 0; answer.failure.isEmpty() && i < all.size(); ++i) {
        if (all.at(i).type == Assertion::Type::LlmJudge) {
            requests.append({i, LlmJudge::request(all.at(i), answer)});
        }
    }
    // One count held while sending, so a judge failing inside send() cannot finish the case
    // before the others are asked.
    pending->waiting = 1;
    for (auto &[index, request] : requests) {
        const Assertion &assertion = all.at(index);
        Provider *provider = judgeProvider(assertion.provider);
        if (!request) {
            pending->replies.insert(index, {{}, request.error()});
        } else if (!provider) {
            pending->replies.insert(index,
                                    {{},
                                     tr("no provider \"%1\" to ask (is it set up, with its key?)")
                                         .arg(assertion.provider)});
        } else {
            ++pending->waiting;
            m_sending = Judging {pending, index, provider};
            const quint64 id = provider->send(request.value());
            m_sending.reset();
            if (!pending->replies.contains(index)) {
                m_judging.insert({provider, id}, {pending, index, provider});
            }
        }
    }
    if (--pending->waiting == 0) {
        finish(pending);
    }
}

void AssertionScorer::onJudgeEvent(Provider *provider, quint64 requestId, const StreamEvent &event)
{
    const auto key = std::make_pair(static_cast<const Provider *>(provider), requestId);
    auto it = m_judging.find(key);
    if (it == m_judging.end()) {
        if (!m_sending || m_sending->provider != provider) {
            return;
        }
        it = m_judging.insert(key, *m_sending); // an event from inside send()
    }
    const std::shared_ptr<Pending> pending = it->pending;
    StreamedReply &stream = pending->streams[it->index];
    stream.apply(event);
    if (!event.isTerminal()) {
        return;
    }
    const qsizetype index = it->index;
    m_judging.erase(it);
    pending->replies.insert(
        index,
        {stream.text,
         stream.state == StreamedReply::State::Failed ? stream.error.summary() : QString()});
    if (--pending->waiting == 0) {
        finish(pending);
    }
}

void AssertionScorer::finish(const std::shared_ptr<Pending> &pending)
{
    const CaseScore score = CaseScore::of(m_datasetAssertions, pending->caseAssertions,
                                          pending->answer, pending->replies);
    pending->done({score.status, score.score, score.assertions});
}

void AssertionScorer::cancelJudges()
{
    const auto judging = std::exchange(m_judging, {});
    for (auto it = judging.begin(); it != judging.end(); ++it) {
        it->provider->cancel(it.key().second);
    }
}

} // namespace pwb
