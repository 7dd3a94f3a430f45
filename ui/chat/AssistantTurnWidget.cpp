#include "chat/AssistantTurnWidget.h"

#include "chat/ReplyFigures.h"
#include "chat/ReplyView.h"
#include "common/CodeButton.h"
#include "common/PaletteColors.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace pwb {

AssistantTurnWidget::AssistantTurnWidget(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("assistantTurn"));
    m_header = new QLabel(tr("<b>Assistant</b>"));
    m_header->setObjectName(QStringLiteral("assistantHeader"));
    // Wrapping, like the figures: a reply in a narrow compare column must not be as wide as
    // its longest label (the column would clip it instead of fitting it).
    m_header->setWordWrap(true);
    m_copy = new QToolButton;
    m_copy->setObjectName(QStringLiteral("copyReply"));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy this reply as Markdown"));
    m_copy->setAutoRaise(true);
    m_regenerate = new QToolButton;
    m_regenerate->setObjectName(QStringLiteral("regenerateReply"));
    m_regenerate->setText(tr("Regenerate"));
    m_regenerate->setAutoRaise(true);
    m_addToDataset = new QToolButton;
    m_addToDataset->setObjectName(QStringLiteral("addReplyToDataset"));
    m_addToDataset->setText(tr("Add to Dataset"));
    m_addToDataset->setToolTip(
        tr("Add a dataset case: this run's variables, and this reply as the expected output"));
    m_addToDataset->setAutoRaise(true);
    m_addToDataset->hide();
    auto *code = new CodeButton(tr("Copy the request of this reply as code that sends it again; "
                                   "the key is read from an environment variable, never written"));
    connect(code, &CodeButton::languageChosen, this, &AssistantTurnWidget::copyAsCodeRequested);
    m_code = code;
    m_code->hide();
    auto *header = new QHBoxLayout;
    header->addWidget(m_header);
    header->addStretch();
    header->addWidget(m_addToDataset);
    header->addWidget(m_code);
    header->addWidget(m_copy);
    header->addWidget(m_regenerate);

    m_view = new ReplyView;
    m_view->setObjectName(QStringLiteral("replyView"));

    m_figures = new QLabel;
    m_figures->setObjectName(QStringLiteral("replyFigures"));
    m_figures->setWordWrap(true);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette muted = m_figures->palette();
    muted.setColor(QPalette::WindowText, palette::mutedText(muted));
    m_figures->setPalette(muted);
    // Shown only once there are figures (when the reply has ended), and with the turn's bottom
    // margin inside it: while the reply streams nothing is below it, which a scroll area
    // following the stream needs to scroll by copying pixels (see BottomPinning).
    m_figures->setContentsMargins(0, 0, 0, 4);
    m_figures->hide();

    m_errorBox = new QFrame;
    m_errorBox->setObjectName(QStringLiteral("replyError"));
    m_errorBox->setFrameShape(QFrame::StyledPanel);
    m_errorBox->setAutoFillBackground(true);
    QPalette errorPalette = m_errorBox->palette();
    errorPalette.setColor(QPalette::Window,
                          palette::tinted(errorPalette, QColor(0xe5, 0x39, 0x35), 0.14));
    m_errorBox->setPalette(errorPalette);
    m_errorText = new QLabel;
    m_errorText->setObjectName(QStringLiteral("replyErrorText"));
    m_errorText->setWordWrap(true);
    m_errorText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry = new QPushButton(tr("Retry"));
    m_retry->setObjectName(QStringLiteral("retryReply"));
    auto *errorLayout = new QHBoxLayout(m_errorBox);
    errorLayout->addWidget(m_errorText, 1);
    errorLayout->addWidget(m_retry, 0, Qt::AlignTop);
    m_errorBox->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_view);
    layout->addWidget(m_errorBox);
    layout->addWidget(m_figures);

    connect(m_copy, &QToolButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_view->text()); });
    connect(m_regenerate, &QToolButton::clicked, this, &AssistantTurnWidget::regenerateRequested);
    connect(m_addToDataset, &QToolButton::clicked, this,
            [this] { Q_EMIT addToDatasetRequested(m_view->text()); });
    connect(m_retry, &QPushButton::clicked, this, &AssistantTurnWidget::retryRequested);
}

void AssistantTurnWidget::setModelName(const QString &model)
{
    m_header->setText(tr("<b>Assistant</b> · %1").arg(model.toHtmlEscaped()));
}

void AssistantTurnWidget::apply(const StreamEvent &event, const StreamedReply &reply,
                                std::optional<double> costUsd)
{
    switch (event.type) {
    case StreamEvent::Type::Started:
        if (!event.model.isEmpty()) {
            setModelName(event.model);
        }
        break;
    case StreamEvent::Type::TextDelta:
        m_view->appendText(event.text);
        break;
    case StreamEvent::Type::ReasoningDelta:
        m_view->appendReasoning(event.text);
        break;
    case StreamEvent::Type::ToolCallDelta:
    case StreamEvent::Type::Usage:
        break;
    case StreamEvent::Type::Finished:
        m_view->finish();
        setFigures(ReplyFigures::format(reply, costUsd));
        break;
    case StreamEvent::Type::Failed:
        m_view->finish();
        setFigures(ReplyFigures::format(reply, costUsd));
        showError(event.error);
        break;
    }
}

void AssistantTurnWidget::showReply(const StreamedReply &reply, std::optional<double> costUsd)
{
    m_view->setMarkdown(reply.text);
    setFigures(ReplyFigures::format(reply, costUsd));
    if (reply.state == StreamedReply::State::Failed) {
        showError(reply.error);
    } else {
        m_errorBox->hide();
    }
}

void AssistantTurnWidget::setFigures(const QString &figures)
{
    m_figures->setText(figures);
    m_figures->setVisible(!figures.isEmpty());
}

void AssistantTurnWidget::setActionsEnabled(bool enabled)
{
    m_regenerate->setEnabled(enabled);
    m_retry->setEnabled(enabled);
}

void AssistantTurnWidget::showError(const StreamError &error)
{
    if (error.kind == StreamError::Kind::Cancelled) {
        // Stopping is the user's own choice, not an error: a quiet note, text kept.
        m_errorText->setText(tr("Stopped. The text received so far is kept."));
        m_retry->setText(tr("Run again"));
    } else {
        const QString status =
            error.httpStatus > 0 ? tr(", HTTP %1").arg(error.httpStatus) : QString();
        QString text = tr("<b>%1</b> (%2%3)")
                           .arg(StreamError::kindName(error.kind).toHtmlEscaped(),
                                StreamError::phaseName(error.phase).toHtmlEscaped(), status);
        if (!error.message.isEmpty()) {
            text += QStringLiteral("<br>") + error.message.toHtmlEscaped();
        }
        if (!error.hint().isEmpty()) {
            text +=
                QStringLiteral("<br><i>") + error.hint().toHtmlEscaped() + QStringLiteral("</i>");
        }
        if (!error.partialText.isEmpty() || !m_view->text().isEmpty()) {
            text += QStringLiteral("<br>") +
                tr("The partial reply above is kept and marked as incomplete.").toHtmlEscaped();
        }
        m_errorText->setText(text);
        m_retry->setText(tr("Retry"));
    }
    m_errorBox->show();
}

} // namespace pwb
