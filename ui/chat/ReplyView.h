#pragma once

#include "chat/ReplyDocument.h"
#include "markdown/MarkdownBlockSplitter.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <memory>

class QTextBrowser;
class QToolButton;
class QUrl;

namespace pwb {

class AutoHeightTextBrowser;

// One assistant reply, rendered as it streams: its Markdown with highlighted code blocks (each
// with a Copy link), and above it the model's reasoning, collapsed behind a "Thinking…" toggle.
//
// Deltas only append to a buffer; at most once per frame (~16 ms, a throttle: a stream of
// deltas every 0.2 ms still shows every frame) the new text is split into Markdown blocks and
// only the open last block is re-rendered. Finished blocks and code lines are rendered and
// highlighted once (MarkdownBlockSplitter, ReplyDocument).
//
// The widget is as tall as its content and has no scroll bar of its own: it is meant to sit in
// a scrolling transcript column (see BottomPinning to follow the stream there).
class ReplyView : public QWidget
{
    Q_OBJECT

public:
    explicit ReplyView(QWidget *parent = nullptr);
    ~ReplyView() override;

    void appendText(const QString &delta);
    void appendReasoning(const QString &delta);
    // The stream ended (finished, failed or cancelled): shows everything received, final.
    void finish();
    void clear();
    // A stored reply, rendered at once (the same rendering as when it streamed).
    void setMarkdown(const QString &fullText, const QString &reasoning = {});

    QString text() const { return m_text; } // the raw Markdown received so far
    QString reasoningText() const { return m_reasoning; }
    // From the first delta until finish() or clear().
    bool isStreaming() const { return m_streaming; }
    // Text or reasoning has arrived that the next frame will show.
    bool hasPendingUpdate() const { return m_frameTimer.isActive(); }

    bool isReasoningExpanded() const;
    void setReasoningExpanded(bool expanded);

    QTextBrowser *answerView() const;
    QTextBrowser *reasoningView() const;
    QToolButton *reasoningToggle() const { return m_reasoningToggle; }
    const ReplyDocument::Stats &renderStats() const { return m_document->stats(); }

    static constexpr int kFrameMs = 16;
    // How often streamed text is shown: once per `ms` at most (kFrameMs by default), on frames
    // `phaseMs` into each interval of a clock all views share. Views that stream side by side
    // share the GUI thread: each takes a longer frame at its own phase (CompareWindow), so
    // their redraws take turns instead of all landing in one paint.
    void setFrameInterval(int ms, int phaseMs = 0);
    int frameInterval() const { return m_frameMs; }

Q_SIGNALS:
    void contentHeightChanged();
    // A frame's text is now in the document (for benchmarks: what follows is a paint).
    void rendered();

protected:
    void changeEvent(QEvent *event) override;

private:
    void scheduleFrame();
    void renderPending(bool final);
    void renderReasoning();
    void settleLayout();
    void updateReasoningToggle();
    void openLink(const QUrl &url);
    void applyPalette();

    QString m_text;
    QString m_reasoning;
    qsizetype m_textRendered = 0;
    qsizetype m_reasoningRendered = 0;
    bool m_streaming = false;
    bool m_heightChanged = false; // during a frame

    MarkdownBlockSplitter m_splitter;
    QToolButton *m_reasoningToggle = nullptr;
    AutoHeightTextBrowser *m_reasoningView = nullptr;
    AutoHeightTextBrowser *m_answerView = nullptr;
    std::unique_ptr<ReplyDocument> m_document;
    QTimer m_frameTimer;
    int m_frameMs = kFrameMs;
    int m_framePhaseMs = 0;
    QElapsedTimer m_sinceFrame;
    QList<QRgb> m_paletteColours; // those the rendering depends on, as last applied
};

} // namespace pwb
