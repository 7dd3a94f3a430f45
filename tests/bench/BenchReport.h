#pragma once

#include <QFile>
#include <QList>
#include <QTextStream>

#include <algorithm>

namespace pwb::bench {

// Median of `samples` (copied: the caller's order is kept).
inline double median(QList<double> samples)
{
    if (samples.isEmpty()) {
        return 0;
    }
    std::sort(samples.begin(), samples.end());
    const qsizetype mid = samples.size() / 2;
    return samples.size() % 2 ? samples.at(mid) : (samples.at(mid - 1) + samples.at(mid)) / 2;
}

// Peak resident set size of this process in MiB (VmHWM), or -1 where /proc is not there.
inline double peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
        }
    }
    return -1;
}

// One figure, in the one format tools/dev bench collects.
inline void report(const QString &name, double value, const QString &unit,
                   const QString &details = {})
{
    QTextStream out(stdout);
    out << QStringLiteral("BENCH %1: %2 %3").arg(name).arg(value, 0, 'f', 2).arg(unit);
    if (!details.isEmpty()) {
        out << QStringLiteral(" (") << details << QStringLiteral(")");
    }
    out << QStringLiteral("\n");
    out.flush();
}

} // namespace pwb::bench
