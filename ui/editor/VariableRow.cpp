#include "editor/VariableRow.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextBlock>

namespace pwb {

VariableRow::VariableRow(const QString &name, bool section, const QStringList &fields,
                         QWidget *parent)
    : QWidget(parent)
    , m_name(name)
{
    setObjectName(QStringLiteral("variable.") + name);
    m_label = new QLabel(QStringLiteral("<code>{{%1}}</code>").arg(name.toHtmlEscaped()));
    m_label->setTextFormat(Qt::RichText);
    m_value = new QPlainTextEdit;
    m_value->setObjectName(QStringLiteral("value"));
    m_value->setTabChangesFocus(true);
    if (section) {
        QStringList pairs;
        for (const QString &field : fields) {
            pairs.append(QStringLiteral("\"%1\": …").arg(field));
        }
        const QString example = fields.isEmpty()
            ? QStringLiteral("[\"…\", \"…\"]")
            : QStringLiteral("[{%1}]").arg(pairs.join(QStringLiteral(", ")));
        m_value->setPlaceholderText(tr("JSON list or object, e.g. %1").arg(example));
        m_label->setToolTip(tr("Used as a section: give a list to repeat it, an object to "
                               "enter it, true/false to show or hide it."));
    } else {
        m_value->setPlaceholderText(tr("Value for the next run"));
    }
    m_default = new QLineEdit;
    m_default->setObjectName(QStringLiteral("default"));
    m_default->setPlaceholderText(tr("Default (saved with the prompt)"));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 0, 0, Qt::AlignTop);
    layout->addWidget(m_value, 0, 1);
    layout->addWidget(m_default, 1, 1);
    layout->setColumnStretch(1, 1);

    connect(m_value, &QPlainTextEdit::textChanged, this, [this] {
        fitHeight();
        Q_EMIT valueEdited(m_name, m_value->toPlainText());
    });
    connect(m_default, &QLineEdit::textEdited, this,
            [this](const QString &text) { Q_EMIT defaultEdited(m_name, text); });
    fitHeight();
}

void VariableRow::setValue(const QString &value)
{
    if (m_value->toPlainText() != value) {
        const QSignalBlocker quiet(m_value);
        m_value->setPlainText(value);
        fitHeight();
    }
}

void VariableRow::setDefault(const QString &value)
{
    if (m_default->text() != value) {
        m_default->setText(value);
    }
}

void VariableRow::fitHeight()
{
    // Grows with its text up to eight lines, then scrolls: long values (articles) stay usable
    // without pushing every other variable off screen.
    const int lines = qBound(2, int(m_value->document()->lineCount()), 8);
    m_value->setFixedHeight(m_value->fontMetrics().lineSpacing() * lines + 10);
}

} // namespace pwb
