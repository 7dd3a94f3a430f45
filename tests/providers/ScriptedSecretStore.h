#pragma once

#include "secrets/SecretStore.h"

#include <QHash>
#include <QMetaObject>

namespace pwb::test {

// A keychain that cannot be reached, or refuses, as a SecretStore: the one case the real
// Secret Service under the test's D-Bus cannot show. Entries it holds are answered only when
// `status` is Ok; `writes` counts what it was asked to store (and did not).
class ScriptedSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit ScriptedSecretStore(Status answer, QString answerMessage, QObject *parent = nullptr)
        : SecretStore(parent)
        , status(answer)
        , message(std::move(answerMessage))
    { }

    Status status;
    QString message;
    QHash<QString, QString> entries;
    int writes = 0;
    bool answerInsideTheCall = false; // a store that answers synchronously (allowed by the API)

    void read(const QString &key, Callback done) override
    {
        Result result {status, {}, message};
        if (status == Status::Ok) {
            result = entries.contains(key) ? Result {Status::Ok, entries.value(key), {}}
                                           : Result {Status::NotFound, {}, {}};
        }
        answer(std::move(done), result);
    }
    void write(const QString &key, const QString &secret, Callback done) override
    {
        ++writes;
        if (status == Status::Ok) {
            entries.insert(key, secret);
        }
        answer(std::move(done), {status, {}, status == Status::Ok ? QString() : message});
    }
    void remove(const QString &key, Callback done) override
    {
        if (status == Status::Ok) {
            entries.remove(key);
        }
        answer(std::move(done), {status, {}, status == Status::Ok ? QString() : message});
    }

private:
    void answer(Callback done, const Result &result)
    {
        if (answerInsideTheCall) {
            done(result);
        } else {
            QMetaObject::invokeMethod(
                this, [done = std::move(done), result] { done(result); }, Qt::QueuedConnection);
        }
    }
};

} // namespace pwb::test
