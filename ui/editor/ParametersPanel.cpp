#include "editor/ParametersPanel.h"

#include "common/PaletteColors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>

namespace pwb {

namespace {
const QString kJsonObject = QStringLiteral("json_object");
const QString kJsonSchema = QStringLiteral("json_schema");

// Stop sequences are edited one per line; a line break inside one is written \n.
QStringList stopSequencesFromText(const QString &text)
{
    QStringList result;
    for (const QString &line : text.split(u'\n')) {
        if (!line.isEmpty()) {
            QString sequence = line;
            sequence.replace(QStringLiteral("\\n"), QStringLiteral("\n"));
            result.append(sequence);
        }
    }
    return result;
}

QString textFromStopSequences(const QJsonArray &stops)
{
    QStringList lines;
    for (const QJsonValue &stop : stops) {
        QString line = stop.toString();
        line.replace(u'\n', QStringLiteral("\\n"));
        lines.append(line);
    }
    return lines.join(u'\n');
}
} // namespace

ParametersPanel::ParametersPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("parametersPanel"));

    m_provider = new QComboBox;
    m_provider->setObjectName(QStringLiteral("providerBox"));
    m_model = new QComboBox;
    m_model->setObjectName(QStringLiteral("modelBox"));
    m_model->setEditable(true);
    m_model->setInsertPolicy(QComboBox::NoInsert);
    m_model->lineEdit()->setPlaceholderText(tr("model name"));
    m_fetchModels = new QToolButton;
    m_fetchModels->setObjectName(QStringLiteral("fetchModels"));
    m_fetchModels->setText(tr("List"));
    m_fetchModels->setToolTip(tr("Fetch the provider's model list"));
    m_modelStatus = new QLabel;
    m_modelStatus->setObjectName(QStringLiteral("modelListStatus"));
    m_modelStatus->setEnabled(false);
    m_modelStatus->setWordWrap(true);
    auto *modelRow = new QHBoxLayout;
    modelRow->addWidget(m_model, 1);
    modelRow->addWidget(m_fetchModels);

    auto optionalRow = [this](QCheckBox *&check, const QString &label) -> QWidget * {
        check = new QCheckBox(label);
        check->setToolTip(tr("Unchecked: not sent; the provider's default applies."));
        connect(check, &QCheckBox::toggled, this, [this] {
            updateEnabledState();
            if (!m_loading) {
                Q_EMIT changed();
            }
        });
        return check;
    };

    m_temperature = new QDoubleSpinBox;
    m_temperature->setObjectName(QStringLiteral("temperature"));
    m_temperature->setRange(0.0, 2.0);
    m_temperature->setSingleStep(0.1);
    m_temperature->setDecimals(2);
    m_temperature->setValue(1.0);
    m_topP = new QDoubleSpinBox;
    m_topP->setObjectName(QStringLiteral("topP"));
    m_topP->setRange(0.0, 1.0);
    m_topP->setSingleStep(0.05);
    m_topP->setDecimals(2);
    m_topP->setValue(1.0);
    m_maxTokens = new QSpinBox;
    m_maxTokens->setObjectName(QStringLiteral("maxTokens"));
    m_maxTokens->setRange(1, 2'000'000);
    m_maxTokens->setValue(1024);
    m_seed = new QSpinBox;
    m_seed->setObjectName(QStringLiteral("seed"));
    m_seed->setRange(0, std::numeric_limits<int>::max());

    m_stop = new QPlainTextEdit;
    m_stop->setObjectName(QStringLiteral("stopSequences"));
    m_stop->setPlaceholderText(tr("One per line; write a line break as \\n"));
    m_stop->setTabChangesFocus(true);
    m_stop->setFixedHeight(m_stop->fontMetrics().lineSpacing() * 3 + 12);

    m_format = new QComboBox;
    m_format->setObjectName(QStringLiteral("responseFormat"));
    m_format->addItem(tr("Text"), QString());
    m_format->addItem(tr("JSON object"), kJsonObject);
    m_format->addItem(tr("JSON schema"), kJsonSchema);
    m_schema = new QPlainTextEdit;
    m_schema->setObjectName(QStringLiteral("jsonSchema"));
    m_schema->setPlaceholderText(
        tr("{\"type\": \"object\", \"properties\": {…}, \"required\": […]}"));
    m_schema->setTabChangesFocus(true);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    m_schema->setFont(mono);
    m_schemaError = new QLabel;
    m_schemaError->setObjectName(QStringLiteral("schemaError"));
    m_schemaError->setWordWrap(true);
    QPalette errorPalette = m_schemaError->palette();
    errorPalette.setColor(QPalette::WindowText, palette::errorText(errorPalette));
    m_schemaError->setPalette(errorPalette);
    m_schemaError->hide();

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Provider"), m_provider);
    form->addRow(tr("Model"), modelRow);
    form->addRow(QString(), m_modelStatus);
    form->addRow(optionalRow(m_temperatureSet, tr("Temperature")), m_temperature);
    form->addRow(optionalRow(m_topPSet, tr("Top P")), m_topP);
    form->addRow(optionalRow(m_maxTokensSet, tr("Max tokens")), m_maxTokens);
    form->addRow(optionalRow(m_seedSet, tr("Seed")), m_seed);
    form->addRow(tr("Stop sequences"), m_stop);
    form->addRow(tr("Response format"), m_format);
    form->addRow(tr("JSON schema"), m_schema);
    form->addRow(QString(), m_schemaError);

    const auto emitChanged = [this] {
        if (!m_loading) {
            Q_EMIT changed();
        }
    };
    connect(m_provider, &QComboBox::currentIndexChanged, this, [this, emitChanged] {
        if (!m_loading) {
            Q_EMIT providerChanged(providerId());
        }
        emitChanged();
    });
    connect(m_model, &QComboBox::currentTextChanged, this, emitChanged);
    connect(m_fetchModels, &QToolButton::clicked, this,
            [this] { Q_EMIT modelListRequested(providerId()); });
    for (QDoubleSpinBox *box : {m_temperature, m_topP}) {
        connect(box, &QDoubleSpinBox::valueChanged, this, emitChanged);
    }
    for (QSpinBox *box : {m_maxTokens, m_seed}) {
        connect(box, &QSpinBox::valueChanged, this, emitChanged);
    }
    connect(m_stop, &QPlainTextEdit::textChanged, this, emitChanged);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this, emitChanged] {
        updateEnabledState();
        validateSchema();
        emitChanged();
    });
    connect(m_schema, &QPlainTextEdit::textChanged, this, [this, emitChanged] {
        validateSchema();
        emitChanged();
    });
    updateEnabledState();
}

void ParametersPanel::setProviders(const QList<QPair<QString, QString>> &providers)
{
    const QString current = providerId();
    const QSignalBlocker quiet(m_provider);
    m_provider->clear();
    for (const auto &[id, name] : providers) {
        m_provider->addItem(name, id);
    }
    const int index = m_provider->findData(current);
    m_provider->setCurrentIndex(index >= 0 ? index : 0);
}

void ParametersPanel::setModelSuggestions(const QStringList &models)
{
    const QString current = model();
    const QSignalBlocker quiet(m_model);
    m_model->clear();
    m_model->addItems(models);
    m_model->setCurrentText(current);
}

void ParametersPanel::setModelListStatus(const QString &status)
{
    m_modelStatus->setText(status);
    m_modelStatus->setVisible(!status.isEmpty());
}

QString ParametersPanel::providerId() const
{
    return m_provider->currentData().toString();
}

QString ParametersPanel::model() const
{
    return m_model->currentText().trimmed();
}

QJsonObject ParametersPanel::parameters() const
{
    QJsonObject parameters;
    if (m_temperatureSet->isChecked()) {
        parameters.insert(QStringLiteral("temperature"), m_temperature->value());
    }
    if (m_topPSet->isChecked()) {
        parameters.insert(QStringLiteral("top_p"), m_topP->value());
    }
    if (m_maxTokensSet->isChecked()) {
        parameters.insert(QStringLiteral("max_tokens"), m_maxTokens->value());
    }
    if (m_seedSet->isChecked()) {
        parameters.insert(QStringLiteral("seed"), m_seed->value());
    }
    const QStringList stops = stopSequencesFromText(m_stop->toPlainText());
    if (!stops.isEmpty()) {
        parameters.insert(QStringLiteral("stop"), QJsonArray::fromStringList(stops));
    }
    const QString format = m_format->currentData().toString();
    if (!format.isEmpty()) {
        parameters.insert(QStringLiteral("response_format"), format);
    }
    if (format == kJsonSchema) {
        const QJsonDocument schema = QJsonDocument::fromJson(m_schema->toPlainText().toUtf8());
        if (schema.isObject()) {
            parameters.insert(QStringLiteral("json_schema"), schema.object());
        }
    }
    return parameters;
}

void ParametersPanel::setValues(const QString &providerId, const QString &model,
                                const QJsonObject &parameters)
{
    m_loading = true;
    int providerIndex = m_provider->findData(providerId);
    if (providerIndex < 0 && !providerId.isEmpty()) {
        // A provider this workspace no longer has: shown, so the binding is not silently lost.
        m_provider->addItem(tr("%1 (not configured)").arg(providerId), providerId);
        providerIndex = m_provider->count() - 1;
    }
    m_provider->setCurrentIndex(qMax(0, providerIndex));
    m_model->setCurrentText(model);
    auto load = [&parameters](QCheckBox *check, auto *box, const char *key) {
        const QJsonValue value = parameters.value(QLatin1String(key));
        check->setChecked(value.isDouble());
        if (value.isDouble()) {
            box->setValue(value.toDouble());
        }
    };
    load(m_temperatureSet, m_temperature, "temperature");
    load(m_topPSet, m_topP, "top_p");
    load(m_maxTokensSet, m_maxTokens, "max_tokens");
    load(m_seedSet, m_seed, "seed");
    const QString stops = textFromStopSequences(parameters.value(u"stop").toArray());
    if (m_stop->toPlainText() != stops) {
        m_stop->setPlainText(stops);
    }
    m_format->setCurrentIndex(
        qMax(0, m_format->findData(parameters.value(u"response_format").toString())));
    const QJsonObject schema = parameters.value(u"json_schema").toObject();
    const QString schemaText = schema.isEmpty()
        ? QString()
        : QString::fromUtf8(QJsonDocument(schema).toJson(QJsonDocument::Indented)).trimmed();
    // Only replaced when it means something else, so a half-typed schema keeps its layout.
    if (QJsonDocument::fromJson(m_schema->toPlainText().toUtf8()).object() != schema) {
        m_schema->setPlainText(schemaText);
    }
    m_loading = false;
    updateEnabledState();
    validateSchema();
}

QString ParametersPanel::validationError() const
{
    return m_schemaError->isVisible() ? m_schemaError->text() : QString();
}

void ParametersPanel::updateEnabledState()
{
    m_temperature->setEnabled(m_temperatureSet->isChecked());
    m_topP->setEnabled(m_topPSet->isChecked());
    m_maxTokens->setEnabled(m_maxTokensSet->isChecked());
    m_seed->setEnabled(m_seedSet->isChecked());
    m_schema->setEnabled(m_format->currentData().toString() == kJsonSchema);
}

void ParametersPanel::validateSchema()
{
    QString error;
    if (m_format->currentData().toString() == kJsonSchema) {
        const QByteArray text = m_schema->toPlainText().toUtf8();
        QJsonParseError parseError;
        const QJsonDocument schema = QJsonDocument::fromJson(text, &parseError);
        if (text.trimmed().isEmpty()) {
            error = tr("Write the JSON schema the reply must follow.");
        } else if (parseError.error != QJsonParseError::NoError) {
            const QByteArray before = text.left(parseError.offset);
            const int line = int(before.count('\n')) + 1;
            const int column = int(parseError.offset - (before.lastIndexOf('\n') + 1)) + 1;
            error = tr("JSON schema, line %1, column %2: %3")
                        .arg(line)
                        .arg(column)
                        .arg(parseError.errorString());
        } else if (!schema.isObject()) {
            error = tr("The JSON schema must be an object.");
        }
    }
    m_schemaError->setText(error);
    m_schemaError->setVisible(!error.isEmpty());
}

} // namespace pwb
