#pragma once

#include "eval/EvalPlan.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTableWidget;

namespace pwb {

class Database;
class PromptRepository;
class ProviderDirectory;

// Sets up an eval run: the dataset, the prompt versions and the models (every version goes to
// every model), how many requests at once and each provider's requests and tokens per minute.
// Says how many requests that makes, and what is missing before it can run.
class EvalRunDialog : public QDialog
{
    Q_OBJECT

public:
    EvalRunDialog(Database &database, PromptRepository &prompts, ProviderDirectory &providers,
                  QWidget *parent = nullptr);

    // Starts from this prompt (its newest version checked, its model listed) and dataset.
    void preset(std::optional<qint64> promptId, std::optional<qint64> datasetId);
    void addModel(const QString &providerId, const QString &model);

    EvalPlan plan() const;

    QComboBox *datasetBox() const { return m_dataset; }
    QComboBox *promptBox() const { return m_prompt; }
    QListWidget *versionList() const { return m_versions; }
    QListWidget *modelList() const { return m_models; }
    QComboBox *providerBox() const { return m_provider; }
    QComboBox *modelBox() const { return m_model; }
    QSpinBox *concurrencyBox() const { return m_concurrency; }
    QTableWidget *limitsTable() const { return m_limits; }
    QLabel *summaryLabel() const { return m_summary; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void fillPrompts();
    void fillVersions();
    void addTypedModel();
    void removeSelectedModels();
    void syncLimits();
    void updateSummary();

    Database &m_database;
    PromptRepository &m_prompts;
    ProviderDirectory &m_providers;
    QLineEdit *m_name = nullptr;
    QComboBox *m_dataset = nullptr;
    QComboBox *m_prompt = nullptr;
    QListWidget *m_versions = nullptr;
    QListWidget *m_models = nullptr;
    QComboBox *m_provider = nullptr;
    QComboBox *m_model = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QTableWidget *m_limits = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace pwb
