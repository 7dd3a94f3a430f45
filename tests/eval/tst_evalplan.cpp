#include "eval/EvalPlan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pwb;

class EvalPlanTest : public QObject
{
    Q_OBJECT

    static EvalPlan sample()
    {
        EvalPlan plan;
        plan.datasetId = 3;
        plan.targets = EvalPlan::grid({11, 12},
                                      {{u"openai"_s, u"gpt-4o"_s},
                                       {u"anthropic"_s, u"claude-sonnet-4-5"_s},
                                       {u"openai"_s, u"gpt-4o-mini"_s}});
        plan.concurrency = 32;
        plan.limits.insert(u"openai"_s, {600, 150000});
        plan.limits.insert(u"anthropic"_s, {50, 0});
        return plan;
    }

private Q_SLOTS:
    void gridIsVersionsTimesModels()
    {
        const EvalPlan plan = sample();
        QCOMPARE(plan.targets.size(), 6);
        QCOMPARE(plan.targets.at(0), (EvalPlanTarget {11, u"openai"_s, u"gpt-4o"_s}));
        QCOMPARE(plan.targets.at(2), (EvalPlanTarget {11, u"openai"_s, u"gpt-4o-mini"_s}));
        QCOMPARE(plan.targets.at(3), (EvalPlanTarget {12, u"openai"_s, u"gpt-4o"_s}));
        QCOMPARE(plan.providerIds(), (QStringList {u"openai"_s, u"anthropic"_s}));
        QVERIFY2(plan.problem().isEmpty(), qPrintable(plan.problem()));
    }

    void roundTripsThroughJson()
    {
        const EvalPlan plan = sample();
        const Result<EvalPlan> back = EvalPlan::fromJson(plan.toJson());
        QVERIFY2(back, qPrintable(back.error()));
        QCOMPARE(back.value().targets, plan.targets);
        QCOMPARE(back.value().concurrency, 32);
        QCOMPARE(back.value().limits, plan.limits);
        QVERIFY(!plan.toJson().contains(u"apiKey"_s)); // keys are never part of a plan
    }

    void problemsNameTheField_data()
    {
        QTest::addColumn<int>("change");
        QTest::addColumn<QString>("expected");
        QTest::addRow("no dataset") << 0 << u"dataset"_s;
        QTest::addRow("no columns") << 1 << u"at least one"_s;
        QTest::addRow("no model") << 2 << u"Column 2"_s;
        QTest::addRow("repeated column") << 3 << u"Column 4 repeats"_s;
        QTest::addRow("concurrency 0") << 4 << u"Concurrency"_s;
        QTest::addRow("concurrency 1000") << 5 << u"Concurrency"_s;
    }

    void problemsNameTheField()
    {
        QFETCH(int, change);
        QFETCH(QString, expected);
        EvalPlan plan = sample();
        switch (change) {
        case 0:
            plan.datasetId = 0;
            break;
        case 1:
            plan.targets.clear();
            break;
        case 2:
            plan.targets[1].model = u" "_s;
            break;
        case 3:
            plan.targets[3] = plan.targets[0];
            break;
        case 4:
            plan.concurrency = 0;
            break;
        default:
            plan.concurrency = 1000;
            break;
        }
        QVERIFY2(plan.problem().contains(expected), qPrintable(plan.problem()));
    }

    void badConfigurationsAreRefusedByField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::addRow("unknown version")
            << R"({"planVersion":2,"targets":[],"concurrency":1})"_ba << u"planVersion"_s;
        QTest::addRow("targets not a list")
            << R"({"planVersion":1,"targets":{},"concurrency":1})"_ba << u"\"targets\" must"_s;
        QTest::addRow("missing model")
            << R"({"planVersion":1,"targets":[{"promptVersionId":1,"provider":"openai"}],"concurrency":1})"_ba
            << u"\"targets\"[0]: \"model\""_s;
        QTest::addRow("fractional version")
            << R"({"planVersion":1,"targets":[{"promptVersionId":1.5,"provider":"a","model":"b"}],"concurrency":1})"_ba
            << u"promptVersionId"_s;
        QTest::addRow("concurrency text")
            << R"({"planVersion":1,"targets":[],"concurrency":"8"})"_ba << u"concurrency"_s;
        QTest::addRow("negative limit")
            << R"({"planVersion":1,"targets":[],"concurrency":2,"limits":{"openai":{"requestsPerMinute":-1}}})"_ba
            << u"\"limits\".\"openai\""_s;
    }

    void badConfigurationsAreRefusedByField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const Result<EvalPlan> plan = EvalPlan::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(!plan);
        QVERIFY2(plan.error().contains(expected), qPrintable(plan.error()));
    }
};

QTEST_GUILESS_MAIN(EvalPlanTest)
#include "tst_evalplan.moc"
