#include "providers/ProviderForm.h"

#include "providers/InlineMessage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pwb {

namespace {

QSpinBox *secondsBox(const QString &objectName)
{
    auto *box = new QSpinBox;
    box->setObjectName(objectName);
    box->setRange(0, 24 * 3600);
    box->setSpecialValueText(ProviderForm::tr("none"));
    box->setSuffix(ProviderForm::tr(" s"));
    return box;
}

int toSeconds(int ms)
{
    return (ms + 500) / 1000;
}

} // namespace

ProviderForm::ProviderForm(QWidget *parent)
    : QWidget(parent)
{
    using Field = ProviderDirectory::FieldError::Field;
    setObjectName(QStringLiteral("providerForm"));

    m_id = new QLineEdit;
    m_id->setObjectName(QStringLiteral("providerIdEdit"));
    m_id->setPlaceholderText(tr("lowercase letters, digits and -, e.g. my-vllm"));
    m_displayName = new QLineEdit;
    m_displayName->setObjectName(QStringLiteral("providerNameEdit"));
    m_displayName->setPlaceholderText(tr("shown in menus; the id if empty"));
    m_format = new QComboBox;
    m_format->setObjectName(QStringLiteral("providerFormatCombo"));
    m_format->addItem(tr("OpenAI chat completions (and compatible servers)"),
                      int(ApiFormat::OpenAiChat));
    m_format->addItem(tr("OpenAI Responses"), int(ApiFormat::OpenAiResponses));
    m_format->addItem(tr("Anthropic Messages"), int(ApiFormat::Anthropic));
    m_format->addItem(tr("Google Gemini"), int(ApiFormat::Gemini));
    m_format->addItem(tr("Ollama (native API)"), int(ApiFormat::Ollama));
    m_baseUrl = new QLineEdit;
    m_baseUrl->setObjectName(QStringLiteral("providerBaseUrlEdit"));
    m_baseUrl->setPlaceholderText(tr("e.g. http://localhost:8000/v1"));
    m_model = new QComboBox;
    m_model->setObjectName(QStringLiteral("providerModelCombo"));
    m_model->setEditable(true);
    m_model->setInsertPolicy(QComboBox::NoInsert);
    m_model->lineEdit()->setPlaceholderText(tr("Test connection lists the models"));
    m_keyVariable = new QLineEdit;
    m_keyVariable->setObjectName(QStringLiteral("providerKeyVariableEdit"));
    m_keyVariable->setPlaceholderText(tr("e.g. OPENAI_API_KEY; empty: none"));
    connect(m_keyVariable, &QLineEdit::editingFinished, this, &ProviderForm::keyVariableEdited);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addRow = [&](const QString &label, QWidget *field, std::optional<Field> error,
                      const QString &errorName) {
        form->addRow(label, field);
        if (error) {
            form->addRow(QString(), errorLabel(*error, errorName));
        }
    };
    addRow(tr("&Id:"), m_id, Field::Id, QStringLiteral("providerIdError"));
    addRow(tr("&Display name:"), m_displayName, std::nullopt, {});
    addRow(tr("&Type:"), m_format, std::nullopt, {});
    addRow(tr("&Base URL:"), m_baseUrl, Field::BaseUrl, QStringLiteral("providerBaseUrlError"));
    addRow(tr("Default &model:"), m_model, std::nullopt, {});
    addRow(tr("Key &variable:"), m_keyVariable, Field::ApiKeyVariable,
           QStringLiteral("providerKeyVariableError"));

    m_headers = new QTableWidget(0, 2);
    m_headers->setObjectName(QStringLiteral("providerHeadersTable"));
    m_headers->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->verticalHeader()->hide();
    m_headers->setMinimumHeight(90);
    m_headers->setToolTip(tr("Sent with every request, e.g. HTTP-Referer for OpenRouter. "
                             "Secrets are refused here: the API key belongs in the keychain."));
    auto *addHeader = new QPushButton(tr("Add header"));
    addHeader->setObjectName(QStringLiteral("providerAddHeaderButton"));
    m_removeHeader = new QPushButton(tr("Remove header"));
    m_removeHeader->setObjectName(QStringLiteral("providerRemoveHeaderButton"));
    m_removeHeader->setEnabled(false);
    connect(addHeader, &QPushButton::clicked, this, [this] {
        addHeaderRow({}, {});
        m_headers->setCurrentCell(m_headers->rowCount() - 1, 0);
        m_headers->editItem(m_headers->item(m_headers->rowCount() - 1, 0));
    });
    connect(m_removeHeader, &QPushButton::clicked, this, [this] {
        if (m_headers->currentRow() >= 0) {
            m_headers->removeRow(m_headers->currentRow());
        }
    });
    connect(m_headers, &QTableWidget::currentCellChanged, this,
            [this](int row) { m_removeHeader->setEnabled(row >= 0); });
    auto *headerButtons = new QHBoxLayout;
    headerButtons->addWidget(addHeader);
    headerButtons->addWidget(m_removeHeader);
    headerButtons->addStretch();
    auto *headersBox = new QGroupBox(tr("Extra headers"));
    auto *headersLayout = new QVBoxLayout(headersBox);
    headersLayout->addWidget(m_headers, 1);
    headersLayout->addLayout(headerButtons);
    headersLayout->addWidget(errorLabel(Field::Headers, QStringLiteral("providerHeadersError")));

    m_connectTimeout = secondsBox(QStringLiteral("providerConnectTimeout"));
    m_firstTokenTimeout = secondsBox(QStringLiteral("providerFirstTokenTimeout"));
    m_idleTimeout = secondsBox(QStringLiteral("providerIdleTimeout"));
    m_totalTimeout = secondsBox(QStringLiteral("providerTotalTimeout"));
    auto *timeoutsBox = new QGroupBox(tr("Timeouts"));
    auto *timeouts = new QFormLayout(timeoutsBox);
    timeouts->addRow(tr("Connect:"), m_connectTimeout);
    timeouts->addRow(tr("First token:"), m_firstTokenTimeout);
    timeouts->addRow(tr("Idle:"), m_idleTimeout);
    timeouts->addRow(tr("Total:"), m_totalTimeout);
    timeouts->addRow(errorLabel(Field::Timeouts, QStringLiteral("providerTimeoutsError")));

    auto *lower = new QHBoxLayout;
    lower->addWidget(headersBox, 3);
    lower->addWidget(timeoutsBox, 2);

    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addLayout(form);
    m_layout->addLayout(lower, 1);
}

QLabel *ProviderForm::errorLabel(ProviderDirectory::FieldError::Field field,
                                 const QString &objectName)
{
    QLabel *label = makeInlineMessage(objectName);
    m_errors.insert(field, label);
    return label;
}

void ProviderForm::addHeaderRow(const QString &name, const QString &value)
{
    const int row = m_headers->rowCount();
    m_headers->insertRow(row);
    m_headers->setItem(row, 0, new QTableWidgetItem(name));
    m_headers->setItem(row, 1, new QTableWidgetItem(value));
}

void ProviderForm::setConfig(const ProviderConfig &config, bool idEditable)
{
    m_id->setText(config.id);
    setIdEditable(idEditable);
    m_displayName->setText(config.displayName);
    m_format->setCurrentIndex(qMax(0, m_format->findData(int(config.format))));
    m_baseUrl->setText(config.baseUrl.toString());
    m_model->clear();
    m_model->setCurrentText(config.defaultModel);
    m_keyVariable->setText(config.apiKeyEnvironmentVariable);
    m_headers->setRowCount(0);
    for (const auto &[name, value] : config.extraHeaders) {
        addHeaderRow(QString::fromLatin1(name), QString::fromUtf8(value));
    }
    m_connectTimeout->setValue(toSeconds(config.timeouts.connectMs));
    m_firstTokenTimeout->setValue(toSeconds(config.timeouts.firstTokenMs));
    m_idleTimeout->setValue(toSeconds(config.timeouts.idleMs));
    m_totalTimeout->setValue(toSeconds(config.timeouts.totalMs));
    clearErrors();
}

void ProviderForm::insertBelowFields(QWidget *section)
{
    m_layout->insertWidget(1, section);
}

void ProviderForm::setIdEditable(bool editable)
{
    m_id->setReadOnly(!editable);
}

ProviderConfig ProviderForm::config() const
{
    ProviderConfig config;
    config.id = m_id->text().trimmed();
    config.displayName = m_displayName->text().trimmed();
    config.format = ApiFormat(m_format->currentData().toInt());
    config.baseUrl = QUrl(m_baseUrl->text().trimmed(), QUrl::StrictMode);
    config.defaultModel = m_model->currentText().trimmed();
    config.apiKeyEnvironmentVariable = m_keyVariable->text().trimmed();
    for (int row = 0; row < m_headers->rowCount(); ++row) {
        const QString name =
            m_headers->item(row, 0) ? m_headers->item(row, 0)->text().trimmed() : QString();
        const QString value =
            m_headers->item(row, 1) ? m_headers->item(row, 1)->text().trimmed() : QString();
        if (!name.isEmpty() || !value.isEmpty()) {
            config.extraHeaders.append({name.toLatin1(), value.toUtf8()});
        }
    }
    config.timeouts.connectMs = m_connectTimeout->value() * 1000;
    config.timeouts.firstTokenMs = m_firstTokenTimeout->value() * 1000;
    config.timeouts.idleMs = m_idleTimeout->value() * 1000;
    config.timeouts.totalMs = m_totalTimeout->value() * 1000;
    return config;
}

void ProviderForm::showErrors(const QList<ProviderDirectory::FieldError> &errors)
{
    clearErrors();
    for (const ProviderDirectory::FieldError &error : errors) {
        QLabel *label = m_errors.value(error.field);
        const QString text =
            label->text().isEmpty() ? QString() : label->text() + QLatin1Char('\n');
        showInlineMessage(label, text + error.message, true);
    }
}

void ProviderForm::clearErrors()
{
    for (QLabel *label : std::as_const(m_errors)) {
        showInlineMessage(label, {}, true);
    }
}

void ProviderForm::setModels(const QStringList &models)
{
    const QString typed = m_model->currentText();
    m_model->clear();
    m_model->addItems(models);
    m_model->setCurrentText(typed);
}

} // namespace pwb
