#include "compare/CompareSessionsDialog.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace pwb {

CompareSessionsDialog::CompareSessionsDialog(const CompareRepository &repository,
                                             std::optional<qint64> promptId, QWidget *parent)
    : QDialog(parent)
    , m_repository(repository)
    , m_promptId(promptId)
{
    setObjectName(QStringLiteral("compareSessionsDialog"));
    setWindowTitle(tr("Open a Saved Comparison"));
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("compareSessions"));
    m_all = new QCheckBox(tr("Show the comparisons of every prompt"));
    m_all->setObjectName(QStringLiteral("allPrompts"));
    m_all->setChecked(!promptId);
    m_all->setEnabled(promptId.has_value());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_all);
    layout->addWidget(buttons);
    resize(520, 360);

    connect(m_all, &QCheckBox::toggled, this, &CompareSessionsDialog::reload);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_list, &QListWidget::currentRowChanged, this, [this, buttons](int row) {
        buttons->button(QDialogButtonBox::Open)->setEnabled(row >= 0);
    });
    reload();
}

void CompareSessionsDialog::reload()
{
    m_list->clear();
    const QList<CompareSessionRecord> sessions =
        m_repository.sessions(m_all->isChecked() ? std::nullopt : m_promptId);
    const QLocale locale;
    for (const CompareSessionRecord &session : sessions) {
        const QString when = locale.toString(QDateTime::fromMSecsSinceEpoch(session.createdAt),
                                             QLocale::ShortFormat);
        auto *item = new QListWidgetItem(
            tr("%1 — %2 · %n run(s)", nullptr, session.runCount).arg(session.name, when));
        item->setData(Qt::UserRole, session.id);
        m_list->addItem(item);
    }
    if (m_list->count() > 0) {
        m_list->setCurrentRow(0);
    }
}

std::optional<qint64> CompareSessionsDialog::chosenSession() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? std::optional<qint64>(item->data(Qt::UserRole).toLongLong()) : std::nullopt;
}

} // namespace pwb
