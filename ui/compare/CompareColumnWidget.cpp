#include "compare/CompareColumnWidget.h"

#include "chat/AssistantTurnWidget.h"
#include "chat/BottomPinning.h"
#include "chat/ReplyView.h"
#include "common/PaletteColors.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace pwb {

CompareColumnWidget::CompareColumnWidget(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("compareColumn"));
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(180);

    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("compareColumnTitle"));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("compareColumnStatus"));
    QPalette muted = m_status->palette();
    muted.setColor(QPalette::WindowText, palette::mutedText(muted));
    m_status->setPalette(muted);
    m_remove = new QToolButton;
    m_remove->setObjectName(QStringLiteral("removeColumn"));
    m_remove->setText(QStringLiteral("×"));
    m_remove->setToolTip(tr("Remove this column"));
    m_remove->setAutoRaise(true);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_status, 1);
    titleRow->addWidget(m_remove);

    m_version = new QComboBox;
    m_version->setObjectName(QStringLiteral("columnVersion"));
    m_version->setToolTip(tr("Which prompt this column sends: the editor's or a saved version"));
    m_version->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_version->setMinimumContentsLength(8);
    m_provider = new QComboBox;
    m_provider->setObjectName(QStringLiteral("columnProvider"));
    m_provider->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_provider->setMinimumContentsLength(8);
    m_model = new QLineEdit;
    m_model->setObjectName(QStringLiteral("columnModel"));
    m_model->setPlaceholderText(tr("model (the prompt's)"));
    m_overrides = new QLineEdit;
    m_overrides->setObjectName(QStringLiteral("columnOverrides"));
    m_overrides->setPlaceholderText(tr("parameters, e.g. temperature=0.2"));
    m_overrides->setToolTip(tr("Parameters of this column that differ from the prompt's, as "
                               "name=value pairs (temperature, top_p, max_tokens, stop, seed, "
                               "response_format); name=null unsets one."));
    auto *setup = new QGridLayout;
    setup->setContentsMargins(0, 0, 0, 0);
    setup->setHorizontalSpacing(4);
    setup->setVerticalSpacing(2);
    setup->addWidget(m_version, 0, 0);
    setup->addWidget(m_provider, 0, 1);
    setup->addWidget(m_model, 1, 0);
    setup->addWidget(m_overrides, 1, 1);

    m_turn = new AssistantTurnWidget;
    m_turn->regenerateButton()->setText(tr("Run again"));
    auto *content = new QWidget;
    // Opaque and static, like the chat transcript: following a stream then scrolls by copying
    // pixels instead of repainting the column every frame (BottomPinning).
    content->setBackgroundRole(QPalette::Base);
    content->setAutoFillBackground(true);
    content->setAttribute(Qt::WA_StaticContents);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(6, 0, 6, 0);
    contentLayout->addWidget(m_turn);
    contentLayout->addStretch();
    m_scroll = new QScrollArea;
    m_scroll->setObjectName(QStringLiteral("columnScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(content);
    new BottomPinning(m_scroll);

    m_run = new QPushButton(tr("Run"));
    m_run->setObjectName(QStringLiteral("runColumn"));
    m_run->setToolTip(tr("Run this column alone; the others keep their answers"));
    m_best = new QToolButton;
    m_best->setObjectName(QStringLiteral("bestAnswer"));
    m_best->setText(tr("★ Best"));
    m_best->setToolTip(tr("Vote this the best answer of the comparison"));
    m_best->setCheckable(true);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_run);
    footer->addStretch();
    auto *rateLabel = new QLabel(tr("Rate:"));
    footer->addWidget(rateLabel);
    for (int stars = 1; stars <= 5; ++stars) {
        auto *button = new QToolButton;
        button->setObjectName(QStringLiteral("rate%1").arg(stars));
        button->setText(QString::number(stars));
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolTip(tr("Rate this answer %1 of 5 (click again to clear)").arg(stars));
        footer->addWidget(button);
        m_stars.append(button);
        connect(button, &QToolButton::clicked, this, [this, stars] {
            setRating(m_rating == stars ? std::nullopt : std::optional<int>(stars));
            Q_EMIT ratingChanged(m_rating);
        });
    }
    footer->addSpacing(6);
    footer->addWidget(m_best);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(titleRow);
    layout->addLayout(setup);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(footer);

    connect(m_remove, &QToolButton::clicked, this, &CompareColumnWidget::removeRequested);
    connect(m_run, &QPushButton::clicked, this, [this] {
        if (m_running) {
            Q_EMIT stopRequested();
        } else {
            Q_EMIT runRequested();
        }
    });
    connect(m_turn, &AssistantTurnWidget::regenerateRequested, this,
            &CompareColumnWidget::runRequested);
    connect(m_turn, &AssistantTurnWidget::retryRequested, this, &CompareColumnWidget::runRequested);
    connect(m_best, &QToolButton::toggled, this, &CompareColumnWidget::bestToggled);
    connect(m_version, &QComboBox::currentIndexChanged, this, &CompareColumnWidget::specEdited);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &CompareColumnWidget::specEdited);
    connect(m_model, &QLineEdit::textEdited, this, &CompareColumnWidget::specEdited);
    connect(m_overrides, &QLineEdit::textEdited, this, [this] {
        showOverridesProblem();
        Q_EMIT specEdited();
    });
    updateTitle();
    setStatus(tr("not run yet"));
}

QString CompareColumnWidget::letter(int index)
{
    return QString(QChar(u'A' + index));
}

void CompareColumnWidget::setIndex(int index)
{
    m_index = index;
    updateTitle();
}

void CompareColumnWidget::updateTitle()
{
    m_title->setText(QStringLiteral("<b>%1</b>").arg(letter(m_index)));
}

void CompareColumnWidget::setChoices(const QList<CompareVersionChoice> &versions,
                                     const QList<QPair<QString, QString>> &providers)
{
    const QVariant version = m_version->currentData();
    const QVariant provider = m_provider->currentData();
    QSignalBlocker blockVersion(m_version);
    QSignalBlocker blockProvider(m_provider);
    m_version->clear();
    for (const CompareVersionChoice &choice : versions) {
        m_version->addItem(choice.text,
                           choice.versionId ? QVariant(*choice.versionId) : QVariant(qint64(0)));
        m_version->setItemData(m_version->count() - 1, choice.number, Qt::UserRole + 1);
    }
    m_provider->clear();
    m_provider->addItem(tr("(the prompt's provider)"), QString());
    for (const auto &[id, name] : providers) {
        m_provider->addItem(name, id);
    }
    m_version->setCurrentIndex(std::max(0, m_version->findData(version)));
    m_provider->setCurrentIndex(std::max(0, m_provider->findData(provider)));
}

void CompareColumnWidget::setSpec(const CompareColumnSpec &spec)
{
    QSignalBlocker blockVersion(m_version);
    QSignalBlocker blockProvider(m_provider);
    if (spec.promptVersionId && m_version->findData(*spec.promptVersionId) < 0) {
        // A version not offered (a session of another prompt): shown as it is, so it can be run.
        m_version->addItem(tr("v%1").arg(spec.versionNumber), *spec.promptVersionId);
        m_version->setItemData(m_version->count() - 1, spec.versionNumber, Qt::UserRole + 1);
    }
    m_version->setCurrentIndex(
        std::max(0, m_version->findData(spec.promptVersionId.value_or(qint64(0)))));
    const int provider = m_provider->findData(spec.providerId);
    if (provider < 0 && !spec.providerId.isEmpty()) {
        // A provider removed since the session was saved: keep its id so the label stays true.
        m_provider->addItem(tr("%1 (not configured)").arg(spec.providerId), spec.providerId);
    }
    m_provider->setCurrentIndex(std::max(0, m_provider->findData(spec.providerId)));
    m_model->setText(spec.model);
    m_overrides->setText(CompareColumnSpec::formatOverrides(spec.parameterOverrides));
    showOverridesProblem();
}

Result<CompareColumnSpec> CompareColumnWidget::spec() const
{
    CompareColumnSpec spec;
    const qint64 version = m_version->currentData().toLongLong();
    if (version > 0) {
        spec.promptVersionId = version;
        spec.versionNumber = m_version->currentData(Qt::UserRole + 1).toInt();
    }
    spec.providerId = m_provider->currentData().toString();
    spec.model = m_model->text().trimmed();
    const Result<QJsonObject> overrides = CompareColumnSpec::parseOverrides(m_overrides->text());
    if (!overrides) {
        return Result<CompareColumnSpec>::failure(
            tr("Column %1: %2").arg(letter(m_index), overrides.error()));
    }
    spec.parameterOverrides = overrides.value();
    return spec;
}

void CompareColumnWidget::showOverridesProblem()
{
    const Result<QJsonObject> overrides = CompareColumnSpec::parseOverrides(m_overrides->text());
    QPalette palette = m_overrides->palette();
    palette.setColor(QPalette::Base,
                     overrides ? QWidget::palette().color(QPalette::Base)
                               : palette::tinted(palette, QColor(0xe5, 0x39, 0x35), 0.18));
    m_overrides->setPalette(palette);
    m_overrides->setToolTip(overrides ? tr("Parameters of this column that differ from the "
                                           "prompt's, as name=value pairs; name=null unsets one.")
                                      : overrides.error());
}

void CompareColumnWidget::setRemovable(bool removable)
{
    m_removable = removable;
    m_remove->setEnabled(removable && !m_running);
}

void CompareColumnWidget::begin(const QString &label)
{
    m_label = label;
    m_turn->replyView()->clear();
    m_turn->errorBox()->hide();
    m_turn->setFigures({});
    m_turn->setModelName(label);
    setStatus(tr("waiting for the first token…"));
}

void CompareColumnWidget::apply(const StreamEvent &event, const StreamedReply &reply,
                                std::optional<double> cost)
{
    m_turn->apply(event, reply, cost);
    if (event.type == StreamEvent::Type::Started) {
        // The column's own label stays; the model the provider says it ran is added when it is
        // not the one asked for (an alias resolved to a dated snapshot, a router's choice).
        m_turn->setModelName(event.model.isEmpty() || m_label.contains(event.model)
                                 ? m_label
                                 : tr("%1 (answered by %2)").arg(m_label, event.model));
    }
    switch (event.type) {
    case StreamEvent::Type::TextDelta:
    case StreamEvent::Type::ReasoningDelta:
    case StreamEvent::Type::ToolCallDelta:
        if (reply.deltaCount == 1) {
            setStatus(tr("streaming…"));
        }
        break;
    case StreamEvent::Type::Finished:
        setStatus(reply.complete ? tr("done") : tr("ended early"));
        break;
    case StreamEvent::Type::Failed:
        setStatus(event.error.kind == StreamError::Kind::Cancelled ? tr("stopped") : tr("failed"));
        break;
    case StreamEvent::Type::Started:
    case StreamEvent::Type::Usage:
        break;
    }
}

void CompareColumnWidget::showStored(const QString &label, const StreamedReply &reply,
                                     std::optional<double> cost)
{
    m_label = label;
    m_turn->setModelName(label);
    m_turn->showReply(reply, cost);
    if (reply.state == StreamedReply::State::Finished) {
        setStatus(reply.complete ? tr("done") : tr("ended early"));
    } else if (reply.state == StreamedReply::State::Failed) {
        setStatus(reply.error.kind == StreamError::Kind::Cancelled ? tr("stopped") : tr("failed"));
    } else {
        setStatus(tr("not run yet"));
    }
}

void CompareColumnWidget::showProblem(const QString &label, const QString &problem)
{
    begin(label);
    m_turn->errorLabel()->setText(tr("<b>Not sent</b><br>%1").arg(problem.toHtmlEscaped()));
    m_turn->retryButton()->setText(tr("Run again"));
    m_turn->errorBox()->show();
    setStatus(tr("not sent"));
}

void CompareColumnWidget::setVotingEnabled(bool enabled)
{
    m_best->setEnabled(enabled);
    for (QToolButton *star : std::as_const(m_stars)) {
        star->setEnabled(enabled);
    }
}

void CompareColumnWidget::setRunning(bool running)
{
    m_running = running;
    m_run->setText(running ? tr("Stop") : tr("Run"));
    m_run->setToolTip(running ? tr("Stop this column; the others go on")
                              : tr("Run this column alone; the others keep their answers"));
    m_turn->setActionsEnabled(!running);
    for (QWidget *control :
         {static_cast<QWidget *>(m_version), static_cast<QWidget *>(m_provider),
          static_cast<QWidget *>(m_model), static_cast<QWidget *>(m_overrides)}) {
        control->setEnabled(!running);
    }
    m_remove->setEnabled(!running && m_removable);
}

void CompareColumnWidget::setStatus(const QString &text)
{
    m_status->setText(text);
}

void CompareColumnWidget::setBest(bool best)
{
    QSignalBlocker block(m_best);
    m_best->setChecked(best);
}

bool CompareColumnWidget::isBest() const
{
    return m_best->isChecked();
}

void CompareColumnWidget::setRating(std::optional<int> rating)
{
    m_rating = rating;
    for (int i = 0; i < m_stars.size(); ++i) {
        m_stars.at(i)->setChecked(rating && i + 1 <= *rating);
    }
}

std::optional<int> CompareColumnWidget::rating() const
{
    return m_rating;
}

QToolButton *CompareColumnWidget::ratingButton(int stars) const
{
    return m_stars.value(stars - 1);
}

} // namespace pwb
