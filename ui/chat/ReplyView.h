#pragma once

#include <QTextBrowser>

namespace pwb {

// INTERIM: replaced by the streaming Markdown view (branch replyview).
class ReplyView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ReplyView(QWidget *parent = nullptr);
    void appendText(const QString &delta);
    void appendReasoning(const QString &delta);
    void finish();
    void clear();
    QString text() const { return m_text; }
    QString reasoningText() const { return m_reasoning; }
    void setMarkdown(const QString &text);
    bool isStreaming() const { return m_streaming; }

private:
    QString m_text;
    QString m_reasoning;
    bool m_streaming = false;
};

} // namespace pwb
