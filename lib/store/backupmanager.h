// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace lga::store {

/// Copies of a store, taken with SQLite's online backup API, so a damaged store can be restored.
///
/// Backups live in a `backups` folder beside the store file and are named after the store and the
/// moment they were taken, in UTC: `<store>-YYYYMMDD-HHMMSS.sqlite` for the daily ones and
/// `<store>-YYYYMMDD-HHMMSS-premigration-vN.sqlite` for those taken before a schema migration,
/// where N is the schema version the backup holds. A backup is written under a temporary name
/// and renamed only once complete, so a half-written one is never mistaken for a backup.
class BackupManager
{
    Q_DECLARE_TR_FUNCTIONS(lga::store::BackupManager)

public:
    enum class Kind
    {
        Daily,        ///< At most one per calendar day (UTC); the newest kDailyKept are kept.
        PreMigration, ///< Before a schema migration; the newest kPreMigrationKept are kept.
    };

    static constexpr int kDailyKept = 7;
    static constexpr int kPreMigrationKept = 3;

    /// The folder that holds the backups of the store at \a storePath.
    static QString folder(const QString &storePath);

    /// Copies the open SQLite database \a db, which is the store at \a storePath, into a new
    /// backup dated \a nowUtc, then prunes old backups of that kind. \a schemaVersion names the
    /// version a pre-migration backup holds. Returns the backup's path, or an empty string with
    /// the reason in \a error.
    static QString backupNow(const QSqlDatabase &db, const QString &storePath, Kind kind,
                             const QDateTime &nowUtc, int schemaVersion = 0,
                             QString *error = nullptr);

    /// Every complete backup of the store, of both kinds, newest first.
    static QStringList backups(const QString &storePath);
    /// The complete backups of one kind, newest first.
    static QStringList backups(const QString &storePath, Kind kind);

    /// When a backup at \a backupPath was taken, from its name; invalid for other names.
    static QDateTime takenAt(const QString &backupPath);

    /// True when no daily backup was taken on the UTC calendar day of \a nowUtc or later.
    static bool dailyBackupDue(const QString &storePath, const QDateTime &nowUtc);

    /// Deletes all but the newest backups of \a kind (kDailyKept or kPreMigrationKept), and
    /// temporary files that an interrupted backup left behind more than an hour before \a nowUtc.
    static void prune(const QString &storePath, Kind kind, const QDateTime &nowUtc);

    /// True when the file at \a path is an SQLite database that passes `PRAGMA quick_check`.
    static bool isHealthy(const QString &path);
};

} // namespace lga::store
