#include "editor/PromptEditorPanel.h"

#include "editor/EditorUndoCommand.h"
#include "editor/ParametersPanel.h"
#include "editor/VariablesPanel.h"
#include "prompts/TemplateVariables.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTextCursor>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace pwb {

namespace {
ChatMessage::Role toChatRole(MessageEditor::Role role)
{
    switch (role) {
    case MessageEditor::Role::System:
        return ChatMessage::Role::System;
    case MessageEditor::Role::Assistant:
        return ChatMessage::Role::Assistant;
    case MessageEditor::Role::User:
        break;
    }
    return ChatMessage::Role::User;
}

MessageEditor::Role toEditorRole(ChatMessage::Role role)
{
    switch (role) {
    case ChatMessage::Role::System:
        return MessageEditor::Role::System;
    case ChatMessage::Role::Assistant:
        return MessageEditor::Role::Assistant;
    case ChatMessage::Role::User:
        break;
    }
    return MessageEditor::Role::User;
}

QStringList tagsFromText(const QString &text)
{
    QStringList tags;
    for (const QString &tag : text.split(u',', Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty() && !tags.contains(tag.trimmed())) {
            tags.append(tag.trimmed());
        }
    }
    return tags;
}

// Where two texts first differ: the cursor goes there after undo or redo.
qsizetype firstDifference(const QString &a, const QString &b)
{
    const qsizetype common = qMin(a.size(), b.size());
    for (qsizetype i = 0; i < common; ++i) {
        if (a.at(i) != b.at(i)) {
            return i;
        }
    }
    return common;
}
} // namespace

PromptEditorPanel::PromptEditorPanel(QWidget *parent)
    : QWidget(parent)
    , m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("promptEditorPanel"));

    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("promptName"));
    m_name->setPlaceholderText(tr("Untitled prompt"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.25);
    m_name->setFont(nameFont);

    m_tags = new QLineEdit;
    m_tags->setObjectName(QStringLiteral("promptTags"));
    m_tags->setPlaceholderText(tr("Tags, separated by commas"));
    m_versionLabel = new QLabel;
    m_versionLabel->setObjectName(QStringLiteral("versionLabel"));
    auto *tagsRow = new QHBoxLayout;
    tagsRow->addWidget(m_tags, 1);
    tagsRow->addWidget(m_versionLabel);

    auto *addButton = new QToolButton;
    addButton->setObjectName(QStringLiteral("addMessage"));
    addButton->setText(tr("Add Message"));
    addButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    addButton->setPopupMode(QToolButton::InstantPopup);
    auto *roles = new QMenu(addButton);
    roles->addAction(tr("System"), this, [this] { addMessage(MessageEditor::Role::System); });
    roles->addAction(tr("User"), this, [this] { addMessage(MessageEditor::Role::User); });
    roles->addAction(tr("Assistant (example answer)"), this,
                     [this] { addMessage(MessageEditor::Role::Assistant); });
    addButton->setMenu(roles);

    auto *messages = new QWidget;
    m_messageLayout = new QVBoxLayout(messages);
    m_messageLayout->setContentsMargins(0, 0, 6, 0);
    m_messageLayout->setSpacing(10);
    auto *footer = new QHBoxLayout;
    footer->addWidget(addButton);
    footer->addStretch();
    m_messageLayout->addLayout(footer);
    m_messageLayout->addStretch();

    m_messageScroll = new QScrollArea;
    m_messageScroll->setObjectName(QStringLiteral("messageScroll"));
    m_messageScroll->setWidgetResizable(true);
    m_messageScroll->setFrameShape(QFrame::NoFrame);
    m_messageScroll->setWidget(messages);

    m_variables = new VariablesPanel;
    m_parameters = new ParametersPanel;
    auto *parametersScroll = new QScrollArea;
    parametersScroll->setWidgetResizable(true);
    parametersScroll->setFrameShape(QFrame::NoFrame);
    parametersScroll->setWidget(m_parameters);
    m_preview = new QPlainTextEdit;
    m_preview->setObjectName(QStringLiteral("requestPreview"));
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setPlaceholderText(tr("The request as it will be sent."));

    m_inspector = new QTabWidget;
    m_inspector->setObjectName(QStringLiteral("inspector"));
    m_inspector->setDocumentMode(true);
    m_inspector->addTab(m_variables, tr("Variables"));
    m_inspector->addTab(parametersScroll, tr("Parameters"));
    m_inspector->addTab(m_preview, tr("Preview"));

    m_split = new QSplitter(Qt::Vertical);
    m_split->setObjectName(QStringLiteral("editorSplitter"));
    m_split->setChildrenCollapsible(false);
    m_split->addWidget(m_messageScroll);
    m_split->addWidget(m_inspector);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_split->setSizes({600, 400}); // proportions: the messages get the larger part

    m_note = new QLineEdit;
    m_note->setObjectName(QStringLiteral("versionNote"));
    m_note->setPlaceholderText(tr("Note for the next version (optional), then Ctrl+S"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_name);
    layout->addLayout(tagsRow);
    layout->addWidget(m_split, 1);
    layout->addWidget(m_note);

    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        if (m_name->isModified()) {
            m_name->setModified(false);
            Q_EMIT nameEdited(m_name->text().trimmed());
        }
    });
    connect(m_tags, &QLineEdit::editingFinished, this, [this] {
        if (m_tags->isModified()) {
            m_tags->setModified(false);
            Q_EMIT tagsEdited(tagsFromText(m_tags->text()));
        }
    });
    connect(m_parameters, &ParametersPanel::changed, this,
            [this] { recordEdit(tr("Change parameters"), QStringLiteral("parameters")); });
    connect(m_variables, &VariablesPanel::definitionsChanged, this,
            [this] { recordEdit(tr("Change a default"), QStringLiteral("defaults")); });
    connect(m_variables, &VariablesPanel::valuesChanged, this, &PromptEditorPanel::previewNeeded);
    connect(m_inspector, &QTabWidget::currentChanged, this, [this] {
        if (m_inspector->currentWidget() == m_preview) {
            Q_EMIT previewNeeded();
        }
    });
    qApp->installEventFilter(this);

    applyContent(PromptContent::starter(), {});
    m_current = content();
    setMinimumWidth(300);
}

MessageEditor *PromptEditorPanel::createMessageEditor(MessageEditor::Role role)
{
    auto *editor = new MessageEditor(role);
    connect(editor, &MessageEditor::removeRequested, this, &PromptEditorPanel::removeMessage);
    connect(editor, &MessageEditor::moveRequested, this, &PromptEditorPanel::moveMessage);
    connect(editor, &MessageEditor::edited, this, [this](MessageEditor *changed) {
        recordEdit(tr("Typing"), QStringLiteral("message/%1").arg(m_messages.indexOf(changed)));
    });
    return editor;
}

MessageEditor *PromptEditorPanel::addMessage(MessageEditor::Role role)
{
    MessageEditor *editor = createMessageEditor(role);
    m_messages.append(editor);
    relayoutMessages();
    recordEdit(tr("Add message"), {});
    editor->textEdit()->setFocus();
    m_messageScroll->ensureWidgetVisible(editor);
    return editor;
}

void PromptEditorPanel::removeMessage(MessageEditor *editor)
{
    if (!m_messages.removeOne(editor)) {
        return;
    }
    editor->deleteLater();
    relayoutMessages();
    recordEdit(tr("Remove message"), {});
}

void PromptEditorPanel::moveMessage(MessageEditor *editor, int delta)
{
    const qsizetype from = m_messages.indexOf(editor);
    const qsizetype to = from + delta;
    if (from < 0 || to < 0 || to >= m_messages.size()) {
        return;
    }
    m_messages.move(from, to);
    relayoutMessages();
    recordEdit(tr("Move message"), {});
    editor->textEdit()->setFocus();
}

void PromptEditorPanel::relayoutMessages()
{
    for (MessageEditor *editor : std::as_const(m_messages)) {
        m_messageLayout->removeWidget(editor);
    }
    for (qsizetype i = 0; i < m_messages.size(); ++i) {
        m_messageLayout->insertWidget(int(i), m_messages.at(i));
    }
}

PromptContent PromptEditorPanel::content() const
{
    PromptContent content;
    for (const MessageEditor *editor : m_messages) {
        content.messages.append({toChatRole(editor->role()), editor->text()});
    }
    content.parameters = m_parameters->parameters();
    content.variables = m_variables->definitions();
    content.providerId = m_parameters->providerId();
    content.model = m_parameters->model();
    return content;
}

void PromptEditorPanel::applyContent(const PromptContent &content, const QString &field)
{
    m_applying = true;
    // Reuse editors where the count allows, so the focused one keeps its place.
    while (m_messages.size() > content.messages.size()) {
        m_messages.takeLast()->deleteLater();
    }
    while (m_messages.size() < content.messages.size()) {
        m_messages.append(createMessageEditor(MessageEditor::Role::User));
    }
    relayoutMessages();
    for (qsizetype i = 0; i < content.messages.size(); ++i) {
        MessageEditor *editor = m_messages.at(i);
        const QString before = editor->text();
        editor->setRole(toEditorRole(content.messages.at(i).role));
        editor->setText(content.messages.at(i).content);
        if (field == QStringLiteral("message/%1").arg(i)) {
            // Undo/redo of typing: back to the field, the cursor where the text changed.
            QTextCursor cursor = editor->textEdit()->textCursor();
            cursor.setPosition(int(
                qMin(firstDifference(before, editor->text()), qsizetype(editor->text().size()))));
            editor->textEdit()->setTextCursor(cursor);
            editor->textEdit()->setFocus();
        }
    }
    m_parameters->setValues(content.providerId, content.model, content.parameters);
    m_variables->setDefinitions(content.variables);
    m_current = content;
    m_applying = false;
    refreshVariables();
    updateVersionLabel();
    Q_EMIT contentChanged();
    Q_EMIT previewNeeded();
}

void PromptEditorPanel::recordEdit(const QString &undoText, const QString &field)
{
    if (m_applying) {
        return;
    }
    PromptContent now = content();
    if (field.startsWith(u"message/")) {
        refreshVariables();
        now.variables = m_variables->definitions();
    }
    if (now == m_current) {
        return;
    }
    m_undo->push(new EditorUndoCommand(
        undoText, m_current, now, field,
        [this](const PromptContent &target, const QString &at) { applyContent(target, at); }));
    m_current = now;
    updateVersionLabel();
    Q_EMIT contentChanged();
    Q_EMIT previewNeeded();
}

void PromptEditorPanel::replaceContent(const PromptContent &content, const QString &undoText)
{
    if (content == m_current) {
        return;
    }
    const PromptContent before = m_current;
    applyContent(content, {});
    m_undo->push(new EditorUndoCommand(
        undoText, before, content, {},
        [this](const PromptContent &target, const QString &at) { applyContent(target, at); }));
}

void PromptEditorPanel::openPrompt(qint64 promptId, const QString &name, const QStringList &tags,
                                   const PromptContent &content, qint64 baseVersionId,
                                   int baseVersionNumber, const QString &baseContentHash)
{
    m_promptId = promptId;
    m_baseVersionId = baseVersionId;
    m_baseVersionNumber = baseVersionNumber;
    m_baseHash = baseContentHash;
    m_name->setText(name);
    m_name->setModified(false);
    m_tags->setText(tags.join(QStringLiteral(", ")));
    m_tags->setModified(false);
    m_note->clear();
    applyContent(content, {});
    m_undo->clear();
    setEditingEnabled(true);
}

void PromptEditorPanel::setBaseVersion(qint64 versionId, int number, const QString &contentHash)
{
    m_baseVersionId = versionId;
    m_baseVersionNumber = number;
    m_baseHash = contentHash;
    m_undo->setClean();
    updateVersionLabel();
}

bool PromptEditorPanel::isModified() const
{
    if (m_baseHash.isEmpty()) {
        // Never saved: anything typed is a change worth keeping.
        return std::any_of(m_current.messages.cbegin(), m_current.messages.cend(),
                           [](const ChatMessage &message) { return !message.content.isEmpty(); });
    }
    return m_current.contentHash() != m_baseHash;
}

QString PromptEditorPanel::runTitle() const
{
    const QString name =
        m_name->text().trimmed().isEmpty() ? tr("Untitled prompt") : m_name->text().trimmed();
    if (m_baseVersionNumber == 0) {
        return tr("%1 · not saved").arg(name);
    }
    return isModified() ? tr("%1 · version %2, edited").arg(name).arg(m_baseVersionNumber)
                        : tr("%1 · version %2").arg(name).arg(m_baseVersionNumber);
}

void PromptEditorPanel::setEditingEnabled(bool enabled)
{
    m_name->setEnabled(enabled);
    m_tags->setEnabled(enabled);
    m_split->setEnabled(enabled);
    m_note->setEnabled(enabled);
}

void PromptEditorPanel::showInspectorLarge(QWidget *page)
{
    m_inspector->setCurrentWidget(page);
    const int total = m_split->height();
    m_split->setSizes({total / 4, total - total / 4});
}

void PromptEditorPanel::setPreviewText(const QString &text)
{
    if (m_preview->toPlainText() != text) {
        const int scroll =
            m_preview->verticalScrollBar() ? m_preview->verticalScrollBar()->value() : 0;
        m_preview->setPlainText(text);
        m_preview->verticalScrollBar()->setValue(scroll);
    }
}

void PromptEditorPanel::refreshVariables()
{
    QStringList texts;
    for (const MessageEditor *editor : std::as_const(m_messages)) {
        texts.append(editor->text());
    }
    QList<VariablesPanel::Slot> variableSlots;
    for (const TemplateVariable &variable : templateVariables(texts)) {
        variableSlots.append(
            {variable.name, variable.kind != TemplateVariable::Kind::Value, variable.fields});
    }
    m_variables->setSlots(variableSlots);
}

void PromptEditorPanel::updateVersionLabel()
{
    const bool modified = isModified();
    QString text;
    if (m_baseVersionNumber > 0) {
        text = modified ? tr("Version %1 · edited").arg(m_baseVersionNumber)
                        : tr("Version %1").arg(m_baseVersionNumber);
    } else {
        text = tr("Not saved yet");
    }
    m_versionLabel->setText(text);
    if (modified != m_wasModified) {
        m_wasModified = modified;
        Q_EMIT modifiedChanged(modified);
    }
}

bool PromptEditorPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Text fields take Ctrl+Z for themselves; inside the prompt (not the variable values, which
    // are not part of it, nor name and tags, which save at once) it must reach our stack instead.
    const QEvent::Type type = event->type();
    if (type == QEvent::ShortcutOverride || type == QEvent::KeyPress) {
        auto *widget = qobject_cast<QWidget *>(watched);
        auto *key = static_cast<QKeyEvent *>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo = key->matches(QKeySequence::Redo);
        if ((undo || redo) && widget && isAncestorOf(widget) && widget != m_name &&
            widget != m_tags && widget != m_note && widget->objectName() != u"value" &&
            widget != m_preview) {
            // Claim the key (override), then act on the press itself.
            event->accept();
            if (type == QEvent::KeyPress) {
                undo ? m_undo->undo() : m_undo->redo();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace pwb
