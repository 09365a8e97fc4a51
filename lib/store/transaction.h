// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlError>

namespace lga::store {

/// A write transaction that rolls back unless committed.
///
/// It begins with BEGIN IMMEDIATE so the write lock is taken up front: in WAL mode a deferred
/// transaction that later upgrades to a writer can fail with SQLITE_BUSY without waiting.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool begin();
    bool commit();
    void rollback();

    QSqlError error() const { return m_error; }

private:
    bool exec(const QString &sql);

    QSqlDatabase m_db;
    QSqlError m_error;
    bool m_open = false;
};

} // namespace lga::store
