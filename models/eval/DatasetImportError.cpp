#include "eval/DatasetImportError.h"

#include <QStringList>

namespace pwb {

QString DatasetImportError::toString() const
{
    QStringList where;
    if (line > 0) {
        where.append(tr("line %1").arg(line));
    }
    if (column > 0) {
        where.append(tr("column %1").arg(column));
    }
    if (field > 0) {
        where.append(key.isEmpty() ? tr("field %1").arg(field)
                                   : tr("field %1 (\"%2\")").arg(field).arg(key));
    } else if (!key.isEmpty()) {
        where.append(tr("\"%1\"").arg(key));
    }
    if (where.isEmpty()) {
        return message;
    }
    return tr("%1: %2").arg(where.join(tr(", ")), message);
}

} // namespace pwb
