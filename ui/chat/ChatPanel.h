#pragma once

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace pwb {

class MainActions;

// Right region: the conversation with the model — the streamed replies, the Run / Stop controls
// and the figures of the last reply (time to first token, tokens/s, tokens, cost).
class ChatPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChatPanel(MainActions *actions, QWidget *parent = nullptr);

    QTextBrowser *transcript() const { return m_transcript; }
    QLabel *statsLabel() const { return m_stats; }

private:
    QTextBrowser *m_transcript = nullptr;
    QLabel *m_stats = nullptr;
};

} // namespace pwb
