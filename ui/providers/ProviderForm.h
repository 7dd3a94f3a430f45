#pragma once

#include "providers/ProviderDirectory.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QVBoxLayout;

namespace pwb {

// The non-secret settings of one provider as form fields, with an error line under each field
// that validation can fill. Knows nothing of keys, storage or the network.
class ProviderForm : public QWidget
{
    Q_OBJECT

public:
    explicit ProviderForm(QWidget *parent = nullptr);

    // Fills the fields; the id can be typed only for a provider not yet saved.
    void setConfig(const ProviderConfig &config, bool idEditable);
    void setIdEditable(bool editable);
    // Places `section` between the main fields and the headers and timeouts.
    void insertBelowFields(QWidget *section);
    // The fields as settings (apiKey empty). An unparsable URL becomes an invalid QUrl.
    ProviderConfig config() const;

    void showErrors(const QList<ProviderDirectory::FieldError> &errors);
    void clearErrors();

    // The models the provider offers, for the default-model combo; what is typed there stays.
    void setModels(const QStringList &models);
    QComboBox *modelCombo() const { return m_model; }

Q_SIGNALS:
    // The user changed the environment variable the key is read from.
    void keyVariableEdited();

private:
    void addHeaderRow(const QString &name, const QString &value);
    QLabel *errorLabel(ProviderDirectory::FieldError::Field field, const QString &objectName);

    QVBoxLayout *m_layout;
    QLineEdit *m_id;
    QLineEdit *m_displayName;
    QComboBox *m_format;
    QLineEdit *m_baseUrl;
    QComboBox *m_model;
    QLineEdit *m_keyVariable;
    QTableWidget *m_headers;
    QPushButton *m_removeHeader;
    QSpinBox *m_connectTimeout;
    QSpinBox *m_firstTokenTimeout;
    QSpinBox *m_idleTimeout;
    QSpinBox *m_totalTimeout;
    QHash<ProviderDirectory::FieldError::Field, QLabel *> m_errors;
};

} // namespace pwb
