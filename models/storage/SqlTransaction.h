#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace pwb {

// One transaction, rolled back unless commit() is called: an early return or a failure in the
// middle leaves nothing half-written. Inside another SqlTransaction on the same connection it
// becomes a savepoint, so that a repository write called from a larger unit of work (seeding a
// workspace, an import) is part of that unit: its commit() keeps its changes only until the outer
// transaction decides, and its rollback undoes only its own part.
class SqlTransaction
{
public:
    explicit SqlTransaction(QSqlDatabase db)
        : m_db(std::move(db))
        , m_depth(depth())
    {
        if (m_depth == 0) {
            m_active = m_db.transaction();
        } else {
            m_active = execute(QStringLiteral("SAVEPOINT %1").arg(savepointName()));
        }
        if (m_active) {
            setDepth(m_depth + 1);
        }
    }
    ~SqlTransaction()
    {
        if (m_active) {
            rollback();
        }
    }
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    Result<void> commit()
    {
        if (!m_active) {
            return Result<void>::failure(
                QStringLiteral("no transaction: %1").arg(m_db.lastError().text()));
        }
        if (m_depth > 0) {
            if (!execute(QStringLiteral("RELEASE %1").arg(savepointName()))) {
                const QString error = m_lastError;
                rollback();
                return Result<void>::failure(error);
            }
            m_active = false;
            setDepth(m_depth);
            return {};
        }
        if (!m_db.commit()) {
            const QString error = m_db.lastError().text();
            rollback();
            return Result<void>::failure(error);
        }
        m_active = false;
        setDepth(0);
        return {};
    }

private:
    // The nesting depth lives on the connection's driver (one per connection and thread), so
    // SqlTransactions that know nothing of each other still nest.
    int depth() const
    {
        return m_db.driver() ? m_db.driver()->property("pwbTransactionDepth").toInt() : 0;
    }
    void setDepth(int value)
    {
        if (m_db.driver()) {
            m_db.driver()->setProperty("pwbTransactionDepth", value);
        }
    }
    QString savepointName() const { return QStringLiteral("pwb_savepoint_%1").arg(m_depth); }

    bool execute(const QString &sql)
    {
        QSqlQuery query(m_db);
        if (!query.exec(sql)) {
            m_lastError = query.lastError().text();
            return false;
        }
        return true;
    }

    void rollback()
    {
        m_active = false;
        if (m_depth > 0) {
            // ROLLBACK TO keeps the savepoint open; RELEASE closes it (now empty).
            execute(QStringLiteral("ROLLBACK TO %1").arg(savepointName()));
            execute(QStringLiteral("RELEASE %1").arg(savepointName()));
        } else {
            m_db.rollback();
        }
        setDepth(m_depth);
    }

    QSqlDatabase m_db;
    int m_depth;
    bool m_active = false;
    QString m_lastError;
};

} // namespace pwb
