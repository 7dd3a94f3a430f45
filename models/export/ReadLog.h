#pragma once

#include "export/PromptFile.h"

namespace pwb {

// What a reader of prompt files found wrong, as it goes; finish() adds the checks every format
// shares and turns it into the reader's result (nothing but the problems if any is an error).
class ReadLog
{
    Q_DECLARE_TR_FUNCTIONS(pwb::ReadLog)

public:
    explicit ReadLog(QString fileName)
        : m_fileName(std::move(fileName))
    { }

    const QString &fileName() const { return m_fileName; }
    void error(int line, int column, const QString &field, const QString &message);
    void warning(int line, int column, const QString &field, const QString &message);
    bool hasErrors() const;

    PromptFileReadResult finish(PromptFile file);
    // For a file that could not be read as a whole (bad syntax, not this format): the problems
    // so far, without checks of fields that were never read.
    PromptFileReadResult fail() const;

private:
    QString m_fileName;
    QList<PromptFileProblem> m_problems;
};

} // namespace pwb
