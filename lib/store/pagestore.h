// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <core/page.h>
#include <store/storeerror.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QUuid>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace lga::store {

class StoreLock;

/// The pages on this computer, in one SQLite file.
///
/// Each PageStore has its own database connection and takes the store's lock on open, so a
/// second instance of the app is told the store is in use instead of writing beside it. Use a
/// PageStore from the thread that opened it. Calls that fail return false (or an empty
/// value) and leave the reason in lastError(); nothing fails silently.
class PageStore
{
    Q_DECLARE_TR_FUNCTIONS(lga::store::PageStore)

public:
    PageStore();
    ~PageStore();
    PageStore(const PageStore &) = delete;
    PageStore &operator=(const PageStore &) = delete;

    /// Opens the store at \a path, creating it and its folder when missing, and brings its
    /// schema up to date. A file that is not a healthy SQLite database, or that a newer version
    /// of the app wrote, is refused and left exactly as it was.
    bool open(const QString &path);
    void close();
    bool isOpen() const;
    QString path() const;

    /// With \a deferred set, open() skips the full health check (`PRAGMA quick_check`, which
    /// reads the whole file) when the store needs no migration, and leaves it to the caller:
    /// integrityCheckPending() is then true until integrityCheckPassed() is called. The daily
    /// backup is then the caller's too (IntegrityCheck takes it after a clean check), so a
    /// damaged file never replaces a good backup. A store that must be migrated is always
    /// checked first. Off by default.
    void setIntegrityCheckDeferred(bool deferred) { m_deferCheck = deferred; }
    bool integrityCheckPending() const { return m_checkPending; }
    /// The deferred check (IntegrityCheck) found the store healthy.
    void integrityCheckPassed() { m_checkPending = false; }
    /// What to tell the author when the day's backup could not be made, for \a reason.
    static StoreError backupWarning(const QString &reason);
    /// The clock open() dates backups with (see setClock).
    QDateTime currentTime() const;
    /// The message for a store the deferred check found damaged, as open() would have said it.
    StoreError damagedError(const QStringList &problems) const;

    /// How long a write waits for another connection to finish before failing as Locked.
    void setBusyTimeout(std::chrono::milliseconds timeout);

    /// The clock (UTC) that open() uses to date backups and to tell whether today's daily backup
    /// is taken; tests set it. By default the system clock.
    void setClock(std::function<QDateTime()> clock);

    /// All pages without their bodies, most recently updated first.
    QList<core::PageSummary> summaries() const;
    /// The page, or std::nullopt with lastError() NotFound (or the read error).
    std::optional<core::Page> page(const QUuid &uuid) const;
    /// -1 when the store cannot be read.
    int count() const;
    /// False when the store cannot be read, so a caller never mistakes a failure for emptiness.
    bool isEmpty() const;

    /// Adds a new page. An invalid `created` becomes now, an invalid `updated` becomes `created`.
    /// Like save() and remove(), it can run inside a caller's Transaction.
    bool insert(const core::Page &page);
    /// Adds all pages in one transaction: all of them or, on failure, none.
    bool insertMany(const QList<core::Page> &pages);
    /// Writes everything but `uuid` and `created` over the stored page; NotFound when absent.
    bool save(const core::Page &page);
    bool remove(const QUuid &uuid);

    StoreError lastError() const { return m_error; }

    /// What the author should know about the store that did not stop it opening, in plain words:
    /// saves lost with a missing write-ahead log, or a daily backup that could not be made.
    /// Empty when all is well; each open() starts it afresh.
    QList<StoreError> openWarnings() const { return m_warnings; }

    /// The store's own connection, for readers in the store library (PageSearch) that run on
    /// the thread that opened the store. Invalid while the store is closed.
    QSqlDatabase database() const { return m_db; }

    /// The schema version this build creates and understands.
    static int schemaVersion();

    /// What an SQLite error on this store means for the user, in plain words. Other classes
    /// that write to the store's connection report their errors through it too.
    StoreError errorFromSql(const QSqlError &error) const;

private:
    bool fail(StoreError::Kind kind, const QString &message, const QString &detail = {}) const;
    bool failSql(const QSqlError &error) const;
    bool checkOpen() const;
    bool insertRows(const QList<core::Page> &pages);
    bool openLocked();
    bool checkExistingFile();
    bool openConnection();
    void closeConnection();
    QString damagedMessage() const;
    bool backUpBeforeMigration(int version);
    void takeDailyBackup();
    void warnAboutLostLog();

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::unique_ptr<StoreLock> m_lock;
    std::chrono::milliseconds m_busyTimeout{2000};
    std::function<QDateTime()> m_clock;
    mutable StoreError m_error;
    QList<StoreError> m_warnings;
    bool m_logLost = false;
    bool m_deferCheck = false;
    bool m_checkPending = false;
};

} // namespace lga::store
