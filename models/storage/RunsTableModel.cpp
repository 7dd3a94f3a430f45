#include "storage/RunsTableModel.h"

#include "core/MoneyFormat.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QLocale>
#include <QSqlQuery>

namespace pwb {

namespace {

// SQL for each column's sort; the run id breaks ties, so pages never overlap or skip.
const char *sortExpression(int column)
{
    switch (column) {
    case RunsTableModel::Prompt:
        return "p.name COLLATE NOCASE";
    case RunsTableModel::Version:
        return "v.number";
    case RunsTableModel::Provider:
        return "r.provider_id";
    case RunsTableModel::Model:
        return "r.model";
    case RunsTableModel::Status:
        return "r.status";
    case RunsTableModel::InputTokens:
        return "r.input_tokens";
    case RunsTableModel::OutputTokens:
        return "r.output_tokens";
    case RunsTableModel::Cost:
        return "r.cost_usd";
    case RunsTableModel::Ttft:
        return "r.first_token_ms";
    default:
        return "r.started_at";
    }
}

} // namespace

RunsTableModel::RunsTableModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{
    reload();
}

void RunsTableModel::setFilter(const Filter &filter)
{
    m_filter = filter;
    reload();
}

void RunsTableModel::reload()
{
    // Views (and QAbstractItemModelTester) may ask for more rows from their modelReset or
    // rowsInserted handlers, which run inside endResetModel()/endInsertRows(): no fetching until
    // the change in progress is over.
    m_changing = true;
    beginResetModel();
    m_rows = fetchPage(0);
    m_exhausted = m_rows.size() < m_pageSize;
    endResetModel();
    m_changing = false;
}

RunsTableModel::Where RunsTableModel::whereClause() const
{
    QStringList where;
    QVariantList values;
    if (m_filter.promptId) {
        where << QStringLiteral("v.prompt_id = ?");
        values << *m_filter.promptId;
    }
    if (!m_filter.providerId.isEmpty()) {
        where << QStringLiteral("r.provider_id = ?");
        values << m_filter.providerId;
    }
    if (!m_filter.model.isEmpty()) {
        where << QStringLiteral("r.model = ?");
        values << m_filter.model;
    }
    if (!m_filter.status.isEmpty()) {
        where << QStringLiteral("r.status = ?");
        values << m_filter.status;
    }
    if (m_filter.from.isValid()) {
        where << QStringLiteral("r.started_at >= ?");
        values << m_filter.from.toMSecsSinceEpoch();
    }
    if (m_filter.to.isValid()) {
        where << QStringLiteral("r.started_at < ?");
        values << m_filter.to.toMSecsSinceEpoch();
    }
    const QString search = m_filter.search.trimmed();
    if (search.size() >= 3) {
        where << QStringLiteral("r.id IN (SELECT rowid FROM run_search WHERE run_search MATCH ?)");
        values << ftsPhrase(search);
    }
    return {where.isEmpty() ? QString()
                            : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")),
            values};
}

QString RunsTableModel::orderClause() const
{
    const QString order =
        m_sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    return QStringLiteral("ORDER BY %1 %2, r.id %2")
        .arg(QLatin1String(sortExpression(m_sortColumn)), order);
}

QList<RunsTableModel::Row> RunsTableModel::fetchPage(qsizetype offset) const
{
    const Where where = whereClause();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(
        // An imported run whose version this workspace lacks names it in its snapshot's source
        // (RunsJsonlImport).
        QStringLiteral("SELECT r.id, r.started_at, "
                       "coalesce(p.name, json_extract(r.snapshot, '$.source.prompt'), ''), "
                       "coalesce(v.number, json_extract(r.snapshot, '$.source.version'), 0), "
                       "r.provider_id, r.model, r.status, coalesce(r.input_tokens, -1), "
                       "coalesce(r.output_tokens, -1), coalesce(r.cached_input_tokens, -1), "
                       "coalesce(r.first_token_ms, -1), coalesce(r.cost_usd, -1) FROM runs r "
                       "LEFT JOIN prompt_versions v ON v.id = r.prompt_version_id "
                       "LEFT JOIN prompts p ON p.id = v.prompt_id %1 %2 LIMIT ? OFFSET ?")
            .arg(where.sql, orderClause()));
    for (const QVariant &value : where.values) {
        query.addBindValue(value);
    }
    query.addBindValue(m_pageSize);
    query.addBindValue(offset);
    QList<Row> rows;
    if (query.exec()) {
        while (query.next()) {
            rows.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                         query.value(2).toString(), query.value(3).toInt(),
                         query.value(4).toString(), query.value(5).toString(),
                         query.value(6).toString(), query.value(7).toLongLong(),
                         query.value(8).toLongLong(), query.value(9).toLongLong(),
                         query.value(10).toLongLong(), query.value(11).toDouble()});
        }
    }
    return rows;
}

QList<qint64> RunsTableModel::matchingRunIds() const
{
    const Where where = whereClause();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT r.id FROM runs r "
                                 "LEFT JOIN prompt_versions v ON v.id = r.prompt_version_id "
                                 "LEFT JOIN prompts p ON p.id = v.prompt_id %1 %2")
                      .arg(where.sql, orderClause()));
    for (const QVariant &value : where.values) {
        query.addBindValue(value);
    }
    QList<qint64> ids;
    if (query.exec()) {
        while (query.next()) {
            ids.append(query.value(0).toLongLong());
        }
    }
    return ids;
}

qsizetype RunsTableModel::matchingRunCount() const
{
    const Where where = whereClause();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM runs r "
                                 "LEFT JOIN prompt_versions v ON v.id = r.prompt_version_id "
                                 "LEFT JOIN prompts p ON p.id = v.prompt_id %1")
                      .arg(where.sql));
    for (const QVariant &value : where.values) {
        query.addBindValue(value);
    }
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

qint64 RunsTableModel::runId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

QVariant RunsTableModel::costOf(const Row &row) const
{
    if (row.costUsd >= 0) {
        return formatUsd(row.costUsd);
    }
    if (!m_cost) {
        return {};
    }
    Usage usage;
    usage.inputTokens = row.inputTokens;
    usage.outputTokens = row.outputTokens;
    usage.cachedInputTokens = row.cachedInputTokens;
    const std::optional<double> cost = m_cost(row.provider, row.model, usage);
    return cost ? QVariant(formatUsd(*cost)) : QVariant();
}

int RunsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RunsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    if (role == RunIdRole) {
        return row.id;
    }
    if (role == Qt::TextAlignmentRole) {
        return index.column() >= InputTokens ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                             : QVariant();
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    auto count = [](qint64 value) { return value < 0 ? QVariant() : QVariant(value); };
    switch (index.column()) {
    case Started:
        return QDateTime::fromMSecsSinceEpoch(row.startedAt)
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Prompt:
        return row.prompt.isEmpty() ? tr("(unsaved prompt)") : row.prompt;
    case Version:
        return row.version > 0 ? QVariant(row.version) : QVariant();
    case Provider:
        return row.provider;
    case Model:
        return row.model;
    case Status:
        return row.status;
    case InputTokens:
        return count(row.inputTokens);
    case OutputTokens:
        return count(row.outputTokens);
    case Cost:
        return costOf(row);
    case Ttft:
        return count(row.ttftMs);
    default:
        return {};
    }
}

QVariant RunsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Started:
        return tr("Started");
    case Prompt:
        return tr("Prompt");
    case Version:
        return tr("Version");
    case Provider:
        return tr("Provider");
    case Model:
        return tr("Model");
    case Status:
        return tr("Status");
    case InputTokens:
        return tr("Tokens in");
    case OutputTokens:
        return tr("Tokens out");
    case Cost:
        return tr("Cost");
    case Ttft:
        return tr("TTFT (ms)");
    default:
        return {};
    }
}

bool RunsTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted && !m_changing;
}

void RunsTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted || m_changing) {
        return;
    }
    const QList<Row> page = fetchPage(m_rows.size());
    m_exhausted = page.size() < m_pageSize;
    if (page.isEmpty()) {
        return;
    }
    m_changing = true; // the same rule while rows are being inserted (rowsInserted handlers)
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
    m_changing = false;
}

void RunsTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount) {
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

} // namespace pwb
