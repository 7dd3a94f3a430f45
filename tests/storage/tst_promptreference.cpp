#include "storage/Database.h"
#include "storage/PromptReference.h"
#include "storage/Workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// NAME, NAME@VERSION and NAME:LABEL parsed and resolved against a real workspace; every error
// says what exists instead.
class PromptReferenceTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<pwb::Workspace> m_workspace;
    QList<qint64> m_versions;

private Q_SLOTS:
    void initTestCase()
    {
        m_workspace = std::move(pwb::Workspace::open(m_dir.filePath(u"w.sqlite"_s))).value();
        pwb::PromptRepository &prompts = m_workspace->prompts();
        const qint64 prompt = prompts.createPrompt(u"Support: reply@v2"_s).value();
        for (int i = 1; i <= 3; ++i) {
            pwb::PromptContent content;
            content.messages = {{pwb::ChatMessage::Role::User, u"text %1"_s.arg(i)}};
            m_versions.append(prompts.saveVersion(prompt, content).value().version.id);
        }
        QVERIFY(prompts.setLabel(prompt, u"production"_s, m_versions.at(1)).ok());
        QVERIFY(prompts.createPrompt(u"Empty"_s).ok());
    }

    void resolves_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("versionIndex");
        QTest::newRow("newest") << u"Support: reply@v2"_s << 2;
        QTest::newRow("number") << u"Support: reply@v2@1"_s << 0;
        QTest::newRow("label") << u"Support: reply@v2:production"_s << 1;
    }
    void resolves()
    {
        QFETCH(QString, text);
        QFETCH(int, versionIndex);
        const auto version = pwb::PromptReference::resolve(m_workspace->prompts(), text);
        QVERIFY2(version.ok(), version.ok() ? "" : qPrintable(version.error()));
        QCOMPARE(version.value().id, m_versions.at(versionIndex));
    }

    void parsesAndPrints_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("name") << u"Support"_s;
        QTest::newRow("version") << u"Support@12"_s;
        QTest::newRow("label") << u"Support:production"_s;
        QTest::newRow("name with a colon and a version") << u"a:b@2"_s;
    }
    void parsesAndPrints()
    {
        QFETCH(QString, text);
        const auto reference = pwb::PromptReference::parse(text);
        QVERIFY(reference.ok());
        QCOMPARE(reference.value().toString(), text);
    }

    void namesWhatIsWrong_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("says");
        QTest::newRow("bad number") << u"Support: reply@v2@x"_s << u"is a number"_s;
        QTest::newRow("no label") << u"Support: reply@v2:"_s << u"a label follows"_s;
        QTest::newRow("only a version") << u"@3"_s << u"No prompt is named \"@3\""_s;
        QTest::newRow("unknown prompt") << u"Nope"_s << u"prompts: Empty, Support: reply@v2"_s;
        QTest::newRow("unknown version") << u"Support: reply@v2@9"_s << u"it has 1 to 3"_s;
        QTest::newRow("unknown label")
            << u"Support: reply@v2:staging"_s << u"no label \"staging\""_s;
        QTest::newRow("never saved") << u"Empty"_s << u"no saved version"_s;
    }
    void namesWhatIsWrong()
    {
        QFETCH(QString, text);
        QFETCH(QString, says);
        const auto version = pwb::PromptReference::resolve(m_workspace->prompts(), text);
        QVERIFY(!version.ok());
        QVERIFY2(version.error().contains(says), qPrintable(version.error()));
    }
};

QTEST_GUILESS_MAIN(PromptReferenceTest)
#include "tst_promptreference.moc"
