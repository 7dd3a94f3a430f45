#include "library/PromptFileActions.h"

#include "export/PromptFolderTransfer.h"
#include "storage/PromptRepository.h"

#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>

namespace pwb {

namespace {

QString filters()
{
    return PromptFileActions::tr("Prompty (*.prompty);;Prompt Workbench JSON (*.json);;Markdown "
                                 "(*.md)");
}

} // namespace

PromptFileActions::PromptFileActions(PromptRepository &prompts, QWidget *window)
    : QObject(window)
    , m_prompts(prompts)
    , m_window(window)
{ }

Result<QString> PromptFileActions::exportTo(qint64 promptId, const QString &filePath)
{
    const std::optional<PromptFileFormat> format = PromptFiles::formatOf(filePath);
    if (!format) {
        return Result<QString>::failure(
            tr("%1: a prompt file's name ends in .prompty, .json or .md")
                .arg(QDir::toNativeSeparators(filePath)));
    }
    const std::optional<PromptRecord> prompt = m_prompts.prompt(promptId);
    const QList<PromptVersionRecord> versions = m_prompts.versions(promptId);
    if (!prompt || versions.isEmpty()) {
        return Result<QString>::failure(
            tr("The prompt has no saved version yet: save one (Ctrl+S), then export it."));
    }
    const PromptFolderTransfer transfer(m_prompts);
    const Result<QByteArray> data =
        PromptFiles::write(transfer.fileFor(*prompt, versions.last()), *format);
    if (!data) {
        return Result<QString>::failure(data.error());
    }
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(data.value()) != data.value().size() ||
        !file.commit()) {
        return Result<QString>::failure(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(filePath), file.errorString()));
    }
    return tr("Exported \"%1\" version %2 to %3")
        .arg(prompt->name)
        .arg(versions.last().number)
        .arg(QDir::toNativeSeparators(filePath));
}

void PromptFileActions::exportPrompt(qint64 promptId, bool unsavedEdits)
{
    const std::optional<PromptRecord> prompt = m_prompts.prompt(promptId);
    if (!prompt) {
        return;
    }
    QString filter = tr("Prompty (*.prompty)");
    const QString suggested = QDir::home().filePath(
        PromptFolderTransfer::safeFileName(prompt->name) + QStringLiteral(".prompty"));
    QString path =
        QFileDialog::getSaveFileName(m_window, tr("Export Prompt"), suggested, filters(), &filter);
    if (path.isEmpty()) {
        return;
    }
    if (!PromptFiles::formatOf(path)) {
        // The filter chosen names the format when the typed name has no known extension.
        const qsizetype star = filter.indexOf(QLatin1String("*."));
        path += filter.mid(star + 1, filter.indexOf(u')', star) - star - 1);
    }
    const Result<QString> exported = exportTo(promptId, path);
    if (!exported) {
        QMessageBox::warning(m_window, tr("Export Prompt"), exported.error());
        return;
    }
    Q_EMIT message(unsavedEdits ? tr("%1 (your unsaved edits are not in it: save a version first)")
                                      .arg(exported.value())
                                : exported.value());
}

void PromptFileActions::exportFolder(std::optional<qint64> folderId)
{
    const PromptFolderTransfer transfer(m_prompts);
    const std::optional<QString> path = transfer.folderPath(folderId);
    if (!path) {
        return;
    }
    const QString title =
        path->isEmpty() ? tr("Export All Prompts") : tr("Export Folder \"%1\"").arg(*path);
    // Markdown first: it is the format that can hold any prompt and reads well in a repository.
    const QList<std::pair<QString, PromptFileFormat>> formats {
        {tr("Markdown with front matter (.md)"), PromptFileFormat::Markdown},
        {tr("Prompty (.prompty)"), PromptFileFormat::Prompty},
        {tr("Prompt Workbench JSON (.json)"), PromptFileFormat::Json}};
    QStringList names;
    for (const auto &[name, format] : formats) {
        names.append(name);
    }
    bool chosen = false;
    const QString name = QInputDialog::getItem(m_window, title, tr("One file per prompt, as:"),
                                               names, 0, false, &chosen);
    if (!chosen) {
        return;
    }
    const QString directory = QFileDialog::getExistingDirectory(m_window, title, QDir::homePath());
    if (directory.isEmpty()) {
        return;
    }
    const Result<int> written =
        exportFolderTo(folderId, directory, formats.at(names.indexOf(name)).second);
    if (!written) {
        QMessageBox::warning(m_window, title, written.error());
    }
}

Result<int> PromptFileActions::exportFolderTo(std::optional<qint64> folderId,
                                              const QString &directory, PromptFileFormat format)
{
    const auto exported = PromptFolderTransfer(m_prompts).exportFolder(folderId, directory, format);
    if (!exported) {
        return Result<int>::failure(exported.error());
    }
    const int count = int(exported.value().size());
    Q_EMIT message(tr("Exported %n prompt(s) to %1.", nullptr, count)
                       .arg(QDir::toNativeSeparators(directory)));
    return count;
}

void PromptFileActions::importPrompts()
{
    QMessageBox question(QMessageBox::Question, tr("Import Prompts"),
                         tr("Import prompt files, or a folder of them (with its subfolders)?"),
                         QMessageBox::Cancel, m_window);
    QPushButton *files = question.addButton(tr("Files…"), QMessageBox::AcceptRole);
    QPushButton *folder = question.addButton(tr("Folder…"), QMessageBox::AcceptRole);
    question.setDefaultButton(files);
    question.exec();
    QStringList paths;
    if (question.clickedButton() == files) {
        paths = QFileDialog::getOpenFileNames(m_window, tr("Import Prompts"), QDir::homePath(),
                                              tr("Prompt files (*.prompty *.json *.md)"));
    } else if (question.clickedButton() == folder) {
        const QString directory = QFileDialog::getExistingDirectory(
            m_window, tr("Import a Folder of Prompts"), QDir::homePath());
        if (!directory.isEmpty()) {
            paths = {directory};
        }
    }
    if (!paths.isEmpty()) {
        importPaths(paths);
    }
}

bool PromptFileActions::importPaths(const QStringList &paths)
{
    PromptFolderTransfer transfer(m_prompts);
    const auto report = transfer.importPaths(paths);
    if (!report) {
        const int errors = int(report.error().errors().size());
        showProblems(tr("Nothing was imported: %n problem(s) to fix first.", nullptr, errors),
                     report.error().problems);
        return false;
    }
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    for (const PromptFolderTransfer::Imported &each : report.value().prompts) {
        switch (each.outcome) {
        case PromptFolderTransfer::Imported::Outcome::Created:
            ++created;
            break;
        case PromptFolderTransfer::Imported::Outcome::Updated:
            ++updated;
            break;
        case PromptFolderTransfer::Imported::Outcome::Unchanged:
            ++unchanged;
            break;
        }
    }
    Q_EMIT imported();
    Q_EMIT message(tr("Imported %n prompt(s): %1 new, %2 with a new version, %3 unchanged.",
                      nullptr, int(report.value().prompts.size()))
                       .arg(created)
                       .arg(updated)
                       .arg(unchanged));
    if (!report.value().warnings.isEmpty()) {
        showProblems(
            tr("Imported, with %n warning(s).", nullptr, int(report.value().warnings.size())),
            report.value().warnings);
    }
    return true;
}

void PromptFileActions::showProblems(const QString &text, const QList<PromptFileProblem> &problems)
{
    QStringList lines;
    for (const PromptFileProblem &problem : problems) {
        lines.append(problem.toString());
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Import Prompts"), text, QMessageBox::Ok,
                                m_window);
    box->setObjectName(QStringLiteral("promptImportProblems"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    // The first few where they are seen at once; all of them, to copy, under "Show Details".
    box->setInformativeText(
        lines.mid(0, 5).join(u'\n') +
        (lines.size() > 5 ? tr("\n… and %1 more").arg(lines.size() - 5) : QString()));
    box->setDetailedText(lines.join(u'\n'));
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

} // namespace pwb
