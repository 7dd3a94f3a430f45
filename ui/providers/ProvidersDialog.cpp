#include "providers/ProvidersDialog.h"

#include "providers/ApiKeyField.h"
#include "providers/ApiKeyResolver.h"
#include "providers/InlineMessage.h"
#include "providers/ModelListFetcher.h"
#include "providers/ProviderDirectory.h"
#include "providers/ProviderForm.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace pwb {

namespace {

constexpr int kIdRole = Qt::UserRole;

QString listText(const ProviderConfig &config)
{
    return config.displayName.isEmpty() || config.displayName == config.id
        ? config.id
        : QStringLiteral("%1 (%2)").arg(config.displayName, config.id);
}

} // namespace

ProvidersDialog::ProvidersDialog(ProviderDirectory *directory, ApiKeyResolver *keys,
                                 QNetworkAccessManager *network, QWidget *parent)
    : QDialog(parent)
    , m_directory(directory)
    , m_keys(keys)
    , m_fetcher(new ModelListFetcher(network, this))
{
    setObjectName(QStringLiteral("providersDialog"));
    setWindowTitle(tr("Providers and Keys"));

    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("providerList"));
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_add = new QPushButton(tr("&Add"));
    m_add->setObjectName(QStringLiteral("providerAddButton"));
    m_remove = new QPushButton(tr("&Remove"));
    m_remove->setObjectName(QStringLiteral("providerRemoveButton"));

    // Asked in place rather than in a message box: the dialog stays usable while it shows.
    m_removeBar = new QWidget;
    m_removeBar->setObjectName(QStringLiteral("providerRemoveBar"));
    m_removeQuestion = new QLabel;
    m_removeQuestion->setWordWrap(true);
    auto *confirmRemove = new QPushButton(tr("Remove"));
    confirmRemove->setObjectName(QStringLiteral("providerConfirmRemoveButton"));
    auto *cancelRemove = new QPushButton(tr("Keep"));
    cancelRemove->setObjectName(QStringLiteral("providerCancelRemoveButton"));
    auto *removeLayout = new QVBoxLayout(m_removeBar);
    removeLayout->setContentsMargins(0, 0, 0, 0);
    removeLayout->addWidget(m_removeQuestion);
    auto *removeButtons = new QHBoxLayout;
    removeButtons->addWidget(confirmRemove);
    removeButtons->addWidget(cancelRemove);
    removeLayout->addLayout(removeButtons);
    m_removeBar->hide();

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(listButtons);
    leftLayout->addWidget(m_removeBar);

    m_form = new ProviderForm;
    m_keyField = new ApiKeyField(keys);
    m_test = new QPushButton(tr("&Test connection"));
    m_test->setObjectName(QStringLiteral("providerTestButton"));
    m_testResult = makeInlineMessage(QStringLiteral("providerTestResult"));
    m_save = new QPushButton(tr("&Save"));
    m_save->setObjectName(QStringLiteral("providerSaveButton"));
    m_revert = new QPushButton(tr("Re&vert"));
    m_revert->setObjectName(QStringLiteral("providerRevertButton"));
    m_saveResult = makeInlineMessage(QStringLiteral("providerSaveResult"));

    for (QPushButton *button : {m_test, m_save, m_revert}) {
        button->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    }
    auto *testRow = new QHBoxLayout;
    testRow->setContentsMargins(0, 0, 0, 0);
    testRow->addWidget(m_test, 0, Qt::AlignTop);
    testRow->addWidget(m_testResult, 1);
    testRow->addStretch(); // keeps the button small while there is no result
    auto *keyAndTest = new QWidget;
    auto *keyAndTestLayout = new QVBoxLayout(keyAndTest);
    keyAndTestLayout->setContentsMargins(0, 0, 0, 0);
    keyAndTestLayout->addWidget(m_keyField);
    keyAndTestLayout->addLayout(testRow);
    // The key and the test belong with the address: the headers and timeouts come after.
    m_form->insertBelowFields(keyAndTest);

    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_saveResult, 1);
    saveRow->addStretch();
    saveRow->addWidget(m_revert, 0, Qt::AlignTop);
    saveRow->addWidget(m_save, 0, Qt::AlignTop);
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_form, 1);
    rightLayout->addLayout(saveRow);

    auto *splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({260, 640});
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && !item->data(kIdRole).toString().isEmpty()) {
            showProvider(item->data(kIdRole).toString());
        }
    });
    connect(m_add, &QPushButton::clicked, this, &ProvidersDialog::startAdding);
    connect(m_remove, &QPushButton::clicked, this, &ProvidersDialog::askRemove);
    connect(confirmRemove, &QPushButton::clicked, this, &ProvidersDialog::confirmRemove);
    connect(cancelRemove, &QPushButton::clicked, m_removeBar, &QWidget::hide);
    connect(m_save, &QPushButton::clicked, this, &ProvidersDialog::save);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        if (m_adding) {
            startAdding();
        } else {
            showProvider(m_currentId);
        }
    });
    connect(m_test, &QPushButton::clicked, this, &ProvidersDialog::testConnection);
    connect(m_form, &ProviderForm::keyVariableEdited, this, [this] {
        ProviderConfig config = m_form->config();
        if (!m_adding) {
            config.id = m_currentId;
        }
        m_keyField->updateSettings(config, !m_adding);
    });
    connect(m_fetcher, &ModelListFetcher::modelsFetched, this, [this](const QStringList &models) {
        m_test->setEnabled(true);
        m_form->setModels(models);
        setTestResult(tr("Connected — %n models", nullptr, int(models.size())), false);
    });
    connect(m_fetcher, &ModelListFetcher::failed, this, [this](const QString &message) {
        m_test->setEnabled(true);
        setTestResult(message, true);
    });

    reloadList({});
    resize(920, 700);
}

void ProvidersDialog::selectProvider(const QString &id)
{
    reloadList(id);
}

void ProvidersDialog::reloadList(const QString &selectId)
{
    fillList(selectId);
    if (QListWidgetItem *item = m_list->currentItem()) {
        showProvider(item->data(kIdRole).toString());
    }
}

void ProvidersDialog::fillList(const QString &selectId)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int selectRow = 0;
    for (const ProviderConfig &config : m_directory->providers()) {
        auto *item = new QListWidgetItem(listText(config), m_list);
        item->setData(kIdRole, config.id);
        item->setToolTip(
            ProviderDirectory::isBuiltIn(config.id)
                ? tr("Built-in provider %1 at %2").arg(config.id, config.baseUrl.toString())
                : tr("Provider %1 at %2").arg(config.id, config.baseUrl.toString()));
        if (config.id == selectId) {
            selectRow = m_list->count() - 1;
        }
    }
    m_list->setCurrentRow(selectRow);
}

void ProvidersDialog::showProvider(const QString &id)
{
    const std::optional<ProviderConfig> config = m_directory->provider(id);
    if (!config) {
        return;
    }
    if (m_adding) {
        // The unsaved new provider is dropped when another one is picked.
        m_adding = false;
        for (int row = m_list->count() - 1; row >= 0; --row) {
            if (m_list->item(row)->data(kIdRole).toString().isEmpty()) {
                const QSignalBlocker blocker(m_list);
                delete m_list->takeItem(row);
            }
        }
    }
    m_currentId = id;
    ++m_testGeneration;
    m_form->setConfig(*config, false);
    m_keyField->setProvider(*config, true);
    m_fetcher->cancel();
    m_test->setEnabled(true);
    setTestResult({}, false);
    showInlineMessage(m_saveResult, {}, false);
    m_removeBar->hide();
    updateButtons();
}

void ProvidersDialog::startAdding()
{
    if (!m_adding) {
        const QSignalBlocker blocker(m_list);
        auto *item = new QListWidgetItem(tr("New provider"), m_list);
        m_list->setCurrentItem(item);
    }
    m_adding = true;
    m_currentId.clear();
    ++m_testGeneration;
    ProviderConfig config;
    config.format = ApiFormat::OpenAiChat;
    config.baseUrl = QUrl(QStringLiteral("http://localhost:8000/v1"));
    m_form->setConfig(config, true);
    m_keyField->setProvider(config, false);
    m_fetcher->cancel();
    m_test->setEnabled(true);
    setTestResult({}, false);
    showInlineMessage(m_saveResult, {}, false);
    m_removeBar->hide();
    updateButtons();
    if (auto *id = m_form->findChild<QLineEdit *>(QStringLiteral("providerIdEdit"))) {
        id->setFocus();
    }
}

void ProvidersDialog::save()
{
    const ProviderConfig config = m_form->config();
    const QString replacing = m_adding ? QString() : m_currentId;
    const QList<ProviderDirectory::FieldError> errors = m_directory->validate(config, replacing);
    m_form->showErrors(errors);
    if (!errors.isEmpty()) {
        showInlineMessage(m_saveResult, tr("Not saved: correct the fields marked above."), true);
        return;
    }
    if (const Result<void> saved = m_directory->save(config, replacing); !saved) {
        showInlineMessage(m_saveResult, saved.error(), true);
        return;
    }
    // The form stays as typed (the key field too, until its key is stored); only the list and
    // the "new" state change.
    m_adding = false;
    m_currentId = config.id;
    fillList(config.id);
    m_form->setIdEditable(false);
    m_keyField->updateSettings(config, true);
    updateButtons();
    if (m_keyField->typedKey().isEmpty()) {
        showInlineMessage(m_saveResult, tr("Saved \"%1\".").arg(config.id), false);
        return;
    }
    showInlineMessage(m_saveResult, tr("Saved \"%1\"; storing its key…").arg(config.id), false);
    m_keyField->saveTypedKey([this, id = config.id](bool stored) {
        showInlineMessage(m_saveResult,
                          stored
                              ? tr("Saved \"%1\" and its key.").arg(id)
                              : tr("Saved \"%1\", but not its key: see the key's message.").arg(id),
                          !stored);
    });
}

void ProvidersDialog::askRemove()
{
    if (m_adding) {
        reloadList({});
        return;
    }
    const std::optional<ProviderConfig> config = m_directory->provider(m_currentId);
    const QString name = config ? listText(*config) : m_currentId;
    m_removeQuestion->setText(
        ProviderDirectory::isBuiltIn(m_currentId)
            ? tr("Reset %1 to its built-in settings? Its API key stays.").arg(name)
            : tr("Remove %1 and its stored API key?").arg(name));
    showInlineMessage(m_saveResult, {}, false);
    m_removeBar->findChild<QPushButton *>(QStringLiteral("providerConfirmRemoveButton"))
        ->setText(ProviderDirectory::isBuiltIn(m_currentId) ? tr("Reset") : tr("Remove"));
    m_removeBar->show();
}

void ProvidersDialog::confirmRemove()
{
    m_removeBar->hide();
    const QString id = m_currentId;
    const bool builtIn = ProviderDirectory::isBuiltIn(id);
    if (const Result<void> removed = m_directory->remove(id); !removed) {
        showInlineMessage(m_saveResult, removed.error(), true);
        return;
    }
    reloadList(builtIn ? id : QString());
    if (builtIn) {
        showInlineMessage(m_saveResult, tr("\"%1\" has its built-in settings again.").arg(id),
                          false);
        return;
    }
    showInlineMessage(m_saveResult, tr("Removed \"%1\".").arg(id), false);
    m_keys->removeKey(id, this, [this, id](const Result<ResolvedApiKey::Source> &keyRemoved) {
        if (!keyRemoved) {
            showInlineMessage(m_saveResult,
                              tr("Removed \"%1\", but not its key: %2").arg(id, keyRemoved.error()),
                              true);
        }
    });
}

void ProvidersDialog::testConnection()
{
    ProviderConfig config = m_form->config();
    if (!m_adding) {
        config.id = m_currentId;
    }
    QList<ProviderDirectory::FieldError> urlErrors;
    for (const ProviderDirectory::FieldError &error :
         m_directory->validate(config, m_adding ? QString() : m_currentId)) {
        if (error.field == ProviderDirectory::FieldError::Field::BaseUrl ||
            error.field == ProviderDirectory::FieldError::Field::Headers) {
            urlErrors.append(error);
        }
    }
    m_form->showErrors(urlErrors);
    if (!urlErrors.isEmpty()) {
        setTestResult(urlErrors.constFirst().message, true);
        return;
    }
    m_test->setEnabled(false);
    setTestResult(tr("Connecting to %1…").arg(config.baseUrl.toDisplayString()), false);
    const quint64 generation = ++m_testGeneration;
    auto start = [this, generation, config](const QString &key) mutable {
        if (generation != m_testGeneration) {
            return;
        }
        config.apiKey = key;
        m_fetcher->fetch(config);
    };
    if (!m_keyField->typedKey().isEmpty()) {
        start(m_keyField->typedKey());
        return;
    }
    m_keys->resolve(config, this,
                    [start](const ResolvedApiKey &resolved) mutable { start(resolved.key); });
}

void ProvidersDialog::setTestResult(const QString &text, bool isError)
{
    showInlineMessage(m_testResult, text, isError);
}

void ProvidersDialog::updateButtons()
{
    const bool builtIn = !m_adding && ProviderDirectory::isBuiltIn(m_currentId);
    m_remove->setText(builtIn ? tr("&Reset") : tr("&Remove"));
    m_remove->setEnabled(m_adding || !builtIn || m_directory->hasSavedSettings(m_currentId));
    m_remove->setToolTip(builtIn ? tr("Return this built-in provider to its original settings")
                                 : QString());
    m_add->setEnabled(!m_adding);
}

} // namespace pwb
