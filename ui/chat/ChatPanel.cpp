#include "chat/ChatPanel.h"

#include "chat/AssistantTurnWidget.h"
#include "chat/ChatRunner.h"
#include "chat/ChatTranscript.h"
#include "chat/ReplyFigures.h"
#include "chat/ReplyView.h"
#include "chat/UserTurnWidget.h"
#include "common/PaletteColors.h"
#include "mainwindow/MainActions.h"
#include "storage/PromptContent.h"

#include <QAction>
#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace pwb {

ChatPanel::ChatPanel(MainActions *actions, ChatRunner *runner, QWidget *parent)
    : QWidget(parent)
    , m_actions(actions)
    , m_runner(runner)
{
    setObjectName(QStringLiteral("chatPanel"));

    auto *title = new QLabel(tr("<b>Chat</b>"));
    auto button = [](QAction *action) {
        auto *tool = new QToolButton;
        tool->setDefaultAction(action);
        tool->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return tool;
    };
    m_clear = new QToolButton;
    m_clear->setObjectName(QStringLiteral("clearChat"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Start over: remove the conversation from this pane (saved runs "
                           "stay in the workspace)"));
    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(button(actions->run));
    header->addWidget(button(actions->stop));
    header->addWidget(button(actions->regenerate));
    header->addWidget(m_clear);

    m_transcript = new ChatTranscript;

    m_composer = new QPlainTextEdit;
    m_composer->setObjectName(QStringLiteral("chatComposer"));
    m_composer->setTabChangesFocus(true);
    m_composer->setFixedHeight(m_composer->fontMetrics().lineSpacing() * 3 + 14);
    m_composer->installEventFilter(this);
    m_send = new QPushButton(tr("Send"));
    m_send->setObjectName(QStringLiteral("sendFollowUp"));
    auto *composerRow = new QHBoxLayout;
    composerRow->addWidget(m_composer, 1);
    composerRow->addWidget(m_send, 0, Qt::AlignBottom);

    m_stats = new QLabel;
    m_stats->setObjectName(QStringLiteral("chatStats"));
    m_stats->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("chatProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setAutoFillBackground(true);
    m_problem->setMargin(8);
    QPalette problemPalette = m_problem->palette();
    problemPalette.setColor(QPalette::Window,
                            palette::tinted(problemPalette, QColor(0xe5, 0x39, 0x35), 0.14));
    m_problem->setPalette(problemPalette);
    m_problem->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 6, 6);
    layout->addLayout(header);
    layout->addWidget(m_problem);
    layout->addWidget(m_transcript, 1);
    layout->addLayout(composerRow);
    layout->addWidget(m_stats);

    connect(m_send, &QPushButton::clicked, this,
            [this] { sendFollowUp(m_composer->toPlainText()); });
    connect(m_clear, &QToolButton::clicked, this, &ChatPanel::clearConversation);
    connect(actions->stop, &QAction::triggered, this, &ChatPanel::stop);
    connect(actions->regenerate, &QAction::triggered, this, &ChatPanel::regenerate);
    connect(m_runner, &ChatRunner::streamEvent, this, &ChatPanel::onStreamEvent);
    connect(m_runner, &ChatRunner::recordingFailed, this, [this](const QString &error) {
        Q_EMIT message(tr("This run is not being saved: %1").arg(error));
    });
    setMinimumWidth(280);
    updateControls();
}

bool ChatPanel::isRunning() const
{
    return m_runningTurn >= 0;
}

bool ChatPanel::canRegenerate() const
{
    return !isRunning() && m_setup && m_conversation.lastAssistantTurn() >= 0;
}

AssistantTurnWidget *ChatPanel::assistantTurn(int turnIndex) const
{
    return qobject_cast<AssistantTurnWidget *>(m_transcript->turn(turnIndex));
}

UserTurnWidget *ChatPanel::userTurn(int turnIndex) const
{
    return qobject_cast<UserTurnWidget *>(m_transcript->turn(turnIndex));
}

AssistantTurnWidget *ChatPanel::lastAssistantTurn() const
{
    return assistantTurn(m_conversation.lastAssistantTurn());
}

void ChatPanel::startConversation(const QList<ChatMessage> &renderedPrompt, const RunSetup &setup)
{
    stop();
    m_setup = setup;
    m_conversation.start(renderedPrompt);
    m_transcript->clear();
    m_transcript->setHeader(makePromptSummary(renderedPrompt, setup.title));
    const int index = m_conversation.addAssistantTurn();
    addAssistantTurnWidget(index);
    runAssistantTurn(index);
}

void ChatPanel::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->show();
}

void ChatPanel::sendFollowUp(const QString &text)
{
    if (text.trimmed().isEmpty() || isRunning() || !m_setup) {
        return;
    }
    const int userIndex = m_conversation.addUserTurn(text);
    auto *user = new UserTurnWidget(text);
    connect(user, &UserTurnWidget::resendRequested, this,
            [this, userIndex](const QString &edited) { resendFrom(userIndex, edited); });
    m_transcript->addTurn(user);
    m_composer->clear();
    const int index = m_conversation.addAssistantTurn();
    addAssistantTurnWidget(index);
    runAssistantTurn(index);
}

void ChatPanel::regenerate()
{
    if (!canRegenerate()) {
        return;
    }
    const int last = m_conversation.lastAssistantTurn();
    m_conversation.truncate(last);
    m_transcript->removeTurnsFrom(last);
    const int index = m_conversation.addAssistantTurn();
    addAssistantTurnWidget(index);
    runAssistantTurn(index);
}

void ChatPanel::resendFrom(int userTurn, const QString &text)
{
    if (isRunning() || !m_setup) {
        return;
    }
    m_conversation.setUserText(userTurn, text);
    m_conversation.truncate(userTurn + 1);
    m_transcript->removeTurnsFrom(userTurn + 1);
    const int index = m_conversation.addAssistantTurn();
    addAssistantTurnWidget(index);
    runAssistantTurn(index);
}

void ChatPanel::stop()
{
    if (isRunning()) {
        m_runner->stop(); // delivers the Cancelled event synchronously
    }
}

void ChatPanel::clearConversation()
{
    stop();
    m_conversation.clear();
    m_setup.reset();
    m_transcript->clear();
    m_stats->clear();
    updateControls();
}

void ChatPanel::addAssistantTurnWidget(int index)
{
    auto *turn = new AssistantTurnWidget;
    turn->setModelName(m_setup ? m_setup->request.model : QString());
    connect(turn, &AssistantTurnWidget::regenerateRequested, this, [this, turn] {
        if (lastAssistantTurn() == turn) {
            regenerate();
        }
    });
    connect(turn, &AssistantTurnWidget::retryRequested, this, [this, turn] {
        if (lastAssistantTurn() == turn) {
            regenerate(); // a failed reply is the last one: retrying it is regenerating it
        }
    });
    turn->addToDatasetButton()->show();
    // The variables of the run the turn belongs to, as they were when it began.
    connect(turn, &AssistantTurnWidget::addToDatasetRequested, this,
            [this, variables = m_setup ? m_setup->record.variables : QJsonObject()](
                const QString &text) { Q_EMIT addToDatasetRequested(variables, text); });
    turn->codeButton()->setVisible(m_setup.has_value());
    if (m_setup) {
        // The request this turn was sent as: the run's provider and parameters, and the
        // conversation before it.
        ChatRequest request = m_setup->request;
        request.messages = m_conversation.messagesBefore(index);
        connect(turn, &AssistantTurnWidget::copyAsCodeRequested, this,
                [this, provider = m_setup->provider, request](CodeLanguage language) {
                    const Result<QString> code = RunCodeExport::code(provider, request, language);
                    if (!code) {
                        Q_EMIT message(code.error());
                        return;
                    }
                    QGuiApplication::clipboard()->setText(code.value());
                    const QString variable = RunCodeExport::keyVariable(provider);
                    Q_EMIT message(variable.isEmpty()
                                       ? tr("Copied the request as code.")
                                       : tr("Copied the request as code; it reads the key from "
                                            "%1.")
                                             .arg(variable));
                });
    }
    Q_ASSERT(m_transcript->turnCount() == index);
    m_transcript->addTurn(turn);
}

void ChatPanel::runAssistantTurn(int index)
{
    Q_ASSERT(m_setup);
    m_problem->hide();
    ChatRequest request = m_setup->request;
    request.messages = m_conversation.messagesBefore(index);
    m_runningTurn = index;
    updateControls();
    Q_EMIT runStateChanged(true);
    // The events of this run may arrive synchronously (a request refused at once).
    m_conversation.turn(index).runId = m_runner->start(m_setup->provider, request, m_setup->record);
}

void ChatPanel::onStreamEvent(const StreamEvent &event)
{
    if (m_runningTurn < 0) {
        return;
    }
    ConversationTurn &turn = m_conversation.turn(m_runningTurn);
    turn.reply.apply(event);
    AssistantTurnWidget *widget = assistantTurn(m_runningTurn);
    const std::optional<double> cost = event.isTerminal() ? costOf(turn.reply) : std::nullopt;
    if (widget) {
        widget->apply(event, turn.reply, cost);
    }
    if (event.isTerminal()) {
        m_stats->setText(ReplyFigures::format(turn.reply, cost));
        m_runningTurn = -1;
        updateControls();
        Q_EMIT runStateChanged(false);
        Q_EMIT runEnded(m_runner->currentRunId());
    }
}

std::optional<double> ChatPanel::costOf(const StreamedReply &reply) const
{
    if (!m_cost || !m_setup) {
        return std::nullopt;
    }
    const QString model = reply.model.isEmpty() ? m_setup->request.model : reply.model;
    return m_cost(m_setup->provider.id, model, reply.usage);
}

void ChatPanel::updateControls()
{
    const bool running = isRunning();
    m_actions->stop->setEnabled(running);
    m_actions->regenerate->setEnabled(canRegenerate());
    m_send->setEnabled(!running && m_setup.has_value());
    m_composer->setEnabled(m_setup.has_value());
    m_composer->setPlaceholderText(
        m_setup ? tr("Continue the conversation… (Ctrl+Return sends)")
                : tr("Continue the conversation… (run the prompt first: Ctrl+Return)"));
    m_clear->setEnabled(!m_conversation.isEmpty());
    for (int i = 0; i < m_transcript->turnCount(); ++i) {
        if (auto *user = userTurn(i)) {
            user->setActionsEnabled(!running);
        } else if (auto *assistant = assistantTurn(i)) {
            assistant->setActionsEnabled(!running && assistant == lastAssistantTurn());
        }
    }
}

QWidget *ChatPanel::makePromptSummary(const QList<ChatMessage> &prompt, const QString &title)
{
    auto *box = new QWidget;
    box->setObjectName(QStringLiteral("promptSummary"));
    auto *toggle = new QToolButton;
    toggle->setObjectName(QStringLiteral("promptSummaryToggle"));
    toggle->setCheckable(true);
    toggle->setArrowType(Qt::RightArrow);
    toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toggle->setAutoRaise(true);
    toggle->setText(tr("%1 · %n message(s) sent", nullptr, int(prompt.size())).arg(title));
    auto *details = new QLabel;
    details->setObjectName(QStringLiteral("promptSummaryText"));
    details->setTextFormat(Qt::PlainText);
    details->setWordWrap(true);
    details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QStringList lines;
    for (const ChatMessage &message : prompt) {
        lines.append(
            QStringLiteral("[%1]\n%2").arg(PromptContent::roleName(message.role), message.content));
    }
    details->setText(lines.join(QStringLiteral("\n\n")));
    details->hide();
    connect(toggle, &QToolButton::toggled, details, [toggle, details](bool open) {
        details->setVisible(open);
        toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toggle, 0, Qt::AlignLeft);
    layout->addWidget(details);
    return box;
}

bool ChatPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+Return in the composer sends the follow-up instead of re-running the prompt.
    if (watched == m_composer &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers().testFlag(Qt::ControlModifier)) {
            event->accept();
            if (event->type() == QEvent::KeyPress) {
                sendFollowUp(m_composer->toPlainText());
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace pwb
