#include "runs/RunPairColumn.h"

#include "chat/AssistantTurnWidget.h"
#include "storage/RunDetails.h"

#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace pwb {

RunPairColumn::RunPairColumn(QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("runTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_details = new QLabel;
    m_details->setObjectName(QStringLiteral("runDetails"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_turn = new AssistantTurnWidget;
    // A saved run is looked at here, not sent again.
    m_turn->retryButton()->hide();
    m_turn->regenerateButton()->hide();
    auto *content = new QWidget;
    content->setBackgroundRole(QPalette::Base);
    content->setAutoFillBackground(true);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(6, 0, 6, 0);
    contentLayout->addWidget(m_turn);
    contentLayout->addStretch();
    m_scroll = new QScrollArea;
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addWidget(m_scroll, 1);
}

void RunPairColumn::show(const RunDetails &details)
{
    const StoredRun &run = details.run;
    m_title->setText(tr("Run %1 · %2").arg(run.id).arg(details.promptTitle()));
    const QString started =
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(run.startedAt), QLocale::ShortFormat);
    m_details->setText(tr("%1 / %2 · %3 · %4").arg(run.providerId, run.model, run.status, started));
    m_turn->setModelName(run.model);
    m_turn->showReply(run.reply, details.costUsd);
    // The buttons showReply may have brought back stay hidden: nothing is sent from here.
    m_turn->retryButton()->hide();
    m_turn->regenerateButton()->hide();
}

} // namespace pwb
