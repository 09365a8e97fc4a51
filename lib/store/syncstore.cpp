// SPDX-License-Identifier: GPL-2.0-or-later
#include <store/syncstore.h>

#include <store/pagestore.h>
#include <store/sqlvalues.h>

#include <QJsonDocument>
#include <QSqlQuery>

namespace lga::store {

namespace {

QString toJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject objectFromJson(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

SyncStatus statusFromSql(const QVariant &value)
{
    const QString name = value.toString();
    if (name == u"conflict")
        return SyncStatus::Conflict;
    if (name == u"error")
        return SyncStatus::Error;
    return SyncStatus::Synced;
}

QString operationName(OutboxEntry::Operation operation)
{
    switch (operation) {
    case OutboxEntry::Operation::Create:
        return QStringLiteral("create");
    case OutboxEntry::Operation::Update:
        return QStringLiteral("update");
    case OutboxEntry::Operation::Transition:
        return QStringLiteral("transition");
    }
    return {};
}

OutboxEntry::Operation operationFromSql(const QVariant &value)
{
    const QString name = value.toString();
    if (name == u"create")
        return OutboxEntry::Operation::Create;
    if (name == u"transition")
        return OutboxEntry::Operation::Transition;
    return OutboxEntry::Operation::Update;
}

} // namespace

QString toMachineName(SyncStatus status)
{
    switch (status) {
    case SyncStatus::Synced:
        return QStringLiteral("synced");
    case SyncStatus::Conflict:
        return QStringLiteral("conflict");
    case SyncStatus::Error:
        return QStringLiteral("error");
    }
    return {};
}

SyncStore::SyncStore(PageStore &store)
    : StoreAccess(store)
{}

bool SyncStore::failSql(const QSqlError &error) const
{
    return StoreAccess::failSql(error, tr("The page's sync record could not be saved."));
}

std::optional<SyncRecord> SyncStore::record(const QUuid &page) const
{
    if (!checkOpen())
        return std::nullopt;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT site, resource, changed, vid, draft_on_site,"
                                 " local_changes, status, message, theirs"
                                 " FROM sync_pages WHERE page_uuid = :page"));
    query.bindValue(QStringLiteral(":page"), uuidKey(page));
    if (!fetchOne(query))
        return std::nullopt;
    SyncRecord record;
    record.page = page;
    record.site = query.value(0).toString();
    record.resource = objectFromJson(query.value(1));
    record.changed = query.value(2).toLongLong();
    record.vid = query.value(3).toLongLong();
    record.draftOnSite = query.value(4).toBool();
    record.localChanges = query.value(5).toBool();
    record.status = statusFromSql(query.value(6));
    record.message = query.value(7).toString();
    record.theirs = objectFromJson(query.value(8));
    return record;
}

QHash<QUuid, RemoteVersion> SyncStore::versions() const
{
    QHash<QUuid, RemoteVersion> result;
    if (!checkOpen())
        return result;
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT page_uuid, changed, vid, local_changes, status FROM sync_pages"))) {
        failSql(query.lastError());
        return result;
    }
    while (query.next())
        result.insert(QUuid::fromString(query.value(0).toString()),
                      RemoteVersion{query.value(1).toLongLong(), query.value(2).toLongLong(),
                                    query.value(3).toBool(), statusFromSql(query.value(4))});
    m_error = {};
    return result;
}

QHash<QUuid, SyncRecord> SyncStore::states() const
{
    QHash<QUuid, SyncRecord> result;
    if (!checkOpen())
        return result;
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT page_uuid, site, changed, vid, draft_on_site,"
                                   " local_changes, status, message FROM sync_pages"))) {
        failSql(query.lastError());
        return result;
    }
    while (query.next()) {
        SyncRecord record;
        record.page = QUuid::fromString(query.value(0).toString());
        record.site = query.value(1).toString();
        record.changed = query.value(2).toLongLong();
        record.vid = query.value(3).toLongLong();
        record.draftOnSite = query.value(4).toBool();
        record.localChanges = query.value(5).toBool();
        record.status = statusFromSql(query.value(6));
        record.message = query.value(7).toString();
        result.insert(record.page, record);
    }
    m_error = {};
    return result;
}

bool SyncStore::setBase(const QUuid &page, const QString &site, const QJsonObject &resource,
                        qint64 changed, qint64 vid, bool draftOnSite, bool clearLocalChanges)
{
    if (!checkOpen())
        return false;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
        "INSERT INTO sync_pages (page_uuid, site, resource, changed, vid, draft_on_site,"
        " local_changes, status, message, theirs)"
        " VALUES (:page, :site, :resource, :changed, :vid, :draft, 0, 'synced', '', NULL)"
        " ON CONFLICT (page_uuid) DO UPDATE SET site = excluded.site,"
        " resource = excluded.resource, changed = excluded.changed, vid = excluded.vid,"
        " draft_on_site = excluded.draft_on_site, status = 'synced', message = '', theirs = NULL,"
        " local_changes = CASE WHEN :clear THEN 0 ELSE local_changes END"));
    query.bindValue(QStringLiteral(":page"), uuidKey(page));
    query.bindValue(QStringLiteral(":site"), site);
    query.bindValue(QStringLiteral(":resource"), toJson(resource));
    query.bindValue(QStringLiteral(":changed"), changed);
    query.bindValue(QStringLiteral(":vid"), vid);
    query.bindValue(QStringLiteral(":draft"), draftOnSite ? 1 : 0);
    query.bindValue(QStringLiteral(":clear"), clearLocalChanges ? 1 : 0);
    if (!query.exec())
        return failSql(query.lastError());
    m_error = {};
    return true;
}

bool SyncStore::setStatus(const QUuid &page, SyncStatus status, const QString &message,
                          const QJsonObject &theirs)
{
    if (!checkOpen())
        return false;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("UPDATE sync_pages SET status = :status, message = :message,"
                                 " theirs = :theirs WHERE page_uuid = :page"));
    query.bindValue(QStringLiteral(":status"), toMachineName(status));
    query.bindValue(QStringLiteral(":message"), nonNullText(message));
    query.bindValue(QStringLiteral(":theirs"),
                    theirs.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : toJson(theirs));
    query.bindValue(QStringLiteral(":page"), uuidKey(page));
    if (!query.exec())
        return failSql(query.lastError());
    if (query.numRowsAffected() == 0)
        return fail(StoreError::NotFound, tr("The page has never been synced."), uuidKey(page));
    m_error = {};
    return true;
}

bool SyncStore::setLocalChanges(const QUuid &page, bool changes)
{
    if (!checkOpen())
        return false;
    QSqlQuery query(m_store.database());
    query.prepare(
        QStringLiteral("UPDATE sync_pages SET local_changes = :changes WHERE page_uuid = :page"));
    query.bindValue(QStringLiteral(":changes"), changes ? 1 : 0);
    query.bindValue(QStringLiteral(":page"), uuidKey(page));
    if (!query.exec())
        return failSql(query.lastError());
    m_error = {};
    return true;
}

QList<QUuid> SyncStore::pagesToPush() const
{
    QList<QUuid> result;
    if (!checkOpen())
        return result;
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT page_uuid FROM sync_pages"
                                   " WHERE local_changes = 1 AND status <> 'conflict'"
                                   " ORDER BY rowid"))) {
        failSql(query.lastError());
        return result;
    }
    while (query.next())
        result.append(QUuid::fromString(query.value(0).toString()));
    m_error = {};
    return result;
}

QList<QUuid> SyncStore::pagesNotOnSite() const
{
    QList<QUuid> result;
    if (!checkOpen())
        return result;
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT p.uuid FROM pages p"
                                   " LEFT JOIN sync_pages s ON s.page_uuid = p.uuid"
                                   " WHERE s.page_uuid IS NULL ORDER BY p.created, p.id"))) {
        failSql(query.lastError());
        return result;
    }
    while (query.next())
        result.append(QUuid::fromString(query.value(0).toString()));
    m_error = {};
    return result;
}

int SyncStore::conflictCount() const
{
    if (!checkOpen())
        return -1;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT count(*) FROM sync_pages WHERE status = 'conflict'"));
    if (!fetchOne(query))
        return -1;
    return query.value(0).toInt();
}

qint64 SyncStore::lastPull(const QString &site) const
{
    if (!checkOpen())
        return 0;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT last_pull FROM sync_sites WHERE url = :url"));
    query.bindValue(QStringLiteral(":url"), site);
    if (!fetchOne(query))
        return 0;
    return query.value(0).toLongLong();
}

bool SyncStore::setLastPull(const QString &site, qint64 changed)
{
    if (!checkOpen())
        return false;
    QSqlQuery query(m_store.database());
    query.prepare(
        QStringLiteral("INSERT INTO sync_sites (url, last_pull) VALUES (:url, :changed)"
                       " ON CONFLICT (url) DO UPDATE SET last_pull = excluded.last_pull"));
    query.bindValue(QStringLiteral(":url"), site);
    query.bindValue(QStringLiteral(":changed"), changed);
    if (!query.exec())
        return failSql(query.lastError());
    m_error = {};
    return true;
}

QHash<QUuid, QString> SyncStore::mediaOnSite(const QString &site) const
{
    QHash<QUuid, QString> result;
    if (!checkOpen())
        return result;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT media_uuid, file_url FROM sync_media WHERE site = :site"));
    query.bindValue(QStringLiteral(":site"), site);
    if (!query.exec()) {
        failSql(query.lastError());
        return result;
    }
    while (query.next())
        result.insert(QUuid::fromString(query.value(0).toString()), query.value(1).toString());
    m_error = {};
    return result;
}

bool SyncStore::setMediaOnSite(const QUuid &media, const QString &site, const QString &fileUrl)
{
    if (!checkOpen())
        return false;
    QSqlQuery query(m_store.database());
    query.prepare(
        QStringLiteral("INSERT INTO sync_media (media_uuid, site, file_url)"
                       " VALUES (:media, :site, :url) ON CONFLICT (media_uuid)"
                       " DO UPDATE SET site = excluded.site, file_url = excluded.file_url"));
    query.bindValue(QStringLiteral(":media"), uuidKey(media));
    query.bindValue(QStringLiteral(":site"), site);
    query.bindValue(QStringLiteral(":url"), nonNullText(fileUrl));
    if (!query.exec())
        return failSql(query.lastError());
    m_error = {};
    return true;
}

bool SyncStore::enqueue(const QUuid &page, OutboxEntry::Operation operation,
                        const QJsonObject &payload)
{
    if (!checkOpen())
        return false;
    QSqlQuery query(m_store.database());
    // A transition is a decision the author made; each one is kept. A create or an update is
    // "send the page as it is now", so one waiting entry is enough.
    query.prepare(QStringLiteral(
        "INSERT INTO outbox (page_uuid, operation, payload, created)"
        " SELECT :page, :operation, :payload, :created WHERE :transition OR NOT EXISTS"
        " (SELECT 1 FROM outbox WHERE page_uuid = :page2 AND operation = :operation2)"));
    query.bindValue(QStringLiteral(":page"), uuidKey(page));
    query.bindValue(QStringLiteral(":operation"), operationName(operation));
    query.bindValue(QStringLiteral(":payload"), toJson(payload));
    query.bindValue(QStringLiteral(":created"), now().toMSecsSinceEpoch());
    query.bindValue(QStringLiteral(":transition"),
                    operation == OutboxEntry::Operation::Transition ? 1 : 0);
    query.bindValue(QStringLiteral(":page2"), uuidKey(page));
    query.bindValue(QStringLiteral(":operation2"), operationName(operation));
    if (!query.exec())
        return failSql(query.lastError());
    m_error = {};
    return true;
}

QList<OutboxEntry> SyncStore::outbox() const
{
    QList<OutboxEntry> result;
    if (!checkOpen())
        return result;
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, page_uuid, operation, payload, attempts,"
                                   " last_error FROM outbox ORDER BY id"))) {
        failSql(query.lastError());
        return result;
    }
    while (query.next()) {
        OutboxEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.page = QUuid::fromString(query.value(1).toString());
        entry.operation = operationFromSql(query.value(2));
        entry.payload = objectFromJson(query.value(3));
        entry.attempts = query.value(4).toInt();
        entry.lastError = query.value(5).toString();
        result.append(entry);
    }
    m_error = {};
    return result;
}

bool SyncStore::complete(qint64 entry)
{
    if (!checkOpen())
        return false;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("DELETE FROM outbox WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), entry);
    if (!query.exec())
        return failSql(query.lastError());
    m_error = {};
    return true;
}

bool SyncStore::recordAttempt(qint64 entry, const QString &error)
{
    if (!checkOpen())
        return false;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_error = :error"
                                 " WHERE id = :id"));
    query.bindValue(QStringLiteral(":error"), nonNullText(error));
    query.bindValue(QStringLiteral(":id"), entry);
    if (!query.exec())
        return failSql(query.lastError());
    m_error = {};
    return true;
}

bool SyncStore::dropQueued(const QUuid &page)
{
    if (!checkOpen())
        return false;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("DELETE FROM outbox WHERE page_uuid = :page"
                                 " AND operation <> 'transition'"));
    query.bindValue(QStringLiteral(":page"), uuidKey(page));
    if (!query.exec())
        return failSql(query.lastError());
    m_error = {};
    return true;
}

} // namespace lga::store
