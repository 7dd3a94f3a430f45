#include "compare/ScrollSync.h"

#include <QScrollBar>

namespace pwb {

ScrollSync::ScrollSync(QObject *parent)
    : QObject(parent)
{ }

void ScrollSync::setScrollBars(const QList<QScrollBar *> &bars)
{
    for (const QPointer<QScrollBar> &bar : std::as_const(m_bars)) {
        if (bar) {
            bar->disconnect(this);
        }
    }
    m_bars.clear();
    for (QScrollBar *bar : bars) {
        m_bars.append(bar);
        // Only what the user does leads: a column that grows while it streams moves its own
        // bar (following its bottom), and that must not drag the others along.
        connect(bar, &QScrollBar::actionTriggered, this, [this, bar] { follow(bar); });
        connect(bar, &QScrollBar::sliderMoved, this, [this, bar] { follow(bar); });
    }
}

void ScrollSync::follow(QScrollBar *leader)
{
    if (!m_enabled || m_following) {
        return;
    }
    m_following = true;
    // actionTriggered comes before the bar moves: read its position once it has.
    const int range = leader->maximum() - leader->minimum();
    const double share =
        range > 0 ? double(leader->sliderPosition() - leader->minimum()) / range : 0.0;
    for (const QPointer<QScrollBar> &bar : std::as_const(m_bars)) {
        if (bar && bar != leader) {
            bar->setValue(bar->minimum() + int(share * (bar->maximum() - bar->minimum()) + 0.5));
        }
    }
    m_following = false;
}

} // namespace pwb
