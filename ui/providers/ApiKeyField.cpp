#include "providers/ApiKeyField.h"

#include "providers/InlineMessage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pwb {

ApiKeyField::ApiKeyField(ApiKeyResolver *keys, QWidget *parent)
    : QGroupBox(tr("API key"), parent)
    , m_keys(keys)
{
    setObjectName(QStringLiteral("apiKeyField"));
    m_key = new QLineEdit;
    m_key->setObjectName(QStringLiteral("apiKeyEdit"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("Paste a new key to store it"));
    m_key->setClearButtonEnabled(true);
    m_show = new QPushButton(tr("Show"));
    m_show->setObjectName(QStringLiteral("apiKeyShowButton"));
    m_show->setCheckable(true);
    m_save = new QPushButton(tr("Save key"));
    m_save->setObjectName(QStringLiteral("apiKeySaveButton"));
    m_remove = new QPushButton(tr("Remove key"));
    m_remove->setObjectName(QStringLiteral("apiKeyRemoveButton"));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("apiKeyStatus"));
    m_status->setWordWrap(true);
    m_error = makeInlineMessage(QStringLiteral("apiKeyError"));

    connect(m_show, &QPushButton::toggled, this, [this](bool shown) {
        m_key->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_show->setText(shown ? tr("Hide") : tr("Show"));
    });
    connect(m_key, &QLineEdit::textChanged, this, &ApiKeyField::updateButtons);
    connect(m_save, &QPushButton::clicked, this, [this] { saveTypedKey(); });
    connect(m_remove, &QPushButton::clicked, this, &ApiKeyField::removeKey);
    // Another window may have stored or removed this key.
    connect(m_keys, &ApiKeyResolver::keyChanged, this, [this](const QString &providerId) {
        if (providerId == m_provider.id && m_saved) {
            refreshStatus();
        }
    });

    auto *row = new QHBoxLayout;
    row->addWidget(m_key, 1);
    row->addWidget(m_show);
    row->addWidget(m_save);
    row->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    updateButtons();
}

void ApiKeyField::setProvider(const ProviderConfig &provider, bool saved)
{
    m_provider = provider;
    m_saved = saved;
    m_key->clear();
    m_show->setChecked(false);
    showError({});
    m_status->setText(tr("Looking for the key…"));
    refreshStatus();
}

void ApiKeyField::updateSettings(const ProviderConfig &provider, bool saved)
{
    m_provider = provider;
    m_saved = saved;
    updateButtons();
    refreshStatus();
}

void ApiKeyField::refreshStatus()
{
    const quint64 generation = ++m_generation;
    if (!m_saved) {
        m_status->setText(tr("A key typed here is stored when the provider is saved."));
        return;
    }
    m_keys->resolve(m_provider, this, [this, generation](const ResolvedApiKey &resolved) {
        if (generation == m_generation) {
            showStatus(resolved);
        }
    });
}

void ApiKeyField::showStatus(const ResolvedApiKey &resolved)
{
    QStringList sentences {resolved.description() + QLatin1Char('.')};
    if (resolved.source == ResolvedApiKey::Source::Environment) {
        sentences << tr("It takes precedence over a key stored here.");
    } else if (!resolved.found() && !m_provider.apiKeyEnvironmentVariable.isEmpty()) {
        sentences << tr("%1 is not set.").arg(m_provider.apiKeyEnvironmentVariable);
    }
    if (!resolved.found() && !ApiKeyResolver::needsApiKey(m_provider)) {
        sentences << tr("This provider usually works without one.");
    }
    m_status->setText(sentences.join(QLatin1Char(' ')));
}

void ApiKeyField::showError(const QString &message)
{
    showInlineMessage(m_error, message, true);
}

void ApiKeyField::updateButtons()
{
    m_save->setEnabled(m_saved && !m_busy && !m_key->text().trimmed().isEmpty());
    m_remove->setEnabled(m_saved && !m_busy);
    m_save->setToolTip(m_saved ? QString()
                               : tr("Save the provider first; its key is stored then."));
}

QString ApiKeyField::typedKey() const
{
    return m_key->text().trimmed();
}

void ApiKeyField::saveTypedKey(std::function<void(bool)> done)
{
    if (typedKey().isEmpty()) {
        if (done) {
            done(true);
        }
        return;
    }
    m_busy = true;
    updateButtons();
    showError({});
    const QString providerId = m_provider.id;
    m_keys->saveKey(providerId, typedKey(), this,
                    [this, providerId, done](const Result<ResolvedApiKey::Source> &saved) {
                        m_busy = false;
                        if (saved && providerId == m_provider.id) {
                            m_key->clear(); // stored: no copy stays in the widget
                        } else if (!saved) {
                            showError(saved.error());
                        }
                        updateButtons();
                        refreshStatus();
                        if (done) {
                            done(saved.ok());
                        }
                    });
}

void ApiKeyField::removeKey()
{
    m_busy = true;
    updateButtons();
    showError({});
    m_keys->removeKey(m_provider.id, this, [this](const Result<ResolvedApiKey::Source> &removed) {
        m_busy = false;
        if (!removed) {
            showError(removed.error());
        }
        updateButtons();
        refreshStatus();
    });
}

} // namespace pwb
