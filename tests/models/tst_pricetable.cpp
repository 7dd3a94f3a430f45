#include "providers/PriceTable.h"
#include "providers/demo/DemoEndpoint.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pwb;

namespace {

Usage usage(qint64 input, qint64 cached, qint64 output)
{
    Usage counts;
    counts.inputTokens = input;
    counts.cachedInputTokens = cached;
    counts.outputTokens = output;
    return counts;
}

constexpr double kNone = -1; // no cost

} // namespace

class PriceTableTest : public QObject
{
    Q_OBJECT

    QString writeOverride(const QByteArray &json)
    {
        const QString path = m_dir.filePath(u"prices%1.json"_s.arg(++m_files));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(json);
        }
        return path;
    }

private Q_SLOTS:
    void builtInTableLoads()
    {
        QString error;
        const PriceTable table = PriceTable::load({}, &error);
        QVERIFY(error.isEmpty());
        QVERIFY(!table.isEmpty());
        QVERIFY2(QRegularExpression(u"^\\d{4}-\\d{2}-\\d{2}$"_s).match(table.asOf()).hasMatch(),
                 qPrintable(table.asOf()));
        for (const QString &model : demo::modelIds()) {
            QCOMPARE(table.costUsd(u"demo"_s, model, usage(1000, 0, 1000)), 0.0);
        }
    }

    void costUsd_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("model");
        QTest::addColumn<qint64>("input"); // cached ones included, as the decoders report them
        QTest::addColumn<qint64>("cached");
        QTest::addColumn<qint64>("output");
        QTest::addColumn<double>("dollars");

        const qint64 M = 1'000'000;
        QTest::newRow("input and output") << u"openai"_s << u"gpt-4o"_s << 1000LL << 0LL << 500LL
                                          << (1000 * 2.50 + 500 * 10.00) / M;
        QTest::newRow("dated id") << u"openai"_s << u"gpt-4o-2024-08-06"_s << M << 0LL << 0LL
                                  << 2.50;
        QTest::newRow("longest key wins")
            << u"openai"_s << u"gpt-4o-mini-2024-07-18"_s << M << 0LL << M << 0.15 + 0.60;
        QTest::newRow("Responses API, same prices")
            << u"openai-responses"_s << u"gpt-5"_s << M << 0LL << 0LL << 1.25;
        QTest::newRow("cached input at the cached rate")
            << u"openai"_s << u"gpt-5"_s << M << 800'000LL << 0LL << 0.2 * 1.25 + 0.8 * 0.125;
        QTest::newRow("more cached than input is capped")
            << u"openai"_s << u"gpt-5"_s << M << 2 * M << 0LL << 0.125;
        QTest::newRow("no cached count") << u"openai"_s << u"gpt-5"_s << M << -1LL << 0LL << 1.25;
        QTest::newRow("case does not matter")
            << u"openai"_s << u"GPT-4o"_s << M << 0LL << 0LL << 2.50;
        QTest::newRow("Anthropic dated id")
            << u"anthropic"_s << u"claude-sonnet-4-5-20250929"_s << 100'000LL << 0LL << 100'000LL
            << (100'000 * 3.00 + 100'000 * 15.00) / M;
        QTest::newRow("Anthropic alias")
            << u"anthropic"_s << u"claude-opus-4-0"_s << M << 0LL << 0LL << 15.0;
        QTest::newRow("Anthropic cache read")
            << u"anthropic"_s << u"claude-haiku-4-5"_s << 10'000LL << 9'000LL << 1'000LL
            << (1'000 * 1.00 + 9'000 * 0.10 + 1'000 * 5.00) / M;
        QTest::newRow("long context above the threshold")
            << u"gemini"_s << u"gemini-2.5-pro"_s << 300'000LL << 0LL << 1'000LL
            << (300'000 * 2.50 + 1'000 * 15.00) / M;
        QTest::newRow("long context at the threshold")
            << u"gemini"_s << u"gemini-2.5-pro"_s << 200'000LL << 0LL << 0LL << 0.25;
        QTest::newRow("long context cached rate")
            << u"anthropic"_s << u"claude-sonnet-4-5"_s << 400'000LL << 100'000LL << 0LL
            << (300'000 * 6.00 + 100'000 * 0.60) / M;
        QTest::newRow("preview suffix")
            << u"gemini"_s << u"gemini-2.5-flash-preview-09-2025"_s << M << 0LL << 0LL << 0.30;
        QTest::newRow("Gemini resource name")
            << u"gemini"_s << u"models/gemini-2.5-flash"_s << M << 0LL << 0LL << 0.30;
        QTest::newRow("version number suffix")
            << u"gemini"_s << u"gemini-2.0-flash-001"_s << M << 0LL << 0LL << 0.10;
        QTest::newRow("lite is its own model")
            << u"gemini"_s << u"gemini-2.5-flash-lite"_s << M << 0LL << M << 0.10 + 0.40;
        QTest::newRow("DeepSeek cache hit")
            << u"deepseek"_s << u"deepseek-chat"_s << M << M << 0LL << 0.028;
        QTest::newRow("demo is free") << u"demo"_s << u"demo-thinking"_s << M << 0LL << M << 0.0;
        QTest::newRow("another model of the family has no price")
            << u"openai"_s << u"gpt-5.4-pro"_s << M << 0LL << M << kNone;
        QTest::newRow("a newer version has no price")
            << u"anthropic"_s << u"claude-opus-4-9"_s << M << 0LL << M << kNone;
        QTest::newRow("unknown provider") << u"ollama"_s << u"llama3.2"_s << M << 0LL << M << kNone;
        QTest::newRow("same model, another provider")
            << u"openai-compatible"_s << u"gpt-4o"_s << M << 0LL << M << kNone;
        QTest::newRow("no counts") << u"openai"_s << u"gpt-4o"_s << -1LL << -1LL << -1LL << kNone;
        QTest::newRow("no output count") << u"openai"_s << u"gpt-4o"_s << M << 0LL << -1LL << kNone;
    }

    void costUsd()
    {
        QFETCH(QString, provider);
        QFETCH(QString, model);
        QFETCH(qint64, input);
        QFETCH(qint64, cached);
        QFETCH(qint64, output);
        QFETCH(double, dollars);
        const PriceTable table = PriceTable::load();
        const std::optional<double> cost =
            table.costUsd(provider, model, usage(input, cached, output));
        if (dollars == kNone) {
            QVERIFY2(!cost, qPrintable(QString::number(cost.value_or(0))));
        } else {
            QVERIFY(cost);
            QVERIFY2(qAbs(*cost - dollars) < 1e-12,
                     qPrintable(u"%1 != %2"_s.arg(*cost, 0, 'g', 12).arg(dollars, 0, 'g', 12)));
        }
    }

    void overrideReplacesAndAdds()
    {
        const QString path = writeOverride(R"({
  "as_of": "2030-01-01",
  "providers": [
    {"ids": ["openai"], "models": {"gpt-4o": {"input": 1.0, "output": 2.0}}},
    {"ids": ["my-vllm"], "models": {"llama-3.3-70b": {"input": 0.5, "output": 0.5}}}
  ]
})");
        QString error;
        const PriceTable table = PriceTable::load(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(table.asOf(), u"2030-01-01"_s);
        // No cached rate in the override: cached tokens cost the input rate.
        QCOMPARE(table.costUsd(u"openai"_s, u"gpt-4o"_s, usage(1'000'000, 500'000, 1'000'000)),
                 1.0 + 2.0);
        QCOMPARE(table.costUsd(u"my-vllm"_s, u"llama-3.3-70b"_s, usage(1'000'000, 0, 0)), 0.5);
        // The rest of the built-in table is still there, including OpenAI's other models.
        QCOMPARE(table.costUsd(u"openai"_s, u"gpt-5"_s, usage(1'000'000, 0, 0)), 1.25);
        QCOMPARE(table.costUsd(u"openai-responses"_s, u"gpt-4o"_s, usage(1'000'000, 0, 0)), 2.5);
    }

    void missingOverrideIsNoError()
    {
        QString error;
        const PriceTable table = PriceTable::load(m_dir.filePath(u"absent.json"_s), &error);
        QVERIFY(error.isEmpty());
        QVERIFY(table.price(u"openai"_s, u"gpt-4o"_s));
    }

    void badOverrideNamesFileAndLine_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray("{\n  \"providers\": [\n    {,}\n  ]\n}")
                                  << u"line 3: "_s;
        QTest::newRow("negative price")
            << QByteArray("{\"providers\": [\n"
                          "  {\"ids\": [\"openai\"], \"models\": {\n"
                          "    \"gpt-4o\": {\"input\": 1, \"output\": 2},\n"
                          "    \"gpt-x\": {\"input\": -1, \"output\": 2}\n"
                          "  }}\n]}")
            << u"line 4: model \"gpt-x\": input must be a number of at least 0"_s;
        QTest::newRow("missing output")
            << QByteArray("{\"providers\": [\n"
                          "  {\"ids\": [\"a\"], \"models\": {\"m\": {\"input\": 1}}},\n"
                          "  {\"ids\": [\"b\"], \"models\": {\n"
                          "    \"m\": {\"input\": 1}}}\n]}")
            << u"line 2: model \"m\": output must be a number"_s;
        QTest::newRow("bad long context")
            << QByteArray("{\"providers\": [{\"ids\": [\"a\"], \"models\": {\n"
                          "  \"m\": {\"input\": 1, \"output\": 1,\n"
                          "         \"long_context\": {\"above_input_tokens\": 0}}}}]}")
            << u"line 2: model \"m\": long_context.above_input_tokens must be a whole number"_s;
        QTest::newRow("no ids")
            << QByteArray("{\"providers\": [\n  {\"models\": {}},\n  {\"ids\": []}\n]}")
            << u"line 2: provider entry 1: \"ids\" must be a list of provider ids"_s;
        QTest::newRow("no providers")
            << QByteArray("{\n  \"as_of\": \"x\",\n  \"providers\": {}\n}")
            << u"line 3: \"providers\" must be a list"_s;
    }

    void badOverrideNamesFileAndLine()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const QString path = writeOverride(json);
        QString error;
        const PriceTable table = PriceTable::load(path, &error);
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(message), qPrintable(error));
        // The built-in table is used, whole.
        QCOMPARE(table.costUsd(u"openai"_s, u"gpt-4o"_s, usage(1'000'000, 0, 0)), 2.5);
    }

private:
    QTemporaryDir m_dir;
    int m_files = 0;
};

QTEST_GUILESS_MAIN(PriceTableTest)
#include "tst_pricetable.moc"
