#include "editor/MessageEditor.h"

#include "editor/TemplateHighlighter.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QStyle>
#include <QTextBlock>
#include <QToolButton>
#include <QVBoxLayout>

namespace pwb {

namespace {
constexpr int kMinTextLines = 3;
constexpr int kMaxTextLines = 18; // beyond this the editor scrolls instead of growing
} // namespace

MessageEditor::MessageEditor(Role role, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("messageEditor"));

    m_role = new QComboBox;
    m_role->setObjectName(QStringLiteral("messageRole"));
    m_role->addItem(tr("System"), QVariant::fromValue(Role::System));
    m_role->addItem(tr("User"), QVariant::fromValue(Role::User));
    m_role->addItem(tr("Assistant"), QVariant::fromValue(Role::Assistant));

    auto makeButton = [this](QStyle::StandardPixmap icon, const QString &tip) {
        auto *button = new QToolButton;
        button->setIcon(style()->standardIcon(icon));
        button->setToolTip(tip);
        button->setAutoRaise(true);
        return button;
    };
    QToolButton *up = makeButton(QStyle::SP_ArrowUp, tr("Move this message up"));
    QToolButton *down = makeButton(QStyle::SP_ArrowDown, tr("Move this message down"));
    QToolButton *remove = makeButton(QStyle::SP_TitleBarCloseButton, tr("Remove this message"));
    remove->setObjectName(QStringLiteral("removeMessage"));

    auto *header = new QHBoxLayout;
    header->addWidget(m_role);
    header->addStretch();
    header->addWidget(up);
    header->addWidget(down);
    header->addWidget(remove);

    m_text = new QPlainTextEdit;
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setTabChangesFocus(true);
    // Undo belongs to the prompt editor's stack, which also covers adding, removing and
    // reordering messages and the parameters; a second stack per text box would disagree.
    m_text->setUndoRedoEnabled(false);
    // The editor's height follows its text (fitHeightToText); it must not soak up the free
    // space of the message list, which belongs below the last message.
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_highlighter = new TemplateHighlighter(m_text->document());
    m_highlighter->adaptToPalette(palette());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_text);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    connect(up, &QToolButton::clicked, this, [this] { Q_EMIT moveRequested(this, -1); });
    connect(down, &QToolButton::clicked, this, [this] { Q_EMIT moveRequested(this, +1); });
    connect(remove, &QToolButton::clicked, this, [this] { Q_EMIT removeRequested(this); });
    connect(m_role, &QComboBox::currentIndexChanged, this, &MessageEditor::updatePlaceholder);
    connect(m_role, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT edited(this); });
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] { Q_EMIT edited(this); });
    connect(m_text->document(), &QTextDocument::contentsChanged, this,
            &MessageEditor::fitHeightToText);

    setRole(role);
    fitHeightToText();
}

MessageEditor::Role MessageEditor::role() const
{
    return m_role->currentData().value<Role>();
}

void MessageEditor::setRole(Role role)
{
    if (m_role->currentData().value<Role>() == role && m_role->currentIndex() >= 0) {
        return;
    }
    m_role->setCurrentIndex(m_role->findData(QVariant::fromValue(role)));
    updatePlaceholder();
}

QString MessageEditor::text() const
{
    return m_text->toPlainText();
}

void MessageEditor::setText(const QString &text)
{
    if (m_text->toPlainText() != text) {
        m_text->setPlainText(text);
    }
}

void MessageEditor::updatePlaceholder()
{
    switch (role()) {
    case Role::System:
        m_text->setPlaceholderText(tr("Instructions for the model: its role, rules and output "
                                      "format. Use {{variable}} for values filled in per run."));
        break;
    case Role::User:
        m_text->setPlaceholderText(tr("What the user says, e.g. Summarise {{document}} in "
                                      "{{length}} bullet points."));
        break;
    case Role::Assistant:
        m_text->setPlaceholderText(
            tr("An example answer (few-shot turn) the model should imitate."));
        break;
    }
}

void MessageEditor::fitHeightToText()
{
    // The editor grows with its text (between a few lines and a screenful) so that a prompt
    // reads as one page in the scroll area instead of a stack of tiny scrolling boxes.
    const int lines = qBound(kMinTextLines, m_text->document()->lineCount(), kMaxTextLines);
    const int lineHeight = m_text->fontMetrics().lineSpacing();
    const int frame = 2 * m_text->frameWidth() + int(2 * m_text->document()->documentMargin());
    m_text->setFixedHeight(lines * lineHeight + frame);
}

void MessageEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_highlighter->adaptToPalette(palette()); // light/dark theme follows the system
    }
    QWidget::changeEvent(event);
}

} // namespace pwb
