#pragma once

#include <QString>
#include <QStringList>

namespace pwb {

// Splits an SQL script into statements for QSqlQuery, which runs one at a time. Understands
// '…' and "…" quoting, -- and /* */ comments, and CREATE TRIGGER … BEGIN … END bodies whose
// inner semicolons do not end the statement. Empty statements are dropped.
QStringList splitSqlStatements(const QString &script);

} // namespace pwb
