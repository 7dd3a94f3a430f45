#pragma once

#include "providers/ApiKeyResolver.h"

#include <QGroupBox>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace pwb {

// A provider's API key: a masked field (with show/hide) to type a new one, Save key / Remove key
// writing through ApiKeyResolver (the keychain, or this session when none is reachable), and a
// line saying where the key in use comes from. The stored key is never loaded into the field.
class ApiKeyField : public QGroupBox
{
    Q_OBJECT

public:
    explicit ApiKeyField(ApiKeyResolver *keys, QWidget *parent = nullptr);

    // Shows `provider`'s key status. `saved`: the provider exists, so a key can be stored for
    // it now (a new provider's key is stored when the provider is saved).
    void setProvider(const ProviderConfig &provider, bool saved);
    // The same provider with edited settings (another key variable, or now saved): the typed
    // key stays.
    void updateSettings(const ProviderConfig &provider, bool saved);
    void refreshStatus();

    QString typedKey() const;
    // Stores the typed key for the current provider, if one was typed; `done(ok)` afterwards.
    void saveTypedKey(std::function<void(bool)> done = {});

private:
    void removeKey();
    void showStatus(const ResolvedApiKey &resolved);
    void showError(const QString &message);
    void updateButtons();

    ApiKeyResolver *m_keys;
    ProviderConfig m_provider;
    bool m_saved = false;
    quint64 m_generation = 0; // answers for an earlier provider are dropped
    bool m_busy = false;
    QLineEdit *m_key;
    QPushButton *m_show;
    QPushButton *m_save;
    QPushButton *m_remove;
    QLabel *m_status;
    QLabel *m_error;
};

} // namespace pwb
