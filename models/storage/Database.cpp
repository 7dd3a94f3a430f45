#include "storage/Database.h"

#include "storage/SqlScript.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QtEndian>

#include <map>

namespace pwb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pwb::Database", text);
}

// NNNN-name.sql files, by number.
std::map<int, QString> migrationFiles(const QString &dir)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{4})-[A-Za-z0-9_-]+\.sql$)"));
    std::map<int, QString> files;
    for (const QString &name : QDir(dir).entryList({QStringLiteral("*.sql")}, QDir::Files)) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (match.hasMatch()) {
            files[match.captured(1).toInt()] = QDir(dir).filePath(name);
        }
    }
    return files;
}

bool exec(QSqlDatabase &db, const QString &sql, QString &error)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace

Database::Database(QString connectionName, QString filePath)
    : m_connectionName(std::move(connectionName))
    , m_filePath(std::move(filePath))
{ }

Database::~Database()
{
    {
        QSqlDatabase db = connection();
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::fileSchemaVersion(const QString &filePath, QString *error)
{
    QFile file(filePath);
    if (!file.exists() || file.size() == 0) {
        return 0;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = file.errorString();
        }
        return -1;
    }
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16))) {
        if (error) {
            *error = tr("not a SQLite database");
        }
        return -1;
    }
    // The header keeps user_version as a big-endian 32-bit integer at offset 60.
    return qFromBigEndian<qint32>(header.constData() + 60);
}

int Database::latestSchemaVersion(const QString &migrationsDir)
{
    const std::map<int, QString> files = migrationFiles(migrationsDir);
    return files.empty() ? 0 : files.rbegin()->first;
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    return query.exec(QStringLiteral("PRAGMA user_version")) && query.next()
        ? query.value(0).toInt()
        : -1;
}

std::unique_ptr<Database> Database::open(const QString &filePath, QString &error,
                                         const QString &migrationsDir)
{
    const int latest = latestSchemaVersion(migrationsDir);
    QString headerError;
    const int existing = fileSchemaVersion(filePath, &headerError);
    if (existing < 0) {
        error = tr("Cannot open the workspace %1: %2.")
                    .arg(QDir::toNativeSeparators(filePath), headerError);
        return nullptr;
    }
    if (existing > latest) {
        error =
            tr("The workspace %1 was written by a newer Prompt Workbench (schema version %2; this "
               "version understands up to %3). It was not changed: update Prompt Workbench to open "
               "it.")
                .arg(QDir::toNativeSeparators(filePath))
                .arg(existing)
                .arg(latest);
        return nullptr;
    }

    const QString name =
        QStringLiteral("pwb-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> database(new Database(name, filePath));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(filePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        error = tr("Cannot open the workspace %1: %2.")
                    .arg(QDir::toNativeSeparators(filePath), db.lastError().text());
        return nullptr;
    }
    QString pragmaError;
    for (const char *pragma :
         {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL"}) {
        if (!exec(db, QString::fromLatin1(pragma), pragmaError)) {
            error = tr("Cannot prepare the workspace %1 (%2): %3.")
                        .arg(QDir::toNativeSeparators(filePath), QString::fromLatin1(pragma),
                             pragmaError);
            return nullptr;
        }
    }
    if (!database->migrate(migrationsDir, error)) {
        return nullptr;
    }
    return database;
}

bool Database::migrate(const QString &migrationsDir, QString &error)
{
    QSqlDatabase db = connection();
    const int current = schemaVersion();
    for (const auto &[number, path] : migrationFiles(migrationsDir)) {
        if (number <= current) {
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            error = tr("Cannot read the migration %1: %2.").arg(path, file.errorString());
            return false;
        }
        const QStringList statements = splitSqlStatements(QString::fromUtf8(file.readAll()));
        if (!db.transaction()) {
            error =
                tr("Cannot start a transaction in %1: %2.").arg(m_filePath, db.lastError().text());
            return false;
        }
        QString failure;
        qsizetype failed = -1;
        for (qsizetype i = 0; i < statements.size() && failed < 0; ++i) {
            if (!exec(db, statements.at(i), failure)) {
                failed = i;
            }
        }
        if (failed < 0 &&
            !exec(db, QStringLiteral("PRAGMA user_version = %1").arg(number), failure)) {
            failed = statements.size();
        }
        if (failed >= 0 || !db.commit()) {
            db.rollback(); // nothing of this migration stays: the file keeps its previous version
            error =
                tr("Upgrading the workspace %1 to schema version %2 failed at statement %3 of %4: "
                   "%5. The workspace was left unchanged at version %6.")
                    .arg(QDir::toNativeSeparators(m_filePath))
                    .arg(number)
                    .arg(failed + 1)
                    .arg(QFileInfo(path).fileName(),
                         failure.isEmpty() ? db.lastError().text() : failure)
                    .arg(schemaVersion());
            return false;
        }
    }
    return true;
}

} // namespace pwb
