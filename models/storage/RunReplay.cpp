#include "storage/RunReplay.h"

#include "storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

namespace pwb {

namespace {

qint64 steadyNowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// A tool piece is stored as the delta's JSON (RunRecorder::record).
StreamEvent toolEvent(const QString &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    ToolCallDelta delta;
    delta.index = object.value(QStringLiteral("index")).toInt();
    delta.id = object.value(QStringLiteral("id")).toString();
    delta.name = object.value(QStringLiteral("name")).toString();
    delta.argumentsDelta = object.value(QStringLiteral("arguments")).toString();
    return StreamEvent::toolCallDelta(delta);
}

// The stored reply as pieces, for a run that has none: all of it when its first token came.
QList<RunReplay::Piece> wholeReply(const StoredRun &run)
{
    const qint64 at = qMax<qint64>(0, run.reply.timings.firstTokenMs);
    QList<RunReplay::Piece> pieces;
    if (!run.reply.reasoning.isEmpty()) {
        pieces.append({at, StreamEvent::reasoningDelta(run.reply.reasoning)});
    }
    if (!run.reply.text.isEmpty()) {
        pieces.append({at, StreamEvent::textDelta(run.reply.text)});
    }
    for (int i = 0; i < run.reply.toolCalls.size(); ++i) {
        const StreamedReply::ToolCall &call = run.reply.toolCalls.at(i);
        pieces.append({at, StreamEvent::toolCallDelta({i, call.id, call.name, call.arguments})});
    }
    return pieces;
}

} // namespace

RunReplay::RunReplay(QObject *parent)
    : QObject(parent)
    , m_clock(steadyNowMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RunReplay::catchUp);
}

Result<QList<RunReplay::Piece>> RunReplay::loadPieces(const Database &database, qint64 runId)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT at_ms, kind, text FROM run_chunks WHERE run_id = ? ORDER BY seq"));
    query.addBindValue(runId);
    if (!query.exec()) {
        return Result<QList<Piece>>::failure(tr("Cannot read the reply pieces of run %1: %2")
                                                 .arg(runId)
                                                 .arg(query.lastError().databaseText()));
    }
    QList<Piece> pieces;
    while (query.next()) {
        const qint64 at = query.value(0).toLongLong();
        const QString kind = query.value(1).toString();
        const QString text = query.value(2).toString();
        if (kind == u"text") {
            pieces.append({at, StreamEvent::textDelta(text)});
        } else if (kind == u"reasoning") {
            pieces.append({at, StreamEvent::reasoningDelta(text)});
        } else {
            pieces.append({at, toolEvent(text)});
        }
    }
    return pieces;
}

Result<void> RunReplay::load(const Database &database, qint64 runId)
{
    const std::optional<StoredRun> run = StoredRun::load(database, runId);
    if (!run) {
        return Result<void>::failure(tr("Run %1 is not in this workspace.").arg(runId));
    }
    Result<QList<Piece>> pieces = loadPieces(database, runId);
    if (!pieces) {
        return Result<void>::failure(pieces.error());
    }
    setRun(*run, pieces.value());
    return {};
}

void RunReplay::setRun(const StoredRun &run, const QList<Piece> &pieces)
{
    stop();
    m_run = run;
    m_pieces = pieces.isEmpty() ? wholeReply(run) : pieces;
    // Pieces are stored in arrival order; a clock step backwards must not reorder them.
    qint64 latest = 0;
    for (Piece &piece : m_pieces) {
        latest = piece.atMs = qMax(latest, piece.atMs);
    }
    m_finishAtMs = qMax(latest, run.reply.timings.endMs);
}

void RunReplay::start(double speed)
{
    Q_ASSERT(speed > 0);
    stop();
    m_speed = speed;
    m_startedAt = m_clock();
    m_next = 0;
    m_playing = true;
    Q_EMIT started();
    catchUp();
}

void RunReplay::stop()
{
    m_timer.stop();
    if (m_playing) {
        m_playing = false;
        Q_EMIT stopped();
    }
}

qint64 RunReplay::positionMs() const
{
    if (!m_playing) {
        return 0;
    }
    const auto position = qint64(double(m_clock() - m_startedAt) * m_speed);
    return qMin(position, m_finishAtMs);
}

bool RunReplay::isDue(qint64 atMs, qint64 now) const
{
    return double(now - m_startedAt) * m_speed >= double(atMs);
}

void RunReplay::catchUp()
{
    if (!m_playing) {
        return;
    }
    const qint64 now = m_clock();
    while (m_next < m_pieces.size() && isDue(m_pieces.at(m_next).atMs, now)) {
        Q_EMIT pieceReplayed(m_pieces.at(m_next++).event);
        if (!m_playing) {
            return; // stopped by a receiver
        }
    }
    if (m_next == m_pieces.size() && isDue(m_finishAtMs, now)) {
        m_playing = false;
        m_timer.stop();
        Q_EMIT finished(m_run.reply);
        return;
    }
    armTimer(now);
}

void RunReplay::armTimer(qint64 now)
{
    const qint64 nextAt = m_next < m_pieces.size() ? m_pieces.at(m_next).atMs : m_finishAtMs;
    const auto due = m_startedAt + qint64(std::ceil(double(nextAt) / m_speed));
    const qint64 wait = std::clamp<qint64>(due - now, 0, std::numeric_limits<int>::max());
    m_timer.start(int(wait));
}

} // namespace pwb
