#include "storage/Database.h"
#include "storage/PromptLibraryModel.h"
#include "storage/PromptRepository.h"
#include "storage/RunRecorder.h"
#include "storage/SearchResultsModel.h"
#include "storage/VersionHistoryModel.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pwb;

namespace {

PromptContent says(const QString &text)
{
    PromptContent content;
    content.messages = {{ChatMessage::Role::User, text}};
    return content;
}

// "Folder/Prompt" paths of every prompt in the model, depth first.
QStringList paths(const QAbstractItemModel &model, const QModelIndex &parent = {},
                  const QString &prefix = {})
{
    QStringList result;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        const QString path = prefix + index.data().toString();
        if (index.data(PromptLibraryModel::IsFolderRole).toBool()) {
            result << path + u'/';
            result << paths(model, index, path + u'/');
        } else {
            result << path;
        }
    }
    return result;
}

} // namespace

class LibraryModelsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_db = Database::open(m_dir.filePath(u"library.sqlite"_s), error);
        QVERIFY2(m_db, qPrintable(error));
        PromptRepository repo(*m_db);
        const qint64 support = repo.createFolder(u"Support"_s).value();
        const qint64 email = repo.createFolder(u"Email"_s, support).value();
        repo.createFolder(u"Empty"_s).value();
        m_reply = repo.createPrompt(u"Reply"_s, email).value();
        QVERIFY(repo.saveVersion(m_reply, says(u"Answer the customer politely"_s)));
        QVERIFY(repo.saveVersion(m_reply, says(u"Answer the customer politely and briefly"_s),
                                 u"shorter"_s));
        const qint64 triage = repo.createPrompt(u"Triage"_s, support).value();
        QVERIFY(repo.saveVersion(triage, says(u"Classify: bug, billing or 退款"_s)));
        QVERIFY(repo.saveVersion(repo.createPrompt(u"Haiku"_s).value(), says(u"Write a haiku"_s)));
        QVERIFY(repo.setLabel(m_reply, u"production"_s, repo.versions(m_reply).first().id));
        QVERIFY(repo.setLabel(m_reply, u"staging"_s, repo.versions(m_reply).last().id));
    }

    void treeOfFoldersAndPrompts()
    {
        PromptLibraryModel model(*m_db);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(paths(model),
                 (QStringList {u"Empty/"_s, u"Support/"_s, u"Support/Email/"_s,
                               u"Support/Email/Reply"_s, u"Support/Triage"_s, u"Haiku"_s}));
        const QModelIndex reply = model.indexOfPrompt(m_reply);
        QVERIFY(reply.isValid());
        QCOMPARE(reply.data().toString(), u"Reply"_s);
        QCOMPARE(reply.parent().data().toString(), u"Email"_s);
        QCOMPARE(reply.parent().parent().data().toString(), u"Support"_s);
        model.reload();
    }

    void searchKeepsMatchesAndTheirFolders_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("message text")
            << u"politely"_s
            << QStringList {u"Support/"_s, u"Support/Email/"_s, u"Support/Email/Reply"_s};
        QTest::newRow("chinese, 3+ characters")
            << u"ling or 退"_s << QStringList {u"Support/"_s, u"Support/Triage"_s};
        QTest::newRow("2 characters match names only") << u"退款"_s << QStringList {};
        QTest::newRow("short name match") << u"ha"_s << QStringList {u"Haiku"_s};
        QTest::newRow("name") << u"Triage"_s << QStringList {u"Support/"_s, u"Support/Triage"_s};
        QTest::newRow("nothing") << u"zebra"_s << QStringList {};
        QTest::newRow("quote is safe") << u"a\"b"_s << QStringList {};
    }

    void searchKeepsMatchesAndTheirFolders()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        PromptLibraryModel model(*m_db);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSearchText(text);
        QCOMPARE(paths(model), expected);
        model.setSearchText({});
        QCOMPARE(paths(model).size(), 6);
    }

    void versionHistoryNewestFirstWithLabels()
    {
        VersionHistoryModel model(*m_db);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setPrompt(m_reply);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, VersionHistoryModel::Number).data().toString(), u"v2"_s);
        QCOMPARE(model.index(0, VersionHistoryModel::Labels).data().toString(), u"staging"_s);
        QCOMPARE(model.index(0, VersionHistoryModel::Note).data().toString(), u"shorter"_s);
        QCOMPARE(model.index(1, VersionHistoryModel::Labels).data().toString(), u"production"_s);
        QVERIFY(model.index(1, 0).data(VersionHistoryModel::VersionIdRole).toLongLong() > 0);
        QCOMPARE(model.index(0, 0).data(VersionHistoryModel::LabelsRole).toStringList(),
                 QStringList {u"staging"_s});
        QCOMPARE(model.index(1, 0).data(VersionHistoryModel::NumberRole).toInt(), 1);
        QCOMPARE(model.labelNames(), (QStringList {u"production"_s, u"staging"_s}));
        const qint64 first =
            model.index(1, 0).data(VersionHistoryModel::VersionIdRole).toLongLong();
        QCOMPARE(model.rowOf(first), 1);
        QCOMPARE(model.rowOf(-1), -1);
        model.setPrompt(std::nullopt);
        QCOMPARE(model.rowCount(), 0);
    }

    void searchResultsWithHighlightedSnippets()
    {
        {
            RunRecorder recorder(*m_db);
            RunStart start;
            start.providerId = u"openai"_s;
            start.model = u"gpt-4o"_s;
            const qint64 run = recorder.begin(start).value();
            recorder.record(
                run, StreamEvent::textDelta(u"Dear customer, we answer <politely> & quickly."_s),
                1);
            recorder.record(run, StreamEvent::finished(FinishReason::Stop, u"stop"_s, true), 2);
        }
        SearchResultsModel model(*m_db);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery(u"polite"_s);
        QCOMPARE(model.rowCount(), 2); // the Reply prompt and the run
        QCOMPARE(model.index(0).data(SearchResultsModel::KindRole).toString(), u"prompt"_s);
        QCOMPARE(model.index(0).data(SearchResultsModel::IdRole).toLongLong(), m_reply);
        QVERIFY2(
            model.index(0).data(SearchResultsModel::SnippetRole).toString().contains(u"[polite]"_s),
            qPrintable(model.index(0).data(SearchResultsModel::SnippetRole).toString()));
        QCOMPARE(model.index(1).data(SearchResultsModel::KindRole).toString(), u"run"_s);
        const QString html = model.index(1).data(SearchResultsModel::SnippetHtmlRole).toString();
        QVERIFY2(html.contains(u"&lt;<b>polite</b>ly&gt; &amp;"_s),
                 qPrintable(html)); // escaped, then marked
        model.setQuery(u"po"_s);
        QCOMPARE(model.rowCount(), 0);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_reply = 0;
};

QTEST_GUILESS_MAIN(LibraryModelsTest)
#include "tst_librarymodels.moc"
