#include "compare/CompareGridDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pwb {

CompareGridDialog::CompareGridDialog(const QList<CompareVersionChoice> &versions,
                                     const QStringList &models, int maxColumns, QWidget *parent)
    : QDialog(parent)
    , m_maxColumns(maxColumns)
{
    setObjectName(QStringLiteral("compareGridDialog"));
    setWindowTitle(tr("Versions × Models"));
    m_versions = new QListWidget;
    m_versions->setObjectName(QStringLiteral("gridVersions"));
    for (const CompareVersionChoice &choice : versions) {
        auto *item = new QListWidgetItem(choice.text);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(Qt::UserRole, choice.versionId ? *choice.versionId : qint64(0));
        item->setData(Qt::UserRole + 1, choice.number);
        m_versions->addItem(item);
    }
    m_models = new QPlainTextEdit(models.join(u'\n'));
    m_models->setObjectName(QStringLiteral("gridModels"));
    m_models->setPlaceholderText(tr("One per line: provider/model, or a model of the prompt's "
                                    "provider\nopenai/gpt-4o-mini\nanthropic/claude-sonnet-4-5"));
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("gridCount"));
    m_count->setWordWrap(true);

    auto *lists = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Prompt versions")));
    left->addWidget(m_versions);
    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Models")));
    right->addWidget(m_models);
    lists->addLayout(left);
    lists->addLayout(right);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Make Columns"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(lists, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_buttons);
    resize(560, 340);

    connect(m_versions, &QListWidget::itemChanged, this, &CompareGridDialog::update);
    connect(m_models, &QPlainTextEdit::textChanged, this, &CompareGridDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

Result<QList<CompareColumnSpec>> CompareGridDialog::parseModels(const QString &text)
{
    QList<CompareColumnSpec> models;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty()) {
            continue;
        }
        CompareColumnSpec spec;
        const qsizetype slash = line.indexOf(u'/');
        // Model names may contain slashes themselves (OpenRouter: "meta-llama/llama-3-70b"):
        // only the first one separates a provider.
        if (slash == 0 || slash == line.size() - 1) {
            return Result<QList<CompareColumnSpec>>::failure(
                tr("Models, line %1: \"%2\" is not provider/model").arg(i + 1).arg(line));
        }
        if (slash > 0) {
            spec.providerId = line.left(slash);
            spec.model = line.mid(slash + 1);
        } else {
            spec.model = line;
        }
        models.append(spec);
    }
    return models;
}

QList<CompareColumnSpec> CompareGridDialog::columns() const
{
    QList<CompareColumnSpec> versions;
    for (int i = 0; i < m_versions->count(); ++i) {
        const QListWidgetItem *item = m_versions->item(i);
        if (item->checkState() != Qt::Checked) {
            continue;
        }
        CompareColumnSpec version;
        if (const qint64 id = item->data(Qt::UserRole).toLongLong(); id > 0) {
            version.promptVersionId = id;
            version.versionNumber = item->data(Qt::UserRole + 1).toInt();
        }
        versions.append(version);
    }
    const Result<QList<CompareColumnSpec>> models = parseModels(m_models->toPlainText());
    if (!models || versions.isEmpty() || models.value().isEmpty()) {
        return {};
    }
    const QList<CompareColumnSpec> cells = CompareColumnSpec::grid(versions, models.value());
    return cells.size() <= m_maxColumns ? cells : QList<CompareColumnSpec>();
}

void CompareGridDialog::update()
{
    int versions = 0;
    for (int i = 0; i < m_versions->count(); ++i) {
        versions += m_versions->item(i)->checkState() == Qt::Checked ? 1 : 0;
    }
    const Result<QList<CompareColumnSpec>> models = parseModels(m_models->toPlainText());
    QString text;
    bool valid = false;
    if (!models) {
        text = models.error();
    } else {
        const qsizetype cells = versions * models.value().size();
        text = tr("%n version(s)", nullptr, versions) + QStringLiteral(" × ") +
            tr("%n model(s)", nullptr, int(models.value().size())) + QStringLiteral(" = ") +
            tr("%n column(s)", nullptr, int(cells));
        if (cells > m_maxColumns) {
            text += QStringLiteral(" — ") + tr("at most %1 fit side by side").arg(m_maxColumns);
        } else if (cells < 1) {
            text += QStringLiteral(" — ") + tr("tick at least one version and name a model");
        } else {
            valid = true;
        }
    }
    m_count->setText(text);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
}

} // namespace pwb
