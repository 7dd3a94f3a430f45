#include "versions/LabelEditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace pwb {

LabelEditor::LabelEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("labelEditor"));
    m_prompt = new QLabel;
    m_combo = new QComboBox;
    m_combo->setObjectName(QStringLiteral("labelName"));
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(12);
    m_combo->lineEdit()->setPlaceholderText(tr("label name"));
    m_prompt->setBuddy(m_combo);

    auto *set = new QPushButton(tr("Set"));
    set->setObjectName(QStringLiteral("labelSet"));
    auto *cancel = new QPushButton(tr("Cancel"));
    cancel->setObjectName(QStringLiteral("labelCancel"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_prompt);
    layout->addWidget(m_combo, 1);
    layout->addWidget(set);
    layout->addWidget(cancel);

    const auto accept = [this] { Q_EMIT accepted(m_combo->currentText()); };
    connect(m_combo->lineEdit(), &QLineEdit::returnPressed, this, accept);
    connect(set, &QPushButton::clicked, this, accept);
    connect(cancel, &QPushButton::clicked, this, &LabelEditor::cancelled);
    m_combo->installEventFilter(this);
    m_combo->lineEdit()->installEventFilter(this);
}

void LabelEditor::start(const QString &prompt, const QStringList &labels)
{
    m_prompt->setText(prompt);
    m_combo->clear();
    m_combo->addItems(labels);
    m_combo->setCurrentIndex(-1);
    m_combo->clearEditText();
    show();
    m_combo->setFocus(Qt::OtherFocusReason);
}

bool LabelEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Esc is also the window's Stop shortcut: claim it first while the field has the focus.
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        if (static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
            event->accept();
            if (event->type() == QEvent::KeyPress) {
                Q_EMIT cancelled();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace pwb
