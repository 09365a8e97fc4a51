// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace lga::store {

/// What StoreRecovery::recover() did, for the app to tell the user.
struct RecoveryResult
{
    /// True when a store that opens is in place: the newest good backup, or a new empty store.
    bool ok = false;
    /// The backup that was copied into place; empty when there was no good one.
    QString restoredFrom;
    /// Where the damaged file now is; empty when it could not be moved (then nothing changed).
    QString movedAsideTo;
    /// Titles (or uuids, when a title cannot be read) of pages in the damaged file that are
    /// missing from the restored store or were changed after the backup, most recent first.
    QStringList notRecovered;
    /// True when the damaged file could be read well enough to fill notRecovered.
    bool damagedFileReadable = false;
    /// Plain English, translated, for the user.
    QString message;
};

/// Puts a damaged store aside and restores the newest good backup in its place.
///
/// This is a separate step that the app offers when PageStore::open() reports
/// StoreError::Corrupt; PageStore itself never moves or changes a damaged file.
class StoreRecovery
{
    Q_DECLARE_TR_FUNCTIONS(lga::store::StoreRecovery)

public:
    /// Renames the store at \a storePath (and its -wal, -shm and -journal files) to
    /// `<store>.damaged-YYYYMMDD-HHMMSS` (UTC, from \a nowUtc or the current time), copies the
    /// newest backup that passes `PRAGMA quick_check` into its place, or creates a new empty
    /// store when there is none, and lists the pages only the damaged file holds. Nothing is
    /// overwritten or deleted. The store must not be open; afterwards open it with PageStore.
    static RecoveryResult recover(const QString &storePath, const QDateTime &nowUtc = {});

    /// True when saves that only the store's write-ahead log (`<store>-wal`) held are gone with
    /// it: the log is missing or empty while the index SQLite keeps beside it (`<store>-shm`,
    /// left behind when the app did not close cleanly) still counts frames that were never
    /// copied into the store file. The store file then opens as it was before those saves, and
    /// nothing else would notice. Must be called before any connection opens the store, since
    /// the first one resets that index.
    static bool writeAheadLogLost(const QString &storePath);
};

} // namespace lga::store
