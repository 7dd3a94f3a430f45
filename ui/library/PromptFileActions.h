#pragma once

#include "core/Result.h"
#include "export/PromptFile.h"

#include <QObject>
#include <QStringList>

#include <optional>

class QWidget;

namespace pwb {

class PromptRepository;

// File › Export Prompt and File › Import Prompts: prompt versions to and from .prompty, .json
// and .md files (docs/PROMPT-FILES.md). Export writes the newest saved version of the prompt in
// the editor; import takes files or a whole folder, all or nothing, and lists every error of
// every file (file:line: message) when it imports nothing.
class PromptFileActions : public QObject
{
    Q_OBJECT

public:
    PromptFileActions(PromptRepository &prompts, QWidget *window);

    // Asks where (the three formats), then writes. `unsavedEdits`: the editor holds changes
    // that are not in any version, so the message says they are not in the file.
    void exportPrompt(qint64 promptId, bool unsavedEdits);
    // Asks for files or a folder, then imports them.
    void importPrompts();
    // Asks for the format and a directory, then writes the newest version of every prompt of
    // the folder and its subfolders (the whole library when `folderId` is empty).
    void exportFolder(std::optional<qint64> folderId);

    // The work behind the dialogs. The format is the file's extension's.
    Result<QString> exportTo(qint64 promptId, const QString &filePath);
    // True when imported; otherwise a window-modal box (object name "promptImportProblems")
    // lists every problem and nothing was imported.
    bool importPaths(const QStringList &paths);
    // How many prompts were written into `directory`.
    Result<int> exportFolderTo(std::optional<qint64> folderId, const QString &directory,
                               PromptFileFormat format);

Q_SIGNALS:
    void imported(); // the library has new prompts, versions, folders or labels
    void message(const QString &text);

private:
    void showProblems(const QString &text, const QList<PromptFileProblem> &problems);

    PromptRepository &m_prompts;
    QWidget *m_window;
};

} // namespace pwb
