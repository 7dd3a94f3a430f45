#include "export/PromptFolderTransfer.h"

#include "storage/Database.h"
#include "storage/SqlTransaction.h"
#include "storage/SqlValues.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSet>
#include <QSqlQuery>

namespace pwb {

namespace {

// Files met while walking a directory that are plainly not prompts (a README.md, a
// package.json) are skipped rather than failing the import.
bool looksLikePromptFile(const QByteArray &data, PromptFileFormat format)
{
    switch (format) {
    case PromptFileFormat::Prompty:
        return true;
    case PromptFileFormat::Json:
        return data.contains("\"prompt-workbench/prompt\"");
    case PromptFileFormat::Markdown:
        return data.startsWith("---") || data.startsWith("\xEF\xBB\xBF---");
    }
    return false;
}

QString joinPath(const QString &a, const QString &b)
{
    if (a.isEmpty()) {
        return b;
    }
    return b.isEmpty() ? a : a + u'/' + b;
}

} // namespace

QString PromptFolderTransfer::safeFileName(const QString &name)
{
    QString safe;
    for (const QChar c : name) {
        const bool refused = c.unicode() < 0x20 || QStringLiteral("/\\:*?\"<>|").contains(c);
        safe += refused ? u'-' : c;
    }
    safe = safe.trimmed();
    while (safe.endsWith(u'.')) {
        safe.chop(1);
    }
    while (safe.startsWith(u'.')) {
        safe.remove(0, 1);
    }
    static const QStringList reserved {QStringLiteral("CON"), QStringLiteral("PRN"),
                                       QStringLiteral("AUX"), QStringLiteral("NUL")};
    if (reserved.contains(safe.toUpper()) ||
        (safe.size() == 4 &&
         (safe.startsWith(QLatin1String("COM"), Qt::CaseInsensitive) ||
          safe.startsWith(QLatin1String("LPT"), Qt::CaseInsensitive)) &&
         safe.at(3).isDigit())) {
        safe += u'-';
    }
    if (safe.isEmpty()) {
        safe = QStringLiteral("prompt");
    }
    return safe.left(120);
}

std::optional<QString> PromptFolderTransfer::folderPath(std::optional<qint64> folderId) const
{
    QStringList names;
    QSqlQuery query(m_prompts.database().connection());
    query.prepare(QStringLiteral("SELECT parent_id, name FROM folders WHERE id = ?"));
    for (std::optional<qint64> at = folderId; at;) {
        query.addBindValue(*at);
        if (!query.exec() || !query.next() || names.size() > 1000) {
            return std::nullopt;
        }
        names.prepend(query.value(1).toString());
        at = idFromSql(query.value(0));
    }
    return names.join(u'/');
}

std::optional<std::optional<qint64>> PromptFolderTransfer::findFolder(const QString &path) const
{
    std::optional<qint64> at;
    if (path.isEmpty()) {
        return at;
    }
    QSqlQuery query(m_prompts.database().connection());
    query.prepare(
        QStringLiteral("SELECT id FROM folders WHERE coalesce(parent_id, 0) = ? AND name = ?"));
    for (const QString &name : path.split(u'/')) {
        query.addBindValue(at.value_or(0));
        query.addBindValue(name.trimmed());
        if (!query.exec() || !query.next()) {
            return std::nullopt;
        }
        at = query.value(0).toLongLong();
    }
    return at;
}

Result<std::optional<qint64>> PromptFolderTransfer::ensureFolder(const QString &path)
{
    std::optional<qint64> at;
    QString done;
    for (const QString &name : path.split(u'/', Qt::SkipEmptyParts)) {
        done = joinPath(done, name.trimmed());
        if (const auto found = findFolder(done)) {
            at = *found;
            continue;
        }
        const Result<qint64> created = m_prompts.createFolder(name.trimmed(), at);
        if (!created) {
            return Result<std::optional<qint64>>::failure(created.error());
        }
        at = created.value();
    }
    return at;
}

PromptFile PromptFolderTransfer::fileFor(const PromptRecord &prompt,
                                         const PromptVersionRecord &version) const
{
    PromptFile file;
    file.name = prompt.name;
    file.description = prompt.description;
    file.tags = prompt.tags;
    file.folderPath = folderPath(prompt.folderId).value_or(QString());
    file.version = version.number;
    file.note = version.note;
    file.content = version.content;
    QSqlQuery query(m_prompts.database().connection());
    query.prepare(QStringLiteral(
        "SELECT name FROM labels WHERE prompt_id = ? AND version_id = ? ORDER BY name"));
    query.addBindValue(prompt.id);
    query.addBindValue(version.id);
    query.exec();
    while (query.next()) {
        file.labels.append(query.value(0).toString());
    }
    return file;
}

Result<QList<PromptFolderTransfer::Exported>>
PromptFolderTransfer::exportFolder(std::optional<qint64> folderId, const QString &directory,
                                   PromptFileFormat format) const
{
    using R = Result<QList<Exported>>;
    const std::optional<QString> base = folderPath(folderId);
    if (!base) {
        return R::failure(tr("There is no such folder in the workspace."));
    }
    struct Pending
    {
        Exported exported;
        QByteArray data;
    };
    QList<Pending> pending;
    QStringList errors;
    QSet<QString> taken; // lower-case paths: names that differ in case collide on some systems
    for (const PromptRecord &prompt : m_prompts.prompts()) {
        const QString path = folderPath(prompt.folderId).value_or(QString());
        QString relative;
        if (!base->isEmpty()) {
            if (path != *base && !path.startsWith(*base + u'/')) {
                continue;
            }
            relative = path.mid(base->size() + 1);
        } else {
            relative = path;
        }
        const QList<PromptVersionRecord> versions = m_prompts.versions(prompt.id);
        if (versions.isEmpty()) {
            continue;
        }
        const Result<QByteArray> data =
            PromptFiles::write(fileFor(prompt, versions.last()), format);
        if (!data) {
            errors.append(data.error());
            continue;
        }
        QStringList parts;
        for (const QString &folder : relative.split(u'/', Qt::SkipEmptyParts)) {
            parts.append(safeFileName(folder));
        }
        const QString subdirectory = parts.join(u'/');
        const QString stem = safeFileName(prompt.name);
        QString fileName = stem + PromptFiles::extension(format);
        for (int n = 2; taken.contains(joinPath(subdirectory, fileName).toLower()); ++n) {
            fileName =
                QStringLiteral("%1 (%2)%3").arg(stem).arg(n).arg(PromptFiles::extension(format));
        }
        taken.insert(joinPath(subdirectory, fileName).toLower());
        pending.append({{QDir(directory).filePath(joinPath(subdirectory, fileName)), prompt.name},
                        data.value()});
    }
    if (!errors.isEmpty()) {
        return R::failure(errors.join(u'\n'));
    }
    QList<Exported> written;
    for (const Pending &each : std::as_const(pending)) {
        const QFileInfo info(each.exported.filePath);
        if (!QDir().mkpath(info.absolutePath())) {
            return R::failure(tr("Cannot create the directory %1")
                                  .arg(QDir::toNativeSeparators(info.absolutePath())));
        }
        QSaveFile file(each.exported.filePath);
        if (!file.open(QIODevice::WriteOnly) || file.write(each.data) != each.data.size() ||
            !file.commit()) {
            return R::failure(
                tr("Cannot write %1: %2")
                    .arg(QDir::toNativeSeparators(each.exported.filePath), file.errorString()));
        }
        written.append(each.exported);
    }
    return written;
}

Result<PromptFolderTransfer::ImportReport, PromptFileProblems>
PromptFolderTransfer::importPaths(const QStringList &paths, const QString &intoFolder, bool dryRun)
{
    using R = Result<ImportReport, PromptFileProblems>;
    struct Found
    {
        QString path;
        QString directoryFolder; // the directory under the imported one, as a folder path
        bool fromDirectory = false;
    };
    QList<Found> found;
    PromptFileProblems problems;
    ImportReport report;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            const QDir root(info.absoluteFilePath());
            QDirIterator it(root.path(), PromptFiles::nameFilters(), QDir::Files,
                            QDirIterator::Subdirectories);
            QStringList files;
            while (it.hasNext()) {
                files.append(it.next());
            }
            files.sort();
            for (const QString &file : std::as_const(files)) {
                const QString relativeDirectory = QFileInfo(root.relativeFilePath(file)).path();
                found.append(
                    {file, relativeDirectory == QLatin1String(".") ? QString() : relativeDirectory,
                     true});
            }
        } else if (info.isFile()) {
            found.append({path, {}, false});
        } else {
            problems.problems.append(
                {path, 0, 0, {}, tr("there is no such file or directory"), false});
        }
    }

    struct Ready
    {
        QString fileName;
        QString folder;
        PromptFile file;
    };
    QList<Ready> ready;
    QHash<QString, QString> destinations; // folder + '\n' + name → file
    for (const Found &each : std::as_const(found)) {
        const QString name = QDir::toNativeSeparators(each.path);
        QFile file(each.path);
        if (!file.open(QIODevice::ReadOnly)) {
            problems.problems.append({name, 0, 0, {}, file.errorString(), false});
            continue;
        }
        const QByteArray data = file.readAll();
        const std::optional<PromptFileFormat> format = PromptFiles::formatOf(each.path);
        if (each.fromDirectory && format && !looksLikePromptFile(data, *format)) {
            report.skipped.append(name);
            continue;
        }
        const PromptFileReadResult read = PromptFiles::read(data, name);
        if (!read) {
            problems.problems.append(read.error().problems);
            continue;
        }
        problems.problems.append(read.value().warnings);
        report.warnings.append(read.value().warnings);
        const PromptFile &prompt = read.value().file;
        QStringList segments;
        for (const QString &segment :
             joinPath(intoFolder,
                      prompt.folderPath.isEmpty() ? each.directoryFolder : prompt.folderPath)
                 .split(u'/', Qt::SkipEmptyParts)) {
            segments.append(segment.trimmed());
        }
        const QString folder = segments.join(u'/');
        const QString key = folder + u'\n' + prompt.name.trimmed();
        if (destinations.contains(key)) {
            problems.problems.append(
                {name, 0, 0, QStringLiteral("name"),
                 tr("\"%1\" in the folder \"%2\" is also in %3; import one of them")
                     .arg(prompt.name.trimmed(), folder.isEmpty() ? tr("(top)") : folder,
                          destinations.value(key)),
                 false});
            continue;
        }
        destinations.insert(key, name);
        ready.append({name, folder, prompt});
    }
    if (problems.hasErrors()) {
        return R::failure(problems);
    }

    const auto failure = [&](const QString &fileName, const QString &message) {
        return R::failure({{{fileName, 0, 0, {}, message, false}}});
    };
    QSqlDatabase db = m_prompts.database().connection();
    SqlTransaction transaction(db);
    for (const Ready &each : std::as_const(ready)) {
        const Result<std::optional<qint64>> folder = ensureFolder(each.folder);
        if (!folder) {
            return failure(each.fileName, folder.error());
        }
        std::optional<PromptRecord> existing;
        for (const PromptRecord &prompt : m_prompts.prompts()) {
            if (prompt.folderId == folder.value() && prompt.name == each.file.name.trimmed()) {
                existing = prompt;
                break;
            }
        }
        Imported imported {each.fileName, each.file.name.trimmed(), each.folder,
                           Imported::Outcome::Created, 0};
        qint64 promptId = 0;
        if (existing) {
            promptId = existing->id;
            if (existing->description != each.file.description) {
                QSqlQuery query(db);
                query.prepare(QStringLiteral("UPDATE prompts SET description = ? WHERE id = ?"));
                query.addBindValue(each.file.description);
                query.addBindValue(promptId);
                if (!query.exec()) {
                    return failure(each.fileName, query.lastError().text());
                }
            }
        } else {
            const Result<qint64> created =
                m_prompts.createPrompt(each.file.name, folder.value(), each.file.description);
            if (!created) {
                return failure(each.fileName, created.error());
            }
            promptId = created.value();
        }
        const Result<PromptRepository::SaveOutcome> saved =
            m_prompts.saveVersion(promptId, each.file.content, each.file.note);
        if (!saved) {
            return failure(each.fileName, saved.error());
        }
        if (existing) {
            imported.outcome =
                saved.value().created ? Imported::Outcome::Updated : Imported::Outcome::Unchanged;
        }
        imported.version = saved.value().version.number;
        QStringList tags = each.file.tags;
        tags.sort();
        if (!existing || existing->tags != tags) {
            if (const Result<void> tagged = m_prompts.setTags(promptId, each.file.tags); !tagged) {
                return failure(each.fileName, tagged.error());
            }
        }
        for (const QString &label : each.file.labels) {
            const Result<void> labelled =
                m_prompts.setLabel(promptId, label, saved.value().version.id);
            if (!labelled) {
                return failure(each.fileName, labelled.error());
            }
        }
        report.prompts.append(imported);
    }
    if (!dryRun) {
        if (const Result<void> committed = transaction.commit(); !committed) {
            return failure({}, committed.error());
        }
    }
    return report;
}

} // namespace pwb
