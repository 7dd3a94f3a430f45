#include "chat/AutoHeightTextBrowser.h"

#include <QAbstractTextDocumentLayout>
#include <QScrollBar>
#include <QtMath>

namespace pwb {

AutoHeightTextBrowser::AutoHeightTextBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // The text is anchored at the top left and grows at the bottom: when the height changes,
    // only the new strip needs painting, not everything shown (a full repaint every frame of a
    // stream, otherwise).
    setAttribute(Qt::WA_StaticContents);
    viewport()->setAttribute(Qt::WA_StaticContents);
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &AutoHeightTextBrowser::fitHeight);
    fitHeight();
}

int AutoHeightTextBrowser::documentHeight() const
{
    const QMargins margins = contentsMargins() + viewportMargins();
    return qCeil(document()->size().height()) + margins.top() + margins.bottom();
}

void AutoHeightTextBrowser::fitHeight()
{
    const int height = documentHeight();
    if (height == m_height) {
        return;
    }
    m_height = height;
    setFixedHeight(height);
    Q_EMIT heightChanged(height);
}

QSize AutoHeightTextBrowser::sizeHint() const
{
    return {QTextBrowser::sizeHint().width(), m_height};
}

QSize AutoHeightTextBrowser::minimumSizeHint() const
{
    return {QTextBrowser::minimumSizeHint().width(), m_height};
}

} // namespace pwb
