#include "core/ApplicationIdentity.h"
#include "storage/WorkspaceLocation.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using pwb::WorkspaceLocation;
using namespace Qt::StringLiterals;

class WorkspaceLocationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        pwb::applyApplicationIdentity();
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void defaultIsWorkspaceSqliteInAppData()
    {
        const QString expected = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
            u"/workspace.sqlite";
        QCOMPARE(WorkspaceLocation::defaultFilePath(), expected);
        // The folder is named after the application only (no organization level).
        QVERIFY2(expected.contains(u"/prompt-workbench/workspace.sqlite"), qPrintable(expected));

        const WorkspaceLocation resolved = WorkspaceLocation::resolve({}, m_dir.path());
        QVERIFY2(resolved.ok(), qPrintable(resolved.error));
        QCOMPARE(resolved.filePath, expected);
        QVERIFY(QFileInfo(expected).absoluteDir().exists());
        QVERIFY(!QFile::exists(expected)); // resolving never creates the database itself
    }

    void resolvesRequestedPaths_data()
    {
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("expectedRelative");

        QTest::newRow("relative file") << u"mine.sqlite"_s << u"mine.sqlite"_s;
        QTest::newRow("nested file, folders created") << u"a/b/c.sqlite"_s << u"a/b/c.sqlite"_s;
        QTest::newRow("trailing slash means folder") << u"team/"_s << u"team/workspace.sqlite"_s;
        QTest::newRow("existing folder") << u"existing"_s << u"existing/workspace.sqlite"_s;
        QTest::newRow("dot segments cleaned") << u"./x/../y.sqlite"_s << u"y.sqlite"_s;
    }

    void resolvesRequestedPaths()
    {
        QFETCH(QString, requested);
        QFETCH(QString, expectedRelative);
        QVERIFY(QDir(m_dir.path()).mkpath(u"existing"_s));

        const WorkspaceLocation resolved = WorkspaceLocation::resolve(requested, m_dir.path());
        QVERIFY2(resolved.ok(), qPrintable(resolved.error));
        QCOMPARE(resolved.filePath, QDir(m_dir.path()).filePath(expectedRelative));
        QVERIFY(QFileInfo(resolved.filePath).absoluteDir().exists());
    }

    void absolutePathIgnoresWorkingDirectory()
    {
        const QString absolute = m_dir.filePath(u"abs.sqlite"_s);
        const WorkspaceLocation resolved = WorkspaceLocation::resolve(absolute, u"/nonexistent"_s);
        QVERIFY2(resolved.ok(), qPrintable(resolved.error));
        QCOMPARE(resolved.filePath, absolute);
    }

    void folderThatIsAFileIsAnErrorNamingIt()
    {
        const QString blocker = m_dir.filePath(u"blocker"_s);
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();

        const WorkspaceLocation resolved =
            WorkspaceLocation::resolve(u"blocker/inside.sqlite"_s, m_dir.path());
        QVERIFY(!resolved.ok());
        QVERIFY(resolved.filePath.isEmpty());
        QVERIFY2(resolved.error.contains(blocker), qPrintable(resolved.error));
        QVERIFY2(resolved.error.contains(u"not a folder"), qPrintable(resolved.error));
    }

    void unwritableParentIsAnError()
    {
        // /proc cannot hold new folders, even for root.
        const WorkspaceLocation resolved =
            WorkspaceLocation::resolve(u"/proc/pwb-test/w.sqlite"_s, {});
        QVERIFY(!resolved.ok());
        QVERIFY2(resolved.error.contains(u"/proc/pwb-test"), qPrintable(resolved.error));
    }

    void settingsFileLivesInAppConfig()
    {
        const QString expected =
            QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/settings.ini";
        QCOMPARE(pwb::AppSettings::filePath(), expected);
        {
            pwb::AppSettings settings;
            settings.setValue(u"probe"_s, 42);
        }
        QVERIFY(QFile::exists(expected));
        QCOMPARE(pwb::AppSettings().value(u"probe"_s).toInt(), 42);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(WorkspaceLocationTest)
#include "tst_workspacelocation.moc"
