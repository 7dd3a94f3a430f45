#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Drives the real `pwb` executable: what CI scripts see is its output and exit status.
class PwbCliTest : public QObject
{
    Q_OBJECT

    struct Outcome
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Outcome runPwb(const QStringList &arguments, const QString &workingDirectory = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        environment.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        environment.insert(u"LANG"_s, u"C.UTF-8"_s);
        environment.remove(u"LANGUAGE"_s);
        environment.remove(u"LC_ALL"_s);
        process.setProcessEnvironment(environment);
        if (!workingDirectory.isEmpty()) {
            process.setWorkingDirectory(workingDirectory);
        }
        process.start(QStringLiteral(PWB_CLI), arguments);
        if (!process.waitForFinished(30000)) {
            return {};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void exitStatusAndOutput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stdoutPattern");
        QTest::addColumn<QString>("stderrPattern");

        QTest::newRow("--version")
            << QStringList {u"--version"_s} << 0
            << u"^pwb \\d+\\.\\d+\\.\\d+ \\(Prompt Workbench, Qt 6\\.\\d+\\.\\d+\\)\\n$"_s
            << u"^$"_s;
        QTest::newRow("-v") << QStringList {u"-v"_s} << 0 << u"^pwb \\d"_s << u"^$"_s;
        QTest::newRow("--help lists commands")
            << QStringList {u"--help"_s} << 0 << u"Usage: pwb COMMAND.*\\n  paths +Print where"_s
            << u"^$"_s;
        QTest::newRow("no command: usage on stderr")
            << QStringList {} << 2 << u"^$"_s << u"^Usage: pwb COMMAND"_s;
        QTest::newRow("unknown command named")
            << QStringList {u"frobnicate"_s} << 2 << u"^$"_s << u"unknown command 'frobnicate'"_s;
        QTest::newRow("unknown option of a command")
            << QStringList {u"paths"_s, u"--bogus"_s} << 2 << u"^$"_s << u"^pwb paths: .*bogus"_s;
        QTest::newRow("stray argument") << QStringList {u"paths"_s, u"extra"_s} << 2 << u"^$"_s
                                        << u"unexpected argument 'extra'"_s;
        QTest::newRow("command help")
            << QStringList {u"paths"_s, u"--help"_s} << 0 << u"--workspace <PATH>"_s << u"^$"_s;
    }

    void exitStatusAndOutput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, stdoutPattern);
        QFETCH(QString, stderrPattern);

        const Outcome outcome = runPwb(arguments);
        QCOMPARE(outcome.exitCode, exitCode);
        const QRegularExpression outRe(stdoutPattern,
                                       QRegularExpression::DotMatchesEverythingOption);
        const QRegularExpression errRe(stderrPattern,
                                       QRegularExpression::DotMatchesEverythingOption);
        QVERIFY2(outRe.match(outcome.out).hasMatch(), qPrintable(u"stdout: "_s + outcome.out));
        QVERIFY2(errRe.match(outcome.err).hasMatch(), qPrintable(u"stderr: "_s + outcome.err));
    }

    void pathsPrintsTheDefaultWorkspace()
    {
        const Outcome outcome = runPwb({u"paths"_s});
        QCOMPARE(outcome.exitCode, 0);
        QCOMPARE(
            outcome.out,
            u"workspace\t%1/data/prompt-workbench/workspace.sqlite\nsettings\t%1/config/prompt-workbench/settings.ini\n"_s
                .arg(m_home.path()));
    }

    void pathsResolvesARelativeWorkspaceFolder()
    {
        const Outcome outcome = runPwb({u"paths"_s, u"--workspace"_s, u"team/"_s}, m_home.path());
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY2(
            outcome.out.startsWith(u"workspace\t"_s + m_home.filePath(u"team/workspace.sqlite"_s)),
            qPrintable(outcome.out));
    }

    void pathsReportsAnUnusableWorkspace()
    {
        const Outcome outcome = runPwb({u"paths"_s, u"--workspace"_s, u"/proc/nope/w.sqlite"_s});
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY2(outcome.err.contains(u"/proc/nope"), qPrintable(outcome.err));
    }

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(PwbCliTest)
#include "tst_pwbcli.moc"
