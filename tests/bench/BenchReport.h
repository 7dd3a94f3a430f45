#pragma once

#include <QFile>
#include <QList>
#include <QStringList>
#include <QTextStream>
#include <QtEnvironmentVariables>

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

// The median of one figure over the rounds of a benchmark.
template<typename Round, typename Field>
double medianOf(const QList<Round> &rounds, Field Round::*field)
{
    QList<double> values;
    for (const Round &round : rounds) {
        values << double(round.*field);
    }
    return median(values);
}

// Every round's value of one figure, for the details of a report: "14.1, 15.5, 21.2".
template<typename Round, typename Field>
QString eachOf(const QList<Round> &rounds, Field Round::*field, int precision)
{
    QStringList values;
    for (const Round &round : rounds) {
        values << QString::number(double(round.*field), 'f', precision);
    }
    return values.join(QStringLiteral(", "));
}

// A positive whole number from the environment (PWB_BENCH_TOKENS=2000 for a quick look at
// another stream), or `fallback`: the recorded figures are for the fallbacks.
inline int setting(const char *variable, int fallback)
{
    const int value = qEnvironmentVariableIntValue(variable);
    return value > 0 ? value : fallback;
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
