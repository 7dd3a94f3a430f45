#include "chat/BottomPinning.h"

#include <QAbstractScrollArea>
#include <QScrollBar>

namespace pwb {

BottomPinning::BottomPinning(QAbstractScrollArea *area)
    : QObject(area)
    , m_area(area)
{
    QScrollBar *bar = area->verticalScrollBar();
    // A few pixels of tolerance: the last line may be partly shown after a resize.
    connect(bar, &QScrollBar::valueChanged, this,
            [this, bar](int value) { m_pinned = value >= bar->maximum() - 4; });
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int maximum) {
        if (m_pinned) {
            bar->setValue(maximum);
        }
    });
}

} // namespace pwb
