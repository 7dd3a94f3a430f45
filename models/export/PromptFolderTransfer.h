#pragma once

#include "export/PromptFile.h"
#include "storage/PromptRepository.h"

#include <optional>

namespace pwb {

// Prompts of a workspace to and from files (docs/PROMPT-FILES.md, "Folders"). Export writes the
// newest version of each prompt, one file per prompt, library folders as subdirectories. Import
// reads files and directories (recursively; all three formats) and saves them in ONE
// transaction: the folders are created as needed, a prompt of the same name in the same folder
// gets the file as its next version (unless a version has that content already), tags are set
// and labels point at the imported version. Any error in any file and nothing is imported.
class PromptFolderTransfer
{
    Q_DECLARE_TR_FUNCTIONS(pwb::PromptFolderTransfer)

public:
    explicit PromptFolderTransfer(PromptRepository &prompts)
        : m_prompts(prompts)
    { }

    // The file for one version: its prompt's folder path, tags, and the labels at the version.
    PromptFile fileFor(const PromptRecord &prompt, const PromptVersionRecord &version) const;
    // "Support/Email" for a folder id; nothing when the folder does not exist.
    std::optional<QString> folderPath(std::optional<qint64> folderId) const;
    // The folder with that path, if any (an empty path is the root).
    std::optional<std::optional<qint64>> findFolder(const QString &path) const;

    struct Exported
    {
        QString filePath;
        QString promptName;
    };
    // The prompts of the folder and its subfolders (the whole library when `folderId` is empty)
    // into `directory`, paths relative to that folder. Every file is written with QSaveFile;
    // a prompt that cannot be written in `format` stops the export before any file is written.
    Result<QList<Exported>> exportFolder(std::optional<qint64> folderId, const QString &directory,
                                         PromptFileFormat format) const;

    struct Imported
    {
        enum class Outcome { Created, Updated, Unchanged };
        QString fileName;
        QString promptName;
        QString folderPath;
        Outcome outcome = Outcome::Created;
        int version = 0;
    };
    struct ImportReport
    {
        QList<Imported> prompts;
        QList<PromptFileProblem> warnings;
        QStringList skipped; // files in directories that are not prompt files (README.md, …)
    };
    // `paths` are files and directories; prompts go under the folder `intoFolder` (a path,
    // created if needed). A file's own folder (`folder:`) places it; a file without one is
    // placed by its directory under the imported directory. With `dryRun`, everything is done
    // and reported, then rolled back.
    Result<ImportReport, PromptFileProblems>
    importPaths(const QStringList &paths, const QString &intoFolder = {}, bool dryRun = false);

    // A file name for a prompt: its name without characters file systems refuse.
    static QString safeFileName(const QString &name);

private:
    Result<std::optional<qint64>> ensureFolder(const QString &path);

    PromptRepository &m_prompts;
};

} // namespace pwb
