#include "chat/ChatTranscript.h"

#include "chat/BottomPinning.h"

#include <QLabel>
#include <QScrollBar>
#include <QTimer>
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
    // Opaque, static contents and no margin under the last turn: then following a streaming
    // reply scrolls by copying pixels instead of repainting the pane every frame (see
    // BottomPinning and bench_chat_render).
    content->setBackgroundRole(QPalette::Base);
    content->setAutoFillBackground(true);
    content->setAttribute(Qt::WA_StaticContents);
    m_layout->setContentsMargins(8, 8, 8, 0);
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

    new BottomPinning(this); // owned by this scroll area
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
    // A new turn is what the user wants to see: back to the bottom, which pins the view again.
    QTimer::singleShot(0, this,
                       [this] { verticalScrollBar()->setValue(verticalScrollBar()->maximum()); });
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
