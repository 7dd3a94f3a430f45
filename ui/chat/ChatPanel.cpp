#include "chat/ChatPanel.h"

#include "mainwindow/MainActions.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace pwb {

ChatPanel::ChatPanel(MainActions *actions, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("chatPanel"));

    auto *title = new QLabel(tr("<b>Chat</b>"));

    m_transcript = new QTextBrowser;
    m_transcript->setObjectName(QStringLiteral("chatTranscript"));
    m_transcript->setOpenExternalLinks(true);
    m_transcript->setPlaceholderText(
        tr("Run the prompt (%1) and the reply streams in here, token by token.\n\nEach reply "
           "shows its time to first token, tokens per second, token counts and cost.")
            .arg(actions->run->shortcut().toString(QKeySequence::NativeText)));

    m_stats = new QLabel(tr("No run yet"));
    m_stats->setObjectName(QStringLiteral("chatStats"));
    m_stats->setEnabled(false);

    auto makeButton = [](QAction *action) {
        auto *button = new QToolButton;
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return button;
    };
    QToolButton *runButton = makeButton(actions->run);
    runButton->setObjectName(QStringLiteral("runButton"));
    QToolButton *stopButton = makeButton(actions->stop);
    stopButton->setObjectName(QStringLiteral("stopButton"));

    auto *footer = new QHBoxLayout;
    footer->addWidget(m_stats, 1);
    footer->addWidget(stopButton);
    footer->addWidget(runButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 6, 6);
    layout->addWidget(title);
    layout->addWidget(m_transcript, 1);
    layout->addLayout(footer);
    setMinimumWidth(260);
}

} // namespace pwb
