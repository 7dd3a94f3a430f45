#include "mainwindow/PromptSession.h"

#include "editor/PromptEditorPanel.h"
#include "storage/PromptRepository.h"

#include <QLineEdit>

namespace pwb {

namespace {
// A prompt never saved runs on the offline demo until the user picks a provider: it works
// with no key and no network.
const QString kStarterProvider = QStringLiteral("demo");
const QString kStarterModel = QStringLiteral("demo-fast");
} // namespace

PromptSession::PromptSession(PromptRepository &prompts, PromptEditorPanel *editor, QObject *parent)
    : QObject(parent)
    , m_prompts(prompts)
    , m_editor(editor)
{
    connect(editor, &PromptEditorPanel::nameEdited, this, [this](const QString &name) {
        if (!m_current) {
            return;
        }
        const Result<void> renamed = m_prompts.renamePrompt(*m_current, name);
        if (!renamed) {
            Q_EMIT message(renamed.error());
            return;
        }
        Q_EMIT promptRenamed(*m_current);
    });
    connect(editor, &PromptEditorPanel::tagsEdited, this, [this](const QStringList &tags) {
        if (!m_current) {
            return;
        }
        const Result<void> tagged = m_prompts.setTags(*m_current, tags);
        if (!tagged) {
            Q_EMIT message(tagged.error());
            return;
        }
        Q_EMIT promptRenamed(*m_current); // the library shows tags too
    });
}

void PromptSession::keepDraft()
{
    if (!m_current) {
        return;
    }
    if (m_editor->isModified()) {
        m_drafts.insert(*m_current, m_editor->content());
    } else {
        m_drafts.remove(*m_current);
    }
}

void PromptSession::open(qint64 promptId)
{
    if (m_current == promptId) {
        return;
    }
    const std::optional<PromptRecord> record = m_prompts.prompt(promptId);
    if (!record || record->deleted) {
        Q_EMIT message(tr("That prompt no longer exists."));
        return;
    }
    keepDraft();
    m_current = promptId;
    const QList<PromptVersionRecord> versions = m_prompts.versions(promptId);
    const PromptVersionRecord *latest = versions.isEmpty() ? nullptr : &versions.last();
    PromptContent content =
        latest ? latest->content : PromptContent::starter(kStarterProvider, kStarterModel);
    const bool hasDraft = m_drafts.contains(promptId);
    if (hasDraft) {
        content = m_drafts.value(promptId);
    }
    m_editor->openPrompt(promptId, record->name, record->tags, content, latest ? latest->id : 0,
                         latest ? latest->number : 0, latest ? latest->contentHash : QString());
    if (hasDraft) {
        Q_EMIT message(tr("Unsaved changes to \"%1\" restored.").arg(record->name));
    }
    Q_EMIT opened(promptId);
}

void PromptSession::saveVersion()
{
    if (!m_current) {
        Q_EMIT message(tr("Create or select a prompt first (Ctrl+N)."));
        return;
    }
    const QString note = m_editor->noteField()->text().trimmed();
    const std::optional<qint64> parent = m_editor->baseVersionId() > 0
        ? std::optional<qint64>(m_editor->baseVersionId())
        : std::nullopt;
    const Result<PromptRepository::SaveOutcome> saved =
        m_prompts.saveVersion(*m_current, m_editor->content(), note, parent);
    if (!saved) {
        Q_EMIT message(saved.error());
        return;
    }
    const PromptVersionRecord &version = saved.value().version;
    m_editor->setBaseVersion(version.id, version.number, version.contentHash);
    m_drafts.remove(*m_current);
    if (saved.value().created) {
        m_editor->noteField()->clear();
        Q_EMIT message(tr("Saved as version %1.").arg(version.number));
        Q_EMIT versionSaved(*m_current, version.id);
    } else {
        Q_EMIT message(tr("Nothing changed since version %1: no new version.").arg(version.number));
    }
}

void PromptSession::restoreVersion(qint64 versionId)
{
    const std::optional<PromptVersionRecord> version = m_prompts.version(versionId);
    if (!version || version->promptId != m_current) {
        Q_EMIT message(tr("That version is not one of this prompt's."));
        return;
    }
    m_editor->replaceContent(version->content, tr("Restore version %1").arg(version->number));
    Q_EMIT message(tr("Version %1 restored into the editor; save (Ctrl+S) to keep it as the "
                      "newest version.")
                       .arg(version->number));
}

QList<qint64> PromptSession::modifiedPrompts() const
{
    QList<qint64> result = m_drafts.keys();
    if (m_current && m_editor->isModified() && !result.contains(*m_current)) {
        result.append(*m_current);
    }
    return result;
}

void PromptSession::saveAllModified()
{
    keepDraft();
    for (auto it = m_drafts.cbegin(); it != m_drafts.cend(); ++it) {
        const Result<PromptRepository::SaveOutcome> saved =
            m_prompts.saveVersion(it.key(), it.value(), tr("Saved on quit"));
        if (!saved) {
            Q_EMIT message(saved.error());
        }
    }
    m_drafts.clear();
}

} // namespace pwb
