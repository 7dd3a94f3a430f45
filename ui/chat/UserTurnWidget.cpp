#include "chat/UserTurnWidget.h"

#include "common/PaletteColors.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace pwb {

UserTurnWidget::UserTurnWidget(const QString &text, QWidget *parent)
    : QFrame(parent)
    , m_text(text)
{
    setObjectName(QStringLiteral("userTurn"));
    setAutoFillBackground(true);
    QPalette tint = palette();
    tint.setColor(QPalette::Window, palette::tinted(tint, tint.color(QPalette::Highlight), 0.10));
    setPalette(tint);

    auto *title = new QLabel(tr("<b>You</b>"));
    m_edit = new QToolButton;
    m_edit->setObjectName(QStringLiteral("editTurn"));
    m_edit->setText(tr("Edit"));
    m_edit->setAutoRaise(true);
    m_copy = new QToolButton;
    m_copy->setText(tr("Copy"));
    m_copy->setAutoRaise(true);
    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(m_copy);
    header->addWidget(m_edit);

    m_label = new QLabel(text);
    m_label->setObjectName(QStringLiteral("userText"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *editPage = new QWidget;
    m_editor = new QPlainTextEdit;
    m_editor->setObjectName(QStringLiteral("turnEditor"));
    m_editor->setTabChangesFocus(true);
    m_resend = new QPushButton(tr("Resend"));
    m_resend->setObjectName(QStringLiteral("resendTurn"));
    m_resend->setToolTip(tr("Replace this message and everything after it"));
    auto *cancel = new QPushButton(tr("Cancel"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(cancel);
    buttons->addWidget(m_resend);
    auto *editLayout = new QVBoxLayout(editPage);
    editLayout->setContentsMargins(0, 0, 0, 0);
    editLayout->addWidget(m_editor);
    editLayout->addLayout(buttons);

    m_editPage = editPage;
    m_editPage->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 6);
    layout->addLayout(header);
    layout->addWidget(m_label);
    layout->addWidget(m_editPage);

    connect(m_edit, &QToolButton::clicked, this, &UserTurnWidget::startEditing);
    connect(m_copy, &QToolButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_text); });
    connect(cancel, &QPushButton::clicked, this, &UserTurnWidget::stopEditing);
    connect(m_resend, &QPushButton::clicked, this, [this] {
        const QString edited = m_editor->toPlainText();
        if (edited.trimmed().isEmpty()) {
            return;
        }
        m_text = edited;
        m_label->setText(edited);
        stopEditing();
        Q_EMIT resendRequested(edited);
    });
}

void UserTurnWidget::setActionsEnabled(bool enabled)
{
    m_edit->setEnabled(enabled);
    m_resend->setEnabled(enabled);
}

void UserTurnWidget::startEditing()
{
    m_editor->setPlainText(m_text);
    m_label->hide();
    m_editPage->show();
    m_editor->setMinimumHeight(m_editor->fontMetrics().lineSpacing() * 4 + 12);
    m_editor->setFocus();
    m_editor->moveCursor(QTextCursor::End);
}

void UserTurnWidget::stopEditing()
{
    m_editPage->hide();
    m_label->show();
}

} // namespace pwb
