#include "eval/EvalProviders.h"

#include "providers/ApiKeyResolver.h"
#include "providers/ProviderDirectory.h"

#include <QTimer>

#include <memory>

namespace pwb {

void EvalProviders::prepare(const ProviderDirectory &directory, ApiKeyResolver &keys,
                            const QStringList &ids, QObject *context, Done done)
{
    struct Pending
    {
        Providers providers;
        QString problem;
        int outstanding = 0;
        Done done;
    };
    auto pending = std::make_shared<Pending>();
    pending->done = std::move(done);
    QList<ProviderConfig> known;
    for (const QString &id : ids) {
        const std::optional<ProviderConfig> config = directory.provider(id);
        if (!config) {
            QStringList names;
            for (const ProviderConfig &provider : directory.providers()) {
                names << provider.id;
            }
            const QString problem = tr("There is no provider \"%1\" (there are: %2).")
                                        .arg(id, names.join(QStringLiteral(", ")));
            QTimer::singleShot(0, context, [pending, problem] {
                pending->done(Result<Providers>::failure(problem));
            });
            return;
        }
        known.append(*config);
    }
    // Every lookup counted before any can answer, so `done` runs once, after the last.
    pending->outstanding = int(known.size()) + 1;
    const auto finishOne = [pending] {
        if (--pending->outstanding > 0) {
            return;
        }
        pending->done(pending->problem.isEmpty() ? Result<Providers>(pending->providers)
                                                 : Result<Providers>::failure(pending->problem));
    };
    for (const ProviderConfig &config : std::as_const(known)) {
        keys.prepare(config, context,
                     [pending, finishOne](const ApiKeyResolver::Prepared &prepared) {
                         if (!prepared.usable && pending->problem.isEmpty()) {
                             pending->problem = prepared.problem;
                         }
                         pending->providers.insert(prepared.config.id, prepared.config);
                         finishOne();
                     });
    }
    QTimer::singleShot(0, context, finishOne);
}

} // namespace pwb
