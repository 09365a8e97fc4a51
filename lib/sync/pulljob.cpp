// SPDX-License-Identifier: GPL-2.0-or-later
#include "pulljob.h"

#include "collectionpage.h"
#include "medialinks.h"
#include "nodedocument.h"
#include "pagecontent.h"
#include "siteclient.h"
#include "threewaymerge.h"

#include <store/pagestore.h>
#include <store/syncstore.h>
#include <store/transaction.h>

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace lga::sync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("lga::sync::PullJob", text);
}

QString ownerName(const QJsonObject &resource)
{
    return resource.value(u"relationships"_s)[u"uid"_s][u"data"_s][u"meta"_s][u"display_name"_s]
        .toString();
}

} // namespace

PullJob::PullJob(SiteClient &client, store::PageStore &store, store::SyncStore &syncStore,
                 QStringList bundles, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_sync(syncStore)
    , m_bundles(std::move(bundles))
    , m_site(client.credentials().site.toString(QUrl::StripTrailingSlash))
{}

PullJob::~PullJob() = default;

int PullJob::pageLimit(bool firstPull)
{
    return firstPull ? 50 : 20;
}

void PullJob::start()
{
    m_since = m_sync.lastPull(m_site);
    m_media = std::make_unique<MediaLinks>(MediaLinks::forSite(m_store, m_sync, m_site));
    m_newest = m_since;
    // Three collections at a time: enough to hide the round trips, few enough to be polite.
    for (int i = 0; i < 3; ++i)
        next();
    if (m_running == 0)
        done();
}

void PullJob::cancel()
{
    if (m_finished)
        return;
    m_report.canceled = true;
    m_client.cancelAll();
}

void PullJob::next()
{
    if (m_finished || m_report.canceled || m_bundles.isEmpty())
        return;
    const QString bundle = m_bundles.takeFirst();
    QUrl url = m_client.url(u"/jsonapi/node/"_s + bundle);
    // Unfiltered on purpose: a filter would hide colleagues' drafts (localgov.md, headline 5).
    // The owners come along in the same answer, so the review queue can name each page's
    // author without a request per user.
    url.setQuery(u"sort=-changed&include=uid&page%5Blimit%5D="_s +
                 QString::number(pageLimit(m_since == 0)));
    fetch(bundle, url);
}

void PullJob::fetch(const QString &bundle, const QUrl &url)
{
    if (m_finished || m_report.canceled || !m_report.error.isEmpty())
        return;
    ++m_running;
    // The job may be gone when a late answer comes (the client outlives it).
    m_client.send(SiteRequest{QByteArrayLiteral("GET"), url, {}, {}, true},
                  [self = QPointer(this), bundle](const SiteResponse &response) {
                      if (self)
                          self->received(bundle, response);
                  });
}

void PullJob::received(const QString &bundle, const SiteResponse &response)
{
    --m_running;
    if (m_finished)
        return;
    if (response.canceled || m_report.canceled) {
        m_report.canceled = true;
        if (m_running == 0)
            done();
        return;
    }
    if (!response.isSuccess()) {
        if (!response.transportError.isEmpty())
            return fail(response.transportError);
        if (response.status == 404) {
            // The site does not have this content type; nothing to pull.
            next();
            if (m_running == 0)
                done();
            return;
        }
        return fail(tr("The site refused to list its pages (HTTP %1).").arg(response.status));
    }
    const CollectionPage page = CollectionPage::parse(response.body);
    if (!page.ok())
        return fail(page.error());

    store::Transaction transaction(m_store.database());
    if (!transaction.begin())
        return fail(m_store.errorFromSql(transaction.error()).message);
    bool older = false;
    for (const QJsonObject &resource : page.resources()) {
        if (!apply(page.withOwnerName(resource), &older))
            return;
        if (older)
            break;
    }
    if (!transaction.commit())
        return fail(m_store.errorFromSql(transaction.error()).message);
    emit progress(m_report.pulled + m_report.unchanged + m_report.merged + m_report.conflicts);

    if (!older && !page.next().isEmpty())
        fetch(bundle, page.next());
    else
        next();
    if (m_running == 0)
        done();
}

bool PullJob::apply(const QJsonObject &siteResource, bool *older)
{
    // The store's own images and documents under their store names, as the author wrote them.
    const QJsonObject resource = m_media->localResource(siteResource);
    const NodeDocument::Result remote = NodeDocument::fromResourceObject(resource);
    if (!remote.ok()) {
        m_report.problems.append({QUuid::fromString(resource.value(u"id"_s).toString()),
                                  resource.value(u"attributes"_s)[u"title"_s].toString(),
                                  remote.error});
        return true;
    }
    const qint64 changed = remote.meta.changedAt.toSecsSinceEpoch();
    // Sorted newest first: anything older than the last pull was seen then. An item exactly at
    // the last pull's second may be new, so it is compared below.
    if (changed < m_since) {
        *older = true;
        return true;
    }
    m_newest = std::max(m_newest, changed);
    const QUuid uuid = remote.meta.uuid;
    const std::optional<store::SyncRecord> record = m_sync.record(uuid);
    if (!record && m_sync.lastError().kind != store::StoreError::None) {
        fail(m_sync.lastError().message);
        return false;
    }
    if (record && record->changed == changed && record->vid == remote.meta.vid &&
        record->draftOnSite == remote.meta.hasWorkingCopy) {
        ++m_report.unchanged;
        // The same version with its owner's name now known (a base kept before names were, or
        // a user renamed on the site): the base takes the name. Once only, so a pull that
        // finds nothing new still writes nothing.
        if (record->status == store::SyncStatus::Synced &&
            ownerName(record->resource) != ownerName(resource) &&
            !m_sync.setBase(uuid, m_site, resource, changed, remote.meta.vid,
                            remote.meta.hasWorkingCopy, false)) {
            fail(m_sync.lastError().message);
            return false;
        }
        return true;
    }
    auto setBase = [&](bool clearLocalChanges) {
        if (m_sync.setBase(uuid, m_site, resource, changed, remote.meta.vid,
                           remote.meta.hasWorkingCopy, clearLocalChanges))
            return true;
        fail(m_sync.lastError().message);
        return false;
    };
    auto failStore = [&] {
        fail(m_store.lastError().message);
        return false;
    };

    const std::optional<core::Page> local = m_store.page(uuid);
    if (!local) {
        if (m_store.lastError().kind != store::StoreError::NotFound)
            return failStore();
        if (!m_store.insert(remote.page))
            return failStore();
        ++m_report.pulled;
        return setBase(true);
    }
    if (!record) {
        // Created here and sent, with the site's answer lost on the way back: the site's copy
        // is what was sent, and anything the author wrote since is still to be pushed.
        ++m_report.unchanged;
        return setBase(PageContent::same(*local, remote.page));
    }
    if (!record->localChanges) {
        core::Page page = remote.page;
        page.created = local->created;
        if (!m_store.save(page))
            return failStore();
        ++m_report.pulled;
        return setBase(true);
    }

    const ThreeWayMerge::Result merge =
        ThreeWayMerge::merge(PageContent::basePage(record->resource), *local, remote.page);
    if (!merge.clean) {
        ++m_report.conflicts;
        if (!m_sync.setStatus(uuid, store::SyncStatus::Conflict,
                              tr("This page was changed on the site as well as here, in the same "
                                 "places. Open it to choose which words to keep."),
                              resource)) {
            fail(m_sync.lastError().message);
            return false;
        }
        return true;
    }
    ++m_report.merged;
    if (merge.page != *local) {
        core::Page page = merge.page;
        page.created = local->created;
        page.updated = QDateTime::currentDateTimeUtc();
        if (!m_store.save(page))
            return failStore();
    }
    // The author's changes, now merged with the site's, still have to be pushed.
    return setBase(false);
}

void PullJob::fail(const QString &error)
{
    if (m_finished)
        return;
    if (m_report.error.isEmpty())
        m_report.error = error;
    m_client.cancelAll();
    if (m_running == 0)
        done();
}

void PullJob::done()
{
    // Later, never from inside a callback that may still hold a transaction open.
    QTimer::singleShot(0, this, &PullJob::report);
}

void PullJob::report()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_report.ok() && m_newest > m_since && !m_sync.setLastPull(m_site, m_newest))
        m_report.error = m_sync.lastError().message;
    emit finished(m_report);
}

} // namespace lga::sync
