#pragma once

#include "core/Result.h"
#include "storage/StoredRun.h"
#include "streaming/StreamEvent.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>

namespace pwb {

class Database;

// Plays a saved run back as it streamed: each stored piece (run_chunks) is emitted as its
// StreamEvent at its original time since the request was sent, divided by the speed (1x, 10x),
// then finished() with the figures the run ended with. Nothing touches the network.
//
// One coarse QTimer is re-armed to the next due piece; what is due is decided by the clock
// alone, so tests inject a clock and call catchUp() instead of waiting on real time.
class RunReplay : public QObject
{
    Q_OBJECT

public:
    struct Piece
    {
        qint64 atMs = 0; // since the request was sent
        StreamEvent event; // a text, reasoning or tool-call delta
    };
    // Monotonic milliseconds; only differences matter.
    using Clock = std::function<qint64()>;

    explicit RunReplay(QObject *parent = nullptr);

    // The run and its pieces, in order. A run stored without pieces (recorded before pieces
    // were kept, or imported) plays its whole text at once, when its first token came.
    Result<void> load(const Database &database, qint64 runId);
    static Result<QList<Piece>> loadPieces(const Database &database, qint64 runId);
    void setRun(const StoredRun &run, const QList<Piece> &pieces);

    void setClock(Clock clock) { m_clock = std::move(clock); }

    // From the beginning; `speed` 10 plays ten times faster. Restarts a replay in progress.
    void start(double speed = 1.0);
    // Stops where it is; nothing more is emitted (no finished()).
    void stop();
    // Emits everything due by the clock's now; the timer calls it, tests may too.
    void catchUp();

    bool isPlaying() const { return m_playing; }
    double speed() const { return m_speed; }
    // Where the replay is on the run's own timeline (ms since the request was sent).
    qint64 positionMs() const;
    // When the replay ends on the run's own timeline.
    qint64 durationMs() const { return m_finishAtMs; }
    const StoredRun &run() const { return m_run; }
    const QList<Piece> &pieces() const { return m_pieces; }

Q_SIGNALS:
    void started();
    void pieceReplayed(const pwb::StreamEvent &event);
    // The run's reply as stored: its figures, finish reason or error.
    void finished(const pwb::StreamedReply &reply);
    void stopped();

private:
    bool isDue(qint64 atMs, qint64 now) const;
    void armTimer(qint64 now);

    StoredRun m_run;
    QList<Piece> m_pieces;
    qint64 m_finishAtMs = 0;
    Clock m_clock;
    QTimer m_timer;
    double m_speed = 1.0;
    qint64 m_startedAt = 0; // by the clock
    qsizetype m_next = 0;
    bool m_playing = false;
};

} // namespace pwb
