#pragma once

#include <QObject>

class QAbstractScrollArea;

namespace pwb {

// Keeps a scroll area at the bottom while its content grows, as long as the user is at the
// bottom: scrolling up to read stops the following, scrolling back down resumes it.
//
// For a QScrollArea that follows a streaming ReplyView to scroll by copying pixels rather than
// repainting all it shows every frame (measured by bench_chat_render: half the GUI thread's
// time went to such repaints), its widget should be opaque (autoFillBackground), have
// Qt::WA_StaticContents, and have no margin below the growing reply: a strip that becomes
// visible before the scroll makes Qt repaint everything instead.
class BottomPinning : public QObject
{
    Q_OBJECT

public:
    explicit BottomPinning(QAbstractScrollArea *area);

    bool isPinned() const { return m_pinned; }

private:
    QAbstractScrollArea *m_area;
    bool m_pinned = true;
};

} // namespace pwb
