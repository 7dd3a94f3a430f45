#pragma once

#include "streaming/StreamEvent.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <functional>
#include <optional>

namespace pwb {

class Database;

// Every run of the workspace as a table, newest first by default, loaded a page at a time
// (canFetchMore / fetchMore) so that 100,000 runs scroll without being read all at once.
// Sorting and filtering happen in SQL; changing either reloads from the first page.
class RunsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Started,
        Prompt,
        Version,
        Provider,
        Model,
        Status,
        InputTokens,
        OutputTokens,
        Cost,
        Ttft,
        ColumnCount
    };
    enum Role { RunIdRole = Qt::UserRole + 1 };

    struct Filter
    {
        std::optional<qint64> promptId;
        QString model; // exact
        QString status; // running, complete, truncated, failed, cancelled, interrupted
        QDateTime from; // started at or after
        QDateTime to; // started before
        QString providerId; // exact
        // Words in the reply, matched anywhere (run_search, trigram); under 3 characters the
        // index cannot match, so a shorter search is ignored rather than matching nothing.
        QString search;
    };
    using CostFunction = std::function<std::optional<double>(
        const QString &providerId, const QString &model, const Usage &usage)>;

    explicit RunsTableModel(Database &database, QObject *parent = nullptr);

    void setFilter(const Filter &filter);
    const Filter &filter() const { return m_filter; }
    // Prices runs stored without a cost (recorded before costs were kept) for display; a stored
    // cost always wins.
    void setCostFunction(CostFunction cost) { m_cost = std::move(cost); }
    // Every run matching the filter, in the table's order, loaded pages or not (for exporting
    // "everything matching").
    QList<qint64> matchingRunIds() const;
    // How many runs match the filter, loaded or not (one COUNT, no ids read).
    qsizetype matchingRunCount() const;
    qint64 runId(int row) const;
    void setPageSize(int rows) { m_pageSize = rows; }
    // Reloads from the first page (after new runs were recorded, for example).
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    struct Row
    {
        qint64 id;
        qint64 startedAt;
        QString prompt;
        int version;
        QString provider;
        QString model;
        QString status;
        qint64 inputTokens;
        qint64 outputTokens;
        qint64 cachedInputTokens;
        qint64 ttftMs;
        double costUsd; // < 0: unknown
    };
    struct Where
    {
        QString sql; // "" or "WHERE …"
        QVariantList values;
    };
    Where whereClause() const;
    QString orderClause() const;
    QList<Row> fetchPage(qsizetype offset) const;
    QVariant costOf(const Row &row) const;

    Database &m_database;
    Filter m_filter;
    CostFunction m_cost;
    int m_sortColumn = Started;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    int m_pageSize = 200;
    QList<Row> m_rows;
    bool m_exhausted = false;
    bool m_changing = false; // inside a reset or an insertion
};

} // namespace pwb
