#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace pwb {

// Where API keys live. The UI and the providers talk to this interface; the application wires
// the OS keychain behind it (app/secrets/KeychainSecretStore). Every call is asynchronous — a
// keychain may prompt the user — and answers exactly once, on the calling thread.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Ok,
        NotFound, // no secret under that key (not an error for a read)
        Unavailable, // no keychain reachable (no Secret Service, locked and no prompt possible)
        Denied, // the user or the keychain refused access
        Failed, // anything else; `message` says what
    };
    Q_ENUM(Status)

    struct Result
    {
        Status status = Status::Failed;
        QString secret; // only for a successful read
        QString message; // the keychain's own words when status is not Ok
    };
    using Callback = std::function<void(const Result &)>;

    using QObject::QObject;
    ~SecretStore() override;

    virtual void read(const QString &key, Callback done) = 0;
    virtual void write(const QString &key, const QString &secret, Callback done) = 0;
    virtual void remove(const QString &key, Callback done) = 0;

    static QString statusName(Status status);

    // Where a provider's API key is kept: one name for the GUI and the CLI.
    static QString apiKeyName(const QString &providerId)
    {
        return QStringLiteral("api-key/") + providerId;
    }
};

} // namespace pwb
