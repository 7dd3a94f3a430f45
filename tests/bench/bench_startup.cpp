// How fast the main window appears and how much memory it takes: the first thing a user of a
// "lighter than Electron" app notices. Offscreen platform, so the figures exclude the X server.
// Each window opens its workspace as the app does: the first one a new workspace, which is
// migrated and seeded with the sample prompts; the others reopen that file.
#include "BenchReport.h"
#include "core/ApplicationIdentity.h"
#include "editor/TemplateHighlighter.h"
#include "mainwindow/MainWindow.h"
#include "storage/SampleWorkspace.h"
#include "storage/Workspace.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    pwb::applyApplicationIdentity();
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    const QString workspacePath = dir.filePath(QStringLiteral("workspace.sqlite"));
    // What app/gui/main.cpp does before showing the window.
    auto openWorkspace = [&workspacePath] {
        auto opened = pwb::Workspace::open(workspacePath);
        if (!opened) {
            qFatal("%s", qPrintable(opened.error()));
        }
        if (opened.value()->isNew() &&
            !pwb::SampleWorkspace::seed(opened.value()->database()).ok()) {
            qFatal("cannot seed the sample workspace");
        }
        return std::move(opened).value();
    };

    // The first window pays for loading the syntax definitions and fonts once.
    double firstWindowMs = 0;
    {
        QElapsedTimer timer;
        timer.start();
        const auto workspace = openWorkspace();
        pwb::MainWindow window(*workspace, nullptr);
        window.show();
        window.grab(); // forces layout and a full paint
        firstWindowMs = timer.nsecsElapsed() / 1e6;
    }
    const double processToFirstWindowMs = sinceStart.nsecsElapsed() / 1e6;

    constexpr int kRounds = 15;
    QList<double> samples;
    for (int i = 0; i < kRounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto workspace = openWorkspace();
        pwb::MainWindow window(*workspace, nullptr);
        window.show();
        window.grab();
        samples.append(timer.nsecsElapsed() / 1e6);
        window.close();
        QCoreApplication::processEvents();
    }

    pwb::bench::report(
        QStringLiteral("startup.process_to_first_window"), processToFirstWindowMs,
        QStringLiteral("ms"),
        QStringLiteral("QApplication + new workspace seeded + first MainWindow painted"));
    pwb::bench::report(QStringLiteral("startup.first_window"), firstWindowMs, QStringLiteral("ms"),
                       QStringLiteral("includes loading %1 syntax definitions")
                           .arg(pwb::TemplateHighlighter::repository().definitions().size()));
    pwb::bench::report(QStringLiteral("startup.window_median"), pwb::bench::median(samples),
                       QStringLiteral("ms"),
                       QStringLiteral("median of %1 further windows").arg(kRounds));
    pwb::bench::report(QStringLiteral("startup.peak_rss"), pwb::bench::peakRssMiB(),
                       QStringLiteral("MiB"),
                       QStringLiteral("VmHWM after %1 windows").arg(kRounds + 1));
    return 0;
}
