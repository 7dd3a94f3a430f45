#include "core/MoneyFormat.h"
#include "providers/RequestBuilder.h"
#include "storage/Database.h"
#include "storage/PromptRepository.h"
#include "storage/RunRecorder.h"
#include "storage/RunsTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pwb;

class RunsTableModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_db = Database::open(m_dir.filePath(u"runs.sqlite"_s), error);
        QVERIFY2(m_db, qPrintable(error));
        PromptRepository prompts(*m_db);
        m_prompt = prompts.createPrompt(u"Summarise"_s).value();
        PromptContent content;
        content.messages = {{ChatMessage::Role::User, u"Summarise {{text}}"_s}};
        const qint64 version = prompts.saveVersion(m_prompt, content)->version.id;

        QSqlQuery query(m_db->connection());
        QVERIFY(m_db->connection().transaction());
        query.prepare(
            u"INSERT INTO runs (prompt_version_id, provider_id, model, request, status, "
            u"started_at, "
            "input_tokens, output_tokens, first_token_ms) VALUES (?, 'openai', ?, '{}', ?, ?, ?, ?, ?)"_s);
        for (int i = 0; i < kRuns; ++i) {
            query.addBindValue(i % 3 == 0 ? QVariant(version)
                                          : QVariant(QMetaType::fromType<qint64>()));
            query.addBindValue(i % 2 ? u"gpt-4o"_s : u"claude-sonnet"_s);
            query.addBindValue(i % 10 == 0 ? u"failed"_s : u"complete"_s);
            query.addBindValue(qint64(1763700000000) + i * 1000);
            query.addBindValue(10 + i % 7);
            query.addBindValue(i);
            query.addBindValue(100 + i % 50);
            QVERIFY(query.exec());
        }
        // Writing the reply fills the search index (run_search), as the recorder's final update
        // does.
        QVERIFY(query.exec(u"UPDATE runs SET reply_text = 'An answer about ' || "
                           "CASE WHEN id % 4 = 0 THEN 'quaternions' ELSE 'green tea' END"_s));
        QVERIFY(query.exec(u"UPDATE runs SET provider_id = 'anthropic' "
                           "WHERE model = 'claude-sonnet'"_s));
        QVERIFY(query.exec(u"UPDATE runs SET cost_usd = 0.0125 WHERE id = 2"_s));
        QVERIFY(m_db->connection().commit());
    }

    void passesTheModelTester()
    {
        RunsTableModel model(*m_db);
        model.setPageSize(100);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QVERIFY(model.rowCount() >= 100); // the tester itself fetches a page or two
        while (model.canFetchMore({})) {
            model.fetchMore({});
        }
        QCOMPARE(model.rowCount(), kRuns);
        model.sort(RunsTableModel::OutputTokens, Qt::AscendingOrder);
        model.setFilter({std::nullopt, u"gpt-4o"_s, {}, {}, {}, {}, {}});
    }

    void loadsLazilyNewestFirst()
    {
        RunsTableModel model(*m_db);
        QCOMPARE(model.rowCount(), 200); // one page, not all
        QVERIFY(model.canFetchMore({}));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 400);
        QCOMPARE(inserted.count(), 1);
        const QDateTime newest = QDateTime::fromString(
            model.index(0, RunsTableModel::Started).data().toString(), u"yyyy-MM-dd HH:mm:ss"_s);
        const QDateTime next = QDateTime::fromString(
            model.index(1, RunsTableModel::Started).data().toString(), u"yyyy-MM-dd HH:mm:ss"_s);
        QVERIFY(newest > next);
        QCOMPARE(model.index(0, 0).data(RunsTableModel::RunIdRole).toLongLong(), qint64(kRuns));
    }

    void sortsAndPagesWithoutGapsOrDuplicates()
    {
        RunsTableModel model(*m_db);
        model.setPageSize(64);
        model.sort(RunsTableModel::Ttft, Qt::AscendingOrder);
        while (model.canFetchMore({})) {
            model.fetchMore({});
        }
        QSet<qint64> ids;
        qint64 previous = -1;
        for (int row = 0; row < model.rowCount(); ++row) {
            ids.insert(model.index(row, 0).data(RunsTableModel::RunIdRole).toLongLong());
            const qint64 ttft = model.index(row, RunsTableModel::Ttft).data().toLongLong();
            QVERIFY(ttft >= previous);
            previous = ttft;
        }
        QCOMPARE(ids.size(), kRuns);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("byPrompt");
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("search");
        QTest::addColumn<int>("expected");
        QTest::newRow("model") << u"gpt-4o"_s << QString() << false << QString() << QString()
                               << kRuns / 2;
        QTest::newRow("status") << QString() << u"failed"_s << false << QString() << QString()
                                << kRuns / 10;
        QTest::newRow("prompt") << QString() << QString() << true << QString() << QString()
                                << (kRuns + 2) / 3;
        QTest::newRow("prompt + status")
            << QString() << u"failed"_s << true << QString() << QString() << (kRuns / 10 + 2) / 3;
        QTest::newRow("provider") << QString() << QString() << false << u"anthropic"_s << QString()
                                  << kRuns / 2;
        QTest::newRow("search") << QString() << QString() << false << QString() << u"quaternion"_s
                                << kRuns / 4;
        QTest::newRow("search, any case and inner words")
            << QString() << QString() << false << QString() << u"EN TE"_s << kRuns * 3 / 4;
        QTest::newRow("search + model")
            << u"gpt-4o"_s << QString() << false << QString() << u"quaternion"_s << kRuns / 4;
        QTest::newRow("search + provider")
            << QString() << QString() << false << u"anthropic"_s << u"quaternion"_s << 0;
        QTest::newRow("search too short: ignored")
            << QString() << QString() << false << QString() << u" qu "_s << kRuns;
        QTest::newRow("search: FTS syntax is text")
            << QString() << QString() << false << QString() << u"tea\" OR \"quat"_s << 0;
        QTest::newRow("search: nothing")
            << QString() << QString() << false << QString() << u"zebra"_s << 0;
    }

    void filters()
    {
        QFETCH(QString, model);
        QFETCH(QString, status);
        QFETCH(bool, byPrompt);
        QFETCH(QString, provider);
        QFETCH(QString, search);
        QFETCH(int, expected);
        RunsTableModel runs(*m_db);
        runs.setFilter({byPrompt ? std::optional<qint64>(m_prompt) : std::nullopt,
                        model,
                        status,
                        {},
                        {},
                        provider,
                        search});
        while (runs.canFetchMore({})) {
            runs.fetchMore({});
        }
        QCOMPARE(runs.rowCount(), expected);
        QCOMPARE(runs.matchingRunIds().size(), expected);
        QCOMPARE(runs.matchingRunCount(), qsizetype(expected));
    }

    void matchingRunIdsAreEveryMatchNotOnlyLoadedPages()
    {
        RunsTableModel runs(*m_db);
        runs.setPageSize(100);
        QAbstractItemModelTester tester(&runs,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        RunsTableModel::Filter filter;
        filter.search = u"quaternions"_s;
        runs.setFilter(filter);
        runs.sort(RunsTableModel::Ttft, Qt::AscendingOrder);
        const QList<qint64> ids = runs.matchingRunIds();
        QCOMPARE(ids.size(), kRuns / 4);
        QVERIFY(runs.rowCount() < ids.size()); // not everything is loaded…
        for (int row = 0; row < runs.rowCount(); ++row) { // …and the order is the table's
            QCOMPARE(runs.runId(row), ids.at(row));
            QCOMPARE(runs.index(row, 0).data(RunsTableModel::RunIdRole).toLongLong(), ids.at(row));
        }
        QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), ids.size());
        for (const qint64 id : ids) {
            QCOMPARE(id % 4, 0);
        }
    }

    void showsTheCost()
    {
        RunsTableModel runs(*m_db);
        QAbstractItemModelTester tester(&runs,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(runs.headerData(RunsTableModel::Cost, Qt::Horizontal).toString(), u"Cost"_s);
        runs.sort(RunsTableModel::Cost, Qt::DescendingOrder);
        QCOMPARE(runs.runId(0), 2); // the one run with a stored cost
        QCOMPARE(runs.index(0, RunsTableModel::Cost).data().toString(), formatUsd(0.0125));
        QVERIFY(runs.index(1, RunsTableModel::Cost).data().isNull()); // unknown, not $0

        // Runs stored without a cost are priced for display; a stored cost wins.
        runs.setCostFunction([](const QString &provider, const QString &, const Usage &usage) {
            return provider == u"openai" ? std::optional<double>(usage.outputTokens * 0.001)
                                         : std::nullopt;
        });
        runs.reload();
        QCOMPARE(runs.index(0, RunsTableModel::Cost).data().toString(), formatUsd(0.0125));
        for (int row = 1; row < runs.rowCount(); ++row) {
            const QModelIndex provider = runs.index(row, RunsTableModel::Provider);
            const QVariant cost = runs.index(row, RunsTableModel::Cost).data();
            if (provider.data().toString() == u"openai") {
                const qint64 tokens =
                    runs.index(row, RunsTableModel::OutputTokens).data().toLongLong();
                QCOMPARE(cost.toString(), formatUsd(tokens * 0.001));
            } else {
                QVERIFY(cost.isNull());
            }
        }
    }

    void recordedRunsKeepTheirCost()
    {
        QString error;
        std::unique_ptr<Database> db = Database::open(m_dir.filePath(u"cost.sqlite"_s), error);
        QVERIFY2(db, qPrintable(error));
        RunRecorder recorder(*db);
        recorder.setCostFunction(
            [](const QString &provider, const QString &model, const Usage &usage) {
                return provider == u"openai" && model == u"gpt-4o"
                    ? std::optional<double>(usage.inputTokens * 0.01 + usage.outputTokens * 0.02)
                    : std::nullopt;
            });
        RunStart start;
        start.providerId = u"openai"_s;
        start.model = u"gpt-4o"_s;
        start.request.url = QUrl(u"http://127.0.0.1/v1/chat/completions"_s);
        const qint64 priced = recorder.begin(start).value();
        start.model = u"unpriced-model"_s;
        const qint64 unpriced = recorder.begin(start).value();
        Usage usage;
        usage.inputTokens = 10;
        usage.outputTokens = 5;
        for (const qint64 run : {priced, unpriced}) {
            recorder.record(run, StreamEvent::textDelta(u"ok"_s), 5);
            recorder.record(run, StreamEvent::usageUpdate(usage), 6);
            recorder.record(run, StreamEvent::finished(FinishReason::Stop, u"stop"_s, true), 7);
        }
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(u"SELECT id, cost_usd FROM runs ORDER BY id"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), priced);
        QCOMPARE(query.value(1).toDouble(), 0.2);
        QVERIFY(query.next());
        QVERIFY(query.value(1).isNull());
    }

    void dateRange()
    {
        RunsTableModel runs(*m_db);
        RunsTableModel::Filter filter;
        filter.from = QDateTime::fromMSecsSinceEpoch(1763700000000 + 100 * 1000);
        filter.to = QDateTime::fromMSecsSinceEpoch(1763700000000 + 150 * 1000);
        runs.setFilter(filter);
        QCOMPARE(runs.rowCount(), 50);
        QVERIFY(!runs.canFetchMore({}));
    }

private:
    static constexpr int kRuns = 3000;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_prompt = 0;
};

QTEST_GUILESS_MAIN(RunsTableModelTest)
#include "tst_runstablemodel.moc"
