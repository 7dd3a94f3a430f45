#pragma once

#include "export/RunCodeExport.h"
#include "streaming/StreamedReply.h"

#include <QFrame>

#include <optional>

class QLabel;
class QPushButton;
class QToolButton;

namespace pwb {

class ReplyView;

// One reply in the transcript: the streamed Markdown (ReplyView), its figures, and when it
// failed an inline error — phase, kind, the provider's words, what to do, Retry — under the
// partial text, which is kept.
class AssistantTurnWidget : public QFrame
{
    Q_OBJECT

public:
    explicit AssistantTurnWidget(QWidget *parent = nullptr);

    ReplyView *replyView() const { return m_view; }
    QLabel *figuresLabel() const { return m_figures; }
    QFrame *errorBox() const { return m_errorBox; }
    QLabel *errorLabel() const { return m_errorText; }
    QPushButton *retryButton() const { return m_retry; }
    QToolButton *regenerateButton() const { return m_regenerate; }
    // Hidden unless shown (the chat pane shows it; compare columns do not).
    QToolButton *addToDatasetButton() const { return m_addToDataset; }
    // "Code": the request of this reply as curl, Python or JavaScript (hidden unless shown).
    QToolButton *codeButton() const { return m_code; }

    void setModelName(const QString &model);
    // Applies one event (the reply as folded so far is `reply`).
    void apply(const StreamEvent &event, const StreamedReply &reply, std::optional<double> costUsd);
    // Shows a stored or finished reply at once.
    void showReply(const StreamedReply &reply, std::optional<double> costUsd);
    void setActionsEnabled(bool enabled);
    // The reply's figures under it; none (empty) hides the line.
    void setFigures(const QString &figures);

Q_SIGNALS:
    void retryRequested();
    void regenerateRequested();
    void addToDatasetRequested(const QString &replyText);
    void copyAsCodeRequested(pwb::CodeLanguage language);

private:
    void showError(const StreamError &error);

    QLabel *m_header = nullptr;
    ReplyView *m_view = nullptr;
    QLabel *m_figures = nullptr;
    QFrame *m_errorBox = nullptr;
    QLabel *m_errorText = nullptr;
    QPushButton *m_retry = nullptr;
    QToolButton *m_copy = nullptr;
    QToolButton *m_regenerate = nullptr;
    QToolButton *m_addToDataset = nullptr;
    QToolButton *m_code = nullptr;
};

} // namespace pwb
