#include "prompts/VersionDiff.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using pwb::ChatMessage;
using pwb::DiffChange;
using pwb::MessageDiff;
using pwb::PromptContent;
using pwb::ValueDiff;
using pwb::VersionDiff;

namespace {

// "s:text|u:text|a:text": system, user and assistant messages.
QList<ChatMessage> messages(const QString &spec)
{
    QList<ChatMessage> result;
    if (spec.isEmpty()) {
        return result;
    }
    for (const QString &item : spec.split(u'|')) {
        const QChar role = item.at(0);
        result.append({role == u's'       ? ChatMessage::Role::System
                           : role == u'a' ? ChatMessage::Role::Assistant
                                          : ChatMessage::Role::User,
                       item.mid(2)});
    }
    return result;
}

// One character per message: = unchanged, ~ changed, + added, - removed, r changed role; then
// the older and newer positions, e.g. "~1>1".
QString shape(const QList<MessageDiff> &diffs)
{
    QStringList parts;
    for (const MessageDiff &diff : diffs) {
        QString mark;
        switch (diff.change) {
        case DiffChange::Unchanged:
            mark = u"="_s;
            break;
        case DiffChange::Changed:
            mark = diff.roleChanged() ? u"r"_s : u"~"_s;
            break;
        case DiffChange::Added:
            mark = u"+"_s;
            break;
        case DiffChange::Removed:
            mark = u"-"_s;
            break;
        }
        const auto position = [](int index) { return index < 0 ? u"_"_s : QString::number(index); };
        parts << mark + position(diff.olderIndex) + u'>' + position(diff.newerIndex);
    }
    return parts.join(u' ');
}

// "name change older -> newer" per value, change as = ~ + -.
QStringList describe(const QList<ValueDiff> &values)
{
    QStringList result;
    for (const ValueDiff &value : values) {
        const QString mark = value.change == DiffChange::Unchanged ? u"="_s
            : value.change == DiffChange::Changed                  ? u"~"_s
            : value.change == DiffChange::Added                    ? u"+"_s
                                                                   : u"-"_s;
        result << u"%1 %2 %3 -> %4"_s.arg(value.name, mark, value.older, value.newer);
    }
    return result;
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

class VersionDiffTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void alignsMessages_data()
    {
        QTest::addColumn<QString>("older");
        QTest::addColumn<QString>("newer");
        QTest::addColumn<QString>("expected");
        QTest::newRow("identical")
            << u"s:Be terse.|u:Hi"_s << u"s:Be terse.|u:Hi"_s << u"=0>0 =1>1"_s;
        QTest::newRow("user message edited")
            << u"s:Be terse.|u:Tell me about cats"_s << u"s:Be terse.|u:Tell me about dogs"_s
            << u"=0>0 ~1>1"_s;
        QTest::newRow("few-shot pair inserted in the middle")
            << u"s:Be terse.|u:Question"_s << u"s:Be terse.|u:Example|a:Answer|u:Question"_s
            << u"=0>0 +_>1 +_>2 =1>3"_s;
        QTest::newRow("message removed")
            << u"s:Sys|u:Drop me|u:Keep me"_s << u"s:Sys|u:Keep me"_s << u"=0>0 -1>_ =2>1"_s;
        QTest::newRow("inserted before an edited one")
            << u"s:Sys|u:Tell me a joke about cats"_s
            << u"s:Sys|a:Sure thing|u:Tell me a joke about dogs"_s << u"=0>0 +_>1 ~1>2"_s;
        QTest::newRow("role changed") << u"u:Hello there"_s << u"a:Hello there"_s << u"r0>0"_s;
        QTest::newRow("rewritten in place")
            << u"s:Be nice|u:Hi"_s << u"s:Act rude today|u:Goodbye forever"_s << u"~0>0 ~1>1"_s;
        QTest::newRow("one removed, next edited, one added")
            << u"u:Alpha beta gamma|u:One two three four five"_s
            << u"u:One two three four six|u:Zeta eta theta iota"_s << u"-0>_ ~1>0 +_>1"_s;
        QTest::newRow("from nothing") << QString() << u"s:New|u:Prompt"_s << u"+_>0 +_>1"_s;
        QTest::newRow("to nothing") << u"u:Gone"_s << QString() << u"-0>_"_s;
        QTest::newRow("both empty") << QString() << QString() << QString();
        QTest::newRow("moved message")
            << u"s:A|u:B|u:C"_s << u"s:A|u:C|u:B"_s << u"=0>0 -1>_ =2>1 +_>2"_s;
    }
    void alignsMessages()
    {
        QFETCH(QString, older);
        QFETCH(QString, newer);
        QFETCH(QString, expected);
        PromptContent before;
        before.messages = messages(older);
        PromptContent after;
        after.messages = messages(newer);
        const VersionDiff diff = VersionDiff::compare(before, after);
        QCOMPARE(shape(diff.messages), expected);
        QCOMPARE(diff.hasChanges(), older != newer);
        // Every message of both sides appears once, its text exactly.
        for (const MessageDiff &message : diff.messages) {
            if (message.olderIndex >= 0) {
                QCOMPARE(pwb::WordDiff::beforeText(message.segments),
                         before.messages.at(message.olderIndex).content);
            }
            if (message.newerIndex >= 0) {
                QCOMPARE(pwb::WordDiff::afterText(message.segments),
                         after.messages.at(message.newerIndex).content);
            }
        }
    }

    void changedMessageHasItsWordDiff()
    {
        PromptContent before;
        before.messages = messages(u"u:Answer in three short sentences."_s);
        PromptContent after;
        after.messages = messages(u"a:Answer in two short sentences."_s);
        const VersionDiff diff = VersionDiff::compare(before, after);
        QCOMPARE(diff.messages.size(), 1);
        const MessageDiff &message = diff.messages.first();
        QVERIFY(message.roleChanged());
        QCOMPARE(message.olderRole, ChatMessage::Role::User);
        QCOMPARE(message.newerRole, ChatMessage::Role::Assistant);
        using Kind = pwb::DiffSegment::Kind;
        QCOMPARE(message.segments,
                 (QList<pwb::DiffSegment> {{Kind::Equal, u"Answer in "_s},
                                           {Kind::Removed, u"three"_s},
                                           {Kind::Inserted, u"two"_s},
                                           {Kind::Equal, u" short sentences."_s}}));
        QCOMPARE(diff.count(DiffChange::Changed), 1);
        QCOMPARE(diff.changedValues(), 0);
    }

    void comparesParameters_data()
    {
        QTest::addColumn<QJsonObject>("older");
        QTest::addColumn<QJsonObject>("newer");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("same") << json(R"({"temperature":0.2})") << json(R"({"temperature":0.2})")
                              << QStringList {u"temperature = 0.2 -> 0.2"_s};
        QTest::newRow("changed, added, removed")
            << json(R"({"temperature":0.2,"max_tokens":100})")
            << json(R"({"temperature":0.7,"stop":["\n","END"]})")
            << QStringList {u"max_tokens - 100 -> "_s, u"stop +  -> [\"\\n\",\"END\"]"_s,
                            u"temperature ~ 0.2 -> 0.7"_s};
        QTest::newRow("objects as compact json")
            << json(R"({"response_format":{"type":"text"}})")
            << json(R"({"response_format":{"type":"json_object"}})")
            << QStringList {
                   u"response_format ~ {\"type\":\"text\"} -> {\"type\":\"json_object\"}"_s};
        QTest::newRow("strings quoted, booleans and null")
            << json(R"({"user":"ana","stream":true,"seed":null})")
            << json(R"({"user":"bob","stream":false,"seed":7})")
            << QStringList {u"seed ~ null -> 7"_s, u"stream ~ true -> false"_s,
                            u"user ~ \"ana\" -> \"bob\""_s};
        QTest::newRow("none") << QJsonObject() << QJsonObject() << QStringList();
    }
    void comparesParameters()
    {
        QFETCH(QJsonObject, older);
        QFETCH(QJsonObject, newer);
        QFETCH(QStringList, expected);
        PromptContent before;
        before.parameters = older;
        PromptContent after;
        after.parameters = newer;
        const VersionDiff diff = VersionDiff::compare(before, after);
        QCOMPARE(describe(diff.parameters), expected);
        for (const ValueDiff &value : diff.parameters) {
            QCOMPARE(value.segments.isEmpty(), value.change != DiffChange::Changed);
        }
    }

    void comparesProviderModelAndVariables()
    {
        PromptContent before;
        before.providerId = u"openai"_s;
        before.model = u"gpt-4o"_s;
        before.variables = {{u"topic"_s, u"Qt"_s, u"what to talk about"_s},
                            {u"tone"_s, u"dry"_s, {}},
                            {u"gone"_s, u"x"_s, {}}};
        PromptContent after = before;
        after.model = u"gpt-4o-mini"_s;
        after.variables = {{u"tone"_s, u"warm"_s, {}},
                           {u"topic"_s, u"Qt"_s, u"the subject"_s},
                           {u"audience"_s, u"devs"_s, {}}};
        const VersionDiff diff = VersionDiff::compare(before, after);
        QCOMPARE(
            describe({diff.provider, diff.model}),
            (QStringList {u"provider = openai -> openai"_s, u"model ~ gpt-4o -> gpt-4o-mini"_s}));
        QCOMPARE(describe(diff.variables),
                 (QStringList {u"tone ~ dry -> warm"_s,
                               u"topic ~ Qt (what to talk about) -> Qt (the subject)"_s,
                               u"audience +  -> devs"_s, u"gone - x -> "_s}));
        QCOMPARE(diff.changedValues(), 5);
        QVERIFY(diff.hasChanges());
        QCOMPARE(diff.count(DiffChange::Unchanged), 0); // no messages at all
    }

    void sameContentHasNoChanges()
    {
        PromptContent content;
        content.messages = messages(u"s:Sys|u:Hello {{name}}"_s);
        content.parameters = json(R"({"temperature":1})");
        content.providerId = u"anthropic"_s;
        content.variables = {{u"name"_s, u"Ana"_s, {}}};
        const VersionDiff diff = VersionDiff::compare(content, content);
        QVERIFY(!diff.hasChanges());
        QCOMPARE(diff.count(DiffChange::Unchanged), 2);
        QCOMPARE(diff.model.change, DiffChange::Unchanged);
        QVERIFY(diff.model.older.isEmpty());
    }
};

QTEST_APPLESS_MAIN(VersionDiffTest)
#include "tst_versiondiff.moc"
