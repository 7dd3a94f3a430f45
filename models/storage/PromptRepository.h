#pragma once

#include "core/Result.h"
#include "storage/PromptContent.h"

#include <QList>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace pwb {

class Database;

struct PromptRecord
{
    qint64 id = 0;
    std::optional<qint64> folderId;
    QString name;
    QString description;
    QStringList tags;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    bool deleted = false;
};

struct PromptVersionRecord
{
    qint64 id = 0;
    qint64 promptId = 0;
    int number = 0;
    std::optional<qint64> parentId;
    QString contentHash;
    PromptContent content;
    QString note;
    qint64 createdAt = 0;
};

struct LabelMove
{
    std::optional<qint64> fromVersionId;
    std::optional<qint64> toVersionId; // empty: the label was removed
    qint64 movedAt = 0;
};

// Prompts, their folders and tags, their immutable versions and labels, in one workspace.
// Every write is one transaction; errors come back as Results naming what failed.
class PromptRepository
{
public:
    explicit PromptRepository(Database &database);
    Database &database() const { return m_database; }

    Result<qint64> createFolder(const QString &name, std::optional<qint64> parentId = std::nullopt);
    Result<void> renameFolder(qint64 folderId, const QString &name);
    // Removes an empty folder; a folder that still holds prompts or folders is refused.
    Result<void> removeFolder(qint64 folderId);
    Result<void> moveFolder(qint64 folderId, std::optional<qint64> parentId);
    Result<qint64> createPrompt(const QString &name, std::optional<qint64> folderId = std::nullopt,
                                const QString &description = {});
    Result<void> renamePrompt(qint64 promptId, const QString &name);
    Result<void> moveToFolder(qint64 promptId, std::optional<qint64> folderId);
    Result<void> setTags(qint64 promptId, const QStringList &tags);
    Result<void> setDeleted(qint64 promptId, bool deleted); // deleting is undoable until purge

    QList<PromptRecord> prompts(bool includeDeleted = false) const;
    std::optional<PromptRecord> prompt(qint64 promptId) const;

    struct SaveOutcome
    {
        PromptVersionRecord version;
        bool created = false; // false: the content was unchanged, `version` is the existing one
    };
    // Saves `content` as the next version of the prompt, unless a version with the same content
    // already exists (then that one is returned). `parentId` is the version it was edited from.
    Result<SaveOutcome> saveVersion(qint64 promptId, const PromptContent &content,
                                    const QString &note = {},
                                    std::optional<qint64> parentId = std::nullopt);
    QList<PromptVersionRecord> versions(qint64 promptId) const; // oldest first
    std::optional<PromptVersionRecord> version(qint64 versionId) const;

    // Points `label` of the prompt at `versionId` (creating or moving it); every move is kept.
    Result<void> setLabel(qint64 promptId, const QString &label, qint64 versionId);
    Result<void> removeLabel(qint64 promptId, const QString &label);
    std::optional<qint64> labelTarget(qint64 promptId, const QString &label) const;
    QList<LabelMove> labelHistory(qint64 promptId, const QString &label) const; // oldest first

private:
    QList<PromptRecord> queryPrompts(const QString &where, const QVariantList &values) const;

    Database &m_database;
};

} // namespace pwb
