#pragma once

#include "secrets/SecretStore.h"

namespace pwb {

// SecretStore on the operating system's keychain (Secret Service on Linux, Keychain on macOS,
// Credential Manager on Windows) through QtKeychain. The insecure plaintext fallback is off:
// when no keychain answers, the caller is told (Status::Unavailable) and decides what to do.
// A call still answers when the store is destroyed before the keychain does.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    // `service` groups our entries in the keychain (shown to the user by keychain managers).
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);

    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QString &secret, Callback done) override;
    void remove(const QString &key, Callback done) override;

    static QString defaultServiceName();

private:
    QString m_service;
};

} // namespace pwb
