#include "runs/RunDetailPanel.h"

#include "chat/ReplyView.h"
#include "common/CodeButton.h"
#include "common/PaletteColors.h"
#include "core/MoneyFormat.h"
#include "eval/JsonValueText.h"
#include "storage/RunReplay.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace pwb {

namespace {

const QString kDash = QStringLiteral("–");

QString seconds(qint64 ms)
{
    return QLocale().toString(double(ms) / 1000.0, 'f', 1);
}

QString statusColour(const QString &status, const QPalette &colours)
{
    if (status == u"complete") {
        return palette::successText(colours).name();
    }
    if (status == u"failed" || status == u"cancelled" || status == u"interrupted") {
        return palette::errorText(colours).name();
    }
    return colours.color(QPalette::WindowText).name();
}

QPlainTextEdit *makeMonospaceView(const QString &objectName)
{
    auto *view = new QPlainTextEdit;
    view->setObjectName(objectName);
    view->setReadOnly(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    return view;
}

QPushButton *makeButton(const QString &objectName, const QString &text, const QString &tip)
{
    auto *button = new QPushButton(text);
    button->setObjectName(objectName);
    button->setToolTip(tip);
    return button;
}

} // namespace

RunDetailPanel::RunDetailPanel(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_replay(new RunReplay(this))
    , m_replayTick(new QTimer(this))
{
    m_empty = new QLabel(tr("Select a run to see its request, reply and timings."));
    m_empty->setObjectName(QStringLiteral("runDetailEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("runTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = new QLabel;
    m_subtitle->setObjectName(QStringLiteral("runSubtitle"));
    m_subtitle->setTextFormat(Qt::RichText);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_replayStatus = new QLabel;
    m_replayStatus->setObjectName(QStringLiteral("runReplayStatus"));
    m_replayButton = makeButton(QStringLiteral("runReplay"), tr("Replay"),
                                tr("Play the reply again at the pace it arrived (no network)"));
    m_fastReplayButton =
        makeButton(QStringLiteral("runReplayFast"), tr("Replay 10×"),
                   tr("Play the reply again ten times faster than it arrived (no network)"));
    m_stopReplayButton =
        makeButton(QStringLiteral("runStopReplay"), tr("Stop Replay"), tr("Stop the replay here"));
    m_openButton = makeButton(QStringLiteral("runOpenInEditor"), tr("Open in Editor"), {});
    m_codeButton = new CodeButton(tr("Copy this run's request as code that sends it again; the key "
                                     "is read from an environment variable, never written"));

    m_reply = new ReplyView;
    m_reply->setObjectName(QStringLiteral("runReply"));
    m_toolCalls = new QLabel;
    m_toolCalls->setObjectName(QStringLiteral("runToolCalls"));
    m_toolCalls->setTextFormat(Qt::PlainText);
    m_toolCalls->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_toolCalls->setWordWrap(true);
    m_toolCalls->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *replyPage = new QWidget;
    replyPage->setBackgroundRole(QPalette::Base); // the reply reads like a document
    replyPage->setAutoFillBackground(true);
    auto *replyLayout = new QVBoxLayout(replyPage);
    replyLayout->addWidget(m_reply);
    replyLayout->addWidget(m_toolCalls);
    replyLayout->addStretch(1);
    auto *replyScroll = new QScrollArea;
    replyScroll->setWidgetResizable(true);
    replyScroll->setFrameShape(QFrame::NoFrame);
    replyScroll->setWidget(replyPage);

    m_request = makeMonospaceView(QStringLiteral("runRequest"));
    m_variables = makeMonospaceView(QStringLiteral("runVariables"));
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("runTabs"));
    m_tabs->addTab(replyScroll, tr("Reply"));
    m_tabs->addTab(m_request, tr("Request"));
    m_tabs->addTab(m_variables, tr("Variables"));

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("runError"));
    m_error->setTextFormat(Qt::RichText);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setFrameShape(QFrame::StyledPanel);
    m_error->setMargin(6);
    m_error->hide();
    m_figures = new QLabel;
    m_figures->setObjectName(QStringLiteral("runFigures"));
    m_figures->setTextFormat(Qt::RichText);
    m_figures->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *side = new QWidget;
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(8, 0, 0, 0);
    sideLayout->addWidget(m_error);
    sideLayout->addWidget(m_figures);
    sideLayout->addStretch(1);
    auto *sideScroll = new QScrollArea;
    sideScroll->setWidgetResizable(true);
    sideScroll->setFrameShape(QFrame::NoFrame);
    sideScroll->setWidget(side);
    sideScroll->setMinimumWidth(250);

    auto *split = new QSplitter(Qt::Horizontal);
    split->setObjectName(QStringLiteral("runDetailSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_tabs);
    split->addWidget(sideScroll);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto *heading = new QVBoxLayout;
    heading->setSpacing(2);
    heading->addWidget(m_title);
    heading->addWidget(m_subtitle);
    auto *header = new QHBoxLayout;
    header->addLayout(heading, 1);
    header->addWidget(m_replayStatus);
    header->addWidget(m_replayButton);
    header->addWidget(m_fastReplayButton);
    header->addWidget(m_stopReplayButton);
    header->addSpacing(8);
    header->addWidget(m_openButton);
    header->addWidget(m_codeButton);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 4, 0, 0);
    contentLayout->addLayout(header);
    contentLayout->addWidget(split, 1);

    m_pages = new QStackedWidget;
    m_pages->addWidget(m_empty);
    m_pages->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(m_replayButton, &QPushButton::clicked, this, [this] { startReplay(1.0); });
    connect(m_fastReplayButton, &QPushButton::clicked, this, [this] { startReplay(kFastSpeed); });
    connect(m_stopReplayButton, &QPushButton::clicked, this, &RunDetailPanel::stopReplay);
    connect(m_codeButton, &CodeButton::languageChosen, this, [this](CodeLanguage language) {
        if (m_details) {
            Q_EMIT copyAsCodeRequested(m_details->run.id, language);
        }
    });
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (m_details) {
            Q_EMIT openInEditorRequested(m_details->run.id);
        }
    });

    // Replay: the view empties, then fills piece by piece as the run streamed.
    m_replayTick->setInterval(100);
    connect(m_replayTick, &QTimer::timeout, this, &RunDetailPanel::updateReplayState);
    connect(m_replay, &RunReplay::started, this, [this] {
        m_replayed = {};
        m_reply->clear();
        m_reply->setReasoningExpanded(!m_details->run.reply.reasoning.isEmpty());
        showToolCalls({});
        m_replayTick->start();
        updateReplayState();
    });
    connect(m_replay, &RunReplay::pieceReplayed, this, [this](const StreamEvent &event) {
        m_replayed.apply(event);
        if (event.type == StreamEvent::Type::TextDelta) {
            m_reply->appendText(event.text);
        } else if (event.type == StreamEvent::Type::ReasoningDelta) {
            m_reply->appendReasoning(event.text);
        } else {
            showToolCalls(m_replayed.toolCalls);
        }
        updateReplayState();
    });
    connect(m_replay, &RunReplay::finished, this, [this](const StreamedReply &reply) {
        m_reply->finish();
        showToolCalls(reply.toolCalls);
        m_replayTick->stop();
        m_replayStatus->setText(tr("Replayed: %1 s at %2×")
                                    .arg(seconds(m_replay->durationMs()))
                                    .arg(m_replay->speed()));
        updateReplayState();
    });
    connect(m_replay, &RunReplay::stopped, this, [this] {
        m_reply->finish();
        m_replayTick->stop();
        m_replayStatus->setText(tr("Replay stopped."));
        updateReplayState();
    });
    clear();
}

RunDetailPanel::~RunDetailPanel() = default;

std::optional<qint64> RunDetailPanel::runId() const
{
    return m_details ? std::optional<qint64>(m_details->run.id) : std::nullopt;
}

void RunDetailPanel::clear()
{
    m_replay->stop();
    m_details.reset();
    m_empty->setText(tr("Select a run to see its request, reply and timings."));
    m_pages->setCurrentWidget(m_empty);
}

void RunDetailPanel::showRun(qint64 runId)
{
    m_replay->stop();
    const Result<RunDetails> details = RunDetails::load(m_database, runId);
    if (!details) {
        clear();
        m_empty->setText(details.error());
        return;
    }
    showDetails(details.value());
}

void RunDetailPanel::showDetails(const RunDetails &details)
{
    m_details = details;
    const StoredRun &run = details.run;
    const StreamedReply &reply = run.reply;
    const QLocale locale;

    m_title->setText(details.promptTitle());
    const QString started =
        locale.toString(QDateTime::fromMSecsSinceEpoch(run.startedAt), QLocale::ShortFormat);
    m_subtitle->setText(
        tr("%1 / %2 · <span style=\"color:%3; font-weight:600\">%4</span> · %5 · run %6")
            .arg(run.providerId.toHtmlEscaped(), run.model.toHtmlEscaped(),
                 statusColour(run.status, palette()), run.status.toHtmlEscaped(), started)
            .arg(run.id));

    showStoredReply();

    // The error as the provider and the app saw it: how far the request got, what went wrong.
    if (reply.state == StreamedReply::State::Failed) {
        const StreamError &error = reply.error;
        const QString heading = run.status == u"cancelled" ? tr("Cancelled")
            : run.status == u"interrupted"                 ? tr("Interrupted")
                                                           : tr("Failed");
        QStringList where {StreamError::phaseName(error.phase), StreamError::kindName(error.kind)};
        if (error.httpStatus > 0) {
            where.append(tr("HTTP %1").arg(error.httpStatus));
        }
        QString html = QStringLiteral("<b style=\"color:%1\">%2</b> · %3")
                           .arg(palette::errorText(palette()).name(), heading,
                                where.join(QStringLiteral(" · ")).toHtmlEscaped());
        if (!error.message.isEmpty()) {
            html += QStringLiteral("<br>") + error.message.toHtmlEscaped();
        }
        if (run.status == u"failed") {
            html += QStringLiteral("<br><i>%1</i>").arg(error.hint().toHtmlEscaped());
        }
        m_error->setText(html);
        m_error->show();
    } else {
        m_error->clear();
        m_error->hide();
    }

    // Timings since the request was sent, then the figures; unknown ones say so.
    const StreamTimings &t = reply.timings;
    const auto ms = [&locale](qint64 value) {
        return value >= 0 ? tr("%1 ms").arg(locale.toString(value)) : kDash;
    };
    const auto count = [&locale](qint64 value) {
        return value >= 0 ? locale.toString(value) : kDash;
    };
    const double rate = t.tokensPerSecond(reply.usage.outputTokens);
    QList<QPair<QString, QString>> rows = {
        {tr("Sent"), ms(0)},
        {tr("→ Headers"), ms(t.headersMs)},
        {tr("→ First token"), ms(t.firstTokenMs)},
        {tr("→ Last token"), ms(t.lastTokenMs)},
        {tr("→ End"), ms(t.endMs)},
        {QString(), QString()},
        {tr("Time to first token"), ms(t.firstTokenMs)},
        {tr("Tokens per second"), rate > 0 ? locale.toString(rate, 'f', 1) : kDash},
        {tr("Tokens in"), count(reply.usage.inputTokens)},
        {tr("Tokens out"), count(reply.usage.outputTokens)},
    };
    if (reply.usage.reasoningTokens >= 0) {
        rows.append({tr("Reasoning tokens"), count(reply.usage.reasoningTokens)});
    }
    if (reply.usage.cachedInputTokens >= 0) {
        rows.append({tr("Cached input tokens"), count(reply.usage.cachedInputTokens)});
    }
    rows.append({tr("Cost"), details.costUsd ? formatUsd(*details.costUsd) : kDash});
    if (reply.state == StreamedReply::State::Finished) {
        rows.append({tr("Finish"),
                     reply.rawFinishReason.isEmpty()
                         ? StreamEvent::finishReasonId(reply.finishReason)
                         : reply.rawFinishReason});
    }
    QString table = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    table += QStringLiteral("<tr><td colspan=\"2\"><b>%1</b></td></tr>").arg(tr("Timings"));
    for (const auto &[label, value] : std::as_const(rows)) {
        if (label.isEmpty()) {
            table += QStringLiteral("<tr><td colspan=\"2\">&nbsp;</td></tr>"
                                    "<tr><td colspan=\"2\"><b>%1</b></td></tr>")
                         .arg(tr("Figures"));
            continue;
        }
        table += QStringLiteral("<tr><td>%1</td><td align=\"right\">&nbsp;&nbsp;%2</td></tr>")
                     .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    }
    m_figures->setText(table + QStringLiteral("</table>"));

    QStringList variables;
    const QStringList names = run.variables.keys();
    for (const QString &name : names) {
        QString value = JsonValueText::typed(run.variables.value(name));
        value.replace(QLatin1Char('\n'), QStringLiteral("\n    "));
        variables.append(QStringLiteral("%1:\n    %2").arg(name, value));
    }
    m_variables->setPlainText(variables.isEmpty() ? tr("This run had no variables.")
                                                  : variables.join(QStringLiteral("\n\n")));
    m_tabs->setTabText(m_tabs->indexOf(m_variables),
                       names.isEmpty() ? tr("Variables") : tr("Variables (%1)").arg(names.size()));
    m_request->setPlainText(details.requestText());

    m_openButton->setEnabled(details.promptId.has_value());
    m_openButton->setToolTip(
        details.promptId
            ? tr("Open %1 in the editor with this run's variables").arg(details.promptTitle())
            : tr("This run was of edits never saved as a version: there is no version to open."));
    m_replayStatus->clear();
    m_pages->setCurrentIndex(1);
    updateReplayState();
}

void RunDetailPanel::showStoredReply()
{
    const StreamedReply &reply = m_details->run.reply;
    m_reply->setMarkdown(reply.text, reply.reasoning);
    showToolCalls(reply.toolCalls);
}

void RunDetailPanel::showToolCalls(const QList<StreamedReply::ToolCall> &calls)
{
    QStringList lines;
    for (const StreamedReply::ToolCall &call : calls) {
        const QJsonDocument arguments = QJsonDocument::fromJson(call.arguments.toUtf8());
        const QString shown = arguments.isObject()
            ? QString::fromUtf8(arguments.toJson(QJsonDocument::Indented)).trimmed()
            : call.arguments;
        lines.append(QStringLiteral("%1(%2)").arg(call.name, shown));
    }
    m_toolCalls->setText(lines.isEmpty() ? QString()
                                         : tr("Tool calls:") + QLatin1Char('\n') +
                                 lines.join(QLatin1Char('\n')));
    m_toolCalls->setVisible(!lines.isEmpty());
}

void RunDetailPanel::startReplay(double speed)
{
    if (!m_details) {
        return;
    }
    if (const Result<void> loaded = m_replay->load(m_database, m_details->run.id); !loaded) {
        m_replayStatus->setText(loaded.error());
        return;
    }
    m_tabs->setCurrentIndex(0);
    m_replay->start(speed);
}

void RunDetailPanel::stopReplay()
{
    m_replay->stop();
}

void RunDetailPanel::updateReplayState()
{
    const bool playing = m_replay->isPlaying();
    m_replayButton->setEnabled(m_details.has_value());
    m_fastReplayButton->setEnabled(m_details.has_value());
    m_stopReplayButton->setEnabled(playing);
    if (playing) {
        m_replayStatus->setText(
            tr("Replaying at %1×: %2 s of %3 s")
                .arg(m_replay->speed())
                .arg(seconds(m_replay->positionMs()), seconds(m_replay->durationMs())));
    }
}

} // namespace pwb
