#pragma once

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;
class QToolButton;

namespace pwb {

// The model a prompt runs on and its sampling parameters. Every parameter can be left unset
// (its checkbox off): unset parameters are not sent, so the provider's default applies — which
// is not the same as sending the default value, and the panel keeps that difference visible.
// Parameters are stored as a JSON object: temperature, top_p, max_tokens, seed, stop (array),
// response_format ("json_object" | "json_schema") and json_schema (object).
class ParametersPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ParametersPanel(QWidget *parent = nullptr);

    // The providers the user may choose: id and name shown.
    void setProviders(const QList<QPair<QString, QString>> &providers);
    void setModelSuggestions(const QStringList &models);
    void setModelListStatus(const QString &status);

    QString providerId() const;
    QString model() const;
    QJsonObject parameters() const;
    void setValues(const QString &providerId, const QString &model, const QJsonObject &parameters);

    // A problem with the values as typed (JSON schema that does not parse), or empty.
    QString validationError() const;

    QComboBox *providerBox() const { return m_provider; }
    QComboBox *modelBox() const { return m_model; }
    QDoubleSpinBox *temperatureBox() const { return m_temperature; }
    QCheckBox *temperatureSet() const { return m_temperatureSet; }
    QSpinBox *maxTokensBox() const { return m_maxTokens; }
    QCheckBox *maxTokensSet() const { return m_maxTokensSet; }
    QPlainTextEdit *stopEdit() const { return m_stop; }
    QComboBox *responseFormatBox() const { return m_format; }
    QPlainTextEdit *schemaEdit() const { return m_schema; }

Q_SIGNALS:
    void changed();
    void providerChanged(const QString &providerId);
    void modelListRequested(const QString &providerId);

private:
    void updateEnabledState();
    void validateSchema();

    QComboBox *m_provider = nullptr;
    QComboBox *m_model = nullptr;
    QToolButton *m_fetchModels = nullptr;
    QLabel *m_modelStatus = nullptr;
    QCheckBox *m_temperatureSet = nullptr;
    QDoubleSpinBox *m_temperature = nullptr;
    QCheckBox *m_topPSet = nullptr;
    QDoubleSpinBox *m_topP = nullptr;
    QCheckBox *m_maxTokensSet = nullptr;
    QSpinBox *m_maxTokens = nullptr;
    QCheckBox *m_seedSet = nullptr;
    QSpinBox *m_seed = nullptr;
    QPlainTextEdit *m_stop = nullptr;
    QComboBox *m_format = nullptr;
    QPlainTextEdit *m_schema = nullptr;
    QLabel *m_schemaError = nullptr;
    bool m_loading = false;
};

} // namespace pwb
