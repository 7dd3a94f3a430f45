#include "eval/AssertionsDialog.h"

#include "common/PaletteColors.h"
#include "eval/Assertion.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pwb {

AssertionsDialog::AssertionsDialog(const QString &title, const QJsonArray &assertions,
                                   QWidget *parent)
    : QDialog(parent)
    , m_assertions(assertions)
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("assertionsDialog"));
    auto *hint = new QLabel(
        tr("A JSON list of assertions, e.g. <code>[{\"type\": \"contains\", \"value\": "
           "\"{{city}}\"}, {\"type\": \"max-latency\", \"value\": 5000}]</code>. Every type "
           "and field: docs/ASSERTIONS.md."));
    hint->setWordWrap(true);
    hint->setTextFormat(Qt::RichText);
    m_editor = new QPlainTextEdit;
    m_editor->setObjectName(QStringLiteral("assertionsEditor"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setPlainText(
        QString::fromUtf8(QJsonDocument(assertions).toJson(QJsonDocument::Indented)));
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("assertionsProblem"));
    m_problem->setWordWrap(true);
    QPalette errorPalette = m_problem->palette();
    errorPalette.setColor(QPalette::WindowText, palette::errorText(errorPalette));
    m_problem->setPalette(errorPalette);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &AssertionsDialog::check);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
    resize(620, 460);
}

void AssertionsDialog::check()
{
    const auto fail = [this](const QString &problem) {
        m_problem->setText(problem);
        m_problem->show();
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    };
    const QString text = m_editor->toPlainText();
    QJsonArray array;
    if (!text.trimmed().isEmpty()) {
        QJsonParseError error {};
        const QByteArray bytes = text.toUtf8();
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError) {
            const QByteArray before =
                bytes.first(std::clamp<qsizetype>(error.offset, 0, bytes.size()));
            const qsizetype line = before.count('\n') + 1;
            const qsizetype column =
                QString::fromUtf8(before.sliced(before.lastIndexOf('\n') + 1)).size() + 1;
            fail(tr("Line %1, column %2: %3").arg(line).arg(column).arg(error.errorString()));
            return;
        }
        if (!document.isArray()) {
            fail(tr("The assertions must be a JSON list: [ … ]."));
            return;
        }
        array = document.array();
    }
    if (const auto read = Assertion::listFromJson(array); !read) {
        fail(read.error());
        return;
    }
    m_assertions = array;
    m_problem->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
}

} // namespace pwb
