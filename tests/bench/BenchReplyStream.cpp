#include "BenchReplyStream.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace pwb::bench {

namespace {

// ---------------------------------------------------------------------------------------------
// A long model reply: sections of prose, lists, tables, quotes and code, deterministic.
// ---------------------------------------------------------------------------------------------
class ReplyGenerator
{
public:
    explicit ReplyGenerator(quint32 seed)
        : m_random(seed)
    { }

    QString generate(qsizetype minCharacters)
    {
        QString text;
        for (int section = 1; text.size() < minCharacters; ++section) {
            text += u"## "_s + sentence(3, 6).chopped(1) + u"\n\n"_s;
            text += paragraph();
            for (int block = 0, blocks = pick(2, 5); block < blocks; ++block) {
                const int kind = pick(0, 99);
                if (kind < 30) {
                    text += list(kind % 2 == 0);
                } else if (kind < 65) {
                    text += codeBlock();
                } else if (kind < 75) {
                    text += table();
                } else if (kind < 82) {
                    text += u"> "_s + sentence(8, 20) + u"\n\n"_s;
                } else {
                    text += paragraph();
                }
            }
            text += paragraph();
        }
        return text + u"That is all for this reply.\n"_s;
    }

private:
    int pick(int low, int high) { return int(m_random.bounded(low, high + 1)); }
    QString word() { return words().at(pick(0, int(words().size()) - 1)); }

    QString sentence(int minWords, int maxWords)
    {
        QStringList words;
        for (int i = 0, n = pick(minWords, maxWords); i < n; ++i) {
            QString w = word();
            switch (pick(0, 24)) {
            case 0:
                w = u"`"_s + w + u"()`"_s;
                break;
            case 1:
                w = u"**"_s + w + u"**"_s;
                break;
            case 2:
                w = u"*"_s + w + u"*"_s;
                break;
            case 3:
                w = u"[%1](https://example.com/docs/%1)"_s.arg(w);
                break;
            default:
                break;
            }
            words << w;
        }
        QString s = words.join(u' ');
        s[0] = s[0].toUpper();
        return s + u"."_s;
    }

    QString paragraph()
    {
        QStringList sentences;
        for (int i = 0, n = pick(2, 6); i < n; ++i) {
            sentences << sentence(6, 18);
        }
        return sentences.join(u' ') + u"\n\n"_s;
    }

    QString list(bool ordered)
    {
        QString text;
        for (int i = 1, n = pick(3, 7); i <= n; ++i) {
            text += (ordered ? QString::number(i) + u". "_s : u"- "_s) + sentence(4, 14) + u"\n"_s;
            if (pick(0, 5) == 0) {
                text += (ordered ? u"   - "_s : u"  - "_s) + sentence(3, 8) + u"\n"_s;
            }
        }
        return text + u"\n"_s;
    }

    QString table()
    {
        QString text = u"| Name | Type | Default | Meaning |\n|---|---|---:|---|\n"_s;
        for (int i = 0, n = pick(3, 8); i < n; ++i) {
            text += u"| `%1` | %2 | %3 | %4 |\n"_s.arg(
                word(), word(), QString::number(pick(0, 999)), sentence(3, 8));
        }
        return text + u"\n"_s;
    }

    QString codeBlock()
    {
        static const char *const languages[] = {"python", "cpp",  "javascript", "bash",
                                                "json",   "rust", "sql"};
        const QString language = QString::fromLatin1(languages[pick(0, 6)]);
        QString text = u"```"_s + language + u"\n"_s;
        for (int i = 0, n = pick(8, 40); i < n; ++i) {
            text += codeLine(language, i) + u"\n"_s;
        }
        return text + u"```\n\n"_s;
    }

    QString codeLine(const QString &language, int index)
    {
        const QString a = word(), b = word(), c = word();
        const QString n = QString::number(pick(0, 4096));
        const QString indent = index == 0 ? QString() : QString(4 * pick(0, 2), u' ');
        if (language == u"python"_s) {
            const QString lines[] = {u"def %1_%2(%3, limit=%4):"_s.arg(a, b, c, n),
                                     indent + u"%1 = %2(%3) + %4"_s.arg(a, b, c, n),
                                     indent + u"# %1 the %2 before %3"_s.arg(a, b, c),
                                     indent + u"return f\"{%1}: %2\""_s.arg(a, b),
                                     indent + u"for %1 in range(%2):"_s.arg(a, n)};
            return lines[pick(0, 4)];
        }
        if (language == u"cpp"_s) {
            const QString lines[] = {u"int %1_%2(const std::string &%3) {"_s.arg(a, b, c),
                                     indent + u"auto %1 = %2.find(\"%3\");"_s.arg(a, b, c),
                                     indent + u"// %1 %2 %3"_s.arg(a, b, c),
                                     indent + u"if (%1 > %2) { return %3; }"_s.arg(a, n, c),
                                     indent + u"std::vector<int> %1(%2, 0);"_s.arg(a, n)};
            return lines[pick(0, 4)];
        }
        if (language == u"javascript"_s) {
            const QString lines[] = {u"export async function %1(%2) {"_s.arg(a, b),
                                     indent +
                                         u"const %1 = await fetch(`/api/%2/${%3}`);"_s.arg(a, b, c),
                                     indent + u"// %1 then %2"_s.arg(a, b),
                                     indent + u"return { %1: %2, count: %3 };"_s.arg(a, b, n)};
            return lines[pick(0, 3)];
        }
        if (language == u"bash"_s) {
            const QString lines[] = {u"export %1=\"%2\""_s.arg(a.toUpper(), b),
                                     u"for f in ./%1/*.txt; do echo \"$f\"; done"_s.arg(a),
                                     u"# %1 %2"_s.arg(a, b),
                                     u"%1 --%2 %3 | grep -c %4"_s.arg(a, b, n, c)};
            return lines[pick(0, 3)];
        }
        if (language == u"json"_s) {
            return indent + u"\"%1\": {\"%2\": %3, \"%4\": true},"_s.arg(a, b, n, c);
        }
        if (language == u"rust"_s) {
            const QString lines[] = {u"fn %1(%2: &str) -> Result<u32, Error> {"_s.arg(a, b),
                                     indent + u"let %1 = %2.parse::<u32>()?;"_s.arg(a, b),
                                     indent + u"// %1 %2"_s.arg(a, c),
                                     indent + u"Ok(%1 * %2)"_s.arg(a, n)};
            return lines[pick(0, 3)];
        }
        return u"SELECT %1, count(*) FROM %2 WHERE %3 > %4 GROUP BY %1;"_s.arg(a, b, c, n);
    }

    static const QStringList &words()
    {
        static const QStringList list =
            u"stream token model prompt reply cache buffer parse render "
            "frame layout thread socket request the a of to and in "
            "with each every fast small large value index document "
            "block line code table list user server client timeout "
            "retry error result count width height window scroll "
            "paint event loop schema query version storage file "
            "session limit"_s.split(u' ');
        return list;
    }

    QRandomGenerator m_random;
};

QByteArray openAiEvent(const QJsonObject &delta, const QJsonValue &finishReason)
{
    const QJsonObject choice {
        {u"index"_s, 0}, {u"delta"_s, delta}, {u"finish_reason"_s, finishReason}};
    const QJsonObject chunk {{u"id"_s, u"chatcmpl-bench"_s},
                             {u"object"_s, u"chat.completion.chunk"_s},
                             {u"created"_s, 1700000000},
                             {u"model"_s, u"bench-model"_s},
                             {u"choices"_s, QJsonArray {choice}}};
    return "data: " + QJsonDocument(chunk).toJson(QJsonDocument::Compact) + "\n\n";
}

} // namespace

QString generateReply(qsizetype characters, quint32 seed)
{
    return ReplyGenerator(seed).generate(characters);
}

// Cuts the reply into deltas of 1 to 7 characters (4 on average), as a tokenizer would.
QStringList toDeltas(const QString &text, int count)
{
    QRandomGenerator random(42);
    QStringList deltas;
    qsizetype at = 0;
    while (at < text.size() && deltas.size() < count) {
        const qsizetype length = qMin<qsizetype>(random.bounded(1, 8), text.size() - at);
        deltas << text.mid(at, length);
        at += length;
    }
    return deltas;
}

// The whole response, paced at `tokensPerSecond`: the events due in the same millisecond after
// the first byte go out together (at 5,000 tokens/s, 5 events every millisecond).
pwb::test::ServerScript pacedScript(const QStringList &deltas, int tokensPerSecond)
{
    pwb::test::ServerScript script;
    script.send(pwb::test::ServerScript::head(200));
    script.chunk(openAiEvent({{u"role"_s, u"assistant"_s}, {u"content"_s, u""_s}}, QJsonValue()));
    for (qsizetype i = 0; i < deltas.size();) {
        const qint64 dueMs = i * 1000 / tokensPerSecond;
        QByteArray chunk;
        for (; i < deltas.size() && i * 1000 / tokensPerSecond == dueMs; ++i) {
            chunk += openAiEvent({{u"content"_s, deltas.at(i)}}, QJsonValue());
        }
        script.waitUntil(int(dueMs));
        script.chunk(chunk);
    }
    script.chunk(openAiEvent({}, u"stop"_s) + "data: [DONE]\n\n");
    return script.endChunks().close();
}

} // namespace pwb::bench
