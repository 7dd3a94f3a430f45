#pragma once

#include <QObject>

class QAbstractScrollArea;

namespace pwb {

// Keeps a scroll area at the bottom while its content grows, as long as the user is at the
// bottom: scrolling up to read stops the following, scrolling back down resumes it.
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
