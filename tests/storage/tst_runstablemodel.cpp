#include "storage/Database.h"
#include "storage/PromptRepository.h"
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
        model.setFilter({std::nullopt, u"gpt-4o"_s, {}, {}, {}});
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
        QTest::addColumn<int>("expected");
        QTest::newRow("model") << u"gpt-4o"_s << QString() << false << kRuns / 2;
        QTest::newRow("status") << QString() << u"failed"_s << false << kRuns / 10;
        QTest::newRow("prompt") << QString() << QString() << true << (kRuns + 2) / 3;
        QTest::newRow("prompt + status")
            << QString() << u"failed"_s << true << (kRuns / 10 + 2) / 3;
    }

    void filters()
    {
        QFETCH(QString, model);
        QFETCH(QString, status);
        QFETCH(bool, byPrompt);
        QFETCH(int, expected);
        RunsTableModel runs(*m_db);
        runs.setFilter(
            {byPrompt ? std::optional<qint64>(m_prompt) : std::nullopt, model, status, {}, {}});
        while (runs.canFetchMore({})) {
            runs.fetchMore({});
        }
        QCOMPARE(runs.rowCount(), expected);
    }

    void dateRange()
    {
        RunsTableModel runs(*m_db);
        runs.setFilter({std::nullopt,
                        {},
                        {},
                        QDateTime::fromMSecsSinceEpoch(1763700000000 + 100 * 1000),
                        QDateTime::fromMSecsSinceEpoch(1763700000000 + 150 * 1000)});
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
