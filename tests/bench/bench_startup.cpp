// How fast the main window appears and how much memory it takes: the first thing a user of a
// "lighter than Electron" app notices. Offscreen platform, so the figures exclude the X server.
#include "BenchReport.h"
#include "core/ApplicationIdentity.h"
#include "editor/TemplateHighlighter.h"
#include "mainwindow/MainWindow.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    pwb::applyApplicationIdentity();
    QStandardPaths::setTestModeEnabled(true);

    // The first window pays for loading the syntax definitions and fonts once.
    double firstWindowMs = 0;
    {
        QElapsedTimer timer;
        timer.start();
        pwb::MainWindow window(QStringLiteral("/tmp/bench/workspace.sqlite"));
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
        pwb::MainWindow window(QStringLiteral("/tmp/bench/workspace.sqlite"));
        window.show();
        window.grab();
        samples.append(timer.nsecsElapsed() / 1e6);
        window.close();
        QCoreApplication::processEvents();
    }

    pwb::bench::report(QStringLiteral("startup.process_to_first_window"), processToFirstWindowMs,
                       QStringLiteral("ms"),
                       QStringLiteral("QApplication + first MainWindow painted"));
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
