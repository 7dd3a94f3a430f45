#include "export/PromptFile.h"

#include "export/PromptJsonFormat.h"
#include "export/PromptMarkdownFormat.h"
#include "export/PromptyFormat.h"

#include <QFileInfo>

namespace pwb {

QString PromptFileProblem::toString() const
{
    QString where = fileName;
    if (line > 0) {
        where += u':' + QString::number(line);
        if (column > 0) {
            where += u':' + QString::number(column);
        }
    }
    QString text = field.isEmpty() ? message : tr("%1: %2").arg(field, message);
    if (warning) {
        text = tr("warning: %1").arg(text);
    }
    return where.isEmpty() ? text : tr("%1: %2").arg(where, text);
}

bool PromptFileProblems::hasErrors() const
{
    return !errors().isEmpty();
}

QList<PromptFileProblem> PromptFileProblems::errors() const
{
    QList<PromptFileProblem> found;
    for (const PromptFileProblem &problem : problems) {
        if (!problem.warning) {
            found.append(problem);
        }
    }
    return found;
}

QList<PromptFileProblem> PromptFileProblems::warnings() const
{
    QList<PromptFileProblem> found;
    for (const PromptFileProblem &problem : problems) {
        if (problem.warning) {
            found.append(problem);
        }
    }
    return found;
}

QString PromptFileProblems::toString() const
{
    QStringList lines;
    for (const PromptFileProblem &problem : problems) {
        lines.append(problem.toString());
    }
    return lines.join(u'\n');
}

std::optional<PromptFileFormat> PromptFiles::formatOf(const QString &fileName)
{
    return formatNamed(QFileInfo(fileName).suffix().toLower());
}

std::optional<PromptFileFormat> PromptFiles::formatNamed(const QString &name)
{
    if (name == QLatin1String("prompty")) {
        return PromptFileFormat::Prompty;
    }
    if (name == QLatin1String("json")) {
        return PromptFileFormat::Json;
    }
    if (name == QLatin1String("md") || name == QLatin1String("markdown")) {
        return PromptFileFormat::Markdown;
    }
    return std::nullopt;
}

QString PromptFiles::extension(PromptFileFormat format)
{
    switch (format) {
    case PromptFileFormat::Prompty:
        return QStringLiteral(".prompty");
    case PromptFileFormat::Json:
        return QStringLiteral(".json");
    case PromptFileFormat::Markdown:
        return QStringLiteral(".md");
    }
    return {};
}

QStringList PromptFiles::nameFilters()
{
    return {QStringLiteral("*.prompty"), QStringLiteral("*.json"), QStringLiteral("*.md")};
}

Result<QByteArray> PromptFiles::write(const PromptFile &file, PromptFileFormat format)
{
    Result<QByteArray> written = Result<QByteArray>::failure({});
    switch (format) {
    case PromptFileFormat::Prompty:
        written = PromptyFormat::write(file);
        break;
    case PromptFileFormat::Json:
        written = PromptJsonFormat::write(file);
        break;
    case PromptFileFormat::Markdown:
        written = PromptMarkdownFormat::write(file);
        break;
    }
    if (!written) {
        return written;
    }
    // The promise of every format: what is written reads back as the same prompt version. A
    // writer that cannot keep it refuses above; this catches what no rule foresaw.
    const PromptFileReadResult back = read(written.value(), QString(), format);
    if (!back || !(back.value().file == file)) {
        return Result<QByteArray>::failure(
            tr("\"%1\" cannot be written as %2 so that it reads back the same; use JSON, "
               "which keeps any text exactly")
                .arg(file.name, extension(format)));
    }
    return written;
}

PromptFileReadResult PromptFiles::read(const QByteArray &data, const QString &fileName,
                                       PromptFileFormat format)
{
    switch (format) {
    case PromptFileFormat::Prompty:
        return PromptyFormat::read(data, fileName);
    case PromptFileFormat::Json:
        return PromptJsonFormat::read(data, fileName);
    case PromptFileFormat::Markdown:
        return PromptMarkdownFormat::read(data, fileName);
    }
    return PromptFileReadResult::failure({});
}

PromptFileReadResult PromptFiles::read(const QByteArray &data, const QString &fileName)
{
    const std::optional<PromptFileFormat> format = formatOf(fileName);
    if (!format) {
        return PromptFileReadResult::failure(
            {{{fileName,
               0,
               0,
               {},
               tr("not a prompt file: the name ends in .prompty, .json or .md"),
               false}}});
    }
    return read(data, fileName, *format);
}

} // namespace pwb
