#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QScrollBar;

namespace pwb {

// Scrolls a set of scroll bars together: moving one moves the others to the same share of
// their range, so columns of different lengths stay at the same place in their answers.
class ScrollSync : public QObject
{
    Q_OBJECT

public:
    explicit ScrollSync(QObject *parent = nullptr);

    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }
    void setScrollBars(const QList<QScrollBar *> &bars);

private:
    void follow(QScrollBar *leader);

    QList<QPointer<QScrollBar>> m_bars;
    bool m_enabled = true;
    bool m_following = false; // re-entry guard: the bars this moves report moving too
};

} // namespace pwb
