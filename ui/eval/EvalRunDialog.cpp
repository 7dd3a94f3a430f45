#include "eval/EvalRunDialog.h"

#include "providers/ProviderDirectory.h"
#include "storage/DatasetRepository.h"
#include "storage/PromptRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pwb {

namespace {

constexpr int kVersionIdRole = Qt::UserRole + 1;
constexpr int kProviderRole = Qt::UserRole + 2;
constexpr int kModelRole = Qt::UserRole + 3;
constexpr int kCaseCountRole = Qt::UserRole + 4;

QSpinBox *limitBox(qint64 value, qint64 maximum)
{
    auto *box = new QSpinBox;
    box->setRange(0, int(std::min<qint64>(maximum, std::numeric_limits<int>::max())));
    box->setSpecialValueText(EvalRunDialog::tr("no limit"));
    box->setValue(int(value));
    box->setAccelerated(true);
    return box;
}

} // namespace

EvalRunDialog::EvalRunDialog(Database &database, PromptRepository &prompts,
                             ProviderDirectory &providers, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_prompts(prompts)
    , m_providers(providers)
{
    setWindowTitle(tr("New Eval Run"));
    setObjectName(QStringLiteral("evalRunDialog"));

    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("evalName"));
    m_name->setPlaceholderText(tr("e.g. nightly, after the tone fix"));
    m_dataset = new QComboBox;
    m_dataset->setObjectName(QStringLiteral("evalDataset"));
    for (const DatasetInfo &dataset : DatasetRepository(database).datasets()) {
        m_dataset->addItem(tr("%1 (%n case(s))", nullptr, dataset.caseCount).arg(dataset.name),
                           dataset.id);
        m_dataset->setItemData(m_dataset->count() - 1, dataset.caseCount, kCaseCountRole);
    }

    m_prompt = new QComboBox;
    m_prompt->setObjectName(QStringLiteral("evalPrompt"));
    m_versions = new QListWidget;
    m_versions->setObjectName(QStringLiteral("evalVersions"));
    m_versions->setMaximumHeight(140);

    m_models = new QListWidget;
    m_models->setObjectName(QStringLiteral("evalModels"));
    m_models->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_models->setMaximumHeight(110);
    m_provider = new QComboBox;
    m_provider->setObjectName(QStringLiteral("evalProvider"));
    for (const ProviderConfig &provider : providers.providers()) {
        m_provider->addItem(provider.displayName.isEmpty() ? provider.id : provider.displayName,
                            provider.id);
    }
    m_model = new QComboBox;
    m_model->setObjectName(QStringLiteral("evalModel"));
    m_model->setEditable(true);
    m_model->setMinimumContentsLength(18);
    auto *add = new QPushButton(tr("Add Model"));
    add->setObjectName(QStringLiteral("evalAddModel"));
    auto *remove = new QPushButton(tr("Remove"));
    remove->setObjectName(QStringLiteral("evalRemoveModel"));
    auto *modelRow = new QHBoxLayout;
    modelRow->addWidget(m_provider);
    modelRow->addWidget(m_model, 1);
    modelRow->addWidget(add);
    modelRow->addWidget(remove);
    // In a widget, so that the form's label has a buddy (its accelerator moves focus there).
    auto *models = new QWidget;
    auto *modelsLayout = new QVBoxLayout(models);
    modelsLayout->setContentsMargins(0, 0, 0, 0);
    modelsLayout->addWidget(m_models);
    modelsLayout->addLayout(modelRow);
    models->setFocusProxy(m_models);

    m_concurrency = new QSpinBox;
    m_concurrency->setObjectName(QStringLiteral("evalConcurrency"));
    m_concurrency->setRange(1, EvalPlan::kMaxConcurrency);
    m_concurrency->setValue(8);
    m_concurrency->setToolTip(tr("How many requests are in flight at once."));

    m_limits = new QTableWidget(0, 2);
    m_limits->setObjectName(QStringLiteral("evalLimits"));
    m_limits->setHorizontalHeaderLabels({tr("Requests / min"), tr("Tokens / min")});
    m_limits->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_limits->setMaximumHeight(110);
    m_limits->setToolTip(tr("Held to per provider, as its rate limits say; 0 is no limit."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Dataset:"), m_dataset);
    form->addRow(tr("&Prompt:"), m_prompt);
    form->addRow(tr("&Versions:"), m_versions);
    form->addRow(tr("&Models:"), models);
    form->addRow(tr("&Concurrency:"), m_concurrency);
    form->addRow(tr("Rate limits:"), m_limits);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("evalSummary"));
    m_summary->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Run"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_prompt, &QComboBox::currentIndexChanged, this, &EvalRunDialog::fillVersions);
    connect(m_versions, &QListWidget::itemChanged, this, &EvalRunDialog::updateSummary);
    connect(m_dataset, &QComboBox::currentIndexChanged, this, &EvalRunDialog::updateSummary);
    connect(m_concurrency, &QSpinBox::valueChanged, this, &EvalRunDialog::updateSummary);
    connect(add, &QPushButton::clicked, this, &EvalRunDialog::addTypedModel);
    connect(m_model->lineEdit(), &QLineEdit::returnPressed, this, &EvalRunDialog::addTypedModel);
    connect(remove, &QPushButton::clicked, this, &EvalRunDialog::removeSelectedModels);
    fillPrompts();
    updateSummary();
    resize(560, sizeHint().height());
}

void EvalRunDialog::fillPrompts()
{
    const QSignalBlocker blocker(m_prompt);
    m_prompt->clear();
    for (const PromptRecord &prompt : m_prompts.prompts()) {
        m_prompt->addItem(prompt.name, prompt.id);
    }
    fillVersions();
}

void EvalRunDialog::fillVersions()
{
    const QSignalBlocker blocker(m_versions);
    m_versions->clear();
    const qint64 promptId = m_prompt->currentData().toLongLong();
    const QList<PromptVersionRecord> versions = m_prompts.versions(promptId);
    QHash<qint64, QStringList> labels;
    for (const QString &label : {QStringLiteral("production"), QStringLiteral("staging")}) {
        if (const auto target = m_prompts.labelTarget(promptId, label)) {
            labels[*target].append(label);
        }
    }
    // Newest first: the version being tuned is the one usually compared.
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        QString text = tr("v%1").arg(it->number);
        if (!it->note.isEmpty()) {
            text += QStringLiteral(" — ") + it->note;
        }
        if (labels.contains(it->id)) {
            text += QStringLiteral("  [") + labels.value(it->id).join(QStringLiteral(", ")) +
                QLatin1Char(']');
        }
        auto *item = new QListWidgetItem(text, m_versions);
        item->setData(kVersionIdRole, it->id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(it == versions.crbegin() ? Qt::Checked : Qt::Unchecked);
    }
    if (!versions.isEmpty() && m_models->count() == 0) {
        const PromptContent &newest = versions.last().content;
        if (!newest.providerId.isEmpty() && !newest.model.isEmpty()) {
            addModel(newest.providerId, newest.model);
        }
    }
    updateSummary();
}

void EvalRunDialog::preset(std::optional<qint64> promptId, std::optional<qint64> datasetId)
{
    if (promptId) {
        const int index = m_prompt->findData(*promptId);
        if (index >= 0) {
            m_prompt->setCurrentIndex(index);
        }
    }
    if (datasetId) {
        const int index = m_dataset->findData(*datasetId);
        if (index >= 0) {
            m_dataset->setCurrentIndex(index);
        }
    }
    updateSummary();
}

void EvalRunDialog::addModel(const QString &providerId, const QString &model)
{
    for (int i = 0; i < m_models->count(); ++i) {
        const QListWidgetItem *item = m_models->item(i);
        if (item->data(kProviderRole).toString() == providerId &&
            item->data(kModelRole).toString() == model) {
            return;
        }
    }
    auto *item = new QListWidgetItem(QStringLiteral("%1/%2").arg(providerId, model), m_models);
    item->setData(kProviderRole, providerId);
    item->setData(kModelRole, model);
    syncLimits();
    updateSummary();
}

void EvalRunDialog::addTypedModel()
{
    const QString model = m_model->currentText().trimmed();
    if (model.isEmpty()) {
        m_model->setFocus();
        return;
    }
    addModel(m_provider->currentData().toString(), model);
    m_model->setEditText(QString());
}

void EvalRunDialog::removeSelectedModels()
{
    qDeleteAll(m_models->selectedItems());
    syncLimits();
    updateSummary();
}

void EvalRunDialog::syncLimits()
{
    // A row per provider in use, keeping what was typed for the providers that stay.
    QHash<QString, std::pair<int, int>> typed;
    for (int row = 0; row < m_limits->rowCount(); ++row) {
        const QString id = m_limits->verticalHeaderItem(row)->text();
        typed.insert(id,
                     {qobject_cast<QSpinBox *>(m_limits->cellWidget(row, 0))->value(),
                      qobject_cast<QSpinBox *>(m_limits->cellWidget(row, 1))->value()});
    }
    QStringList ids;
    for (int i = 0; i < m_models->count(); ++i) {
        const QString id = m_models->item(i)->data(kProviderRole).toString();
        if (!ids.contains(id)) {
            ids.append(id);
        }
    }
    m_limits->setRowCount(int(ids.size()));
    for (int row = 0; row < ids.size(); ++row) {
        const auto values = typed.value(ids.at(row), {0, 0});
        m_limits->setVerticalHeaderItem(row, new QTableWidgetItem(ids.at(row)));
        QSpinBox *requests = limitBox(values.first, 1'000'000);
        QSpinBox *tokens = limitBox(values.second, 100'000'000);
        tokens->setSingleStep(1000);
        m_limits->setCellWidget(row, 0, requests);
        m_limits->setCellWidget(row, 1, tokens);
    }
}

EvalPlan EvalRunDialog::plan() const
{
    EvalPlan plan;
    plan.datasetId = m_dataset->currentData().toLongLong();
    plan.name = m_name->text().trimmed();
    if (plan.name.isEmpty()) {
        plan.name = m_prompt->currentText();
    }
    QList<qint64> versions;
    for (int i = 0; i < m_versions->count(); ++i) {
        if (m_versions->item(i)->checkState() == Qt::Checked) {
            versions.append(m_versions->item(i)->data(kVersionIdRole).toLongLong());
        }
    }
    QList<std::pair<QString, QString>> models;
    for (int i = 0; i < m_models->count(); ++i) {
        models.append({m_models->item(i)->data(kProviderRole).toString(),
                       m_models->item(i)->data(kModelRole).toString()});
    }
    plan.targets = EvalPlan::grid(versions, models);
    plan.concurrency = m_concurrency->value();
    for (int row = 0; row < m_limits->rowCount(); ++row) {
        const RateLimits limits {qobject_cast<QSpinBox *>(m_limits->cellWidget(row, 0))->value(),
                                 qobject_cast<QSpinBox *>(m_limits->cellWidget(row, 1))->value()};
        if (!limits.isUnlimited()) {
            plan.limits.insert(m_limits->verticalHeaderItem(row)->text(), limits);
        }
    }
    return plan;
}

void EvalRunDialog::updateSummary()
{
    const EvalPlan current = plan();
    const QString problem = current.problem();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    if (!problem.isEmpty()) {
        m_summary->setText(problem);
        return;
    }
    const int cases = m_dataset->currentData(kCaseCountRole).toInt();
    const int columns = int(current.targets.size());
    m_summary->setText(
        tr("%1 × %2 = %n request(s), at most %3 at once.", nullptr, cases * columns)
            .arg(tr("%n column(s)", nullptr, columns), tr("%n case(s)", nullptr, cases))
            .arg(current.concurrency));
}

} // namespace pwb
