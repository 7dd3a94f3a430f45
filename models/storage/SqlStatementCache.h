#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <unordered_map>

namespace pwb {

// Statements prepared once per connection and run many times: SQLite parses and plans a
// statement on every prepare, which was a visible share of an eval run's time per case
// (bench_eval_throughput). Bind with bindValue(position, value) on what prepared() returns —
// every position, every time — then exec(); call finish() after reading rows, so that the
// statement holds no read lock while it waits for its next use.
class SqlStatementCache
{
public:
    explicit SqlStatementCache(QSqlDatabase connection)
        : m_connection(std::move(connection))
    { }

    // The statement for `sql`, prepared on first use (when that fails, the caller's exec()
    // fails with the reason in lastError()).
    QSqlQuery &prepared(const QString &sql)
    {
        std::unique_ptr<QSqlQuery> &statement = m_statements[sql];
        if (!statement) {
            statement = std::make_unique<QSqlQuery>(m_connection);
            statement->prepare(sql);
        }
        return *statement;
    }

private:
    QSqlDatabase m_connection;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace pwb
