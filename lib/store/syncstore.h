// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <store/storeaccess.h>

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace lga::store {

class PageStore;

/// Where a page stands against its copy on the site.
enum class SyncStatus
{
    Synced,   ///< Last pull or push went through (there may be local changes since).
    Conflict, ///< The author and the site both changed it and the edits overlap.
    Error,    ///< The site refused the last write; `message` says why.
};

QString toMachineName(SyncStatus status);

/// What the store remembers of one page's copy on the site.
struct SyncRecord
{
    QUuid page;
    QString site;
    /// The page's JSON:API resource object as the site last sent it: the merge base.
    QJsonObject resource;
    qint64 changed = 0; ///< The resource's `changed`, Unix seconds.
    qint64 vid = 0;
    /// The site holds a newer, not yet published revision (a "working copy").
    bool draftOnSite = false;
    /// The author's copy was written since the base was taken.
    bool localChanges = false;
    SyncStatus status = SyncStatus::Synced;
    /// Why the page is in conflict or in error, in plain words.
    QString message;
    /// For a conflict: the site's resource object the author's copy could not be merged with.
    QJsonObject theirs;

    bool operator==(const SyncRecord &) const = default;
};

/// The changed time and revision of a page on the site, to tell whether a pulled copy is new.
struct RemoteVersion
{
    qint64 changed = 0;
    qint64 vid = 0;
    bool localChanges = false;
    SyncStatus status = SyncStatus::Synced;
};

/// One write still to be sent to the site.
struct OutboxEntry
{
    enum class Operation
    {
        Create,     ///< POST the page (with its own uuid: a repeat is a 409, i.e. done).
        Update,     ///< PATCH the page against its base.
        Transition, ///< PATCH only `moderation_state` and `revision_log` (payload says which).
    };
    qint64 id = 0;
    QUuid page;
    Operation operation = Operation::Update;
    QJsonObject payload;
    int attempts = 0;
    QString lastError;
};

/// The sync's own tables in the store's file: the base of every page that is on a site, the
/// time of the last pull, and the outbox. Uses the PageStore's connection, so the same thread
/// rules apply; calls that fail return false (or nothing) with the reason in lastError().
class SyncStore : public StoreAccess
{
    Q_DECLARE_TR_FUNCTIONS(lga::store::SyncStore)

public:
    explicit SyncStore(PageStore &store);

    std::optional<SyncRecord> record(const QUuid &page) const;
    /// Every page the store holds a base for, by uuid.
    QHash<QUuid, RemoteVersion> versions() const;
    /// Every record, for the page list; without the resource objects.
    QHash<QUuid, SyncRecord> states() const;

    /// Takes \a resource as the page's new base, marks it synced and, with \a clearLocalChanges,
    /// without local changes. Call it in the same transaction as the page write it goes with.
    bool setBase(const QUuid &page, const QString &site, const QJsonObject &resource,
                 qint64 changed, qint64 vid, bool draftOnSite, bool clearLocalChanges);
    bool setStatus(const QUuid &page, SyncStatus status, const QString &message,
                   const QJsonObject &theirs = {});
    bool setLocalChanges(const QUuid &page, bool changes);

    /// Pages with local changes (not in conflict), and pages never sent to any site.
    QList<QUuid> pagesToPush() const;
    QList<QUuid> pagesNotOnSite() const;
    int conflictCount() const;

    /// The remote `changed` (Unix seconds) up to which \a site has been pulled; 0 before the
    /// first pull.
    qint64 lastPull(const QString &site) const;
    bool setLastPull(const QString &site, qint64 changed);

    /// The images and documents already on \a site (they keep their uuid there), with the
    /// address where the site serves each file.
    QHash<QUuid, QString> mediaOnSite(const QString &site) const;
    bool setMediaOnSite(const QUuid &media, const QString &site, const QString &fileUrl);

    /// Adds a write unless the same operation on the page is already waiting.
    bool enqueue(const QUuid &page, OutboxEntry::Operation operation,
                 const QJsonObject &payload = {});
    QList<OutboxEntry> outbox() const;
    bool complete(qint64 entry);
    bool recordAttempt(qint64 entry, const QString &error);
    /// Drops the waiting creates and updates of \a page (its conflict or error is shown
    /// instead); decisions (transitions) stay.
    bool dropQueued(const QUuid &page);

private:
    bool failSql(const QSqlError &error) const;
};

} // namespace lga::store
