#include "storage/PromptRepository.h"

#include "storage/Database.h"
#include "storage/SqlTransaction.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace pwb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pwb::PromptRepository", text);
}

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

PromptVersionRecord versionFrom(const QSqlQuery &query)
{
    PromptVersionRecord version;
    version.id = query.value(0).toLongLong();
    version.promptId = query.value(1).toLongLong();
    version.number = query.value(2).toInt();
    version.parentId = idFromSql(query.value(3));
    version.contentHash = query.value(4).toString();
    version.content.messages = PromptContent::messagesFromJson(query.value(5).toByteArray());
    version.content.parameters = QJsonDocument::fromJson(query.value(6).toByteArray()).object();
    version.content.variables = PromptContent::variablesFromJson(query.value(7).toByteArray());
    version.content.providerId = query.value(8).toString();
    version.content.model = query.value(9).toString();
    version.note = query.value(10).toString();
    version.createdAt = query.value(11).toLongLong();
    return version;
}

const char *const kVersionColumns =
    "id, prompt_id, number, parent_id, content_hash, messages, parameters, "
    "variables, provider_id, model, note, created_at";

} // namespace

PromptRepository::PromptRepository(Database &database)
    : m_database(database)
{ }

Result<qint64> PromptRepository::createFolder(const QString &name, std::optional<qint64> parentId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO folders (parent_id, name, created_at) VALUES (?, ?, ?) RETURNING id"));
    query.addBindValue(sqlId(parentId));
    query.addBindValue(name.trimmed());
    query.addBindValue(now());
    if (!query.exec() || !query.next()) {
        return Result<qint64>::failure(
            tr("Cannot create the folder \"%1\": %2").arg(name, query.lastError().databaseText()));
    }
    return query.value(0).toLongLong();
}

Result<qint64> PromptRepository::createPrompt(const QString &name, std::optional<qint64> folderId,
                                              const QString &description)
{
    QSqlQuery query(m_database.connection());
    // RETURNING, not lastInsertId(): the FTS trigger on prompts leaves Qt's lastInsertId() at 0.
    query.prepare(
        QStringLiteral("INSERT INTO prompts (folder_id, name, description, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?) RETURNING id"));
    const qint64 t = now();
    query.addBindValue(sqlId(folderId));
    query.addBindValue(name.trimmed());
    query.addBindValue(sqlText(description));
    query.addBindValue(t);
    query.addBindValue(t);
    if (!query.exec() || !query.next()) {
        return Result<qint64>::failure(
            tr("Cannot create the prompt \"%1\": %2").arg(name, query.lastError().databaseText()));
    }
    return query.value(0).toLongLong();
}

namespace {

Result<void> execUpdate(QSqlDatabase db, const QString &sql, const QVariantList &values,
                        const QString &what)
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return Result<void>::failure(
            QStringLiteral("%1: %2").arg(what, query.lastError().databaseText()));
    }
    if (query.numRowsAffected() == 0) {
        return Result<void>::failure(QStringLiteral("%1: %2").arg(what, tr("no such prompt")));
    }
    return {};
}

} // namespace

Result<void> PromptRepository::renamePrompt(qint64 promptId, const QString &name)
{
    return execUpdate(m_database.connection(),
                      QStringLiteral("UPDATE prompts SET name = ?, updated_at = ? WHERE id = ?"),
                      {name.trimmed(), now(), promptId},
                      tr("Cannot rename the prompt to \"%1\"").arg(name));
}

Result<void> PromptRepository::renameFolder(qint64 folderId, const QString &name)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE folders SET name = ? WHERE id = ?"));
    query.addBindValue(name.trimmed());
    query.addBindValue(folderId);
    if (!query.exec() || query.numRowsAffected() != 1) {
        return Result<void>::failure(tr("Cannot rename the folder to \"%1\": %2")
                                         .arg(name, query.lastError().databaseText()));
    }
    return {};
}

Result<void> PromptRepository::moveFolder(qint64 folderId, std::optional<qint64> parentId)
{
    // A folder may not end up inside itself: walk up from the new parent.
    for (std::optional<qint64> at = parentId; at;) {
        if (*at == folderId) {
            return Result<void>::failure(tr("Cannot move a folder into itself."));
        }
        QSqlQuery up(m_database.connection());
        up.prepare(QStringLiteral("SELECT parent_id FROM folders WHERE id = ?"));
        up.addBindValue(*at);
        at = up.exec() && up.next() ? idFromSql(up.value(0)) : std::nullopt;
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE folders SET parent_id = ? WHERE id = ?"));
    query.addBindValue(sqlId(parentId));
    query.addBindValue(folderId);
    if (!query.exec() || query.numRowsAffected() != 1) {
        return Result<void>::failure(
            tr("Cannot move the folder: %1").arg(query.lastError().databaseText()));
    }
    return {};
}

Result<void> PromptRepository::removeFolder(qint64 folderId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM prompts WHERE folder_id = ? AND deleted_at IS NULL) + "
        "(SELECT count(*) FROM folders WHERE parent_id = ?)"));
    query.addBindValue(folderId);
    query.addBindValue(folderId);
    if (!query.exec() || !query.next()) {
        return Result<void>::failure(
            tr("Cannot remove the folder: %1").arg(query.lastError().databaseText()));
    }
    if (query.value(0).toLongLong() > 0) {
        return Result<void>::failure(
            tr("The folder is not empty: move or delete what it holds first."));
    }
    query.prepare(QStringLiteral("DELETE FROM folders WHERE id = ?"));
    query.addBindValue(folderId);
    if (!query.exec()) {
        return Result<void>::failure(
            tr("Cannot remove the folder: %1").arg(query.lastError().databaseText()));
    }
    return {};
}

Result<void> PromptRepository::moveToFolder(qint64 promptId, std::optional<qint64> folderId)
{
    return execUpdate(
        m_database.connection(),
        QStringLiteral("UPDATE prompts SET folder_id = ?, updated_at = ? WHERE id = ?"),
        {sqlId(folderId), now(), promptId}, tr("Cannot move the prompt"));
}

Result<void> PromptRepository::setDeleted(qint64 promptId, bool deleted)
{
    return execUpdate(
        m_database.connection(), QStringLiteral("UPDATE prompts SET deleted_at = ? WHERE id = ?"),
        {deleted ? QVariant(now()) : QVariant(QMetaType::fromType<qint64>()), promptId},
        deleted ? tr("Cannot delete the prompt") : tr("Cannot restore the prompt"));
}

Result<void> PromptRepository::setTags(qint64 promptId, const QStringList &tags)
{
    SqlTransaction transaction(m_database.connection());
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM prompt_tags WHERE prompt_id = ?"));
    query.addBindValue(promptId);
    if (!query.exec()) {
        return Result<void>::failure(
            tr("Cannot set the tags: %1").arg(query.lastError().databaseText()));
    }
    query.prepare(
        QStringLiteral("INSERT OR IGNORE INTO prompt_tags (prompt_id, tag) VALUES (?, ?)"));
    for (const QString &tag : tags) {
        query.addBindValue(promptId);
        query.addBindValue(tag.trimmed());
        if (!query.exec()) {
            return Result<void>::failure(
                tr("Cannot set the tag \"%1\": %2").arg(tag, query.lastError().databaseText()));
        }
    }
    return transaction.commit();
}

QList<PromptRecord> PromptRepository::queryPrompts(const QString &where,
                                                   const QVariantList &values) const
{
    QList<PromptRecord> result;
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral(
            "SELECT p.id, p.folder_id, p.name, p.description, p.created_at, p.updated_at, "
            "p.deleted_at, (SELECT group_concat(tag, char(31)) FROM prompt_tags t "
            "WHERE t.prompt_id = p.id) FROM prompts p %1 ORDER BY p.name COLLATE NOCASE, p.id")
            .arg(where));
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    query.exec();
    while (query.next()) {
        PromptRecord record;
        record.id = query.value(0).toLongLong();
        record.folderId = idFromSql(query.value(1));
        record.name = query.value(2).toString();
        record.description = query.value(3).toString();
        record.createdAt = query.value(4).toLongLong();
        record.updatedAt = query.value(5).toLongLong();
        record.deleted = !query.value(6).isNull();
        const QString tags = query.value(7).toString();
        record.tags = tags.isEmpty() ? QStringList() : tags.split(QChar(31));
        record.tags.sort();
        result.append(record);
    }
    return result;
}

QList<PromptRecord> PromptRepository::prompts(bool includeDeleted) const
{
    return queryPrompts(includeDeleted ? QString() : QStringLiteral("WHERE p.deleted_at IS NULL"),
                        {});
}

std::optional<PromptRecord> PromptRepository::prompt(qint64 promptId) const
{
    const QList<PromptRecord> found = queryPrompts(QStringLiteral("WHERE p.id = ?"), {promptId});
    return found.isEmpty() ? std::nullopt : std::optional<PromptRecord>(found.first());
}

Result<PromptRepository::SaveOutcome> PromptRepository::saveVersion(qint64 promptId,
                                                                    const PromptContent &content,
                                                                    const QString &note,
                                                                    std::optional<qint64> parentId)
{
    using R = Result<SaveOutcome>;
    const QString hash = content.contentHash();
    SqlTransaction transaction(m_database.connection());
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT %1 FROM prompt_versions WHERE prompt_id = ? AND content_hash = ?")
            .arg(QLatin1String(kVersionColumns)));
    query.addBindValue(promptId);
    query.addBindValue(hash);
    if (query.exec() && query.next()) {
        return SaveOutcome {versionFrom(query), false}; // nothing changed: no new version
    }
    query.prepare(
        QStringLiteral("SELECT coalesce(max(number), 0) + 1, (SELECT id FROM prompt_versions "
                       "WHERE prompt_id = ? ORDER BY number DESC LIMIT 1) FROM prompt_versions "
                       "WHERE prompt_id = ?"));
    query.addBindValue(promptId);
    query.addBindValue(promptId);
    if (!query.exec() || !query.next()) {
        return R::failure(tr("Cannot save the version: %1").arg(query.lastError().databaseText()));
    }
    const int number = query.value(0).toInt();
    const std::optional<qint64> parent = parentId ? parentId : idFromSql(query.value(1));
    const qint64 t = now();
    query.prepare(
        QStringLiteral("INSERT INTO prompt_versions (prompt_id, number, parent_id, content_hash, "
                       "messages, parameters, variables, provider_id, model, note, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    query.addBindValue(promptId);
    query.addBindValue(number);
    query.addBindValue(sqlId(parent));
    query.addBindValue(hash);
    query.addBindValue(QString::fromUtf8(content.messagesJson()));
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(content.parameters).toJson(QJsonDocument::Compact)));
    query.addBindValue(QString::fromUtf8(content.variablesJson()));
    query.addBindValue(content.providerId.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                    : content.providerId);
    query.addBindValue(content.model.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                               : content.model);
    query.addBindValue(sqlText(note));
    query.addBindValue(t);
    if (!query.exec() || !query.next()) {
        return R::failure(tr("Cannot save version %1 of the prompt: %2")
                              .arg(number)
                              .arg(query.lastError().databaseText()));
    }
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    query.prepare(QStringLiteral("UPDATE prompts SET updated_at = ? WHERE id = ?"));
    query.addBindValue(t);
    query.addBindValue(promptId);
    query.exec();
    if (const Result<void> committed = transaction.commit(); !committed) {
        return R::failure(committed.error());
    }
    PromptVersionRecord record {id, promptId, number, parent, hash, content, note, t};
    return SaveOutcome {record, true};
}

QList<PromptVersionRecord> PromptRepository::versions(qint64 promptId) const
{
    QList<PromptVersionRecord> result;
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT %1 FROM prompt_versions WHERE prompt_id = ? ORDER BY number")
            .arg(QLatin1String(kVersionColumns)));
    query.addBindValue(promptId);
    query.exec();
    while (query.next()) {
        result.append(versionFrom(query));
    }
    return result;
}

std::optional<PromptVersionRecord> PromptRepository::version(qint64 versionId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM prompt_versions WHERE id = ?")
                      .arg(QLatin1String(kVersionColumns)));
    query.addBindValue(versionId);
    if (query.exec() && query.next()) {
        return versionFrom(query);
    }
    return std::nullopt;
}

Result<void> PromptRepository::setLabel(qint64 promptId, const QString &label, qint64 versionId)
{
    const std::optional<PromptVersionRecord> target = version(versionId);
    if (!target || target->promptId != promptId) {
        return Result<void>::failure(
            tr("Cannot set the label \"%1\": that version is not one of this prompt").arg(label));
    }
    SqlTransaction transaction(m_database.connection());
    const std::optional<qint64> from = labelTarget(promptId, label);
    if (from == versionId) {
        return {};
    }
    QSqlQuery query(m_database.connection());
    const qint64 t = now();
    query.prepare(QStringLiteral(
        "INSERT INTO labels (prompt_id, name, version_id, updated_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (prompt_id, name) DO UPDATE SET version_id = excluded.version_id, "
        "updated_at = excluded.updated_at"));
    query.addBindValue(promptId);
    query.addBindValue(label.trimmed());
    query.addBindValue(versionId);
    query.addBindValue(t);
    if (!query.exec()) {
        return Result<void>::failure(
            tr("Cannot set the label \"%1\": %2").arg(label, query.lastError().databaseText()));
    }
    query.prepare(QStringLiteral(
        "INSERT INTO label_moves (prompt_id, name, from_version_id, to_version_id, moved_at) "
        "VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(promptId);
    query.addBindValue(label.trimmed());
    query.addBindValue(sqlId(from));
    query.addBindValue(versionId);
    query.addBindValue(t);
    if (!query.exec()) {
        return Result<void>::failure(
            tr("Cannot record the label move: %1").arg(query.lastError().databaseText()));
    }
    return transaction.commit();
}

Result<void> PromptRepository::removeLabel(qint64 promptId, const QString &label)
{
    const std::optional<qint64> from = labelTarget(promptId, label);
    if (!from) {
        return {};
    }
    SqlTransaction transaction(m_database.connection());
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM labels WHERE prompt_id = ? AND name = ?"));
    query.addBindValue(promptId);
    query.addBindValue(label);
    query.exec();
    query.prepare(QStringLiteral(
        "INSERT INTO label_moves (prompt_id, name, from_version_id, to_version_id, moved_at) "
        "VALUES (?, ?, ?, NULL, ?)"));
    query.addBindValue(promptId);
    query.addBindValue(label);
    query.addBindValue(*from);
    query.addBindValue(now());
    if (!query.exec()) {
        return Result<void>::failure(
            tr("Cannot remove the label: %1").arg(query.lastError().databaseText()));
    }
    return transaction.commit();
}

std::optional<qint64> PromptRepository::labelTarget(qint64 promptId, const QString &label) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT version_id FROM labels WHERE prompt_id = ? AND name = ?"));
    query.addBindValue(promptId);
    query.addBindValue(label);
    if (query.exec() && query.next()) {
        return query.value(0).toLongLong();
    }
    return std::nullopt;
}

QList<LabelMove> PromptRepository::labelHistory(qint64 promptId, const QString &label) const
{
    QList<LabelMove> moves;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT from_version_id, to_version_id, moved_at FROM label_moves "
                                 "WHERE prompt_id = ? AND name = ? ORDER BY moved_at, id"));
    query.addBindValue(promptId);
    query.addBindValue(label);
    query.exec();
    while (query.next()) {
        moves.append(
            {idFromSql(query.value(0)), idFromSql(query.value(1)), query.value(2).toLongLong()});
    }
    return moves;
}

} // namespace pwb
