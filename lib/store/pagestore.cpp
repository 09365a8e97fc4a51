// SPDX-License-Identifier: GPL-2.0-or-later
#include <store/pagestore.h>

#include <store/backupmanager.h>
#include <store/schema.h>
#include <store/sqlvalues.h>
#include <store/storelock.h>
#include <store/storelog.h>
#include <store/storerecovery.h>
#include <store/transaction.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlQuery>
#include <QSysInfo>

#include <atomic>

namespace lga::store {

namespace {

// SQLite's primary result codes, as the QSQLITE driver reports them in nativeErrorCode().
enum SqliteCode
{
    SqlitePerm = 3,
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteConstraint = 19,
    SqliteNotADb = 26,
};

const QString kSelectPage = QStringLiteral(
    "SELECT uuid, bundle, title, summary, body, format, state, created, updated, fields,"
    " review_date FROM pages");
const QString kInsertPage =
    QStringLiteral("INSERT INTO pages (uuid, bundle, title, summary, body, format, state, created,"
                   " updated, fields, review_date)"
                   " VALUES (:uuid, :bundle, :title, :summary, :body, :format, :state, :created,"
                   " :updated, :fields, :review_date)");

qint64 msecs(const QDateTime &time)
{
    return time.toMSecsSinceEpoch();
}

QDateTime now()
{
    return fromMsecs(QDateTime::currentMSecsSinceEpoch());
}

} // namespace

QJsonObject fieldsFromJson(const QString &json)
{
    // The column's CHECK keeps it a JSON object, so anything else means the file was edited
    // outside the app; the page still opens, without fields, rather than not at all.
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QString fieldsToJson(const QJsonObject &fields)
{
    return QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact));
}

QDate dateFromSql(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant dateToSql(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType::fromType<QString>());
}

namespace {

core::Page pageFromRow(const QSqlQuery &query)
{
    core::Page page;
    page.uuid = QUuid::fromString(query.value(0).toString());
    page.bundle = query.value(1).toString();
    page.title = query.value(2).toString();
    page.summary = query.value(3).toString();
    page.body = query.value(4).toString();
    page.format = core::sourceFormatFromMachineName(query.value(5).toString())
                      .value_or(core::SourceFormat::Markdown);
    page.state = core::moderationStateFromMachineName(query.value(6).toString())
                     .value_or(core::ModerationState::Draft);
    page.created = fromMsecs(query.value(7).toLongLong());
    page.updated = fromMsecs(query.value(8).toLongLong());
    page.fields = fieldsFromJson(query.value(9).toString());
    page.reviewDate = dateFromSql(query.value(10));
    return page;
}

void bindPage(QSqlQuery &query, const core::Page &page, bool withCreated)
{
    const QDateTime created = page.created.isValid() ? page.created : now();
    const QDateTime updated = page.updated.isValid() ? page.updated : created;
    query.bindValue(QStringLiteral(":uuid"), uuidKey(page.uuid));
    query.bindValue(QStringLiteral(":bundle"), nonNullText(page.bundle));
    query.bindValue(QStringLiteral(":title"), nonNullText(page.title));
    query.bindValue(QStringLiteral(":summary"), nonNullText(page.summary));
    query.bindValue(QStringLiteral(":body"), nonNullText(page.body));
    query.bindValue(QStringLiteral(":format"), core::toMachineName(page.format));
    query.bindValue(QStringLiteral(":state"), core::toMachineName(page.state));
    query.bindValue(QStringLiteral(":fields"), fieldsToJson(page.fields));
    query.bindValue(QStringLiteral(":review_date"), dateToSql(page.reviewDate));
    if (withCreated)
        query.bindValue(QStringLiteral(":created"), msecs(created));
    query.bindValue(QStringLiteral(":updated"), msecs(updated));
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

PageStore::PageStore() = default;

PageStore::~PageStore()
{
    closeConnection();
}

int PageStore::schemaVersion()
{
    return schema::latestVersion();
}

bool PageStore::open(const QString &path)
{
    close();
    m_error = {};
    m_warnings.clear();
    m_logLost = false;
    if (path.isEmpty())
        return fail(StoreError::Io, tr("No store file was given."));
    m_path = QFileInfo(path).absoluteFilePath();
    if (!openLocked()) {
        closeConnection();
        return false;
    }
    qCInfo(lcStore) << "opened store" << m_path;
    return true;
}

bool PageStore::openLocked()
{
    const QFileInfo info(m_path);
    if (info.isDir())
        return fail(StoreError::Io, tr("%1 is a folder, not a store file.").arg(shown(m_path)));

    const QString folder = info.absolutePath();
    if (!QDir().mkpath(folder) || !QFileInfo(folder).isDir()) {
        return fail(StoreError::Unwritable,
                    tr("LocalGov Author cannot create the folder %1 for its store. Check that the "
                       "path is right and that you may write there.")
                        .arg(shown(folder)));
    }

    auto lock = std::make_unique<StoreLock>(m_path);
    if (!lock->tryLock()) {
        const QString detail = lock->fileName();
        switch (lock->error()) {
        case QLockFile::LockFailedError: {
            const std::optional<StoreLock::Holder> holder = lock->holder();
            if (!holder) {
                return fail(StoreError::Locked,
                            tr("LocalGov Author is already open with this store. Switch to that "
                               "window, or close it and try again."),
                            detail);
            }
            if (!holder->hostname.isEmpty() && holder->hostname != QSysInfo::machineHostName()) {
                return fail(StoreError::Locked,
                            tr("LocalGov Author is already open with this store on the computer %1 "
                               "(process %2). Close it there and try again.")
                                .arg(holder->hostname)
                                .arg(holder->pid),
                            detail);
            }
            return fail(StoreError::Locked,
                        tr("LocalGov Author is already open with this store (process %1). Switch "
                           "to that window, or close it and try again.")
                            .arg(holder->pid),
                        detail);
        }
        case QLockFile::PermissionError:
            return fail(StoreError::Unwritable,
                        tr("LocalGov Author cannot write to the folder %1. Check that you may "
                           "change files there.")
                            .arg(shown(folder)),
                        detail);
        default:
            return fail(StoreError::Io,
                        tr("LocalGov Author could not lock the store %1. Check that the disk is "
                           "not full.")
                            .arg(shown(m_path)),
                        detail);
        }
    }
    m_lock = std::move(lock);

    return checkExistingFile() && openConnection();
}

bool PageStore::checkExistingFile()
{
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(StoreError::Unwritable,
                    tr("LocalGov Author cannot read the store %1. Check that you may open it.")
                        .arg(shown(m_path)),
                    file.errorString());
    }
    // SQLite treats an empty file as an empty database, so it is safe to initialise.
    if (file.size() == 0)
        return true;

    // Read the header ourselves: SQLite would happily start writing into a file that is not one
    // of its databases, and this file may be someone's document.
    static const QByteArray magic("SQLite format 3\0", 16);
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(magic)) {
        return fail(StoreError::Corrupt,
                    tr("The file %1 is not a LocalGov Author store: it is not an SQLite database. "
                       "It has been left as it is; move it aside or choose another file.")
                        .arg(shown(m_path)),
                    QStringLiteral("missing SQLite header"));
    }
    file.close();

    // Opening for writing changes nothing in the file but tells us early that saves would fail.
    if (!file.open(QIODevice::ReadWrite)) {
        return fail(StoreError::Unwritable,
                    tr("The store %1 is read-only, so LocalGov Author cannot save pages in it. "
                       "Check that you may change the file.")
                        .arg(shown(m_path)),
                    file.errorString());
    }
    // Read before SQLite opens the store: the first connection resets the index it comes from.
    m_logLost = StoreRecovery::writeAheadLogLost(m_path);
    return true;
}

bool PageStore::openConnection()
{
    const QString driver = QStringLiteral("QSQLITE");
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        return fail(StoreError::Io, tr("The SQLite driver for Qt (QSQLITE) is not installed, so "
                                       "the store cannot be opened."));
    }
    static std::atomic<quint64> serial{0};
    m_connectionName = QStringLiteral("lga.store.%1").arg(++serial);
    m_db = QSqlDatabase::addDatabase(driver, m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeout.count()));
    if (!m_db.open())
        return failSql(m_db.lastError());

    // Checks before anything writes: a damaged or too-new store must stay byte-for-byte as found.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QSqlError sqlError;
    const int version = schema::userVersion(m_db, &sqlError);
    if (version < 0)
        return failSql(sqlError);
    if (version > schema::latestVersion()) {
        return fail(StoreError::TooNew,
                    tr("The store %1 was written by a newer version of LocalGov Author (store "
                       "version %2; this version knows up to %3). Update LocalGov Author to open "
                       "it; the file has been left as it is.")
                        .arg(shown(m_path))
                        .arg(version)
                        .arg(schema::latestVersion()));
    }
    // A store about to be migrated (and backed up first) is always checked here; otherwise the
    // caller may run the check beside the open window.
    m_checkPending = m_deferCheck && version == schema::latestVersion();
    if (!m_checkPending) {
        if (!query.exec(QStringLiteral("PRAGMA quick_check")))
            return failSql(query.lastError());
        QStringList problems;
        while (query.next()) {
            const QString line = query.value(0).toString();
            if (line != QLatin1String("ok"))
                problems.append(line);
        }
        if (query.lastError().isValid())
            return failSql(query.lastError());
        if (!problems.isEmpty())
            return fail(StoreError::Corrupt, damagedMessage(), problems.mid(0, 5).join(u"; "));
        query.finish();
    }
    if (version < schema::latestVersion() && !backUpBeforeMigration(version))
        return false;

    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next())
        return failSql(query.lastError());
    if (query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        // Some network file systems cannot share WAL memory; SQLite then keeps its rollback
        // journal, which is slower but still safe.
        qCWarning(lcStore) << "write-ahead log not available for" << m_path << "; journal mode is"
                           << query.value(0).toString();
    }
    query.finish();
    // The numbers below are fixed or come from our own settings, not from input; PRAGMA takes no
    // bound parameters.
    const QStringList pragmas = {
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA busy_timeout = %1").arg(m_busyTimeout.count()),
    };
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma))
            return failSql(query.lastError());
        query.finish();
    }

    if (!schema::migrate(m_db, &sqlError))
        return failSql(sqlError);
    if (m_logLost)
        warnAboutLostLog();
    if (!m_checkPending)
        takeDailyBackup();
    return true;
}

StoreError PageStore::damagedError(const QStringList &problems) const
{
    return StoreError{StoreError::Corrupt, damagedMessage(), problems.mid(0, 5).join(u"; ")};
}

bool PageStore::backUpBeforeMigration(int version)
{
    // A new file has nothing in it to lose; anything else gets a copy before its schema changes.
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next())
        return failSql(query.lastError());
    const bool empty = query.value(0).toInt() == 0;
    query.finish();
    if (empty)
        return true;
    QString error;
    if (BackupManager::backupNow(m_db, m_path, BackupManager::Kind::PreMigration, currentTime(),
                                 version, &error)
            .isEmpty()) {
        return fail(StoreError::Io,
                    tr("LocalGov Author must update the store %1 for this version, but could not "
                       "first make a backup of it, so it has left the store as it was. Check that "
                       "the disk is not full and that you may write to the folder %2.")
                        .arg(shown(m_path), shown(BackupManager::folder(m_path))),
                    error);
    }
    return true;
}

void PageStore::takeDailyBackup()
{
    const QDateTime time = currentTime();
    if (!BackupManager::dailyBackupDue(m_path, time))
        return;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM pages)")) || !query.next() ||
        !query.value(0).toBool()) {
        return; // An empty store needs no copy, and would crowd real backups out of the rotation.
    }
    query.finish();
    // The store itself is fine, so a failed backup does not keep the author out; but they are
    // told, because they may be counting on it. No backup is recorded, so the next open tries
    // again.
    QString error;
    if (BackupManager::backupNow(m_db, m_path, BackupManager::Kind::Daily, time,
                                 schema::latestVersion(), &error)
            .isEmpty()) {
        m_warnings.append(backupWarning(error));
    }
}

StoreError PageStore::backupWarning(const QString &reason)
{
    return StoreError{StoreError::Io,
                      tr("Today's backup of your pages could not be made: %1 Your pages are safe; "
                         "LocalGov Author will try again the next time it opens the store.")
                          .arg(reason),
                      reason};
}

void PageStore::warnAboutLostLog()
{
    // The log is gone, so which pages it changed cannot be known; the newest save the file still
    // holds tells the author from when to check their work.
    QSqlQuery query(m_db);
    QString since;
    if (query.exec(QStringLiteral("SELECT max(updated) FROM pages")) && query.next() &&
        !query.value(0).isNull()) {
        since = QLocale().toString(fromMsecs(query.value(0).toLongLong()).toLocalTime(),
                                   QLocale::ShortFormat);
    }
    const QString log = shown(m_path + QStringLiteral("-wal"));
    const QString message =
        since.isEmpty()
            ? tr("The store's log file %1, which held your most recent saves, is missing: it was "
                 "deleted, or not copied with the store. Those saves are lost; the store opened "
                 "as it was before them. Check your recent work.")
                  .arg(log)
            : tr("The store's log file %1, which held your most recent saves, is missing: it was "
                 "deleted, or not copied with the store. Those saves are lost; the store opened "
                 "as it was before them, with changes up to %2. Check work saved after that.")
                  .arg(log, since);
    m_warnings.append(StoreError{StoreError::Corrupt, message, QStringLiteral("missing -wal")});
    qCWarning(lcStore).noquote() << message;
}

QDateTime PageStore::currentTime() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

void PageStore::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

void PageStore::close()
{
    if (m_db.isOpen())
        qCInfo(lcStore) << "closing store" << m_path;
    closeConnection();
    m_checkPending = false;
}

void PageStore::closeConnection()
{
    if (!m_connectionName.isEmpty()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        m_connectionName.clear();
    }
    // Only after the connection is gone, so the next owner never meets our open connection.
    m_lock.reset();
}

bool PageStore::isOpen() const
{
    return m_db.isOpen();
}

QString PageStore::path() const
{
    return m_path;
}

void PageStore::setBusyTimeout(std::chrono::milliseconds timeout)
{
    m_busyTimeout = timeout;
    if (!isOpen())
        return;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(timeout.count())))
        failSql(query.lastError());
}

QList<core::PageSummary> PageStore::summaries() const
{
    if (!checkOpen())
        return {};
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // The uuid breaks ties so that the order never changes between two calls.
    if (!query.exec(
            QStringLiteral("SELECT uuid, bundle, title, state, updated, review_date FROM pages"
                           " ORDER BY updated DESC, uuid"))) {
        failSql(query.lastError());
        return {};
    }
    QList<core::PageSummary> result;
    while (query.next()) {
        core::PageSummary summary;
        summary.uuid = QUuid::fromString(query.value(0).toString());
        summary.bundle = query.value(1).toString();
        summary.title = query.value(2).toString();
        summary.state = core::moderationStateFromMachineName(query.value(3).toString())
                            .value_or(core::ModerationState::Draft);
        summary.updated = fromMsecs(query.value(4).toLongLong());
        summary.reviewDate = dateFromSql(query.value(5));
        result.append(summary);
    }
    if (query.lastError().isValid()) {
        failSql(query.lastError());
        return {};
    }
    m_error = {};
    return result;
}

std::optional<core::Page> PageStore::page(const QUuid &uuid) const
{
    if (!checkOpen())
        return std::nullopt;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(kSelectPage + QStringLiteral(" WHERE uuid = :uuid"));
    query.bindValue(QStringLiteral(":uuid"), uuidKey(uuid));
    if (!query.exec()) {
        failSql(query.lastError());
        return std::nullopt;
    }
    if (!query.next()) {
        if (query.lastError().isValid())
            failSql(query.lastError());
        else
            fail(StoreError::NotFound, tr("The page is not in the store."), uuidKey(uuid));
        return std::nullopt;
    }
    m_error = {};
    return pageFromRow(query);
}

int PageStore::count() const
{
    if (!checkOpen())
        return -1;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM pages")) || !query.next()) {
        failSql(query.lastError());
        return -1;
    }
    m_error = {};
    return query.value(0).toInt();
}

bool PageStore::isEmpty() const
{
    return count() == 0;
}

bool PageStore::insert(const core::Page &page)
{
    // One statement is atomic on its own; without a transaction of its own, an insert can be
    // part of a caller's (the sync writes a page and its base together).
    return insertRows({page});
}

bool PageStore::insertMany(const QList<core::Page> &pages)
{
    if (!checkOpen())
        return false;
    Transaction transaction(m_db);
    if (!transaction.begin())
        return failSql(transaction.error());
    if (!insertRows(pages))
        return false;
    if (!transaction.commit())
        return failSql(transaction.error());
    m_error = {};
    return true;
}

bool PageStore::insertRows(const QList<core::Page> &pages)
{
    if (!checkOpen())
        return false;
    for (const core::Page &page : pages) {
        if (page.uuid.isNull())
            return fail(StoreError::Invalid,
                        tr("The page has no identifier, so it cannot be stored."));
    }
    QSqlQuery query(m_db);
    if (!query.prepare(kInsertPage))
        return failSql(query.lastError());
    for (const core::Page &page : pages) {
        bindPage(query, page, true);
        if (!query.exec())
            return failSql(query.lastError());
    }
    query.finish();
    m_error = {};
    return true;
}

bool PageStore::save(const core::Page &page)
{
    if (!checkOpen())
        return false;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE pages SET bundle = :bundle, title = :title, summary = :summary, body = :body,"
        " format = :format, state = :state, updated = :updated, fields = :fields,"
        " review_date = :review_date WHERE uuid = :uuid"));
    core::Page stamped = page;
    if (!stamped.updated.isValid())
        stamped.updated = now();
    bindPage(query, stamped, false);
    if (!query.exec())
        return failSql(query.lastError());
    if (query.numRowsAffected() == 0)
        return fail(StoreError::NotFound, tr("The page is not in the store."), uuidKey(page.uuid));
    m_error = {};
    return true;
}

bool PageStore::remove(const QUuid &uuid)
{
    if (!checkOpen())
        return false;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM pages WHERE uuid = :uuid"));
    query.bindValue(QStringLiteral(":uuid"), uuidKey(uuid));
    if (!query.exec())
        return failSql(query.lastError());
    if (query.numRowsAffected() == 0)
        return fail(StoreError::NotFound, tr("The page is not in the store."), uuidKey(uuid));
    m_error = {};
    return true;
}

bool PageStore::checkOpen() const
{
    if (m_db.isOpen())
        return true;
    return fail(StoreError::Io, tr("The store is not open."));
}

QString PageStore::damagedMessage() const
{
    return tr("The store %1 is damaged, so LocalGov Author has not opened it. The file has been "
              "left as it is: restore it from a backup, or move it aside to start afresh.")
        .arg(shown(m_path));
}

bool PageStore::fail(StoreError::Kind kind, const QString &message, const QString &detail) const
{
    m_error = StoreError{kind, message, detail};
    if (kind != StoreError::NotFound)
        qCWarning(lcStore).noquote() << message << detail;
    return false;
}

StoreError PageStore::errorFromSql(const QSqlError &error) const
{
    const QString detail = error.text();
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case SqliteBusy:
    case SqliteLocked:
        return StoreError{StoreError::Locked,
                          tr("The store is busy: another program is writing to it. Try again in a "
                             "moment."),
                          detail};
    case SqlitePerm:
    case SqliteReadOnly:
    case SqliteCantOpen:
        return StoreError{
            StoreError::Unwritable,
            tr("LocalGov Author cannot write to the store %1. Check that you may change "
               "the file and its folder.")
                .arg(shown(m_path)),
            detail};
    case SqliteFull:
        return StoreError{
            StoreError::Io,
            tr("The disk that holds the store is full. Free some space, then try again."), detail};
    case SqliteCorrupt:
    case SqliteNotADb:
        return StoreError{StoreError::Corrupt, damagedMessage(), detail};
    case SqliteConstraint:
        return StoreError{StoreError::Invalid,
                          tr("A page with the same identifier is already in the store."), detail};
    case SqliteIoErr:
    default:
        return StoreError{StoreError::Io,
                          tr("The store %1 could not be read or written (%2).")
                              .arg(shown(m_path), error.databaseText().isEmpty()
                                                      ? error.driverText()
                                                      : error.databaseText()),
                          detail};
    }
}

bool PageStore::failSql(const QSqlError &error) const
{
    const StoreError mapped = errorFromSql(error);
    return fail(mapped.kind, mapped.message, mapped.detail);
}

} // namespace lga::store
