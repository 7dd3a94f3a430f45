#include "prompts/VersionDiff.h"

#include "prompts/SequenceDiff.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <optional>
#include <vector>

namespace pwb {

namespace {

// Two messages in the same stretch of changes are taken for one edited message when this much of
// them is alike (content similarity, plus a bonus for keeping the role); otherwise one was
// removed and the other added.
constexpr double kSameRoleBonus = 0.25;
constexpr double kPairThreshold = 0.5;
// Larger stretches of changed messages are paired by position: the similarity table would cost
// a word diff per pair.
constexpr qsizetype kMaxPairings = 400;

class MessageAligner
{
public:
    MessageAligner(const QList<ChatMessage> &older, const QList<ChatMessage> &newer)
        : m_older(older)
        , m_newer(newer)
    { }

    QList<MessageDiff> run()
    {
        // The messages both versions share, in order, anchor the alignment; what lies between
        // two anchors is paired up by similarity.
        QHash<QString, int> ids;
        const auto idsOf = [&ids](const QList<ChatMessage> &messages) {
            std::vector<int> result;
            for (const ChatMessage &message : messages) {
                const QString key = PromptContent::roleName(message.role) + u'\n' + message.content;
                auto found = ids.constFind(key);
                if (found == ids.cend()) {
                    found = ids.insert(key, int(ids.size()));
                }
                result.push_back(found.value());
            }
            return result;
        };
        const std::vector<int> older = idsOf(m_older);
        const std::vector<int> newer = idsOf(m_newer);
        int i = 0;
        int j = 0;
        int gapI = 0;
        int gapJ = 0;
        for (const EditRun &run : shortestEdit(older, newer)) {
            switch (run.kind) {
            case EditRun::Kind::Removed:
                i += run.count;
                break;
            case EditRun::Kind::Inserted:
                j += run.count;
                break;
            case EditRun::Kind::Equal:
                alignGap(gapI, i, gapJ, j);
                for (int k = 0; k < run.count; ++k) {
                    m_result.append(unchanged(i++, j++));
                }
                gapI = i;
                gapJ = j;
                break;
            }
        }
        alignGap(gapI, i, gapJ, j);
        return m_result;
    }

private:
    MessageDiff unchanged(int i, int j) const
    {
        const ChatMessage &message = m_older.at(i);
        MessageDiff diff {DiffChange::Unchanged, i, j, message.role, message.role, {}};
        if (!message.content.isEmpty()) {
            diff.segments = {{DiffSegment::Kind::Equal, message.content}};
        }
        return diff;
    }

    MessageDiff changed(int i, int j) const
    {
        return {DiffChange::Changed,
                i,
                j,
                m_older.at(i).role,
                m_newer.at(j).role,
                WordDiff::compare(m_older.at(i).content, m_newer.at(j).content)};
    }

    MessageDiff removed(int i) const
    {
        const ChatMessage &message = m_older.at(i);
        MessageDiff diff {DiffChange::Removed, i, -1, message.role, message.role, {}};
        if (!message.content.isEmpty()) {
            diff.segments = {{DiffSegment::Kind::Removed, message.content}};
        }
        return diff;
    }

    MessageDiff added(int j) const
    {
        const ChatMessage &message = m_newer.at(j);
        MessageDiff diff {DiffChange::Added, -1, j, message.role, message.role, {}};
        if (!message.content.isEmpty()) {
            diff.segments = {{DiffSegment::Kind::Inserted, message.content}};
        }
        return diff;
    }

    std::optional<double> pairScore(int i, int j) const
    {
        const double score =
            WordDiff::similarity(WordDiff::compare(m_older.at(i).content, m_newer.at(j).content)) +
            (m_older.at(i).role == m_newer.at(j).role ? kSameRoleBonus : 0.0);
        return score >= kPairThreshold ? std::optional<double>(score) : std::nullopt;
    }

    void pairByPosition(int i0, int i1, int j0, int j1)
    {
        while (i0 < i1 && j0 < j1) {
            m_result.append(changed(i0++, j0++));
        }
        while (i0 < i1) {
            m_result.append(removed(i0++));
        }
        while (j0 < j1) {
            m_result.append(added(j0++));
        }
    }

    void alignGap(int i0, int i1, int j0, int j1)
    {
        const int rows = i1 - i0;
        const int columns = j1 - j0;
        if (rows == 0 || columns == 0 || (rows == 1 && columns == 1) ||
            qsizetype(rows) * columns > kMaxPairings) {
            pairByPosition(i0, i1, j0, j1);
            return;
        }
        // Best total score of pairs within the first r older and c newer messages of the gap.
        enum Step { Pair, Add, Remove };
        std::vector<std::vector<double>> best(size_t(rows + 1),
                                              std::vector<double>(size_t(columns + 1), 0.0));
        std::vector<std::vector<Step>> step(size_t(rows + 1),
                                            std::vector<Step>(size_t(columns + 1), Pair));
        for (int r = 0; r <= rows; ++r) {
            for (int c = 0; c <= columns; ++c) {
                if (r == 0 || c == 0) {
                    step[size_t(r)][size_t(c)] = r == 0 ? Add : Remove;
                    continue;
                }
                double value = best[size_t(r - 1)][size_t(c)];
                Step choice = Remove;
                if (best[size_t(r)][size_t(c - 1)] > value) {
                    value = best[size_t(r)][size_t(c - 1)];
                    choice = Add;
                }
                if (const auto score = pairScore(i0 + r - 1, j0 + c - 1);
                    score && best[size_t(r - 1)][size_t(c - 1)] + *score > value) {
                    value = best[size_t(r - 1)][size_t(c - 1)] + *score;
                    choice = Pair;
                }
                best[size_t(r)][size_t(c)] = value;
                step[size_t(r)][size_t(c)] = choice;
            }
        }
        if (best[size_t(rows)][size_t(columns)] == 0.0 && rows == columns) {
            pairByPosition(i0, i1, j0, j1); // all rewritten: the same places, new words
            return;
        }
        QList<MessageDiff> reversed;
        for (int r = rows, c = columns; r > 0 || c > 0;) {
            switch (step[size_t(r)][size_t(c)]) {
            case Pair:
                reversed.append(changed(i0 + --r, j0 + --c));
                break;
            case Add:
                reversed.append(added(j0 + --c));
                break;
            case Remove:
                reversed.append(removed(i0 + --r));
                break;
            }
        }
        std::reverse(reversed.begin(), reversed.end());
        m_result.append(reversed);
    }

    const QList<ChatMessage> &m_older;
    const QList<ChatMessage> &m_newer;
    QList<MessageDiff> m_result;
};

ValueDiff valueDiff(const QString &name, const std::optional<QString> &older,
                    const std::optional<QString> &newer)
{
    ValueDiff diff {
        name, older.value_or(QString()), newer.value_or(QString()), DiffChange::Unchanged, {}};
    if (!older && newer) {
        diff.change = DiffChange::Added;
    } else if (older && !newer) {
        diff.change = DiffChange::Removed;
    } else if (older != newer) {
        diff.change = DiffChange::Changed;
        diff.segments = WordDiff::compare(diff.older, diff.newer);
    }
    return diff;
}

std::optional<QString> nonEmpty(const QString &text)
{
    return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
}

QString compactJson(const QJsonValue &value)
{
    if (value.isObject()) {
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    if (value.isArray()) {
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    }
    // A document holds only objects and arrays: write a scalar inside one and unwrap it.
    const QByteArray json = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.sliced(1, json.size() - 2));
}

QList<ValueDiff> compareParameters(const QJsonObject &older, const QJsonObject &newer)
{
    QStringList keys = older.keys() + newer.keys();
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    QList<ValueDiff> result;
    for (const QString &key : std::as_const(keys)) {
        const auto side = [&key](const QJsonObject &object) {
            return object.contains(key) ? std::optional<QString>(compactJson(object.value(key)))
                                        : std::nullopt;
        };
        result.append(valueDiff(key, side(older), side(newer)));
    }
    return result;
}

QList<ValueDiff> compareVariables(const QList<VariableDefinition> &older,
                                  const QList<VariableDefinition> &newer)
{
    const auto find = [](const QList<VariableDefinition> &list,
                         const QString &name) -> const VariableDefinition * {
        const auto it = std::find_if(list.cbegin(), list.cend(),
                                     [&name](const auto &v) { return v.name == name; });
        return it == list.cend() ? nullptr : &*it;
    };
    // The default is what a run uses; the description only shows when it changed too.
    const auto shown = [](const VariableDefinition *variable, const VariableDefinition *other) {
        if (!variable) {
            return std::optional<QString>();
        }
        if (other && other->description != variable->description) {
            return std::optional<QString>(
                QStringLiteral("%1 (%2)").arg(variable->defaultValue, variable->description));
        }
        return std::optional<QString>(variable->defaultValue);
    };
    QList<ValueDiff> result;
    for (const VariableDefinition &variable : newer) {
        const VariableDefinition *before = find(older, variable.name);
        result.append(valueDiff(variable.name, shown(before, &variable), shown(&variable, before)));
    }
    for (const VariableDefinition &variable : older) {
        if (!find(newer, variable.name)) {
            result.append(valueDiff(variable.name, shown(&variable, nullptr), std::nullopt));
        }
    }
    return result;
}

} // namespace

VersionDiff VersionDiff::compare(const PromptContent &older, const PromptContent &newer)
{
    VersionDiff diff;
    diff.messages = MessageAligner(older.messages, newer.messages).run();
    diff.provider = valueDiff(QStringLiteral("provider"), nonEmpty(older.providerId),
                              nonEmpty(newer.providerId));
    diff.model = valueDiff(QStringLiteral("model"), nonEmpty(older.model), nonEmpty(newer.model));
    diff.parameters = compareParameters(older.parameters, newer.parameters);
    diff.variables = compareVariables(older.variables, newer.variables);
    return diff;
}

int VersionDiff::count(DiffChange change) const
{
    return int(std::count_if(messages.cbegin(), messages.cend(),
                             [change](const MessageDiff &m) { return m.change == change; }));
}

int VersionDiff::changedValues() const
{
    const auto differs = [](const ValueDiff &v) { return v.change != DiffChange::Unchanged; };
    return int(differs(provider)) + int(differs(model)) +
        int(std::count_if(parameters.cbegin(), parameters.cend(), differs)) +
        int(std::count_if(variables.cbegin(), variables.cend(), differs));
}

bool VersionDiff::hasChanges() const
{
    return changedValues() > 0 || count(DiffChange::Unchanged) != messages.size();
}

} // namespace pwb
