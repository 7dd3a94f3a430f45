#include "eval/EvalResultsPanel.h"

#include "common/PaletteColors.h"
#include "core/MoneyFormat.h"
#include "eval/EvalResultsModel.h"
#include "eval/EvalStatusColors.h"
#include "storage/StoredRun.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QPainter>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace pwb {

namespace {

// Tints a cell by its status (green pass, red fail, amber error) from the palette, so the
// colours suit a dark theme as well as a light one.
class StatusDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        const QString status = index.data(EvalResultsModel::StatusRole).toString();
        if (const QColor tint = evalStatusTint(status); tint.isValid()) {
            painter->fillRect(option.rect, palette::tinted(option.palette, tint, 0.28));
        }
        QStyledItemDelegate::paint(painter, option, index);
    }
};

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

} // namespace

EvalResultsPanel::EvalResultsPanel(Database &database, EvalSummary::CostFunction cost,
                                   QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_cost(std::move(cost))
{
    setObjectName(QStringLiteral("evalResults"));
    m_model = new EvalResultsModel(database, this);
    m_grid = new QTableView;
    m_grid->setObjectName(QStringLiteral("evalGrid"));
    m_grid->setModel(m_model);
    m_grid->setItemDelegate(new StatusDelegate(m_grid));
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    m_summary = new QTableWidget;
    m_summary->setObjectName(QStringLiteral("evalSummary"));
    m_summary->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_summary->setVerticalHeaderLabels({});

    m_details = new QTextBrowser;
    m_details->setObjectName(QStringLiteral("evalCellDetails"));
    m_details->setPlaceholderText(tr("Click a cell: its input, output, every assertion and its "
                                     "reason, timing and cost show here."));

    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_grid, 1);
    topLayout->addWidget(m_summary);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(top);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_grid, &QTableView::clicked, this,
            [this](const QModelIndex &index) { showCell(index.row(), index.column()); });
    connect(m_model, &QAbstractItemModel::columnsInserted, this, &EvalResultsPanel::updateSummary);
}

void EvalResultsPanel::showRun(qint64 evalRunId)
{
    m_model->load(evalRunId);
    m_details->clear();
    updateSummary();
}

void EvalResultsPanel::updateSummary()
{
    const QList<EvalColumnSummary> columns =
        EvalSummary::columns(m_database, m_model->evalRunId(), m_cost);
    const QStringList rows {tr("Pass rate"),   tr("Mean score"),      tr("Latency p50"),
                            tr("Latency p95"), tr("Tokens in / out"), tr("Cost")};
    m_summary->clear();
    m_summary->setRowCount(int(rows.size()));
    m_summary->setColumnCount(m_model->columnCount());
    m_summary->setVerticalHeaderLabels(rows);
    const QLocale locale;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        m_summary->setHorizontalHeaderItem(c, new QTableWidgetItem(m_model->columnLabel(c)));
        const EvalColumnKey &key = m_model->columnKey(c);
        const auto found =
            std::find_if(columns.cbegin(), columns.cend(),
                         [&key](const EvalColumnSummary &s) { return s.key == key; });
        if (found == columns.cend()) {
            continue;
        }
        const EvalColumnSummary &column = *found;
        const auto ms = [&locale](std::optional<qint64> value) {
            return value ? tr("%1 ms").arg(locale.toString(*value)) : QStringLiteral("–");
        };
        const QStringList values {
            tr("%1% (%2 of %3; %4 failed, %5 errors)")
                .arg(locale.toString(column.passRate() * 100.0, 'f', 1))
                .arg(column.passed)
                .arg(column.results)
                .arg(column.failed)
                .arg(column.errors),
            column.meanScore ? locale.toString(*column.meanScore, 'f', 3) : QStringLiteral("–"),
            ms(column.p50LatencyMs),
            ms(column.p95LatencyMs),
            tr("%1 / %2").arg(locale.toString(column.inputTokens),
                              locale.toString(column.outputTokens)),
            column.costUsd ? (column.unpricedRuns > 0 ? tr("%1 (+%2 runs without a price)")
                                                            .arg(formatUsd(*column.costUsd))
                                                            .arg(column.unpricedRuns)
                                                      : formatUsd(*column.costUsd))
                           : tr("unknown"),
        };
        for (int r = 0; r < values.size(); ++r) {
            m_summary->setItem(r, c, new QTableWidgetItem(values.at(r)));
        }
    }
    m_summary->resizeRowsToContents();
    m_summary->setFixedHeight(m_summary->horizontalHeader()->height() +
                              m_summary->verticalHeader()->length() + 2 * m_summary->frameWidth());
}

void EvalResultsPanel::showCell(int row, int column)
{
    const DatasetCase &testCase = m_model->testCase(row);
    QString html =
        tr("<h3>Case %1 · %2</h3>").arg(row + 1).arg(m_model->columnLabel(column).toHtmlEscaped());
    html += tr("<p><b>Input</b></p><pre>%1</pre>")
                .arg(QString::fromUtf8(
                         QJsonDocument(testCase.variables).toJson(QJsonDocument::Indented))
                         .toHtmlEscaped());
    if (testCase.expected) {
        html += tr("<p><b>Expected</b></p><p>%1</p>").arg(escaped(*testCase.expected));
    }
    const std::optional<EvalResult> result = m_model->result(row, column);
    if (!result) {
        html += tr("<p><i>No result yet.</i></p>");
        m_details->setHtml(html);
        return;
    }
    std::optional<StoredRun> run;
    if (result->runId) {
        run = StoredRun::load(m_database, *result->runId);
    }
    if (run) {
        html += tr("<p><b>Output</b></p><p>%1</p>").arg(escaped(run->reply.text));
    }
    html +=
        tr("<p><b>Verdict:</b> %1%2</p>")
            .arg(result->status.toHtmlEscaped(),
                 result->score ? tr(", score %1").arg(QLocale().toString(*result->score, 'f', 3))
                               : QString());
    html += QStringLiteral("<ul>");
    for (const QJsonValue &value : result->assertions) {
        const QJsonObject assertion = value.toObject();
        const bool pass = assertion.value(QStringLiteral("pass")).toBool();
        html += QStringLiteral("<li>%1 <b>%2</b>: %3")
                    .arg(pass ? QStringLiteral("✔") : QStringLiteral("✘"),
                         assertion.value(QStringLiteral("type")).toString().toHtmlEscaped(),
                         escaped(assertion.value(QStringLiteral("reason")).toString()));
        const QString reasoning = assertion.value(QStringLiteral("reasoning")).toString();
        if (!reasoning.isEmpty()) {
            html += tr("<br><i>Judge: %1</i>").arg(escaped(reasoning));
        }
        html += QStringLiteral("</li>");
    }
    html += QStringLiteral("</ul>");
    if (run) {
        const StreamTimings &timings = run->reply.timings;
        QStringList figures;
        if (timings.firstTokenMs >= 0) {
            figures.append(tr("first token %1 ms").arg(timings.firstTokenMs));
        }
        if (timings.endMs >= 0) {
            figures.append(tr("total %1 ms").arg(timings.endMs));
        }
        if (run->reply.usage.outputTokens >= 0) {
            figures.append(tr("%1 in · %2 out")
                               .arg(run->reply.usage.inputTokens)
                               .arg(run->reply.usage.outputTokens));
        }
        if (m_cost) {
            if (const auto cost = m_cost(run->providerId, run->model, run->reply.usage)) {
                figures.append(formatUsd(*cost));
            }
        }
        html +=
            QStringLiteral("<p>%1</p>").arg(figures.join(QStringLiteral(" · ")).toHtmlEscaped());
    }
    m_details->setHtml(html);
}

} // namespace pwb
