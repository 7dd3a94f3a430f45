#include "storage/WorkspaceBackup.h"

#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace pwb {

namespace {

// SQLite does not sync the file VACUUM INTO writes; without this a power cut right after the
// rename could leave the target name on a file whose pages never reached the disk.
bool syncToDisk(const QString &path, QString &error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite)) {
        error = file.errorString();
        return false;
    }
#ifdef Q_OS_UNIX
    if (::fsync(file.handle()) != 0) {
        error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
#endif
    return true;
}

// The rename's directory entry must reach the disk too, or a crash can bring back the old name.
void syncDirectory([[maybe_unused]] const QString &dirPath)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(dirPath).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#endif
}

} // namespace

QString WorkspaceBackup::partialPath(const QString &targetPath)
{
    return targetPath + QStringLiteral(".partial");
}

Result<void> WorkspaceBackup::write(Database &database, const QString &targetPath,
                                    Existing existing)
{
    const QString shownTarget = QDir::toNativeSeparators(targetPath);
    const QFileInfo target(targetPath);
    if (target.exists() &&
        target.canonicalFilePath() == QFileInfo(database.filePath()).canonicalFilePath()) {
        return Result<void>::failure(
            tr("Cannot back up the workspace onto itself (%1): choose another file.")
                .arg(shownTarget));
    }
    if (target.exists() && existing == Existing::Refuse) {
        return Result<void>::failure(
            tr("The backup was not written: %1 already exists and was left unchanged.")
                .arg(shownTarget));
    }
    // A -wal or -journal beside the old target would be replayed into the new file on open.
    for (const char *suffix : {"-wal", "-journal"}) {
        if (target.exists() && QFile::exists(targetPath + QString::fromLatin1(suffix))) {
            return Result<void>::failure(
                tr("The backup was not written: %1 looks like a workspace in use (it has a %2 "
                   "file); close it or choose another file.")
                    .arg(shownTarget, QString::fromLatin1(suffix)));
        }
    }

    const QString partial = partialPath(targetPath);
    // Left by an interrupted backup; VACUUM INTO refuses to write over a non-empty file.
    QFile::remove(partial);
    const auto fail = [&](const QString &message) {
        QFile::remove(partial);
        return Result<void>::failure(message);
    };

    QSqlQuery vacuum(database.connection());
    if (!vacuum.prepare(QStringLiteral("VACUUM INTO ?"))) {
        return fail(tr("Cannot write the backup %1: %2.")
                        .arg(shownTarget, vacuum.lastError().databaseText()));
    }
    vacuum.addBindValue(partial);
    if (!vacuum.exec()) {
        return fail(tr("Cannot write the backup %1: %2.")
                        .arg(shownTarget, vacuum.lastError().databaseText()));
    }
    vacuum.finish();

    QString syncError;
    if (!syncToDisk(partial, syncError)) {
        return fail(tr("Cannot write the backup %1: %2.").arg(shownTarget, syncError));
    }
    if (existing == Existing::Refuse) {
        // QFile::rename never replaces: a file that appeared meanwhile is kept.
        QFile partialFile(partial);
        if (!partialFile.rename(targetPath)) {
            return fail(tr("Cannot move the backup into place as %1: %2.")
                            .arg(shownTarget, partialFile.errorString()));
        }
    } else {
        // std::filesystem::rename replaces the target in one step (rename(2), MoveFileEx).
        std::error_code code;
        std::filesystem::rename(QFile::encodeName(partial).toStdString(),
                                QFile::encodeName(targetPath).toStdString(), code);
        if (code) {
            return fail(tr("Cannot move the backup into place as %1: %2.")
                            .arg(shownTarget, QString::fromLocal8Bit(code.message())));
        }
    }
    syncDirectory(target.absolutePath());
    return {};
}

} // namespace pwb
