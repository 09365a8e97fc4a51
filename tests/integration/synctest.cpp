// SPDX-License-Identifier: GPL-2.0-or-later
// The sync against the CMS emulator over real HTTP on 127.0.0.1: pull, push, merges, conflicts
// and the site's refusals, as an author meets them.
#include <cms-emulator/accountstore.h>
#include <cms-emulator/server.h>
#include <fixtures/fixturedata.h>
#include <store/mediastore.h>
#include <store/pagestore.h>
#include <store/syncstore.h>
#include <sync/credentials.h>
#include <sync/siteclient.h>
#include <sync/syncengine.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

#include <memory>

using namespace lga;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Http
{
    int status = 0;
    QJsonObject document;
};

class SyncTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        startServer(emulator::Seeder::spread(120), {});
        ASSERT_TRUE(m_store.open(m_dir.filePath(u"store.sqlite"_s)))
            << m_store.lastError().message.toStdString();
    }

    void startServer(const emulator::SeedPlan &plan, const emulator::ServerOptions &options,
                     const QString &dataFile = u"cms.sqlite"_s)
    {
        m_server.reset();
        m_server = std::make_unique<emulator::Server>(m_dir.filePath(dataFile), plan, options);
        ASSERT_TRUE(m_server->isReady()) << m_server->errorString().toStdString();
        m_port = m_server->listen(0);
        ASSERT_NE(m_port, 0);
    }

    QString site() const { return u"http://127.0.0.1:%1"_s.arg(m_port); }

    sync::Credentials as(const QString &user, const QString &password = {}) const
    {
        sync::Credentials credentials;
        credentials.site = QUrl(site());
        credentials.method = sync::AuthMethod::Basic;
        credentials.userName = user;
        credentials.password = password.isEmpty() ? user + u"-pass"_s : password;
        return credentials;
    }

    sync::SyncReport runSync(const sync::Credentials &credentials, bool pull = true,
                             bool push = true)
    {
        sync::SyncEngine engine(m_store, credentials);
        sync::RetryPolicy policy;
        policy.firstDelay = std::chrono::milliseconds(20);
        policy.maxDelay = std::chrono::milliseconds(200);
        policy.transferTimeout = std::chrono::milliseconds(3000);
        engine.client().setRetryPolicy(policy);
        engine.setDirections(pull, push);
        sync::SyncReport report;
        QEventLoop loop;
        QObject::connect(&engine, &sync::SyncEngine::finished, &loop,
                         [&](const sync::SyncReport &r) {
                             report = r;
                             loop.quit();
                         });
        QTimer::singleShot(60000, &loop, [&] {
            report.error = u"test timed out"_s;
            loop.quit();
        });
        engine.run();
        loop.exec();
        return report;
    }

    sync::SyncReport editorSync(bool pull = true, bool push = true)
    {
        return runSync(as(u"editor"_s), pull, push);
    }

    Http http(const QByteArray &verb, const QString &path, const QJsonObject &body = {},
              const QString &user = u"editor"_s)
    {
        QNetworkRequest request(QUrl(site() + path));
        request.setRawHeader("Accept", "application/vnd.api+json");
        request.setRawHeader("Authorization",
                             "Basic " + (user + u':' + user + u"-pass"_s).toUtf8().toBase64());
        QByteArray data;
        if (!body.isEmpty()) {
            request.setRawHeader("Content-Type", "application/vnd.api+json");
            data = QJsonDocument(body).toJson(QJsonDocument::Compact);
        }
        QNetworkReply *reply = m_network.sendCustomRequest(request, verb, data);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Http result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.document = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return result;
    }

    QString nodePath(const core::Page &page) const
    {
        return u"/jsonapi/node/"_s + page.bundle + u'/' + page.uuid.toString(QUuid::WithoutBraces);
    }

    QJsonObject remote(const core::Page &page)
    {
        const Http answer = http("GET", nodePath(page));
        EXPECT_EQ(answer.status, 200);
        return answer.document.value(u"data"_s).toObject();
    }

    QString remoteBody(const core::Page &page)
    {
        return remote(page).value(u"attributes"_s)[u"body"_s][u"value"_s].toString();
    }

    // A colleague changes the page's body on the site (in the web editor, say).
    void editOnSite(const core::Page &page, const QString &from, const QString &to)
    {
        const QJsonObject resource = remote(page);
        QJsonObject body = resource.value(u"attributes"_s)[u"body"_s].toObject();
        const QString html = body.value(u"value"_s).toString();
        ASSERT_TRUE(html.contains(from)) << html.toStdString();
        body.insert(u"value"_s, QString(html).replace(from, to));
        body.remove(u"processed"_s);
        const QJsonObject patch{
            {u"data"_s,
             QJsonObject{{u"type"_s, resource.value(u"type"_s)},
                         {u"id"_s, resource.value(u"id"_s)},
                         {u"attributes"_s,
                          QJsonObject{{u"body"_s, body},
                                      {u"moderation_state"_s,
                                       resource.value(u"attributes"_s)[u"moderation_state"_s]},
                                      {u"revision_log"_s, u"Edited on the site"_s}}}}}};
        const Http answer = http("PATCH", nodePath(page), patch);
        ASSERT_EQ(answer.status, 200) << QJsonDocument(answer.document).toJson().toStdString();
    }

    // A published service page with the seeder's standard body, as pulled into the store.
    core::Page servicePage()
    {
        for (const core::PageSummary &summary : m_store.summaries()) {
            if (summary.bundle != u"localgov_services_page"_s ||
                summary.state != core::ModerationState::Published)
                continue;
            const std::optional<core::Page> page = m_store.page(summary.uuid);
            if (page && page->body.contains(u"You can do this online at any time."_s) &&
                page->body.contains(u"working days."_s))
                return *page;
        }
        ADD_FAILURE() << "no published service page with the standard body";
        return {};
    }

    void editHere(core::Page page, const QString &from, const QString &to)
    {
        ASSERT_TRUE(page.body.contains(from)) << page.body.toStdString();
        page.body.replace(from, to);
        page.updated = QDateTime::currentDateTimeUtc();
        ASSERT_TRUE(m_store.save(page));
    }

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    std::unique_ptr<emulator::Server> m_server;
    quint16 m_port = 0;
    store::PageStore m_store;
};

TEST_F(SyncTest, FirstPullBringsEveryPageAndTheNextSyncOnlyAsks)
{
    const sync::SyncReport first = editorSync();
    ASSERT_TRUE(first.ok()) << first.error.toStdString();
    EXPECT_GT(first.pulled, 100);
    EXPECT_EQ(m_store.count(), first.pulled);
    store::SyncStore syncStore(m_store);
    EXPECT_EQ(syncStore.states().size(), first.pulled);
    // The seeded published pages with a newer draft on the site are marked as such.
    const QHash<QUuid, store::SyncRecord> states = syncStore.states();
    const auto drafts = std::count_if(states.cbegin(), states.cend(),
                                      [](const store::SyncRecord &r) { return r.draftOnSite; });
    EXPECT_GT(drafts, 0);
    EXPECT_LT(drafts, first.pulled / 5);
    EXPECT_TRUE(syncStore.pagesToPush().isEmpty());
    EXPECT_TRUE(syncStore.pagesNotOnSite().isEmpty());
    EXPECT_EQ(first.created + first.updated, 0);

    const sync::SyncReport second = editorSync();
    ASSERT_TRUE(second.ok()) << second.error.toStdString();
    EXPECT_EQ(second.pulled, 0);
    EXPECT_EQ(second.updated + second.created, 0);
    // The entry point, who am I, and one short page per content type.
    EXPECT_LE(second.requests, 2 + 10);
}

// The review queue names each page's author from what the pull keeps: the owner's display name
// in the base, where Drupal keeps what it knows of a reference.
TEST_F(SyncTest, ThePullKeepsEachPagesOwnerByName)
{
    const sync::SyncReport report = editorSync();
    ASSERT_TRUE(report.ok()) << report.error.toStdString();
    const QHash<QString, QString> names{
        {emulator::Account::uuidForUser(emulator::AccountStore::editorUid), u"editor"_s},
        {emulator::Account::uuidForUser(emulator::AccountStore::authorUid), u"author"_s},
        {emulator::Account::uuidForUser(emulator::AccountStore::contributorUid), u"contributor"_s}};
    store::SyncStore syncStore(m_store);
    QHash<QString, int> seen;
    for (const QUuid &uuid : syncStore.states().keys()) {
        const std::optional<store::SyncRecord> record = syncStore.record(uuid);
        ASSERT_TRUE(record);
        const QJsonObject owner =
            record->resource.value(u"relationships"_s)[u"uid"_s][u"data"_s].toObject();
        const QString id = owner.value(u"id"_s).toString();
        ASSERT_TRUE(names.contains(id)) << id.toStdString();
        EXPECT_EQ(owner.value(u"meta"_s)[u"display_name"_s].toString(), names.value(id))
            << uuid.toString().toStdString();
        ++seen[names.value(id)];
    }
    // Pages of all three users, so each name was matched to its own pages.
    EXPECT_EQ(seen.size(), 3);
    for (const int count : std::as_const(seen))
        EXPECT_GT(count, 0);
}

TEST_F(SyncTest, ABaseKeptWithoutItsOwnersNameGetsItOnceWithoutPullingThePageAgain)
{
    ASSERT_TRUE(editorSync().ok());
    store::SyncStore syncStore(m_store);
    const core::Page page = servicePage();
    std::optional<store::SyncRecord> record = syncStore.record(page.uuid);
    ASSERT_TRUE(record);
    // As a store kept before the pull asked for owners holds it.
    QJsonObject resource = record->resource;
    QJsonObject relationships = resource.value(u"relationships"_s).toObject();
    QJsonObject uid = relationships.value(u"uid"_s).toObject();
    QJsonObject data = uid.value(u"data"_s).toObject();
    const QString name = data.value(u"meta"_s)[u"display_name"_s].toString();
    ASSERT_FALSE(name.isEmpty());
    data.remove(u"meta"_s);
    uid.insert(u"data"_s, data);
    relationships.insert(u"uid"_s, uid);
    resource.insert(u"relationships"_s, relationships);
    ASSERT_TRUE(syncStore.setBase(page.uuid, record->site, resource, record->changed, record->vid,
                                  record->draftOnSite, true));
    // Read every page again: all are unchanged, and only the one without a name is written.
    ASSERT_TRUE(syncStore.setLastPull(record->site, 0));
    const sync::SyncReport report = editorSync();
    ASSERT_TRUE(report.ok()) << report.error.toStdString();
    EXPECT_EQ(report.pulled, 0);
    EXPECT_GT(report.unchanged, 100);
    record = syncStore.record(page.uuid);
    ASSERT_TRUE(record);
    EXPECT_EQ(record->resource
                  .value(u"relationships"_s)[u"uid"_s][u"data"_s][u"meta"_s][u"display_name"_s]
                  .toString(),
              name);
}

TEST_F(SyncTest, AThousandPagesArriveWhole)
{
    startServer(emulator::Seeder::spread(1000), {}, u"cms-1000.sqlite"_s);
    const sync::SyncReport report = editorSync();
    ASSERT_TRUE(report.ok()) << report.error.toStdString();
    EXPECT_EQ(report.pulled, 1000);
    EXPECT_EQ(m_store.count(), 1000);
    EXPECT_TRUE(report.problems.isEmpty());
    // Page by page of 50, following links.next: about 1000 / 50 requests plus one short last
    // page per content type, the entry point and who-am-I.
    EXPECT_LE(report.requests, 1000 / 50 + 10 + 2);
}

TEST_F(SyncTest, WritingAGuidePageBringsItsOverviewAgain)
{
    ASSERT_TRUE(editorSync().ok());
    std::optional<core::Page> guide;
    for (const core::PageSummary &summary : m_store.summaries()) {
        if (summary.bundle != u"localgov_guides_page"_s ||
            summary.state != core::ModerationState::Published)
            continue;
        store::SyncStore records(m_store);
        if (records.record(summary.uuid)->draftOnSite)
            continue;
        guide = m_store.page(summary.uuid);
        if (guide && guide->fields.contains(u"localgov_guides_parent"_s))
            break;
        guide.reset();
    }
    ASSERT_TRUE(guide);
    const QUuid overviewId =
        QUuid::fromString(guide->fields.value(u"localgov_guides_parent"_s).toString());
    const core::Page overview = *m_store.page(overviewId);
    // A colleague renames the overview on the site; this computer has not pulled since.
    const QJsonObject resource = remote(overview);
    const QJsonObject attributes{
        {u"title"_s, QString(overview.title + u" (updated)"_s)},
        {u"moderation_state"_s, resource.value(u"attributes"_s)[u"moderation_state"_s]}};
    const QJsonObject data{{u"type"_s, resource.value(u"type"_s)},
                           {u"id"_s, resource.value(u"id"_s)},
                           {u"attributes"_s, attributes}};
    const QJsonObject rename{{u"data"_s, data}};
    ASSERT_EQ(http("PATCH", nodePath(overview), rename).status, 200);

    core::Page edited = *guide;
    edited.summary += u" Updated."_s;
    ASSERT_TRUE(m_store.save(edited));
    const sync::SyncReport report = editorSync(false, true);
    ASSERT_TRUE(report.ok()) << report.error.toStdString();
    EXPECT_EQ(report.updated, 1);
    EXPECT_EQ(m_store.page(overviewId)->title, overview.title + u" (updated)"_s);
}

TEST_F(SyncTest, AnOfflineEditReachesTheSiteOnce)
{
    ASSERT_TRUE(editorSync().ok());
    const core::Page page = servicePage();
    editHere(page, u"You can do this online at any time."_s,
             u"You can apply online at any time."_s);

    const sync::SyncReport report = editorSync();
    ASSERT_TRUE(report.ok()) << report.error.toStdString();
    EXPECT_EQ(report.updated, 1);
    EXPECT_TRUE(remoteBody(page).contains(u"You can apply online at any time."_s));
    EXPECT_EQ(remote(page).value(u"attributes"_s)[u"revision_log"_s].toString(),
              u"Edited in LocalGov Author"_s);
    store::SyncStore syncStore(m_store);
    EXPECT_FALSE(syncStore.record(page.uuid)->localChanges);

    const sync::SyncReport again = editorSync();
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.updated, 0);
    EXPECT_EQ(again.merged + again.conflicts, 0);
}

TEST_F(SyncTest, APageCreatedOfflineIsCreatedOnceOnTheSite)
{
    ASSERT_TRUE(editorSync().ok());
    core::Page page = core::Page::create(u"localgov_services_page"_s);
    page.title = u"Apply for a parking permit for a carer"_s;
    page.summary = u"Who can get a carer parking permit."_s;
    page.body = u"You can apply online.\n\nIt takes about 20 minutes.\n"_s;
    ASSERT_TRUE(m_store.insert(page));

    const sync::SyncReport report = editorSync();
    ASSERT_TRUE(report.ok()) << report.error.toStdString();
    EXPECT_EQ(report.created, 1);
    const QJsonObject created = remote(page);
    EXPECT_EQ(created.value(u"attributes"_s)[u"title"_s].toString(), page.title);
    EXPECT_EQ(created.value(u"attributes"_s)[u"moderation_state"_s].toString(), u"draft"_s);

    const sync::SyncReport again = editorSync();
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.created, 0);
    const Http titled = http("GET", u"/jsonapi/node/localgov_services_page?filter%5Btitle%5D="
                                    u"Apply%20for%20a%20parking%20permit%20for%20a%20carer"_s);
    EXPECT_EQ(titled.document.value(u"data"_s).toArray().size(), 1);
}

TEST_F(SyncTest, PagesCreatedOfflineThatReferToEachOtherAllArrive)
{
    ASSERT_TRUE(editorSync().ok());
    // The page is older than the landing page it sits under, so it is sent first, while the
    // site does not have its parent yet.
    core::Page landing = core::Page::create(u"localgov_services_landing"_s);
    landing.title = u"Roads and pavements"_s;
    landing.summary = u"Potholes, gritting and street lights."_s;
    core::Page page = core::Page::create(u"localgov_services_page"_s);
    page.title = u"Report a pothole"_s;
    page.summary = u"Tell us about a pothole on a road."_s;
    page.body = u"You can report a pothole online.\n"_s;
    page.fields.insert(u"localgov_services_parent"_s, landing.uuid.toString(QUuid::WithoutBraces));
    page.created = QDateTime::currentDateTimeUtc().addSecs(-60);
    ASSERT_TRUE(m_store.insert(page));
    ASSERT_TRUE(m_store.insert(landing));

    const sync::SyncReport report = editorSync();
    ASSERT_TRUE(report.ok()) << report.error.toStdString();
    EXPECT_TRUE(report.problems.isEmpty());
    EXPECT_EQ(report.created, 2);
    const QJsonObject parent =
        remote(page).value(u"relationships"_s)[u"localgov_services_parent"_s][u"data"_s].toObject();
    EXPECT_EQ(parent.value(u"id"_s).toString(), landing.uuid.toString(QUuid::WithoutBraces));
    EXPECT_EQ(parent.value(u"type"_s).toString(), u"node--localgov_services_landing"_s);
    store::SyncStore syncStore(m_store);
    EXPECT_TRUE(syncStore.pagesToPush().isEmpty());

    const sync::SyncReport again = editorSync();
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.created + again.updated, 0);
}

TEST_F(SyncTest, ImagesAndDocumentsInAPageGoToTheSiteFirst)
{
    ASSERT_TRUE(editorSync().ok());
    store::MediaStore media(m_store);
    const std::optional<core::MediaItem> image =
        media.add(*media.prepareData(store::test::fixtures::MediaRow().data, u"wheelie-bin.png"_s));
    ASSERT_TRUE(image) << media.lastError().message.toStdString();
    ASSERT_TRUE(media.setAlt(image->uuid, u"A green wheelie bin by the kerb"_s, false));
    const QByteArray pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n";
    const std::optional<store::MediaStore::Prepared> preparedPdf =
        media.prepareData(pdf, u"bin-rules.pdf"_s);
    ASSERT_TRUE(preparedPdf) << media.lastError().message.toStdString();
    const std::optional<core::MediaItem> document = media.add(*preparedPdf);
    ASSERT_TRUE(document);
    const QString imageId = image->uuid.toString(QUuid::WithoutBraces);
    const QString documentId = document->uuid.toString(QUuid::WithoutBraces);

    const core::Page page = servicePage();
    editHere(page, u"You can do this online at any time."_s,
             u"You can do this online at any time.\n\n![A green wheelie bin by the kerb]"
             "(lga-media:"_s +
                 imageId + u")\n\nRead the [bin rules (PDF)](lga-media:"_s + documentId + u")."_s);

    const sync::SyncReport report = editorSync();
    ASSERT_TRUE(report.ok()) << report.error.toStdString();
    ASSERT_TRUE(report.problems.isEmpty()) << report.problems[0].message.toStdString();
    EXPECT_EQ(report.updated, 1);
    const QString body = remoteBody(page);
    EXPECT_TRUE(body.contains(u"<drupal-media data-entity-type=\"media\" data-entity-uuid=\""_s +
                              imageId + u'"'))
        << body.toStdString();
    EXPECT_FALSE(body.contains(u"lga-media"_s)) << body.toStdString();
    const Http onSite = http("GET", u"/jsonapi/media/image/"_s + imageId);
    ASSERT_EQ(onSite.status, 200);
    EXPECT_EQ(onSite.document
                  .value(u"data"_s)[u"relationships"_s][u"field_media_image"_s][u"data"_s]
                                   [u"meta"_s][u"alt"_s]
                  .toString(),
              u"A green wheelie bin by the kerb"_s);
    EXPECT_EQ(http("GET", u"/jsonapi/media/document/"_s + documentId).status, 200);

    // The page comes back as the author wrote it: nothing to send, nothing changed.
    store::SyncStore syncStore(m_store);
    EXPECT_FALSE(syncStore.record(page.uuid)->localChanges);
    const sync::SyncReport again = editorSync();
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.pulled + again.updated + again.created, 0);
    EXPECT_TRUE(m_store.page(page.uuid)->body.contains(u"lga-media:"_s + imageId));
}

TEST_F(SyncTest, ANewsArticlesImageIsSentWithIt)
{
    ASSERT_TRUE(editorSync().ok());
    store::MediaStore media(m_store);
    const std::optional<core::MediaItem> image =
        media.add(*media.prepareData(store::test::fixtures::MediaRow().data, u"new-centre.png"_s));
    ASSERT_TRUE(image);
    ASSERT_TRUE(media.setAlt(image->uuid, u"The new recycling centre's entrance"_s, false));
    core::Page article = core::Page::create(u"localgov_news_article"_s);
    article.title = u"New recycling centre opens"_s;
    article.summary = u"The centre on Mill Lane opens on Monday."_s;
    article.body = u"The new centre takes garden waste and electricals.\n"_s;
    article.fields.insert(u"field_media_image"_s, image->uuid.toString(QUuid::WithoutBraces));
    article.fields.insert(u"localgov_news_date"_s, u"2026-11-30"_s);
    ASSERT_TRUE(m_store.insert(article));

    const sync::SyncReport report = editorSync();
    ASSERT_TRUE(report.ok()) << report.error.toStdString();
    ASSERT_TRUE(report.problems.isEmpty()) << report.problems[0].message.toStdString();
    const QJsonObject picture =
        remote(article).value(u"relationships"_s)[u"field_media_image"_s][u"data"_s].toObject();
    EXPECT_EQ(picture.value(u"type"_s).toString(), u"media--image"_s);
    EXPECT_EQ(picture.value(u"id"_s).toString(), image->uuid.toString(QUuid::WithoutBraces));
    const sync::SyncReport again = editorSync();
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.pulled + again.updated + again.created, 0);
}

TEST_F(SyncTest, AnImageWithoutAltTextIsNotSent)
{
    ASSERT_TRUE(editorSync().ok());
    store::MediaStore media(m_store);
    const std::optional<core::MediaItem> image =
        media.add(*media.prepareData(store::test::fixtures::MediaRow().data, u"IMG_0042.png"_s));
    ASSERT_TRUE(image);
    const core::Page page = servicePage();
    editHere(page, u"You can do this online at any time."_s,
             u"You can do this online at any time.\n\n![](lga-media:"_s +
                 image->uuid.toString(QUuid::WithoutBraces) + u")"_s);
    const sync::SyncReport report = editorSync();
    ASSERT_TRUE(report.ok()) << report.error.toStdString();
    ASSERT_EQ(report.problems.size(), 1);
    EXPECT_TRUE(report.problems[0].message.contains(u"alt text"_s));
    EXPECT_FALSE(remoteBody(page).contains(u"drupal-media"_s));
    EXPECT_EQ(
        http("GET", u"/jsonapi/media/image/"_s + image->uuid.toString(QUuid::WithoutBraces)).status,
        404);
}

TEST_F(SyncTest, EditsInDifferentPlacesAreMergedAndPushed)
{
    ASSERT_TRUE(editorSync().ok());
    const core::Page page = servicePage();
    editHere(page, u"You can do this online at any time."_s,
             u"You can apply online at any time."_s);
    editOnSite(page, u"working days."_s, u"working days of your application."_s);

    const sync::SyncReport report = editorSync();
    ASSERT_TRUE(report.ok()) << report.error.toStdString();
    EXPECT_EQ(report.merged, 1);
    EXPECT_EQ(report.conflicts, 0);
    EXPECT_EQ(report.updated, 1);
    const QString body = remoteBody(page);
    EXPECT_TRUE(body.contains(u"You can apply online at any time."_s)) << body.toStdString();
    EXPECT_TRUE(body.contains(u"working days of your application."_s)) << body.toStdString();
    const QString local = m_store.page(page.uuid)->body;
    EXPECT_TRUE(local.contains(u"You can apply online at any time."_s));
    EXPECT_TRUE(local.contains(u"working days of your application."_s));
}

TEST_F(SyncTest, OverlappingEditsBecomeAConflictAndNothingIsOverwritten)
{
    ASSERT_TRUE(editorSync().ok());
    const core::Page page = servicePage();
    editHere(page, u"You can do this online at any time."_s,
             u"You can apply online at any time."_s);
    editOnSite(page, u"You can do this online at any time."_s,
               u"You can do this online or by phone."_s);

    const sync::SyncReport report = editorSync();
    ASSERT_TRUE(report.ok()) << report.error.toStdString();
    EXPECT_EQ(report.conflicts, 1);
    EXPECT_EQ(report.updated, 0);
    store::SyncStore syncStore(m_store);
    const std::optional<store::SyncRecord> record = syncStore.record(page.uuid);
    ASSERT_TRUE(record);
    EXPECT_EQ(record->status, store::SyncStatus::Conflict);
    EXPECT_FALSE(record->message.isEmpty());
    EXPECT_FALSE(record->theirs.isEmpty());
    EXPECT_TRUE(m_store.page(page.uuid)->body.contains(u"You can apply online at any time."_s));
    EXPECT_TRUE(remoteBody(page).contains(u"You can do this online or by phone."_s));

    // Syncing again changes nothing on either side until the author resolves it.
    const sync::SyncReport again = editorSync();
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.updated, 0);
    EXPECT_TRUE(remoteBody(page).contains(u"You can do this online or by phone."_s));
}

TEST_F(SyncTest, AStaleChangedWhilePushingIsMergedNotOverwritten)
{
    ASSERT_TRUE(editorSync().ok());
    const core::Page page = servicePage();
    editHere(page, u"You can do this online at any time."_s,
             u"You can apply online at any time."_s);
    // The colleague saves after this computer's pull but before its push.
    editOnSite(page, u"working days."_s, u"working days of your application."_s);

    const sync::SyncReport report = editorSync(false, true);
    ASSERT_TRUE(report.ok()) << report.error.toStdString();
    EXPECT_EQ(report.merged, 1);
    EXPECT_EQ(report.updated, 1);
    const QString body = remoteBody(page);
    EXPECT_TRUE(body.contains(u"You can apply online at any time."_s)) << body.toStdString();
    EXPECT_TRUE(body.contains(u"working days of your application."_s)) << body.toStdString();
}

TEST_F(SyncTest, ADraftOnTheSiteIsExplainedAndTheEditKept)
{
    ASSERT_TRUE(editorSync().ok());
    const core::Page page = servicePage();
    const Http draft =
        http("POST",
             u"/emulator/nodes/"_s + page.uuid.toString(QUuid::WithoutBraces) + u"/working-copy"_s);
    ASSERT_LT(draft.status, 300);
    editHere(page, u"You can do this online at any time."_s,
             u"You can apply online at any time."_s);

    const sync::SyncReport report = editorSync();
    ASSERT_TRUE(report.ok()) << report.error.toStdString();
    ASSERT_EQ(report.problems.size(), 1);
    EXPECT_EQ(report.problems[0].page, page.uuid);
    EXPECT_TRUE(report.problems[0].message.contains(u"draft"_s, Qt::CaseInsensitive))
        << report.problems[0].message.toStdString();
    store::SyncStore syncStore(m_store);
    const std::optional<store::SyncRecord> record = syncStore.record(page.uuid);
    EXPECT_EQ(record->status, store::SyncStatus::Error);
    EXPECT_TRUE(record->draftOnSite);
    EXPECT_TRUE(record->localChanges);
    EXPECT_TRUE(m_store.page(page.uuid)->body.contains(u"You can apply online at any time."_s));
}

TEST_F(SyncTest, AReadOnlySiteStopsThePushWithTheReason)
{
    emulator::ServerOptions options;
    options.readOnly = true;
    startServer(emulator::Seeder::spread(120), options);
    ASSERT_TRUE(editorSync().ok());
    const core::Page page = servicePage();
    editHere(page, u"You can do this online at any time."_s,
             u"You can apply online at any time."_s);

    const sync::SyncReport report = editorSync();
    EXPECT_FALSE(report.ok());
    EXPECT_TRUE(report.error.contains(u"read"_s, Qt::CaseInsensitive))
        << report.error.toStdString();
    store::SyncStore syncStore(m_store);
    EXPECT_EQ(syncStore.outbox().size(), 1);
    EXPECT_TRUE(syncStore.record(page.uuid)->localChanges);
}

TEST_F(SyncTest, ACanceledPullKeepsWhatArrivedAndTheNextSyncFinishesIt)
{
    // Slow collection pages after the first few, so the cancel lands in the middle of the pull.
    QString error;
    ASSERT_TRUE(m_server->faults().addSpec(u"latency=300,after=3,methods=GET,path=/jsonapi/node"_s,
                                           &error));
    sync::SyncEngine engine(m_store, as(u"editor"_s));
    sync::SyncReport report;
    QEventLoop loop;
    QObject::connect(&engine, &sync::SyncEngine::progress, &engine,
                     [&](sync::SyncEngine::Phase phase, int pages) {
                         if (phase == sync::SyncEngine::Phase::Pulling && pages > 0)
                             engine.cancel();
                     });
    QObject::connect(&engine, &sync::SyncEngine::finished, &loop, [&](const sync::SyncReport &r) {
        report = r;
        loop.quit();
    });
    engine.run();
    loop.exec();
    EXPECT_TRUE(report.canceled);
    const int kept = m_store.count();
    EXPECT_GT(kept, 0);
    store::SyncStore syncStore(m_store);
    EXPECT_EQ(syncStore.states().size(), kept);
    EXPECT_EQ(syncStore.lastPull(site()), 0);

    m_server->faults().clear();
    const sync::SyncReport again = editorSync();
    ASSERT_TRUE(again.ok()) << again.error.toStdString();
    EXPECT_EQ(again.pulled, m_store.count() - kept);
    EXPECT_GT(again.pulled, 0);
}

TEST_F(SyncTest, TheSitesRetryAfterIsHonouredAndALongWaitIsReported)
{
    QString error;
    ASSERT_TRUE(
        m_server->faults().addSpec(u"status=503,retry-after=2,count=1,path=/jsonapi"_s, &error));
    sync::SyncEngine engine(m_store, as(u"editor"_s));
    QList<int> delays;
    QObject::connect(&engine.client(), &sync::SiteClient::retrying, &engine,
                     [&](const QString &, int, int delayMs) { delays.append(delayMs); });
    sync::SyncReport report;
    QEventLoop loop;
    QObject::connect(&engine, &sync::SyncEngine::finished, &loop, [&](const sync::SyncReport &r) {
        report = r;
        loop.quit();
    });
    engine.run();
    loop.exec();
    ASSERT_TRUE(report.ok()) << report.error.toStdString();
    EXPECT_EQ(delays, QList<int>{2000});

    // A site that asks for more than a minute is not waited for; the author is told.
    ASSERT_TRUE(m_server->faults().addSpec(u"status=503,retry-after=600,path=/jsonapi"_s, &error));
    const sync::SyncReport later = editorSync();
    EXPECT_FALSE(later.ok());
    EXPECT_TRUE(later.error.contains(u"wait 600 second"_s)) << later.error.toStdString();
    EXPECT_EQ(later.requests, 1);
}

TEST_F(SyncTest, AWrongPasswordIsTriedOnlyOnce)
{
    const sync::SyncReport report = runSync(as(u"editor"_s, u"not-the-password"_s));
    EXPECT_FALSE(report.ok());
    EXPECT_TRUE(report.error.contains(u"password"_s)) << report.error.toStdString();
    EXPECT_EQ(report.requests, 1);
    EXPECT_EQ(m_store.count(), 0);
    // The right password still works: one failure is far from the lockout.
    EXPECT_TRUE(editorSync().ok());
}

// Every kind of fault the emulator injects, as the sync meets it. Each applies twice (or once
// for the slow ones), so the sync must retry, and then everything must be as without it.
const char *const kFaults[] = {
    "status=500,count=2",
    "status=502,count=2",
    "status=503,retry-after=1,count=2",
    "maintenance,retry-after=1,count=1",
    "reset,count=2",
    "reset,executed=false,bytes=0,count=3",
    "truncate,count=2",
    "malformed,count=2",
    "malformed,executed=false,count=2",
    "latency=4000,count=1",
};

class SyncFaultTest : public SyncTest, public ::testing::WithParamInterface<const char *>
{
protected:
    void inject(const QString &methods, const QString &path)
    {
        QString error;
        ASSERT_TRUE(m_server->faults().addSpec(QString::fromLatin1(GetParam()) + u",methods="_s +
                                                   methods + u",path="_s + path,
                                               &error))
            << error.toStdString();
    }

    // Every node the editor can see, by paging the site's collections directly.
    int visibleNodes()
    {
        int total = 0;
        for (const QString &bundle : emulator::Server::bundles()) {
            QString next = u"/jsonapi/node/"_s + bundle;
            while (!next.isEmpty()) {
                const Http page = http("GET", next);
                EXPECT_EQ(page.status, 200);
                total += int(page.document.value(u"data"_s).toArray().size());
                next = page.document.value(u"links"_s)[u"next"_s][u"href"_s].toString();
                if (next.startsWith(site()))
                    next = next.mid(site().size());
            }
        }
        return total;
    }
};

TEST_P(SyncFaultTest, APullThroughTheFaultBringsEveryPage)
{
    inject(u"GET"_s, u"/jsonapi/node"_s);
    const sync::SyncReport report = editorSync();
    ASSERT_TRUE(report.ok()) << report.error.toStdString();
    m_server->faults().clear();
    EXPECT_EQ(m_store.count(), visibleNodes());
    EXPECT_EQ(report.pulled, m_store.count());
}

TEST_P(SyncFaultTest, APushThroughTheFaultWritesEachChangeOnce)
{
    ASSERT_TRUE(editorSync().ok());
    const core::Page page = servicePage();
    editHere(page, u"You can do this online at any time."_s,
             u"You can apply online at any time."_s);
    core::Page created = core::Page::create(u"localgov_services_page"_s);
    created.title = u"Report a blocked drain"_s;
    created.body = u"Tell us about a blocked drain on a road or pavement.\n"_s;
    ASSERT_TRUE(m_store.insert(created));
    inject(u"PATCH|POST"_s, u"/jsonapi/node"_s);

    const sync::SyncReport report = editorSync();
    ASSERT_TRUE(report.ok()) << report.error.toStdString();
    EXPECT_TRUE(report.problems.isEmpty());
    m_server->faults().clear();
    EXPECT_TRUE(remoteBody(page).contains(u"You can apply online at any time."_s));
    EXPECT_EQ(remote(created).value(u"attributes"_s)[u"title"_s].toString(), created.title);
    const Http titled = http("GET", u"/jsonapi/node/localgov_services_page?filter%5Btitle%5D="
                                    u"Report%20a%20blocked%20drain"_s);
    EXPECT_EQ(titled.document.value(u"data"_s).toArray().size(), 1);
    store::SyncStore syncStore(m_store);
    EXPECT_TRUE(syncStore.outbox().isEmpty());
    EXPECT_TRUE(syncStore.pagesToPush().isEmpty());
    EXPECT_TRUE(syncStore.pagesNotOnSite().isEmpty());

    // Both sides agree: another sync has nothing to do.
    const sync::SyncReport again = editorSync();
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.pulled + again.created + again.updated + again.conflicts, 0);
}

INSTANTIATE_TEST_SUITE_P(EveryFault, SyncFaultTest, ::testing::ValuesIn(kFaults));

TEST_F(SyncTest, ASiteThatStaysDownEndsTheSyncWithTheReasonAndKeepsTheOutbox)
{
    ASSERT_TRUE(editorSync().ok());
    const core::Page page = servicePage();
    editHere(page, u"You can do this online at any time."_s,
             u"You can apply online at any time."_s);
    QString error;
    ASSERT_TRUE(m_server->faults().addSpec(u"status=503,methods=PATCH"_s, &error));
    const sync::SyncReport report = editorSync();
    EXPECT_FALSE(report.ok());
    EXPECT_TRUE(report.error.contains(u"try again later"_s)) << report.error.toStdString();
    store::SyncStore syncStore(m_store);
    ASSERT_EQ(syncStore.outbox().size(), 1);
    EXPECT_EQ(syncStore.outbox()[0].attempts, 1);

    m_server->faults().clear();
    const sync::SyncReport later = editorSync();
    ASSERT_TRUE(later.ok()) << later.error.toStdString();
    EXPECT_EQ(later.updated, 1);
    EXPECT_TRUE(remoteBody(page).contains(u"You can apply online at any time."_s));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
