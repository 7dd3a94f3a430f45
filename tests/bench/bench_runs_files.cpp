// Runs as files at workspace scale (issue 8): exporting the 100,000 runs of bench_storage's
// workspace to JSON Lines, importing them into a new workspace, and a whole-workspace backup.
// The export reads and writes a run at a time, so its memory must not grow with the number of
// runs: the peak after 10,000 runs and after 100,000 are both reported.
#include "BenchReport.h"
#include "export/RunsJsonlExport.h"
#include "export/RunsJsonlImport.h"
#include "storage/Database.h"
#include "storage/RunsTableModel.h"
#include "storage/WorkspaceBackup.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using pwb::bench::report;

namespace {

std::unique_ptr<pwb::Database> open(const QString &path)
{
    QString error;
    auto db = pwb::Database::open(path, error);
    if (!db) {
        qFatal("%s", qPrintable(error));
    }
    return db;
}

double mib(const QString &path)
{
    return QFileInfo(path).size() / 1048576.0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString source = QStringLiteral(PWB_BENCH_DIR "/workspace-100k.sqlite");
    if (!QFile::exists(source)) {
        qFatal("%s is made by bench_storage: run it first", qPrintable(source));
    }
    QTemporaryDir dir(QStringLiteral(PWB_BENCH_DIR "/runs-files-XXXXXX"));
    auto db = open(source);
    pwb::RunsTableModel table(*db);
    table.sort(pwb::RunsTableModel::Started, Qt::AscendingOrder);
    const QList<qint64> ids = table.matchingRunIds();
    std::printf("# %lld runs in %s (%.0f MiB)\n", qint64(ids.size()), qPrintable(source),
                mib(source));

    // A backup of the 100,000-run workspace, first: after the imports below, the disk still has
    // their hundreds of MiB to write back, and the backup's fsync would wait for them (79 s once).
    const QString backup = dir.filePath(u"backup.sqlite"_s);
    QElapsedTimer timer;
    timer.start();
    if (const pwb::Result<void> copied = pwb::WorkspaceBackup::write(*db, backup); !copied) {
        qFatal("backup failed: %s", qPrintable(copied.error()));
    }
    const double backupMs = timer.nsecsElapsed() / 1e6;
    report(u"runs_files.backup"_s, backupMs / 1000.0, u"s"_s,
           u"VACUUM INTO of the %1 MiB workspace: %2 MiB written"_s.arg(mib(source), 0, 'f', 0)
               .arg(mib(backup), 0, 'f', 0));

    // Export: 10,000 runs, then all of them.
    const QString small = dir.filePath(u"runs-10k.jsonl"_s);
    timer.restart();
    if (!pwb::RunsJsonlExport::write(*db, ids.first(10000), small)) {
        qFatal("export failed");
    }
    const double smallMs = timer.nsecsElapsed() / 1e6;
    const double smallPeak = pwb::bench::peakRssMiB();
    const QString all = dir.filePath(u"runs-all.jsonl"_s);
    timer.restart();
    const pwb::Result<int> written = pwb::RunsJsonlExport::write(*db, ids, all);
    if (!written) {
        qFatal("export failed: %s", qPrintable(written.error()));
    }
    const double allMs = timer.nsecsElapsed() / 1e6;
    const double allPeak = pwb::bench::peakRssMiB();
    report(u"runs_files.export"_s, written.value() / (allMs / 1000.0), u"runs/s"_s,
           u"%1 runs in %2 s, %3 MiB of JSON Lines; 10,000 runs: %4 s"_s.arg(written.value())
               .arg(allMs / 1000.0, 0, 'f', 1)
               .arg(mib(all), 0, 'f', 0)
               .arg(smallMs / 1000.0, 0, 'f', 2));
    report(u"runs_files.export_peak_rss"_s, allPeak, u"MiB"_s,
           u"VmHWM after 100,000 runs; after 10,000: %1 MiB"_s.arg(smallPeak, 0, 'f', 1));

    // Import into a new workspace (one transaction), then the same file again (all present).
    const QString target = dir.filePath(u"reviewer.sqlite"_s);
    auto reviewer = open(target);
    timer.restart();
    const auto imported = pwb::RunsJsonlImport::read(*reviewer, all);
    if (!imported) {
        qFatal("import failed: %s", qPrintable(imported.error().toString()));
    }
    const double importMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    const auto again = pwb::RunsJsonlImport::read(*reviewer, all);
    const double againMs = timer.nsecsElapsed() / 1e6;
    if (!again || again.value().alreadyPresent != imported.value().imported) {
        qFatal("the second import did not find every run already there");
    }
    report(u"runs_files.import"_s, imported.value().imported / (importMs / 1000.0), u"runs/s"_s,
           u"%1 runs in %2 s into a new workspace; the same file again: %3 s, %4 already present"_s
               .arg(imported.value().imported)
               .arg(importMs / 1000.0, 0, 'f', 1)
               .arg(againMs / 1000.0, 0, 'f', 1)
               .arg(again.value().alreadyPresent));
    report(u"runs_files.peak_rss"_s, pwb::bench::peakRssMiB(), u"MiB"_s,
           u"VmHWM after export and both imports"_s);

    return 0;
}
