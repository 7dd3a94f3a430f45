#pragma once

#include "providers/ProviderConfig.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QNetworkAccessManager;
class QPushButton;
class QWidget;

namespace pwb {

class ApiKeyField;
class ApiKeyResolver;
class ModelListFetcher;
class ProviderDirectory;
class ProviderForm;

// Edit > Providers and Keys: the providers the app offers (the built-in ones too, so adding a
// key to "openai" is all most people do), add / edit / remove, each provider's key, and "Test
// connection", which lists the provider's models. Nothing here is modal: errors and questions
// appear inline. Settings go to the workspace through `directory`, keys through `keys`.
class ProvidersDialog : public QDialog
{
    Q_OBJECT

public:
    ProvidersDialog(ProviderDirectory *directory, ApiKeyResolver *keys,
                    QNetworkAccessManager *network, QWidget *parent = nullptr);

    // Shows `id` (a built-in or saved provider) in the form.
    void selectProvider(const QString &id);
    QString currentProviderId() const { return m_currentId; }

private:
    void reloadList(const QString &selectId); // and shows the selected provider
    void fillList(const QString &selectId);
    void showProvider(const QString &id);
    void startAdding();
    void save();
    void askRemove();
    void confirmRemove();
    void testConnection();
    void setTestResult(const QString &text, bool isError);
    void updateButtons();

    ProviderDirectory *m_directory;
    ApiKeyResolver *m_keys;
    ModelListFetcher *m_fetcher;
    QString m_currentId; // empty while a new provider is being added
    bool m_adding = false;
    quint64 m_testGeneration = 0; // a key answer for an earlier test is dropped

    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QWidget *m_removeBar;
    QLabel *m_removeQuestion;
    ProviderForm *m_form;
    ApiKeyField *m_keyField;
    QPushButton *m_test;
    QLabel *m_testResult;
    QPushButton *m_save;
    QPushButton *m_revert;
    QLabel *m_saveResult;
};

} // namespace pwb
