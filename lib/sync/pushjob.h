// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "patchdocument.h"
#include "syncreport.h"

#include <core/page.h>
#include <store/syncstore.h>

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

namespace lga::store {
class PageStore;
} // namespace lga::store

namespace lga::sync {

class MediaLinks;
class SiteClient;
struct SiteResponse;

/// Sends the author's work to the site. First every page with local changes, and every page the
/// site has never had, is put in the outbox (once); then the outbox is replayed in order, one
/// write at a time, each removed only once the site has it:
/// - a new page is POSTed with its own uuid, so sending it twice is harmless (409 = done);
/// - a changed page is PATCHed with the `changed` of its base, its `moderation_state` and a
///   revision log. If the site's copy moved on (403 on `changed`), the site's copy is fetched
///   and merged three ways; a clean merge is sent, an overlap becomes a conflict;
/// - a page the site refuses (a draft on the site, invalid values, no permission) is marked
///   with the reason and the rest go on. A read-only site or lost credentials stop the push.
/// After a guide or step-by-step page is written its overview is fetched again, since the site
/// may have changed its contents list.
class PushJob : public QObject
{
    Q_OBJECT

public:
    PushJob(SiteClient &client, store::PageStore &store, store::SyncStore &syncStore,
            QString revisionLog, QObject *parent = nullptr);
    ~PushJob() override;

    void start();
    void cancel();
    /// The outbox in the order it is sent: as queued, except that a page's content writes go
    /// before its decisions.
    static QList<store::OutboxEntry> contentBeforeDecisions(QList<store::OutboxEntry> entries);

signals:
    void progress(int done, int total);
    void finished(const lga::sync::SyncReport &report);

private:
    void nextEntry();
    /// Sends the images and documents \a page uses that the site does not have yet (file, then
    /// media entity with the store's uuid and alt text), then calls \a next.
    void withMedia(const store::OutboxEntry &entry, const core::Page &page,
                   std::function<void()> next);
    void uploadMedia(const store::OutboxEntry &entry, const core::Page &page, QList<QUuid> missing,
                     std::function<void()> next);
    /// How pages are written to this site: the revision log, media as the site names them, and
    /// references only to pages the site already has.
    PatchDocument::Options writeOptions() const;
    void create(const store::OutboxEntry &entry, const core::Page &page);
    void update(const store::OutboxEntry &entry, const core::Page &page,
                const store::SyncRecord &record, int round);
    void transition(const store::OutboxEntry &entry, const store::SyncRecord &record);
    void mergeWithSite(const store::OutboxEntry &entry, const core::Page &sent,
                       const store::SyncRecord &record, int round);
    /// Takes the site's answer to a write of \a sent as the page's new base.
    /// \a complete is false when references to pages not yet on the site were left out; the
    /// page then keeps its local changes and is sent again at the end of the outbox.
    bool written(const store::OutboxEntry &entry, const QJsonObject &resource,
                 const core::Page &sent, bool complete);
    bool leftOutReferences(const core::Page &page, const PatchDocument::Result &body) const;
    /// A page the site refused: marked with \a message, its write dropped, the push goes on.
    void refused(const store::OutboxEntry &entry, const QString &title, const QString &message);
    /// A failure that ends the push (the entry stays in the outbox for next time).
    void stop(const store::OutboxEntry &entry, const QString &message);
    void refreshOverview(const QJsonObject &resource);
    void entryDone(const store::OutboxEntry &entry);
    QString pageUrl(const core::Page &page) const;
    void finish();

    SiteClient &m_client;
    store::PageStore &m_store;
    store::SyncStore &m_sync;
    QString m_revisionLog;
    QString m_site;
    QList<store::OutboxEntry> m_entries;
    QSet<QUuid> m_requeued;
    /// Pages this push wrote or moved to another state: the `changed` before and after, so that
    /// a later decision on the same page, taken on the version before, is not mistaken for a
    /// stale one.
    QHash<QUuid, std::pair<QString, QString>> m_transitioned;
    int m_total = 0;
    int m_done = 0;
    int m_pendingRefreshes = 0;
    bool m_finished = false;
    bool m_canceled = false;
    SyncReport m_report;
    std::unique_ptr<MediaLinks> m_media;
};

} // namespace lga::sync
