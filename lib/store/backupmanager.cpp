// SPDX-License-Identifier: GPL-2.0-or-later
#include <store/backupmanager.h>

#include <store/storelog.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>

namespace lga::store {

namespace {

const QString kPartialSuffix = QStringLiteral(".partial");

// How long to keep retrying while another connection holds a lock the backup must wait for.
constexpr int kBusyRetries = 200;
constexpr int kBusySleepMs = 10;

QString baseName(const QString &storePath)
{
    return QFileInfo(storePath).completeBaseName();
}

// Captures: 1 date, 2 time, 3 the whole pre-migration suffix (absent for daily backups).
QRegularExpression namePattern(const QString &storePath)
{
    return QRegularExpression(QStringLiteral("^") +
                              QRegularExpression::escape(baseName(storePath)) +
                              QStringLiteral("-(\\d{8})-(\\d{6})(-premigration-v\\d+)?\\.sqlite$"));
}

QDateTime parseStamp(const QString &date, const QString &time)
{
    const QDate day = QDate::fromString(date, QStringLiteral("yyyyMMdd"));
    const QTime clock = QTime::fromString(time, QStringLiteral("HHmmss"));
    if (!day.isValid() || !clock.isValid())
        return {};
    return QDateTime(day, clock, Qt::UTC);
}

struct Entry
{
    QString path;
    QDateTime taken;
    BackupManager::Kind kind;
};

QList<Entry> entries(const QString &storePath)
{
    const QDir dir(BackupManager::folder(storePath));
    const QRegularExpression pattern = namePattern(storePath);
    QList<Entry> result;
    // Only complete names match: a backup still being written ends in ".partial".
    const QStringList names = dir.entryList(QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString &name : names) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (!match.hasMatch())
            continue;
        const QDateTime taken = parseStamp(match.captured(1), match.captured(2));
        if (!taken.isValid())
            continue;
        result.append(Entry{dir.filePath(name), taken,
                            match.capturedLength(3) > 0 ? BackupManager::Kind::PreMigration
                                                        : BackupManager::Kind::Daily});
    }
    // Newest first; the name breaks ties so that the order never changes between two calls.
    std::sort(result.begin(), result.end(), [](const Entry &a, const Entry &b) {
        if (a.taken != b.taken)
            return a.taken > b.taken;
        return a.path > b.path;
    });
    return result;
}

QString sqliteMessage(sqlite3 *db, int code)
{
    if (db)
        return QString::fromUtf8(sqlite3_errmsg(db));
    return QString::fromUtf8(sqlite3_errstr(code));
}

// Copies every page of `source` into a new database file at `target`. Returns an empty string on
// success, else SQLite's reason.
QString copyDatabase(sqlite3 *source, const QString &target)
{
    sqlite3 *dest = nullptr;
    int rc = sqlite3_open_v2(target.toUtf8().constData(), &dest,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = sqliteMessage(dest, rc);
        sqlite3_close(dest);
        return message;
    }
    sqlite3_backup *backup = sqlite3_backup_init(dest, "main", source, "main");
    if (!backup) {
        const QString message = sqliteMessage(dest, sqlite3_errcode(dest));
        sqlite3_close(dest);
        return message;
    }
    // All pages in one step: a store is small, and a single step sees one consistent snapshot
    // without restarting when the app writes in between.
    int retries = 0;
    do {
        rc = sqlite3_backup_step(backup, -1);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(kBusySleepMs);
    } while ((rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) &&
             ++retries < kBusyRetries);
    sqlite3_backup_finish(backup);
    QString message;
    if (rc != SQLITE_DONE) {
        message = QString::fromUtf8(sqlite3_errstr(rc));
    } else {
        // The copy carries the store's write-ahead-log flag. A backup is a single file that is
        // copied and checked on its own, so give it a rollback journal, which needs no -wal or
        // -shm file beside it to be read.
        char *error = nullptr;
        rc = sqlite3_exec(dest, "PRAGMA journal_mode = DELETE", nullptr, nullptr, &error);
        if (rc != SQLITE_OK)
            message = error ? QString::fromUtf8(error) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_free(error);
    }
    rc = sqlite3_close(dest);
    if (message.isEmpty() && rc != SQLITE_OK)
        message = QString::fromUtf8(sqlite3_errstr(rc));
    return message;
}

int keptCount(BackupManager::Kind kind)
{
    return kind == BackupManager::Kind::Daily ? BackupManager::kDailyKept
                                              : BackupManager::kPreMigrationKept;
}

} // namespace

QString BackupManager::folder(const QString &storePath)
{
    return QFileInfo(storePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QString BackupManager::backupNow(const QSqlDatabase &db, const QString &storePath, Kind kind,
                                 const QDateTime &nowUtc, int schemaVersion, QString *error)
{
    auto failed = [error](const QString &message) {
        qCWarning(lcStore).noquote() << "backup failed:" << message;
        if (error)
            *error = message;
        return QString();
    };

    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return failed(tr("The store's connection is not an SQLite connection."));
    sqlite3 *source = *static_cast<sqlite3 *const *>(handle.constData());
    if (!source)
        return failed(tr("The store is not open."));

    const QString dirPath = folder(storePath);
    if (!QDir().mkpath(dirPath))
        return failed(tr("The folder %1 for backups cannot be created. Check that no file has "
                         "that name and that you may write to the folder that holds it.")
                          .arg(QDir::toNativeSeparators(dirPath)));

    const QDateTime taken = nowUtc.toUTC();
    QString name = baseName(storePath) + u'-' + taken.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (kind == Kind::PreMigration)
        name += QStringLiteral("-premigration-v%1").arg(schemaVersion);
    name += QStringLiteral(".sqlite");
    const QString target = QDir(dirPath).filePath(name);
    // Never replace a backup: it may be the only good copy left.
    if (QFileInfo::exists(target))
        return failed(tr("The backup %1 already exists.").arg(QDir::toNativeSeparators(target)));

    // Written under a name no reader accepts, and renamed only when complete, so an interrupted
    // backup can never be restored as if it were whole.
    const QString partial = target + kPartialSuffix;
    QFile::remove(partial);
    const QString copyError = copyDatabase(source, partial);
    if (!copyError.isEmpty()) {
        QFile::remove(partial);
        // SQLite's own words ("unable to open database file") mean little on their own, so the
        // reason says which file and what to check.
        return failed(tr("The backup file %1 could not be written (%2). Check that the disk is "
                         "not full and that you may write to the folder %3.")
                          .arg(QDir::toNativeSeparators(target), copyError,
                               QDir::toNativeSeparators(dirPath)));
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return failed(
            tr("The backup could not be renamed to %1.").arg(QDir::toNativeSeparators(target)));
    }
    qCInfo(lcStore) << "backed up" << storePath << "to" << target;
    prune(storePath, kind, taken);
    return target;
}

QStringList BackupManager::backups(const QString &storePath)
{
    QStringList result;
    for (const Entry &entry : entries(storePath))
        result.append(entry.path);
    return result;
}

QStringList BackupManager::backups(const QString &storePath, Kind kind)
{
    QStringList result;
    for (const Entry &entry : entries(storePath)) {
        if (entry.kind == kind)
            result.append(entry.path);
    }
    return result;
}

QDateTime BackupManager::takenAt(const QString &backupPath)
{
    static const QRegularExpression stamp(
        QStringLiteral("-(\\d{8})-(\\d{6})(-premigration-v\\d+)?\\.sqlite$"));
    const QRegularExpressionMatch match = stamp.match(QFileInfo(backupPath).fileName());
    if (!match.hasMatch())
        return {};
    return parseStamp(match.captured(1), match.captured(2));
}

bool BackupManager::dailyBackupDue(const QString &storePath, const QDateTime &nowUtc)
{
    const QStringList daily = backups(storePath, Kind::Daily);
    if (daily.isEmpty())
        return true;
    // A backup dated after today (the clock was put back) also counts as today's.
    return takenAt(daily.first()).date() < nowUtc.toUTC().date();
}

void BackupManager::prune(const QString &storePath, Kind kind, const QDateTime &nowUtc)
{
    const QStringList old = backups(storePath, kind).mid(keptCount(kind));
    for (const QString &path : old) {
        if (!QFile::remove(path))
            qCWarning(lcStore) << "could not delete the old backup" << path;
    }

    // A crash mid-backup leaves a partial file. The hour's grace keeps a backup that another
    // process is writing right now out of harm's way.
    const QDir dir(folder(storePath));
    const QString prefix = baseName(storePath) + u'-';
    const QStringList partials = dir.entryList(
        {prefix + QStringLiteral("*.sqlite") + kPartialSuffix}, QDir::Files | QDir::Hidden);
    for (const QString &name : partials) {
        const QFileInfo info(dir.filePath(name));
        if (info.lastModified().secsTo(nowUtc) > 3600)
            QFile::remove(info.filePath());
    }
}

bool BackupManager::isHealthy(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return false;
    sqlite3 *db = nullptr;
    int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    bool healthy = false;
    if (rc == SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        rc = sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &statement, nullptr);
        if (rc == SQLITE_OK) {
            // quick_check says "ok" in a single row when it finds nothing wrong.
            healthy = sqlite3_step(statement) == SQLITE_ROW &&
                      qstrcmp(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)),
                              "ok") == 0 &&
                      sqlite3_step(statement) == SQLITE_DONE;
        }
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return healthy;
}

} // namespace lga::store
