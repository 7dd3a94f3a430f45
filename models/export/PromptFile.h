#pragma once

#include "core/Result.h"
#include "storage/PromptContent.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace pwb {

// A prompt version as it travels in a file (docs/PROMPT-FILES.md): what the library knows about
// the prompt (name, description, tags, folder) and about this version (number, note, the labels
// pointing at it, its content). Every format writes and reads all of it.
struct PromptFile
{
    QString name;
    QString description;
    QStringList tags;
    QString folderPath; // folder names from the library's root, joined by '/'; empty: the root
    int version = 0; // 0: not known (a file written by hand or by another tool)
    QString note;
    QStringList labels;
    PromptContent content;

    bool operator==(const PromptFile &) const = default;
};

enum class PromptFileFormat { Prompty, Json, Markdown };

// One thing wrong (or, for a warning, worth knowing) in a file being read, located as precisely
// as the format allows: `support.prompty:12:5: model.parameters.temperature: message`.
struct PromptFileProblem
{
    Q_DECLARE_TR_FUNCTIONS(pwb::PromptFileProblem)

public:
    QString fileName;
    int line = 0; // 1-based line of the file; 0: the file as a whole
    int column = 0; // 1-based; 0: not known
    QString field; // the key path (`model.parameters.seed`, `messages[2].role`); empty: none
    QString message;
    bool warning = false; // a warning does not stop the import

    QString toString() const;
    bool operator==(const PromptFileProblem &) const = default;
};

// Every problem found in one or more files, errors and warnings, in the order found.
struct PromptFileProblems
{
    QList<PromptFileProblem> problems;

    bool hasErrors() const;
    QList<PromptFileProblem> errors() const;
    QList<PromptFileProblem> warnings() const;
    // One problem a line.
    QString toString() const;
};

// A file read without errors, and what is still worth telling the user.
struct PromptFileRead
{
    PromptFile file;
    QList<PromptFileProblem> warnings;
};

using PromptFileReadResult = Result<PromptFileRead, PromptFileProblems>;

// Writing and reading any of the formats, chosen by the file name's extension.
struct PromptFiles
{
    Q_DECLARE_TR_FUNCTIONS(pwb::PromptFiles)

public:
    // `.prompty`, `.json` or `.md` (any case); nothing for any other name.
    static std::optional<PromptFileFormat> formatOf(const QString &fileName);
    static std::optional<PromptFileFormat> formatNamed(const QString &name); // prompty, json, md
    static QString extension(PromptFileFormat format); // with the dot
    static QStringList nameFilters(); // *.prompty *.json *.md

    // Fails when `file` cannot be written in `format` so that it reads back the same, saying why
    // and which format can.
    static Result<QByteArray> write(const PromptFile &file, PromptFileFormat format);
    static PromptFileReadResult read(const QByteArray &data, const QString &fileName,
                                     PromptFileFormat format);
    // The format from `fileName`'s extension.
    static PromptFileReadResult read(const QByteArray &data, const QString &fileName);
};

} // namespace pwb
