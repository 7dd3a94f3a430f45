#include "eval/EvalComparePanel.h"

#include "common/PaletteColors.h"
#include "eval/EvalStatusColors.h"
#include "storage/DatasetRepository.h"
#include "storage/EvalRepository.h"

#include <QHash>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pwb {

namespace {

QString verdict(const QString &status, std::optional<double> score)
{
    if (status.isEmpty()) {
        return EvalComparePanel::tr("no result");
    }
    return score ? QStringLiteral("%1 (%2)").arg(status).arg(*score, 0, 'f', 2) : status;
}

// The case's variables in one line, for recognising it in the list.
QString casePreview(const DatasetCase &testCase)
{
    QStringList parts;
    for (auto it = testCase.variables.begin(); it != testCase.variables.end(); ++it) {
        const QString value = it->isString()
            ? it->toString()
            : QString::fromUtf8(
                  QJsonDocument::fromVariant(it->toVariant()).toJson(QJsonDocument::Compact));
        parts << QStringLiteral("%1=%2").arg(it.key(), value.simplified());
    }
    QString text = parts.join(QStringLiteral(", "));
    return text.size() > 80 ? text.first(79) + QChar(0x2026) : text;
}

} // namespace

EvalComparePanel::EvalComparePanel(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    m_headline = new QLabel;
    m_headline->setObjectName(QStringLiteral("evalCompareHeadline"));
    m_headline->setWordWrap(true);
    m_table = new QTableWidget(0, 5);
    m_table->setObjectName(QStringLiteral("evalCompareTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Change"), tr("Case"), tr("Before"), tr("After"), tr("Column")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_table);
}

QString EvalComparePanel::kindName(EvalChange::Kind kind)
{
    switch (kind) {
    case EvalChange::Kind::Regression:
        return tr("Regression");
    case EvalChange::Kind::Improvement:
        return tr("Improvement");
    case EvalChange::Kind::ScoreDown:
        return tr("Score down");
    case EvalChange::Kind::ScoreUp:
        return tr("Score up");
    case EvalChange::Kind::Unchanged:
        break;
    }
    return tr("Unchanged");
}

void EvalComparePanel::compare(qint64 beforeRunId, qint64 afterRunId)
{
    m_changes = EvalSummary::compare(m_database, beforeRunId, afterRunId);
    EvalRepository evals(m_database);
    const std::optional<EvalRunInfo> before = evals.evalRun(beforeRunId);
    const std::optional<EvalRunInfo> after = evals.evalRun(afterRunId);
    QHash<qint64, DatasetCase> cases;
    if (after) {
        for (const DatasetCase &testCase : DatasetRepository(m_database).cases(after->datasetId)) {
            cases.insert(testCase.id, testCase);
        }
    }

    QHash<EvalChange::Kind, int> counts;
    m_table->setRowCount(int(m_changes.size()));
    for (int row = 0; row < m_changes.size(); ++row) {
        const EvalChange &change = m_changes.at(row);
        ++counts[change.kind];
        const QStringList texts {
            kindName(change.kind),
            tr("#%1  %2").arg(change.casePosition + 1).arg(casePreview(cases.value(change.caseId))),
            verdict(change.statusBefore, change.scoreBefore),
            verdict(change.statusAfter, change.scoreAfter),
            QStringLiteral("%1/%2").arg(change.after.providerId, change.after.model)};
        for (int column = 0; column < texts.size(); ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            if (column == 2 || column == 3) {
                const QColor tint =
                    evalStatusTint(column == 2 ? change.statusBefore : change.statusAfter);
                if (tint.isValid()) {
                    item->setBackground(palette::tinted(palette(), tint, 0.28));
                }
            }
            if (column == 0 && change.kind != EvalChange::Kind::Unchanged) {
                const bool worse = change.kind == EvalChange::Kind::Regression ||
                    change.kind == EvalChange::Kind::ScoreDown;
                item->setForeground(worse ? palette::errorText(palette())
                                          : palette::successText(palette()));
                QFont font = item->font();
                font.setBold(change.kind == EvalChange::Kind::Regression ||
                             change.kind == EvalChange::Kind::Improvement);
                item->setFont(font);
            }
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(2);
    m_table->resizeColumnToContents(3);

    const auto name = [](const std::optional<EvalRunInfo> &run, qint64 id) {
        return run && !run->name.isEmpty() ? run->name : tr("eval run %1").arg(id);
    };
    m_headline->setText(
        tr("<b>%1</b> → <b>%2</b>: %3, %4, %5, %6, %7.")
            .arg(name(before, beforeRunId).toHtmlEscaped(), name(after, afterRunId).toHtmlEscaped())
            .arg(tr("%n regression(s)", nullptr, counts.value(EvalChange::Kind::Regression)),
                 tr("%n improvement(s)", nullptr, counts.value(EvalChange::Kind::Improvement)),
                 tr("%n score(s) down", nullptr, counts.value(EvalChange::Kind::ScoreDown)),
                 tr("%n score(s) up", nullptr, counts.value(EvalChange::Kind::ScoreUp)),
                 tr("%n unchanged", nullptr, counts.value(EvalChange::Kind::Unchanged))));
}

} // namespace pwb
