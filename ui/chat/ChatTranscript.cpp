#include "chat/ChatTranscript.h"

#include <QLabel>
#include <QScrollBar>
#include <QVBoxLayout>

namespace pwb {

ChatTranscript::ChatTranscript(QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(QStringLiteral("chatTranscript"));
    setWidgetResizable(true);
    setFrameShape(QFrame::StyledPanel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("chatTranscriptContent"));
    m_layout = new QVBoxLayout(content);
    m_layout->setContentsMargins(8, 8, 8, 8);
    m_layout->setSpacing(10);
    m_empty = new QLabel(tr("Run the prompt with Ctrl+Return: the reply streams here, with its "
                            "time to first token, speed, tokens and cost.\n\nThen continue the "
                            "conversation below, regenerate a reply, or edit a message and "
                            "resend."));
    m_empty->setObjectName(QStringLiteral("chatEmptyState"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    m_layout->addWidget(m_empty);
    m_layout->addStretch();
    setWidget(content);

    QScrollBar *bar = verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this,
            [this, bar](int value) { m_followBottom = value >= bar->maximum() - 8; });
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int maximum) {
        if (m_followBottom) {
            bar->setValue(maximum);
        }
    });
}

void ChatTranscript::setHeader(QWidget *header)
{
    if (m_header) {
        m_header->deleteLater();
    }
    m_header = header;
    if (header) {
        m_layout->insertWidget(1, header);
    }
    updateEmptyState();
}

void ChatTranscript::addTurn(QWidget *turn)
{
    // Before the stretch that keeps turns at the top.
    m_layout->insertWidget(m_layout->count() - 1, turn);
    m_turns.append(turn);
    m_followBottom = true; // a new turn is what the user wants to see
    updateEmptyState();
}

void ChatTranscript::removeTurnsFrom(int index)
{
    while (m_turns.size() > index && index >= 0) {
        QWidget *turn = m_turns.takeLast();
        m_layout->removeWidget(turn);
        turn->deleteLater();
    }
    updateEmptyState();
}

void ChatTranscript::clear()
{
    removeTurnsFrom(0);
    setHeader(nullptr);
}

void ChatTranscript::updateEmptyState()
{
    m_empty->setVisible(m_turns.isEmpty() && !m_header);
}

} // namespace pwb
