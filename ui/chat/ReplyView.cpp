#include "chat/ReplyView.h"

#include "chat/AutoHeightTextBrowser.h"
#include "editor/TemplateHighlighter.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QGuiApplication>
#include <QTextCursor>
#include <QToolButton>
#include <QVBoxLayout>

namespace pwb {

ReplyView::ReplyView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("replyView"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    // Grows at the bottom: a taller view repaints only its new strip (see AutoHeightTextBrowser).
    setAttribute(Qt::WA_StaticContents);

    m_reasoningToggle = new QToolButton;
    m_reasoningToggle->setObjectName(QStringLiteral("reasoningToggle"));
    m_reasoningToggle->setAutoRaise(true);
    m_reasoningToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_reasoningToggle->setArrowType(Qt::RightArrow);
    m_reasoningToggle->hide();

    m_reasoningView = new AutoHeightTextBrowser;
    m_reasoningView->setObjectName(QStringLiteral("reasoningView"));
    m_reasoningView->document()->setUndoRedoEnabled(false);
    m_reasoningView->hide();

    m_answerView = new AutoHeightTextBrowser;
    m_answerView->setObjectName(QStringLiteral("answerView"));
    m_answerView->setOpenLinks(false); // links open on an explicit click, in openLink()
    m_document = std::make_unique<ReplyDocument>(m_answerView->document());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_reasoningToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_reasoningView);
    layout->addWidget(m_answerView);
    layout->addStretch(1); // when the view is given more height than its content needs

    m_frameTimer.setSingleShot(true);
    m_frameTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_frameTimer, &QTimer::timeout, this, [this] { renderPending(false); });
    connect(m_reasoningToggle, &QToolButton::clicked, this,
            [this] { setReasoningExpanded(!isReasoningExpanded()); });
    connect(m_answerView, &QTextBrowser::anchorClicked, this, &ReplyView::openLink);
    connect(m_reasoningView, &QTextBrowser::anchorClicked, this, &ReplyView::openLink);
    for (AutoHeightTextBrowser *view : {m_reasoningView, m_answerView}) {
        // Transparent: the reply takes the background of the transcript it is shown in.
        view->viewport()->setAutoFillBackground(false);
        connect(view, &AutoHeightTextBrowser::heightChanged, this, [this] {
            m_heightChanged = true;
            Q_EMIT contentHeightChanged();
        });
    }
    applyPalette();
}

ReplyView::~ReplyView() = default;

QTextBrowser *ReplyView::answerView() const
{
    return m_answerView;
}

QTextBrowser *ReplyView::reasoningView() const
{
    return m_reasoningView;
}

void ReplyView::appendText(const QString &delta)
{
    Q_ASSERT_X(!m_splitter.isFinished(), "ReplyView::appendText", "text after finish()");
    if (delta.isEmpty() || m_splitter.isFinished()) {
        return;
    }
    m_streaming = true;
    m_text += delta;
    scheduleFrame();
}

void ReplyView::appendReasoning(const QString &delta)
{
    if (delta.isEmpty() || m_splitter.isFinished()) {
        return;
    }
    m_streaming = true;
    m_reasoning += delta;
    scheduleFrame();
}

void ReplyView::setFrameInterval(int ms, int phaseMs)
{
    m_frameMs = std::max(kFrameMs, ms);
    m_framePhaseMs = m_frameMs > kFrameMs ? phaseMs % m_frameMs : 0;
}

// A throttle: the first delta after a quiet period is shown at once, later ones wait for the
// frame that is due, so a steady stream is shown once per frame and never held back longer.
// With a phase, frames fall on the shared clock's ticks `phase` into each interval.
void ReplyView::scheduleFrame()
{
    if (m_frameTimer.isActive()) {
        return;
    }
    const qint64 sinceFrame = m_sinceFrame.isValid() ? m_sinceFrame.elapsed() : m_frameMs;
    qint64 delay = std::max<qint64>(0, m_frameMs - sinceFrame);
    if (m_framePhaseMs > 0 || m_frameMs > kFrameMs) {
        static const QElapsedTimer sharedClock = [] {
            QElapsedTimer clock;
            clock.start();
            return clock;
        }();
        // A frame fires a little after its tick; measured from then, the next one would miss
        // its tick and wait a whole interval more. The tick it was meant for counts instead.
        const qint64 now = sharedClock.elapsed();
        qint64 tick = now + std::max<qint64>(0, delay - m_frameMs / 4);
        const qint64 intoInterval = (tick - m_framePhaseMs) % m_frameMs;
        tick += intoInterval == 0 ? 0 : m_frameMs - intoInterval;
        delay = tick - now;
    }
    m_frameTimer.start(int(delay));
}

void ReplyView::finish()
{
    if (m_splitter.isFinished()) {
        return;
    }
    m_frameTimer.stop();
    renderPending(true);
    m_streaming = false;
    updateReasoningToggle();
}

void ReplyView::clear()
{
    m_frameTimer.stop();
    m_sinceFrame.invalidate();
    m_text.clear();
    m_reasoning.clear();
    m_textRendered = m_reasoningRendered = 0;
    m_streaming = false;
    m_splitter.clear();
    m_document->clear();
    m_reasoningView->clear();
    setReasoningExpanded(false);
    updateReasoningToggle();
}

void ReplyView::setMarkdown(const QString &fullText, const QString &reasoning)
{
    clear();
    m_text = fullText;
    m_reasoning = reasoning;
    renderPending(true);
    updateReasoningToggle();
}

void ReplyView::renderPending(bool final)
{
    m_sinceFrame.start();
    renderReasoning();
    if (m_textRendered < m_text.size()) {
        m_splitter.append(QStringView(m_text).sliced(m_textRendered));
        m_textRendered = m_text.size();
    }
    if (final) {
        m_splitter.finish();
        m_document->update(m_splitter.takeFinished(), std::nullopt);
        m_document->end();
    } else {
        m_document->update(m_splitter.takeFinished(), m_splitter.openBlock());
    }
    if (std::exchange(m_heightChanged, false)) {
        settleLayout();
    }
    Q_EMIT rendered();
}

// A taller reply resizes its ancestors one posted LayoutRequest at a time, one event-loop turn
// each; the window paints in between (the new text at the old scroll position) and again once
// the transcript has grown and scrolled: two paints per frame (measured by bench_chat_render).
// Handling those requests now, ancestor by ancestor, leaves one paint per frame.
void ReplyView::settleLayout()
{
    for (QWidget *widget = this; widget; widget = widget->parentWidget()) {
        QCoreApplication::sendPostedEvents(widget, QEvent::LayoutRequest);
        if (widget->isWindow()) {
            break;
        }
    }
}

void ReplyView::renderReasoning()
{
    if (m_reasoningRendered == m_reasoning.size()) {
        return;
    }
    QTextCursor cursor(m_reasoningView->document());
    cursor.movePosition(QTextCursor::End);
    QTextCharFormat format;
    format.setForeground(palette().color(QPalette::PlaceholderText));
    cursor.insertText(m_reasoning.sliced(m_reasoningRendered), format);
    m_reasoningRendered = m_reasoning.size();
    updateReasoningToggle();
}

void ReplyView::updateReasoningToggle()
{
    const int characters = int(m_reasoning.size());
    m_reasoningToggle->setVisible(characters > 0);
    const bool thinking = m_streaming && m_text.isEmpty();
    m_reasoningToggle->setText(thinking ? tr("Thinking… (%n characters)", nullptr, characters)
                                        : tr("Reasoning (%n characters)", nullptr, characters));
}

bool ReplyView::isReasoningExpanded() const
{
    return !m_reasoningView->isHidden();
}

void ReplyView::setReasoningExpanded(bool expanded)
{
    m_reasoningToggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    if (m_reasoningView->isHidden() == expanded) {
        m_reasoningView->setVisible(expanded);
        Q_EMIT contentHeightChanged();
    }
}

void ReplyView::openLink(const QUrl &url)
{
    if (const std::optional<QString> code = m_document->codeForHref(url.toString())) {
        QGuiApplication::clipboard()->setText(*code);
        return;
    }
    static const QStringList external {QStringLiteral("http"), QStringLiteral("https"),
                                       QStringLiteral("mailto")};
    if (external.contains(url.scheme())) {
        QDesktopServices::openUrl(url);
    }
}

void ReplyView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
    }
}

// Code blocks carry colours of the palette they were rendered with: render everything again.
void ReplyView::applyPalette()
{
    const QPalette &colours = palette();
    const QList<QRgb> used {
        colours.color(QPalette::Base).rgba(), colours.color(QPalette::Text).rgba(),
        colours.color(QPalette::Link).rgba(), colours.color(QPalette::PlaceholderText).rgba()};
    if (used == m_paletteColours) {
        return; // a palette change that leaves the reply's colours as they are
    }
    m_paletteColours = used;
    m_document->setStyle(ReplyStyle::fromPalette(palette(), TemplateHighlighter::repository()));
    if (m_text.isEmpty() && m_reasoning.isEmpty()) {
        return;
    }
    const bool ended = m_splitter.isFinished();
    m_splitter.clear();
    m_document->clear();
    m_textRendered = 0;
    m_reasoningView->clear();
    m_reasoningRendered = 0;
    renderPending(ended);
}

} // namespace pwb
