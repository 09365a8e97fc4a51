// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <store/storeerror.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>

class QSqlQuery;

#include <functional>

namespace lga::store {

class PageStore;

/// What the classes that keep their own tables in a PageStore's file (revisions, media) share:
/// the store, a clock tests can set, and how failures are reported. Each keeps the reason for
/// its last failure in lastError(), in plain words.
class StoreAccess
{
    Q_DECLARE_TR_FUNCTIONS(lga::store::StoreAccess)

public:
    StoreError lastError() const { return m_error; }
    /// The clock (UTC) that dates what is written; tests set it. By default the system clock.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

protected:
    explicit StoreAccess(PageStore &store);
    ~StoreAccess() = default;
    StoreAccess(const StoreAccess &) = delete;
    StoreAccess &operator=(const StoreAccess &) = delete;

    /// Now, at the millisecond precision the store keeps, so times compare equal after a round
    /// trip.
    QDateTime now() const;
    /// False, with an error, when the store is closed.
    bool checkOpen() const;
    /// Records the failure and returns false. Problems with what the caller asked for (NotFound,
    /// Invalid) are not logged; everything else is.
    bool fail(StoreError::Kind kind, const QString &message, const QString &detail = {}) const;
    /// Records an SQLite error as PageStore::errorFromSql() words it, except that a broken
    /// constraint gets \a constraintMessage, which says what it means for this table.
    bool failSql(const QSqlError &error, const QString &constraintMessage) const;

    /// Runs \a query, prepared to return at most one row, and moves to that row. Without a row it
    /// returns false: with a NotFound error saying \a notFound about \a key, or, when
    /// \a notFound is empty, with no error (for lookups where absence is an answer).
    bool fetchOne(QSqlQuery &query, const QString &notFound = {}, const QString &key = {}) const;

    PageStore &m_store;
    mutable StoreError m_error;

private:
    std::function<QDateTime()> m_clock;
};

} // namespace lga::store
