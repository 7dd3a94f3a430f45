#include "chat/ReplyView.h"

namespace pwb {

ReplyView::ReplyView(QWidget *parent)
    : QTextBrowser(parent)
{ }

void ReplyView::appendText(const QString &delta)
{
    m_streaming = true;
    m_text += delta;
    QTextBrowser::setMarkdown(m_text);
}

void ReplyView::appendReasoning(const QString &delta)
{
    m_reasoning += delta;
}

void ReplyView::finish()
{
    m_streaming = false;
}

void ReplyView::clear()
{
    m_text.clear();
    m_reasoning.clear();
    QTextBrowser::clear();
}

void ReplyView::setMarkdown(const QString &text)
{
    m_text = text;
    QTextBrowser::setMarkdown(text);
}

} // namespace pwb
