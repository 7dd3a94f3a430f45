#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace pwb {

// One open workspace file. Opening applies the numbered migrations (resources/migrations,
// NNNN-name.sql) that the file lacks, each in its own transaction, and records the version in
// PRAGMA user_version. A file from a newer app is refused without being touched (its header is
// read as bytes, not opened); a failed migration rolls back and leaves the previous version.
// The connection runs in WAL mode with foreign keys on, a busy timeout and synchronous=NORMAL.
// Not thread-safe: one Database per thread, like the QSqlDatabase inside it.
class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Returns nullptr and sets `error` (what failed, the file, what to do) on failure.
    static std::unique_ptr<Database>
    open(const QString &filePath, QString &error,
         const QString &migrationsDir = QStringLiteral(":/migrations"));

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    QString filePath() const { return m_filePath; }
    int schemaVersion() const;

    // The highest migration number in `migrationsDir`.
    static int latestSchemaVersion(const QString &migrationsDir = QStringLiteral(":/migrations"));
    // The user_version in a SQLite file's header, read without opening it; -1 if not SQLite,
    // 0 for an empty or missing file.
    static int fileSchemaVersion(const QString &filePath, QString *error = nullptr);

private:
    Database(QString connectionName, QString filePath);
    bool migrate(const QString &migrationsDir, QString &error);

    QString m_connectionName;
    QString m_filePath;
};

} // namespace pwb
