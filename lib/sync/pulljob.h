// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "syncreport.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace lga::store {
class PageStore;
class SyncStore;
} // namespace lga::store

namespace lga::sync {

class MediaLinks;
class SiteClient;
struct SiteResponse;

/// Brings the site's pages into the store: everything the first time, then only what changed
/// since the last pull. Each content type's collection is read newest first, one page of the
/// collection at a time (so memory does not grow with the site), always following
/// `links.next`, and stops at the first item older than the last pull.
///
/// A page without local changes takes the site's copy. A page changed on both sides is merged
/// three ways against its base; a clean merge is kept (and pushed later), anything else leaves
/// the page as the author wrote it and marks it in conflict. Each collection page is written
/// in one transaction. The new last-pull time is saved only when every content type was read
/// to the end.
///
/// Each collection is asked with its pages' owners included, and a kept base holds its owner's
/// display name (when the site gave it) in `relationships.uid.data.meta.display_name`, for the
/// review queue. Writes never send `uid` back (PatchDocument).
class PullJob : public QObject
{
    Q_OBJECT

public:
    PullJob(SiteClient &client, store::PageStore &store, store::SyncStore &syncStore,
            QStringList bundles, QObject *parent = nullptr);
    ~PullJob() override;

    void start();
    void cancel();
    /// Items per collection request: 50 (Drupal's maximum) on the first pull, fewer later, as
    /// an incremental pull usually stops in the first page.
    static int pageLimit(bool firstPull);

signals:
    void progress(int pages);
    void finished(const lga::sync::SyncReport &report);

private:
    void next();
    void fetch(const QString &bundle, const QUrl &url);
    void received(const QString &bundle, const SiteResponse &response);
    /// False when the store could not be written (the pull stops).
    bool apply(const QJsonObject &siteResource, bool *older);
    void fail(const QString &error);
    void done();
    void report();

    SiteClient &m_client;
    store::PageStore &m_store;
    store::SyncStore &m_sync;
    QStringList m_bundles;
    QString m_site;
    qint64 m_since = 0;
    qint64 m_newest = 0;
    int m_running = 0;
    bool m_finished = false;
    SyncReport m_report;
    std::unique_ptr<MediaLinks> m_media;
};

} // namespace lga::sync
