#pragma once

#include <QMetaType>
#include <QString>
#include <QVariant>

#include <optional>

namespace pwb {

// Text for a NOT NULL column: a null QString would be bound as SQL NULL, an empty one is ''.
inline QString sqlText(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// An optional row id as a bind value: NULL when absent.
inline QVariant sqlId(std::optional<qint64> id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

inline std::optional<qint64> idFromSql(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

// `text` as one FTS5 phrase: quoted, with inner quotes doubled, so that what a user types is
// searched for as it is and never read as FTS query syntax.
inline QString ftsPhrase(const QString &text)
{
    QString phrase = text;
    phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + phrase + QLatin1Char('"');
}

} // namespace pwb
