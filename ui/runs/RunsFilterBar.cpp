#include "runs/RunsFilterBar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace pwb {

namespace {

// The earliest date is the date edits' "any" (QDateEdit shows its special text there).
const QDate kAnyDate(2000, 1, 1);

// Items of the provider/model box: a provider alone (all its models) or a provider and model.
QVariant targetData(const QString &providerId, const QString &model = {})
{
    return QStringList {providerId, model};
}

QDateEdit *makeDateEdit(const QString &objectName)
{
    auto *edit = new QDateEdit;
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kAnyDate);
    edit->setSpecialValueText(RunsFilterBar::tr("any"));
    edit->setDate(kAnyDate);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

} // namespace

RunsFilterBar::RunsFilterBar(QWidget *parent)
    : QWidget(parent)
{
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("runsSearch"));
    m_search->setPlaceholderText(tr("Search replies…"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Finds runs whose reply contains this text (3 characters or more)."));
    m_search->setMinimumWidth(180);

    m_prompt = new QComboBox;
    m_prompt->setObjectName(QStringLiteral("runsPrompt"));
    m_prompt->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_target = new QComboBox;
    m_target->setObjectName(QStringLiteral("runsTarget"));
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("runsStatus"));
    m_status->addItem(tr("Any status"), QString());
    m_status->addItem(tr("complete"), QStringLiteral("complete"));
    m_status->addItem(tr("truncated"), QStringLiteral("truncated"));
    m_status->addItem(tr("failed"), QStringLiteral("failed"));
    m_status->addItem(tr("cancelled"), QStringLiteral("cancelled"));
    m_status->addItem(tr("interrupted"), QStringLiteral("interrupted"));
    m_status->addItem(tr("running"), QStringLiteral("running"));
    m_from = makeDateEdit(QStringLiteral("runsFrom"));
    m_to = makeDateEdit(QStringLiteral("runsTo"));
    m_from->setToolTip(tr("Runs started on or after this day"));
    m_to->setToolTip(tr("Runs started on or before this day"));

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &RunsFilterBar::filterChanged);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        Q_EMIT filterChanged();
    });
    const auto changed = [this] {
        if (!m_filling) {
            Q_EMIT filterChanged();
        }
    };
    for (QComboBox *box : {m_prompt, m_target, m_status}) {
        connect(box, &QComboBox::currentIndexChanged, this, changed);
    }
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, changed);
    }

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 2);
    layout->addWidget(m_prompt, 1);
    layout->addWidget(m_target, 1);
    layout->addWidget(m_status);
    layout->addSpacing(6);
    layout->addWidget(new QLabel(tr("From")));
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(tr("to")));
    layout->addWidget(m_to);
    setFacets({});
}

void RunsFilterBar::setFacets(const RunFacets &facets)
{
    m_filling = true;
    const QVariant prompt = m_prompt->currentData();
    const QVariant target = m_target->currentData();
    m_prompt->clear();
    m_prompt->addItem(tr("All prompts"), QVariant());
    for (const RunFacets::PromptChoice &choice : facets.prompts) {
        m_prompt->addItem(choice.name, choice.id);
    }
    m_target->clear();
    m_target->addItem(tr("All providers and models"), QVariant());
    QString provider;
    for (const RunFacets::Target &choice : facets.targets) {
        if (choice.providerId != provider) {
            provider = choice.providerId;
            m_target->addItem(tr("%1 — all models").arg(provider), targetData(provider));
        }
        m_target->addItem(QStringLiteral("%1 / %2").arg(choice.providerId, choice.model),
                          targetData(choice.providerId, choice.model));
    }
    m_prompt->setCurrentIndex(qMax(0, m_prompt->findData(prompt)));
    m_target->setCurrentIndex(qMax(0, m_target->findData(target)));
    m_filling = false;
    if (m_prompt->currentData() != prompt || m_target->currentData() != target) {
        Q_EMIT filterChanged(); // a chosen value is gone
    }
}

RunsTableModel::Filter RunsFilterBar::filter() const
{
    RunsTableModel::Filter filter;
    if (m_prompt->currentData().isValid()) {
        filter.promptId = m_prompt->currentData().toLongLong();
    }
    const QStringList target = m_target->currentData().toStringList();
    if (target.size() == 2) {
        filter.providerId = target.at(0);
        filter.model = target.at(1);
    }
    filter.status = m_status->currentData().toString();
    if (m_from->date() > kAnyDate) {
        filter.from = m_from->date().startOfDay();
    }
    if (m_to->date() > kAnyDate) {
        filter.to = m_to->date().addDays(1).startOfDay(); // the whole day included
    }
    filter.search = m_search->text();
    return filter;
}

} // namespace pwb
