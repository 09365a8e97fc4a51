// SPDX-License-Identifier: GPL-2.0-or-later
#include "pushjob.h"

#include "errordocument.h"
#include "medialinks.h"
#include "nodedocument.h"
#include "pagecontent.h"
#include "patchdocument.h"
#include "siteclient.h"
#include "threewaymerge.h"

#include <core/fielddefinition.h>
#include <store/mediastore.h>
#include <store/pagestore.h>
#include <store/transaction.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QPointer>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace lga::sync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("lga::sync::PushJob", text);
}

QByteArray compact(const QJsonObject &document)
{
    return QJsonDocument(document).toJson(QJsonDocument::Compact);
}

// The overview a guide or step page belongs to: the site may rewrite its contents list.
const QList<std::pair<QString, QString>> &overviewFields()
{
    static const QList<std::pair<QString, QString>> fields{
        {u"localgov_guides_page"_s, u"localgov_guides_parent"_s},
        {u"localgov_step_by_step_page"_s, u"localgov_step_parent"_s},
    };
    return fields;
}

// What to tell the author about a refusal: the plain reason, and for invalid values the site's
// own words, which name the fields.
QString describe(const ErrorDocument &error)
{
    // The site's own words help where the reason is particular to the page; the stale, draft
    // and read-only messages say all there is.
    const bool particular = error.kind() == ErrorDocument::Kind::Validation ||
                            error.kind() == ErrorDocument::Kind::NotFound ||
                            error.kind() == ErrorDocument::Kind::Other;
    if (!particular || error.details().isEmpty())
        return error.message();
    return error.message() + u' ' + tr("The site said: %1").arg(error.details().join(u"; "_s));
}

} // namespace

PushJob::PushJob(SiteClient &client, store::PageStore &store, store::SyncStore &syncStore,
                 QString revisionLog, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_sync(syncStore)
    , m_revisionLog(std::move(revisionLog))
    , m_site(client.credentials().site.toString(QUrl::StripTrailingSlash))
{}

PushJob::~PushJob() = default;

void PushJob::start()
{
    m_media = std::make_unique<MediaLinks>(MediaLinks::forSite(m_store, m_sync, m_site));
    // Stage: what changed becomes a write in the outbox, once, in the order the pages were
    // first written.
    using Op = store::OutboxEntry::Operation;
    for (const QUuid &page : m_sync.pagesNotOnSite())
        m_sync.enqueue(page, Op::Create);
    for (const QUuid &page : m_sync.pagesToPush()) {
        const std::optional<store::SyncRecord> record = m_sync.record(page);
        // A page whose creation the site refused has a record but no copy on the site.
        m_sync.enqueue(page, record && record->resource.isEmpty() ? Op::Create : Op::Update);
    }
    if (m_sync.lastError().kind != store::StoreError::None) {
        m_report.error = m_sync.lastError().message;
        return finish();
    }
    m_entries = contentBeforeDecisions(m_sync.outbox());
    m_total = int(m_entries.size());
    emit progress(0, m_total);
    nextEntry();
}

QList<store::OutboxEntry> PushJob::contentBeforeDecisions(QList<store::OutboxEntry> entries)
{
    // A decision is about the page as its maker saw it, their own unsent edits included (those
    // are staged at the start of the push, after the decision): the edits go first.
    QList<store::OutboxEntry> ordered;
    ordered.reserve(entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const store::OutboxEntry entry = entries[i];
        if (entry.operation == store::OutboxEntry::Operation::Transition) {
            for (qsizetype j = i + 1; j < entries.size();) {
                if (entries[j].page == entry.page &&
                    entries[j].operation != store::OutboxEntry::Operation::Transition) {
                    ordered.append(entries.takeAt(j));
                } else {
                    ++j;
                }
            }
        }
        ordered.append(entry);
    }
    return ordered;
}

void PushJob::cancel()
{
    m_canceled = true;
    m_client.cancelAll();
}

QString PushJob::pageUrl(const core::Page &page) const
{
    return u"/jsonapi/node/"_s + page.bundle + u'/' + page.uuid.toString(QUuid::WithoutBraces);
}

void PushJob::nextEntry()
{
    if (m_finished)
        return;
    if (m_canceled) {
        m_report.canceled = true;
        return finish();
    }
    if (m_entries.isEmpty()) {
        if (m_pendingRefreshes == 0)
            finish();
        return;
    }
    const store::OutboxEntry entry = m_entries.takeFirst();
    const std::optional<core::Page> page = m_store.page(entry.page);
    if (!page) {
        if (m_store.lastError().kind != store::StoreError::NotFound)
            return stop(entry, m_store.lastError().message);
        // Deleted here before it was sent: nothing to send.
        return entryDone(entry);
    }
    const std::optional<store::SyncRecord> record = m_sync.record(entry.page);
    if (record && record->status == store::SyncStatus::Conflict &&
        entry.operation != store::OutboxEntry::Operation::Transition) {
        // The author resolves the conflict first; the write is staged again after that.
        m_sync.dropQueued(entry.page);
        return entryDone(entry);
    }
    switch (entry.operation) {
    case store::OutboxEntry::Operation::Create:
        if (record && !record->resource.isEmpty())
            return withMedia(entry, *page, [=, this] { update(entry, *page, *record, 0); });
        return withMedia(entry, *page, [=, this] { create(entry, *page); });
    case store::OutboxEntry::Operation::Update:
        if (!record || record->resource.isEmpty())
            return withMedia(entry, *page, [=, this] { create(entry, *page); });
        return withMedia(entry, *page, [=, this] { update(entry, *page, *record, 0); });
    case store::OutboxEntry::Operation::Transition:
        if (!record || record->resource.isEmpty())
            return refused(entry, page->title,
                           tr("This page is not on the site yet, so its state cannot change "
                              "there. Sync it first."));
        return transition(entry, *record);
    }
}

void PushJob::withMedia(const store::OutboxEntry &entry, const core::Page &page,
                        std::function<void()> next)
{
    QList<QUuid> missing;
    for (const QUuid &media : MediaLinks::usedBy(page))
        if (!m_media->isOnSite(media))
            missing.append(media);
    if (missing.isEmpty())
        return next();
    uploadMedia(entry, page, missing, std::move(next));
}

void PushJob::uploadMedia(const store::OutboxEntry &entry, const core::Page &page,
                          QList<QUuid> missing, std::function<void()> next)
{
    const QUuid id = missing.takeFirst();
    store::MediaStore media(m_store);
    const std::optional<core::MediaItem> item = media.item(id);
    const std::optional<QByteArray> data = item ? media.data(id) : std::nullopt;
    if (!item || !data) {
        return refused(entry, page.title,
                       tr("The page uses an image or document that is no longer in this "
                          "computer's media library. Remove it from the page or import it again."));
    }
    const bool image = item->kind == core::MediaKind::Image;
    if (image && !item->hasTextAlternative()) {
        // The site accepts images without alt text (localgov.md, headline 6); the app does not.
        return refused(entry, page.title,
                       tr("The image “%1” has no alt text. Add it (or mark the image decorative) "
                          "in the media library, then sync again.")
                           .arg(item->fileName));
    }
    const QString type = image ? u"image"_s : u"document"_s;
    const QString field = image ? u"field_media_image"_s : u"field_media_document"_s;
    // Drupal reads a plain quoted file name; anything but safe ASCII becomes an underscore.
    QByteArray fileName;
    for (const QChar c : item->fileName)
        fileName +=
            (c.unicode() < 128 && c != u'"' && c != u'\\' && c.isPrint()) ? char(c.unicode()) : '_';
    SiteRequest upload{QByteArrayLiteral("POST"),
                       QUrl(u"/jsonapi/media/"_s + type + u'/' + field),
                       *data,
                       QByteArrayLiteral("application/octet-stream"),
                       true,
                       {{QByteArrayLiteral("Content-Disposition"),
                         QByteArrayLiteral("file; filename=\"") + fileName + '"'}}};
    m_client.send(upload, [this, guard = QPointer(this), entry, page, missing, next, id,
                           item = *item, type, field, image](const SiteResponse &response) {
        if (!guard || m_finished)
            return;
        if (!response.transportError.isEmpty())
            return stop(entry, response.transportError);
        if (response.status != 201)
            return refused(entry, page.title,
                           describe(ErrorDocument::parse(response.body, response.status)));
        const QJsonObject file = response.json.object().value(u"data"_s).toObject();
        const QString url = file.value(u"attributes"_s)[u"uri"_s][u"url"_s].toString();
        const QJsonObject meta =
            image ? QJsonObject{{u"alt"_s, item.decorative ? QString() : item.alt}}
                  : QJsonObject{{u"description"_s, item.fileName}};
        const QJsonObject fileIdentifier{
            {u"type"_s, u"file--file"_s}, {u"id"_s, file.value(u"id"_s)}, {u"meta"_s, meta}};
        const QJsonObject relationships{{field, QJsonObject{{u"data"_s, fileIdentifier}}}};
        const QJsonObject resource{{u"type"_s, QString(u"media--"_s + type)},
                                   {u"id"_s, id.toString(QUuid::WithoutBraces)},
                                   {u"attributes"_s, QJsonObject{{u"name"_s, item.fileName}}},
                                   {u"relationships"_s, relationships}};
        const QJsonObject document{{u"data"_s, resource}};
        SiteRequest create{QByteArrayLiteral("POST"),
                           QUrl(u"/jsonapi/media/"_s + type),
                           compact(document),
                           {},
                           true};
        m_client.send(create, [this, guard, entry, page, missing, next, id,
                               url](const SiteResponse &created) {
            if (!guard || m_finished)
                return;
            if (!created.transportError.isEmpty())
                return stop(entry, created.transportError);
            // 409: sent before, with the answer lost; the site has it under the same uuid.
            if (created.status != 201 && created.status != 409)
                return refused(entry, page.title,
                               describe(ErrorDocument::parse(created.body, created.status)));
            if (!m_sync.setMediaOnSite(id, m_site, url))
                return stop(entry, m_sync.lastError().message);
            m_media->addOnSite(id, url);
            if (missing.isEmpty())
                return next();
            uploadMedia(entry, page, missing, next);
        });
    });
}

PatchDocument::Options PushJob::writeOptions() const
{
    PatchDocument::Options options;
    options.revisionLog = m_revisionLog;
    options.bodyToSite = [this](const QString &html) {
        return m_media->toSite(html);
    };
    options.bundleOf = [this](const QString &uuid) {
        const std::optional<core::Page> other = m_store.page(QUuid::fromString(uuid));
        return other ? other->bundle : QString();
    };
    options.onSite = [this](const QString &uuid) {
        const std::optional<store::SyncRecord> other = m_sync.record(QUuid::fromString(uuid));
        return other && !other->resource.isEmpty();
    };
    return options;
}

void PushJob::create(const store::OutboxEntry &entry, const core::Page &page)
{
    const PatchDocument::Result body = PatchDocument::post(page, writeOptions());
    const bool complete = !leftOutReferences(page, body);
    SiteRequest request{QByteArrayLiteral("POST"),
                        QUrl(u"/jsonapi/node/"_s + page.bundle),
                        compact(body.document),
                        {},
                        true};
    m_client.send(request, [this, guard = QPointer(this), entry, page,
                            complete](const SiteResponse &response) {
        if (!guard)
            return; // The job is gone; the client outlived it.
        if (m_finished)
            return;
        if (response.canceled)
            return stop(entry, tr("Canceled."));
        if (!response.transportError.isEmpty())
            return stop(entry, response.transportError);
        if (response.status == 201) {
            if (!written(entry,
                         m_media->localResource(response.json.object().value(u"data"_s).toObject()),
                         page, complete))
                return;
            ++m_report.created;
            return entryDone(entry);
        }
        if (response.status == 409) {
            // Already created by an earlier try whose answer was lost: fetch what the site has.
            SiteRequest get{QByteArrayLiteral("GET"), QUrl(pageUrl(page)), {}, {}, true};
            return m_client.send(
                get, [this, guard = QPointer(this), entry, page](const SiteResponse &fetched) {
                    if (!guard)
                        return; // The job is gone; the client outlived it.
                    if (m_finished)
                        return;
                    if (!fetched.isSuccess())
                        return stop(entry, fetched.transportError.isEmpty()
                                               ? tr("The site did not return the page it already "
                                                    "has (HTTP %1).")
                                                     .arg(fetched.status)
                                               : fetched.transportError);
                    const QJsonObject resource =
                        m_media->localResource(fetched.json.object().value(u"data"_s).toObject());
                    const NodeDocument::Result remote = NodeDocument::fromResourceObject(resource);
                    // The site has what was sent; whatever differs is still to be written.
                    if (!written(entry, resource, remote.ok() ? remote.page : page, true))
                        return;
                    ++m_report.created;
                    entryDone(entry);
                });
        }
        const ErrorDocument error = ErrorDocument::parse(response.body, response.status);
        if (error.kind() == ErrorDocument::Kind::ReadOnly || response.status == 401)
            return stop(entry, error.message());
        refused(entry, page.title, describe(error));
    });
}

void PushJob::update(const store::OutboxEntry &entry, const core::Page &page,
                     const store::SyncRecord &record, int round)
{
    const NodeDocument::Result base = NodeDocument::fromResourceObject(record.resource);
    if (!base.ok())
        return refused(entry, page.title, base.error);
    if (PageContent::same(page, PageContent::basePage(record.resource))) {
        // Edited and put back as it was: nothing to send.
        m_sync.setLocalChanges(page.uuid, false);
        return entryDone(entry);
    }
    if (page.state == core::ModerationState::Archived &&
        base.meta.moderationState == u"archived"_s) {
        // The workflow has no archived-to-archived transition, so the site would refuse it.
        return refused(entry, page.title,
                       tr("This page is archived on the site, and an archived page cannot be "
                          "changed. Set it back to draft (or publish it) to send the changes."));
    }
    const PatchDocument::Result body = PatchDocument::patch(page, base.meta, writeOptions());
    const bool complete = !leftOutReferences(page, body);
    SiteRequest request{
        QByteArrayLiteral("PATCH"), QUrl(pageUrl(page)), compact(body.document), {}, true};
    m_client.send(request, [this, guard = QPointer(this), entry, page, record, round,
                            complete](const SiteResponse &response) {
        if (!guard)
            return; // The job is gone; the client outlived it.
        if (m_finished)
            return;
        if (response.canceled)
            return stop(entry, tr("Canceled."));
        if (!response.transportError.isEmpty())
            return stop(entry, response.transportError);
        if (response.status == 200) {
            if (!written(entry,
                         m_media->localResource(response.json.object().value(u"data"_s).toObject()),
                         page, complete))
                return;
            ++m_report.updated;
            return entryDone(entry);
        }
        const ErrorDocument error = ErrorDocument::parse(response.body, response.status);
        switch (error.kind()) {
        case ErrorDocument::Kind::StaleChanged:
            // Someone saved the page on the site since the base: merge with their version.
            if (round < 2)
                return mergeWithSite(entry, page, record, round + 1);
            return refused(entry, page.title, error.message());
        case ErrorDocument::Kind::WorkingCopy:
            m_sync.setBase(page.uuid, record.site, record.resource, record.changed, record.vid,
                           true, false);
            return refused(entry, page.title, error.message());
        case ErrorDocument::Kind::ReadOnly:
            return stop(entry, error.message());
        default:
            if (response.status == 401)
                return stop(entry, error.message());
            return refused(entry, page.title, describe(error));
        }
    });
}

void PushJob::mergeWithSite(const store::OutboxEntry &entry, const core::Page &sent,
                            const store::SyncRecord &record, int round)
{
    SiteRequest get{QByteArrayLiteral("GET"), QUrl(pageUrl(sent)), {}, {}, true};
    m_client.send(get, [this, guard = QPointer(this), entry, sent, record,
                        round](const SiteResponse &response) {
        if (!guard)
            return; // The job is gone; the client outlived it.
        if (m_finished)
            return;
        if (!response.isSuccess()) {
            if (!response.transportError.isEmpty())
                return stop(entry, response.transportError);
            return refused(entry, sent.title,
                           ErrorDocument::parse(response.body, response.status).message());
        }
        const QJsonObject resource =
            m_media->localResource(response.json.object().value(u"data"_s).toObject());
        const NodeDocument::Result remote = NodeDocument::fromResourceObject(resource);
        if (!remote.ok())
            return refused(entry, sent.title, remote.error);
        const std::optional<core::Page> local = m_store.page(sent.uuid);
        if (!local)
            return stop(entry, m_store.lastError().message);
        const ThreeWayMerge::Result merge =
            ThreeWayMerge::merge(PageContent::basePage(record.resource), *local, remote.page);
        const qint64 changed = remote.meta.changedAt.toSecsSinceEpoch();
        store::Transaction transaction(m_store.database());
        if (!transaction.begin())
            return stop(entry, m_store.errorFromSql(transaction.error()).message);
        if (!merge.clean) {
            m_sync.setStatus(sent.uuid, store::SyncStatus::Conflict,
                             tr("This page was changed on the site as well as here, in the same "
                                "places. Open it to choose which words to keep."),
                             resource);
            m_sync.dropQueued(sent.uuid);
            if (!transaction.commit())
                return stop(entry, m_store.errorFromSql(transaction.error()).message);
            ++m_report.conflicts;
            return entryDone(entry);
        }
        core::Page merged = merge.page;
        merged.created = local->created;
        if (merged != *local) {
            merged.updated = QDateTime::currentDateTimeUtc();
            if (!m_store.save(merged))
                return stop(entry, m_store.lastError().message);
        }
        if (!m_sync.setBase(sent.uuid, m_site, resource, changed, remote.meta.vid,
                            remote.meta.hasWorkingCopy, false))
            return stop(entry, m_sync.lastError().message);
        if (!transaction.commit())
            return stop(entry, m_store.errorFromSql(transaction.error()).message);
        ++m_report.merged;
        const std::optional<store::SyncRecord> fresh = m_sync.record(sent.uuid);
        if (!fresh)
            return stop(entry, m_sync.lastError().message);
        update(entry, merged, *fresh, round);
    });
}

void PushJob::transition(const store::OutboxEntry &entry, const store::SyncRecord &record)
{
    const NodeDocument::Result base = NodeDocument::fromResourceObject(record.resource);
    if (!base.ok())
        return refused(entry, {}, base.error);
    const QString state = entry.payload.value(u"state"_s).toString();
    const QString log = entry.payload.value(u"log"_s).toString();
    // A decision is about the version the reviewer saw: if the site's copy changed since, the
    // site refuses it (403 on `changed`) rather than applying it to words nobody reviewed.
    QString changed = entry.payload.value(u"changed"_s).toString();
    if (changed.isEmpty())
        changed = base.meta.changed;
    const auto own = m_transitioned.constFind(base.meta.uuid);
    if (own != m_transitioned.constEnd() && own->first == changed)
        changed = own->second; // An earlier decision in this outbox moved it on, not the site.
    QJsonObject attributes{{u"changed"_s, changed}, {u"moderation_state"_s, state}};
    if (!log.isEmpty())
        attributes.insert(u"revision_log"_s, log);
    const QJsonObject document{
        {u"data"_s, QJsonObject{{u"type"_s, base.meta.type},
                                {u"id"_s, base.meta.uuid.toString(QUuid::WithoutBraces)},
                                {u"attributes"_s, attributes}}}};
    const core::Page page = base.page;
    SiteRequest request{
        QByteArrayLiteral("PATCH"), QUrl(pageUrl(page)), compact(document), {}, true};
    m_client.send(request, [this, guard = QPointer(this), entry, page,
                            changed](const SiteResponse &response) {
        if (!guard)
            return; // The job is gone; the client outlived it.
        if (m_finished)
            return;
        if (!response.transportError.isEmpty())
            return stop(entry, response.transportError);
        if (response.status == 200) {
            const QJsonObject resource =
                m_media->localResource(response.json.object().value(u"data"_s).toObject());
            const NodeDocument::Result remote = NodeDocument::fromResourceObject(resource);
            const std::optional<core::Page> local = m_store.page(page.uuid);
            if (remote.ok() && local) {
                store::Transaction transaction(m_store.database());
                transaction.begin();
                core::Page updated = *local;
                updated.state = remote.page.state;
                const bool hadChanges =
                    m_sync.record(page.uuid).value_or(store::SyncRecord{}).localChanges;
                m_store.save(updated);
                m_sync.setBase(page.uuid, m_site, PageContent::withSource(resource, *local),
                               remote.meta.changedAt.toSecsSinceEpoch(), remote.meta.vid,
                               remote.meta.hasWorkingCopy, !hadChanges);
                m_sync.complete(entry.id);
                transaction.commit();
                m_transitioned.insert(page.uuid, {changed, remote.meta.changed});
            } else {
                m_sync.complete(entry.id);
            }
            ++m_report.updated;
            return entryDone(entry);
        }
        const ErrorDocument error = ErrorDocument::parse(response.body, response.status);
        if (error.kind() == ErrorDocument::Kind::ReadOnly || response.status == 401)
            return stop(entry, error.message());
        if (error.kind() == ErrorDocument::Kind::StaleChanged)
            return refused(entry, page.title,
                           tr("This page changed on the site after you opened it. Sync to "
                              "see the new changes, then decide again."));
        refused(entry, page.title, describe(error));
    });
}

bool PushJob::leftOutReferences(const core::Page &page, const PatchDocument::Result &body) const
{
    for (const QString &field : body.unsentFields) {
        // Topics are never sent (the site holds term ids); anything else waits for its target.
        if (core::fieldDefinition(page.bundle, field).kind != core::FieldKind::Terms)
            return true;
    }
    return false;
}

bool PushJob::written(const store::OutboxEntry &entry, const QJsonObject &resource,
                      const core::Page &sent, bool complete)
{
    const NodeDocument::Result remote = NodeDocument::fromResourceObject(resource);
    if (!remote.ok()) {
        stop(entry, remote.error);
        return false;
    }
    // A decision queued on the version before this write is about this write too.
    if (const std::optional<store::SyncRecord> before = m_sync.record(sent.uuid)) {
        const QString was = before->resource.value(u"attributes"_s)[u"changed"_s].toString();
        if (!was.isEmpty() && was != remote.meta.changed)
            m_transitioned.insert(sent.uuid, {was, remote.meta.changed});
    }
    // The author may have typed on while the write was out; those words are still to be sent.
    const std::optional<core::Page> now = m_store.page(sent.uuid);
    const bool unchanged = complete && now && PageContent::same(*now, sent);
    if (!m_sync.setBase(sent.uuid, m_site, PageContent::withSource(resource, sent),
                        remote.meta.changedAt.toSecsSinceEpoch(), remote.meta.vid,
                        remote.meta.hasWorkingCopy, unchanged) ||
        !m_sync.complete(entry.id)) {
        stop(entry, m_sync.lastError().message);
        return false;
    }
    refreshOverview(resource);
    if (!complete && !m_requeued.contains(sent.uuid)) {
        // A reference to a page the site did not have yet: sent again once the pages after
        // this one in the outbox are there. Once only, so a missing page cannot loop.
        m_requeued.insert(sent.uuid);
        if (m_sync.enqueue(sent.uuid, store::OutboxEntry::Operation::Update)) {
            const QList<store::OutboxEntry> all = m_sync.outbox();
            if (!all.isEmpty() && all.last().page == sent.uuid) {
                m_entries.append(all.last());
                ++m_total;
            }
        }
    }
    return true;
}

void PushJob::refreshOverview(const QJsonObject &resource)
{
    const QString type = resource.value(u"type"_s).toString();
    for (const auto &[bundle, field] : overviewFields()) {
        if (type != u"node--"_s + bundle)
            continue;
        const QJsonObject parent =
            resource.value(u"relationships"_s)[field].toObject().value(u"data"_s).toObject();
        const QString parentType = parent.value(u"type"_s).toString();
        const QUuid parentUuid = QUuid::fromString(parent.value(u"id"_s).toString());
        if (parentUuid.isNull() || !parentType.startsWith(u"node--"_s))
            return;
        const std::optional<store::SyncRecord> record = m_sync.record(parentUuid);
        if (!record || record->localChanges)
            return; // Not here, or the author's edits come first; the next pull brings it.
        ++m_pendingRefreshes;
        SiteRequest get{QByteArrayLiteral("GET"),
                        QUrl(u"/jsonapi/node/"_s + parentType.mid(6) + u'/' +
                             parentUuid.toString(QUuid::WithoutBraces)),
                        {},
                        {},
                        true};
        m_client.send(
            get, [this, guard = QPointer(this), parentUuid](const SiteResponse &response) {
                if (!guard)
                    return; // The job is gone; the client outlived it.
                --m_pendingRefreshes;
                if (!m_finished && response.isSuccess()) {
                    const QJsonObject fresh =
                        m_media->localResource(response.json.object().value(u"data"_s).toObject());
                    const NodeDocument::Result remote = NodeDocument::fromResourceObject(fresh);
                    const std::optional<core::Page> local = m_store.page(parentUuid);
                    const std::optional<store::SyncRecord> record = m_sync.record(parentUuid);
                    if (remote.ok() && local && record && !record->localChanges) {
                        store::Transaction transaction(m_store.database());
                        if (transaction.begin()) {
                            core::Page page = remote.page;
                            page.created = local->created;
                            if (m_store.save(page) &&
                                m_sync.setBase(parentUuid, m_site, fresh,
                                               remote.meta.changedAt.toSecsSinceEpoch(),
                                               remote.meta.vid, remote.meta.hasWorkingCopy, true))
                                transaction.commit();
                        }
                    }
                }
                if (m_entries.isEmpty() && m_pendingRefreshes == 0)
                    finish();
            });
        return;
    }
}

void PushJob::refused(const store::OutboxEntry &entry, const QString &title, const QString &message)
{
    store::Transaction transaction(m_store.database());
    transaction.begin();
    if (!m_sync.record(entry.page)) {
        // A new page the site refused: a record without a copy on the site holds the reason.
        m_sync.setBase(entry.page, m_site, {}, 0, 0, false, false);
        m_sync.setLocalChanges(entry.page, true);
    }
    m_sync.setStatus(entry.page, store::SyncStatus::Error, message);
    m_sync.complete(entry.id);
    transaction.commit();
    m_report.problems.append({entry.page, title, message});
    entryDone(entry);
}

void PushJob::stop(const store::OutboxEntry &entry, const QString &message)
{
    m_sync.recordAttempt(entry.id, message);
    if (m_canceled)
        m_report.canceled = true;
    else if (m_report.error.isEmpty())
        m_report.error = message;
    finish();
}

void PushJob::entryDone(const store::OutboxEntry &entry)
{
    Q_UNUSED(entry)
    ++m_done;
    emit progress(m_done, m_total);
    // The next write starts from the event loop, never inside the previous one's callback.
    QTimer::singleShot(0, this, &PushJob::nextEntry);
}

void PushJob::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    QTimer::singleShot(0, this, [this] { emit finished(m_report); });
}

} // namespace lga::sync
