#include "storage/RunFacets.h"

#include "storage/Database.h"

#include <QSqlQuery>

namespace pwb {

RunFacets RunFacets::load(const Database &database)
{
    RunFacets facets;
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT count(*) FROM runs")) && query.next()) {
        facets.runCount = query.value(0).toLongLong();
    }
    if (query.exec(QStringLiteral(
            "SELECT DISTINCT p.id, p.name FROM runs r "
            "JOIN prompt_versions v ON v.id = r.prompt_version_id "
            "JOIN prompts p ON p.id = v.prompt_id ORDER BY p.name COLLATE NOCASE, p.id"))) {
        while (query.next()) {
            facets.prompts.append({query.value(0).toLongLong(), query.value(1).toString()});
        }
    }
    if (query.exec(QStringLiteral("SELECT DISTINCT provider_id, model FROM runs "
                                  "ORDER BY provider_id, model COLLATE NOCASE"))) {
        while (query.next()) {
            facets.targets.append({query.value(0).toString(), query.value(1).toString()});
        }
    }
    return facets;
}

} // namespace pwb
