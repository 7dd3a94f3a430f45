#include "secrets/KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

namespace pwb {

namespace {

SecretStore::Status statusFor(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretStore::Status::Ok;
    case QKeychain::EntryNotFound:
        return SecretStore::Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretStore::Status::Unavailable;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return SecretStore::Status::Denied;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return SecretStore::Status::Failed;
}

// Starts `job` and answers `done` once when it finishes; the job deletes itself. Jobs have no
// parent on purpose: QtKeychain's libsecret backend calls back into a job after its GIO call
// returns even when the job was deleted meanwhile, so a job deleted with its store (a store
// gone before the keychain answered) crashed the program later.
void runJob(QKeychain::Job *job, SecretStore::Callback done,
            std::function<QString(QKeychain::Job *)> secretOf = {})
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QObject::connect(
        job, &QKeychain::Job::finished, job,
        [done = std::move(done), secretOf = std::move(secretOf)](QKeychain::Job *finished) {
            SecretStore::Result result;
            result.status = statusFor(finished->error());
            if (result.status == SecretStore::Status::Ok && secretOf) {
                result.secret = secretOf(finished);
            } else if (result.status != SecretStore::Status::Ok) {
                result.message = finished->errorString();
            }
            done(result);
        });
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{ }

QString KeychainSecretStore::defaultServiceName()
{
    return QStringLiteral("Prompt Workbench");
}

void KeychainSecretStore::read(const QString &key, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    runJob(job, std::move(done), [](QKeychain::Job *finished) {
        return static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
    });
}

void KeychainSecretStore::write(const QString &key, const QString &secret, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(secret);
    runJob(job, std::move(done));
}

void KeychainSecretStore::remove(const QString &key, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    runJob(job, std::move(done));
}

} // namespace pwb
