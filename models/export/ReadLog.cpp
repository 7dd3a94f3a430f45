#include "export/ReadLog.h"

#include "prompts/PromptParameters.h"

#include <QSet>

namespace pwb {

void ReadLog::error(int line, int column, const QString &field, const QString &message)
{
    m_problems.append({m_fileName, line, column, field, message, false});
}

void ReadLog::warning(int line, int column, const QString &field, const QString &message)
{
    m_problems.append({m_fileName, line, column, field, message, true});
}

bool ReadLog::hasErrors() const
{
    for (const PromptFileProblem &problem : m_problems) {
        if (!problem.warning) {
            return true;
        }
    }
    return false;
}

PromptFileReadResult ReadLog::fail() const
{
    return PromptFileReadResult::failure({m_problems});
}

PromptFileReadResult ReadLog::finish(PromptFile file)
{
    if (file.name.trimmed().isEmpty()) {
        error(0, 0, QStringLiteral("name"), tr("a prompt file names its prompt"));
    }
    if (!file.folderPath.isEmpty()) {
        for (const QString &folder : file.folderPath.split(u'/')) {
            if (folder.trimmed().isEmpty()) {
                error(0, 0, QStringLiteral("folder"),
                      tr("\"%1\" has an empty folder name (folders are separated by '/')")
                          .arg(file.folderPath));
                break;
            }
        }
    }
    QSet<QString> names;
    for (const VariableDefinition &variable : std::as_const(file.content.variables)) {
        if (variable.name.trimmed().isEmpty()) {
            error(0, 0, QStringLiteral("variables"), tr("a variable has no name"));
        } else if (names.contains(variable.name)) {
            error(0, 0, QStringLiteral("variables"),
                  tr("the variable \"%1\" is defined twice").arg(variable.name));
        }
        names.insert(variable.name);
    }
    // Parameters the app would refuse to send are still kept (the file may come from a newer
    // version); the user learns about them now rather than at the first run.
    for (const ParameterProblem &problem : PromptParameters::check(file.content.parameters)) {
        warning(0, 0, QStringLiteral("parameters.%1").arg(problem.field), problem.message);
    }
    if (hasErrors()) {
        return PromptFileReadResult::failure({m_problems});
    }
    return PromptFileRead {std::move(file), m_problems};
}

} // namespace pwb
