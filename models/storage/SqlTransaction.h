#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace pwb {

// One transaction, rolled back unless commit() is called: an early return or a failure in the
// middle leaves nothing half-written.
class SqlTransaction
{
public:
    explicit SqlTransaction(QSqlDatabase db)
        : m_db(std::move(db))
        , m_active(m_db.transaction())
    { }
    ~SqlTransaction()
    {
        if (m_active) {
            m_db.rollback();
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
        m_active = false;
        if (!m_db.commit()) {
            const QString error = m_db.lastError().text();
            m_db.rollback();
            return Result<void>::failure(error);
        }
        return {};
    }

private:
    QSqlDatabase m_db;
    bool m_active;
};

} // namespace pwb
