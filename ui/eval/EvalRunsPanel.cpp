#include "eval/EvalRunsPanel.h"

#include "storage/EvalRepository.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pwb {

namespace {

constexpr int kRunIdRole = Qt::UserRole + 1;

QString statusText(const QString &status)
{
    if (status == u"running") {
        return EvalRunsPanel::tr("running");
    }
    if (status == u"complete") {
        return EvalRunsPanel::tr("complete");
    }
    if (status == u"cancelled") {
        return EvalRunsPanel::tr("cancelled");
    }
    if (status == u"interrupted") {
        return EvalRunsPanel::tr("interrupted");
    }
    return EvalRunsPanel::tr("failed");
}

} // namespace

EvalRunsPanel::EvalRunsPanel(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    m_table = new QTableWidget(0, 5);
    m_table->setObjectName(QStringLiteral("evalRuns"));
    m_table->setHorizontalHeaderLabels(
        {tr("Eval run"), tr("Dataset"), tr("Status"), tr("Pass rate"), tr("Started")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        if (const std::optional<qint64> run = currentRun()) {
            Q_EMIT runSelected(*run);
        }
    });
    reload();
}

void EvalRunsPanel::reload()
{
    const std::optional<qint64> selected = currentRun();
    const QSignalBlocker blocker(m_table);
    const QList<EvalRunInfo> runs = EvalRepository(m_database).evalRuns();
    m_table->setRowCount(int(runs.size()));
    const QLocale locale;
    for (int row = 0; row < runs.size(); ++row) {
        const EvalRunInfo &run = runs.at(row);
        const QString rate = run.results > 0
            ? tr("%1% of %2").arg(100.0 * run.passed / run.results, 0, 'f', 1).arg(run.results)
            : QStringLiteral("–");
        const QStringList texts {
            run.name.isEmpty() ? tr("Eval run %1").arg(run.id) : run.name, run.datasetName,
            statusText(run.status), rate,
            locale.toString(QDateTime::fromMSecsSinceEpoch(run.createdAt), QLocale::ShortFormat)};
        for (int column = 0; column < texts.size(); ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            item->setData(kRunIdRole, run.id);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    if (selected) {
        selectRun(*selected);
    }
}

void EvalRunsPanel::selectRun(qint64 evalRunId)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(kRunIdRole).toLongLong() == evalRunId) {
            m_table->selectRow(row);
            return;
        }
    }
}

std::optional<qint64> EvalRunsPanel::currentRun() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty()) {
        return std::nullopt;
    }
    return selected.first()->data(kRunIdRole).toLongLong();
}

} // namespace pwb
