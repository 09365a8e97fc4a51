// SPDX-License-Identifier: GPL-2.0-or-later
#include <store/storerecovery.h>

#include <store/backupmanager.h>
#include <store/pagestore.h>
#include <store/storelock.h>
#include <store/storelog.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrl>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <optional>

namespace lga::store {

namespace {

// The files SQLite may keep beside a database, which belong with it wherever it goes.
const QStringList kCompanionSuffixes = {
    QStringLiteral("-wal"),
    QStringLiteral("-shm"),
    QStringLiteral("-journal"),
};

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool anyExists(const QString &path)
{
    if (QFileInfo::exists(path))
        return true;
    for (const QString &suffix : kCompanionSuffixes) {
        if (QFileInfo::exists(path + suffix))
            return true;
    }
    return false;
}

// A name for the damaged file that nothing has yet, so that an earlier damaged file kept from the
// same second is never overwritten.
QString asideName(const QString &storePath, const QDateTime &nowUtc)
{
    const QString base = storePath + QStringLiteral(".damaged-") +
                         nowUtc.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString candidate = base;
    for (int n = 2; anyExists(candidate); ++n)
        candidate = base + QStringLiteral("-%1").arg(n);
    return candidate;
}

// Moves the store and its companion files. On failure, moves back what it moved and says why.
bool moveAside(const QString &storePath, const QString &aside, QString *error)
{
    if (!QFile::rename(storePath, aside)) {
        *error = QFile(storePath).errorString();
        return false;
    }
    QStringList moved;
    for (const QString &suffix : kCompanionSuffixes) {
        if (!QFileInfo::exists(storePath + suffix))
            continue;
        if (!QFile::rename(storePath + suffix, aside + suffix)) {
            *error = QFile(storePath + suffix).errorString();
            // A database separated from its log would read as a different, older database.
            for (const QString &done : moved)
                QFile::rename(aside + done, storePath + done);
            QFile::rename(aside, storePath);
            return false;
        }
        moved.append(suffix);
    }
    return true;
}

// Copies the backup beside the store under a temporary name, then renames it into place, so a
// failed copy never leaves a half store where the app will look for one.
bool restore(const QString &backup, const QString &storePath, QString *error)
{
    const QString partial = storePath + QStringLiteral(".restoring");
    QFile::remove(partial);
    QFile source(backup);
    if (!source.copy(partial)) {
        *error = source.errorString();
        QFile::remove(partial);
        return false;
    }
    if (!QFile::rename(partial, storePath)) {
        *error = QFile(partial).errorString();
        QFile::remove(partial);
        return false;
    }
    return true;
}

// One page as far as it can be read from the damaged file.
struct Salvaged
{
    QString uuid;
    QString title;
    std::optional<qint64> updated;
};

// Runs `sql` and hands each row to `row` until the rows end or the damage stops the read.
template<typename RowFunction>
void readTolerantly(const QSqlDatabase &db, const QString &sql, RowFunction row)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return;
    while (query.next())
        row(query);
    if (query.lastError().isValid())
        qCInfo(lcStore) << "damaged store: read stopped:" << query.lastError().text();
}

// Reads whatever pages can still be read from the damaged file. SQLite stops a scan at the first
// damaged b-tree page, so the table is read from both ends, and the two indexes, which hold the
// uuid and the time of each row in b-trees of their own, fill in rows whose table page is lost.
// Returns std::nullopt when not even the list of pages can be read.
std::optional<QList<Salvaged>> readDamaged(const QString &path)
{
    static std::atomic<quint64> serial{0};
    const QString name = QStringLiteral("lga.store.recovery.%1").arg(++serial);
    std::optional<QList<Salvaged>> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        // Read-only, so the damaged file stays exactly as it was found. Without a write-ahead log
        // to replay, it is also opened as immutable: a read-only connection to a file whose header
        // says WAL would otherwise leave empty -wal and -shm files beside it.
        if (QFileInfo::exists(path + QStringLiteral("-wal"))) {
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        } else {
            QUrl uri = QUrl::fromLocalFile(path);
            uri.setQuery(QStringLiteral("immutable=1"));
            db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        }
        if (db.open()) {
            QSqlQuery probe(db);
            // A file cut short holds fewer pages than its header says, and SQLite refuses such a
            // file unless the schema is "writable"; the same setting makes it skip schema entries
            // it cannot parse instead of giving up. The connection is read-only, so nothing can
            // actually be written, and the pages that are there can still be read.
            if (!probe.exec(QStringLiteral("PRAGMA writable_schema = ON")))
                qCInfo(lcStore) << "damaged store: writable_schema:" << probe.lastError().text();
            probe.finish();
            if (probe.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND "
                                          "name = 'pages'")) &&
                probe.next()) {
                probe.finish();
                QMap<qint64, Salvaged> rows;
                auto fromTable = [&rows](const QSqlQuery &query) {
                    Salvaged &page = rows[query.value(0).toLongLong()];
                    page.uuid = query.value(1).toString();
                    page.title = query.value(2).toString();
                    page.updated = query.value(3).toLongLong();
                };
                const QString table =
                    QStringLiteral("SELECT rowid, uuid, title, updated FROM pages NOT INDEXED");
                readTolerantly(db, table + QStringLiteral(" ORDER BY rowid"), fromTable);
                readTolerantly(db, table + QStringLiteral(" ORDER BY rowid DESC"), fromTable);

                // Scans of an index that holds the column are covering: they never touch the
                // table's own pages. The names are looked up because schema steps may rename them.
                QHash<QString, QString> indexOf;
                readTolerantly(
                    db,
                    QStringLiteral("SELECT ii.name, il.name FROM pragma_index_list('pages')"
                                   " AS il, pragma_index_info(il.name) AS ii"
                                   " WHERE ii.seqno = 0"),
                    [&indexOf](const QSqlQuery &query) {
                        indexOf.insert(query.value(0).toString(), query.value(1).toString());
                    });
                auto indexed = [&indexOf](const QString &column) {
                    // Quoted as an identifier; the name comes from the file, not from the user.
                    QString name = indexOf.value(column);
                    name.replace(u'"', QStringLiteral("\"\""));
                    return QStringLiteral("SELECT rowid, %1 FROM pages INDEXED BY \"%2\"")
                        .arg(column, name);
                };
                auto fromUuidIndex = [&rows](const QSqlQuery &query) {
                    Salvaged &page = rows[query.value(0).toLongLong()];
                    if (page.uuid.isEmpty())
                        page.uuid = query.value(1).toString();
                };
                if (indexOf.contains(QStringLiteral("uuid"))) {
                    const QString uuids = indexed(QStringLiteral("uuid"));
                    readTolerantly(db, uuids + QStringLiteral(" ORDER BY uuid"), fromUuidIndex);
                    readTolerantly(db, uuids + QStringLiteral(" ORDER BY uuid DESC"),
                                   fromUuidIndex);
                }
                auto fromUpdatedIndex = [&rows](const QSqlQuery &query) {
                    const qint64 rowid = query.value(0).toLongLong();
                    if (rows.contains(rowid) && !rows[rowid].updated)
                        rows[rowid].updated = query.value(1).toLongLong();
                };
                if (indexOf.contains(QStringLiteral("updated"))) {
                    const QString times = indexed(QStringLiteral("updated"));
                    readTolerantly(db, times + QStringLiteral(" ORDER BY updated"),
                                   fromUpdatedIndex);
                    readTolerantly(db, times + QStringLiteral(" ORDER BY updated DESC"),
                                   fromUpdatedIndex);
                }

                // Rows known only from an index may still be reachable one at a time.
                QSqlQuery one(db);
                one.setForwardOnly(true);
                one.prepare(
                    QStringLiteral("SELECT title, updated FROM pages WHERE rowid = :rowid"));
                for (auto it = rows.begin(); it != rows.end(); ++it) {
                    if (!it->title.isEmpty())
                        continue;
                    one.bindValue(QStringLiteral(":rowid"), it.key());
                    if (one.exec() && one.next()) {
                        it->title = one.value(0).toString();
                        it->updated = one.value(1).toLongLong();
                    }
                    one.finish();
                }

                QList<Salvaged> pages;
                for (const Salvaged &page : std::as_const(rows)) {
                    if (!page.uuid.isEmpty())
                        pages.append(page);
                }
                result = pages;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

// The parts of SQLite's wal-index header (the start of the -shm file) that tell how much of the
// log was committed and how much of that has been copied into the database file. The layout is
// part of SQLite's documented file format (https://www.sqlite.org/walformat.html) and is written
// in the byte order of the computer that wrote it, which is the one reading it here.
struct WalIndexHeader
{
    quint32 version = 0;
    quint8 initialised = 0;
    quint32 lastFrame = 0;  // mxFrame: the last frame of the last committed transaction.
    quint32 backfilled = 0; // nBackfill: frames already copied into the database file.
};

std::optional<WalIndexHeader> readWalIndexHeader(const QString &shmPath)
{
    QFile file(shmPath);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray bytes = file.read(136);
    if (bytes.size() < 136)
        return std::nullopt;
    auto u32 = [&bytes](int offset) {
        quint32 value = 0;
        std::memcpy(&value, bytes.constData() + offset, sizeof value);
        return value;
    };
    WalIndexHeader header;
    header.version = u32(0);
    header.initialised = quint8(bytes.at(12));
    header.lastFrame = u32(16);
    header.backfilled = u32(96);
    return header;
}

QString when(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

RecoveryResult StoreRecovery::recover(const QString &storePath, const QDateTime &nowUtc)
{
    RecoveryResult result;
    const QString path = QFileInfo(storePath).absoluteFilePath();
    const QDateTime now = nowUtc.isValid() ? nowUtc.toUTC() : QDateTime::currentDateTimeUtc();

    if (!QFileInfo(path).isFile()) {
        result.message =
            tr("There is no store file at %1, so there is nothing to recover.").arg(shown(path));
        return result;
    }

    QString error;
    {
        // Held while files move, so another instance cannot open the store half-way through.
        StoreLock lock(path);
        if (!lock.tryLock()) {
            result.message = tr("LocalGov Author is already open with the store %1. Close it "
                                "there, then try the recovery again.")
                                 .arg(shown(path));
            return result;
        }

        const QString aside = asideName(path, now);
        if (!moveAside(path, aside, &error)) {
            result.message = tr("LocalGov Author could not move the damaged store %1 aside (%2), "
                                "so it has changed nothing. Check that you may change files in "
                                "that folder.")
                                 .arg(shown(path), error);
            return result;
        }
        result.movedAsideTo = aside;
        qCWarning(lcStore) << "moved the damaged store" << path << "aside to" << aside;

        const QStringList candidates = BackupManager::backups(path);
        for (const QString &backup : candidates) {
            if (BackupManager::isHealthy(backup)) {
                result.restoredFrom = backup;
                break;
            }
            qCWarning(lcStore) << "skipping damaged backup" << backup;
        }
        if (!result.restoredFrom.isEmpty() && !restore(result.restoredFrom, path, &error)) {
            result.message = tr("LocalGov Author moved the damaged store aside as %1 but could not "
                                "restore the backup %2 (%3). Check that the disk is not full, "
                                "then try again.")
                                 .arg(shown(aside), shown(result.restoredFrom), error);
            result.restoredFrom.clear();
            return result;
        }
    }

    // Opening brings a restored backup's schema up to date, or creates the new empty store, and
    // tells us the restored pages to compare with the damaged file.
    PageStore store;
    store.setClock([now] { return now; });
    if (!store.open(path)) {
        result.message = tr("LocalGov Author moved the damaged store aside as %1, but the store "
                            "in its place does not open: %2")
                             .arg(shown(result.movedAsideTo), store.lastError().message);
        return result;
    }
    QHash<QString, qint64> restored;
    const QList<core::PageSummary> summaries = store.summaries();
    for (const core::PageSummary &summary : summaries)
        restored.insert(summary.uuid.toString(QUuid::WithoutBraces),
                        summary.updated.toMSecsSinceEpoch());
    store.close();
    result.ok = true;

    std::optional<QList<Salvaged>> salvaged = readDamaged(result.movedAsideTo);
    result.damagedFileReadable = salvaged.has_value();
    if (salvaged) {
        // Most recently changed first: the work the author is most likely to remember.
        std::stable_sort(salvaged->begin(), salvaged->end(),
                         [](const Salvaged &a, const Salvaged &b) {
                             return a.updated.value_or(0) > b.updated.value_or(0);
                         });
        for (const Salvaged &page : std::as_const(*salvaged)) {
            const auto found = restored.constFind(page.uuid);
            // A page whose time cannot be read may have changed, so it is listed to be safe.
            const bool lost =
                found == restored.constEnd() || !page.updated || *page.updated > found.value();
            if (lost)
                result.notRecovered.append(page.title.isEmpty() ? page.uuid : page.title);
        }
    }

    const int lost = int(result.notRecovered.size());
    QString message;
    if (!result.restoredFrom.isEmpty()) {
        message =
            tr("The store was damaged. LocalGov Author has put it aside as %1 and restored "
               "the backup taken on %2.")
                .arg(shown(result.movedAsideTo), when(BackupManager::takenAt(result.restoredFrom)));
        if (!salvaged) {
            message += u' ' + tr("The damaged file could not be read, so LocalGov Author cannot "
                                 "tell which pages changed after the backup. Check your recent "
                                 "work.");
        } else if (lost == 0) {
            message += u' ' + tr("No pages were lost.");
        } else {
            message += u' ' + tr("%n page(s) changed after the backup could not be recovered; "
                                 "they are listed below. The damaged file has been kept.",
                                 nullptr, lost);
        }
    } else {
        message = tr("The store was damaged and there is no good backup of it. LocalGov Author has "
                     "put it aside as %1 and started a new, empty store.")
                      .arg(shown(result.movedAsideTo));
        if (!salvaged) {
            message += u' ' + tr("The damaged file could not be read, so LocalGov Author cannot "
                                 "list the pages it held.");
        } else if (lost > 0) {
            message += u' ' + tr("%n page(s) from the damaged store could not be recovered; they "
                                 "are listed below. The damaged file has been kept.",
                                 nullptr, lost);
        }
    }
    result.message = message;
    return result;
}

bool StoreRecovery::writeAheadLogLost(const QString &storePath)
{
    const QString path = QFileInfo(storePath).absoluteFilePath();
    // A log holds at least its 32-byte header once anything was written to it; SQLite replays a
    // log that is there, whatever the index says.
    const QFileInfo log(path + QStringLiteral("-wal"));
    if (log.exists() && log.size() > 32)
        return false;
    const std::optional<WalIndexHeader> header = readWalIndexHeader(path + QStringLiteral("-shm"));
    // 3007000 is the only wal-index version SQLite has written so far; anything else is not an
    // index this check understands, so it claims nothing.
    if (!header || header->version != 3007000 || header->initialised != 1)
        return false;
    const bool lost = header->lastFrame > header->backfilled;
    if (lost)
        qCWarning(lcStore) << "the write-ahead log of" << path << "is missing;"
                           << header->lastFrame - header->backfilled << "frames are lost";
    return lost;
}

} // namespace lga::store
