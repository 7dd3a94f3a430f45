#include "secrets/SecretStore.h"

#include <QMetaEnum>

namespace pwb {

SecretStore::~SecretStore() = default;

QString SecretStore::statusName(Status status)
{
    return QString::fromLatin1(QMetaEnum::fromType<Status>().valueToKey(static_cast<int>(status)));
}

} // namespace pwb
