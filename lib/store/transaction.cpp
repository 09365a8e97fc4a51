// SPDX-License-Identifier: GPL-2.0-or-later
#include <store/transaction.h>

#include <QSqlQuery>

namespace lga::store {

Transaction::Transaction(const QSqlDatabase &db)
    : m_db(db)
{}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::begin()
{
    m_open = exec(QStringLiteral("BEGIN IMMEDIATE"));
    return m_open;
}

bool Transaction::commit()
{
    if (!m_open)
        return false;
    if (!exec(QStringLiteral("COMMIT")))
        return false; // Still open: the destructor rolls it back.
    m_open = false;
    return true;
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    // Keep the error that caused the rollback, not the rollback's own outcome.
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK"));
}

bool Transaction::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return true;
    m_error = query.lastError();
    return false;
}

} // namespace lga::store
