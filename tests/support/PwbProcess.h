#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QPair>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

namespace pwb::test {

// Runs the real `pwb` executable (PWB_CLI) with a private home: data and config in a temporary
// folder, the C locale, no OPENAI_API_KEY from the caller's shell. What CI scripts see is its
// output and exit status, so that is what the CLI tests look at.
class PwbProcess
{
public:
    struct Outcome
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    const QTemporaryDir &home() const { return m_home; }

    Outcome run(const QStringList &arguments, const QString &workingDirectory = {},
                const QByteArray &input = {}, const QList<QPair<QString, QString>> &env = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"),
                           m_home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           m_home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        environment.remove(QStringLiteral("LANGUAGE"));
        environment.remove(QStringLiteral("LC_ALL"));
        environment.remove(QStringLiteral("OPENAI_API_KEY"));
        for (const auto &[name, value] : env) {
            environment.insert(name, value);
        }
        process.setProcessEnvironment(environment);
        if (!workingDirectory.isEmpty()) {
            process.setWorkingDirectory(workingDirectory);
        }
        process.start(QStringLiteral(PWB_CLI), arguments);
        process.write(input);
        process.closeWriteChannel();
        // The event loop keeps running: a loopback server in the test process answers pwb.
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 30000)) {
            process.kill();
            return {};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    // Writes `content` to `name` under the private home; returns its path.
    QString writeFile(const QString &name, const QByteArray &content) const
    {
        QFile file(m_home.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
            qFatal("cannot write %s", qPrintable(file.fileName()));
        }
        return file.fileName();
    }

private:
    QTemporaryDir m_home;
};

} // namespace pwb::test
