// SPDX-License-Identifier: GPL-2.0-or-later
// The CMS emulator as the sync client will meet it: real HTTP on 127.0.0.1, Drupal's documents.
#include <cms-emulator/server.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cstdio>
#include <memory>

using namespace lga::emulator;

namespace {

struct Response
{
    int status = 0;
    QByteArray contentType;
    QJsonObject document;
};

class EmulatorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        start({{QStringLiteral("localgov_services_landing"), 5},
               {QStringLiteral("localgov_services_page"), 120},
               {QStringLiteral("localgov_news_article"), 7}});
    }

    void start(const SeedPlan &plan)
    {
        m_server.reset();
        m_server = std::make_unique<Server>(m_dir.filePath(QStringLiteral("cms.sqlite")), plan);
        ASSERT_TRUE(m_server->isReady()) << m_server->errorString().toStdString();
        m_port = m_server->listen(0);
        ASSERT_NE(m_port, 0);
    }

    QString url(const QString &pathAndQuery) const
    {
        return QStringLiteral("http://127.0.0.1:%1").arg(m_port) + pathAndQuery;
    }

    Response send(const QString &href, const QByteArray &verb = QByteArrayLiteral("GET"),
                  const QByteArray &body = {}, const QByteArray &contentType = {})
    {
        QNetworkRequest request{QUrl(href)};
        request.setRawHeader("Accept", "application/vnd.api+json");
        if (!m_authorization.isEmpty())
            request.setRawHeader("Authorization", m_authorization);
        if (!contentType.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Response response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.contentType = reply->rawHeader("Content-Type");
        response.document = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return response;
    }

    Response get(const QString &pathAndQuery) { return send(url(pathAndQuery)); }

    // Follows links.next from `first`, returning every resource object in order.
    QJsonArray pageThrough(const QString &first, int *requests = nullptr)
    {
        QJsonArray all;
        QString next = url(first);
        int count = 0;
        while (!next.isEmpty() && count < 1000) {
            const Response page = send(next);
            EXPECT_EQ(page.status, 200);
            for (const QJsonValue &item : page.document.value(u"data").toArray())
                all.append(item);
            next = page.document.value(u"links")
                       .toObject()
                       .value(u"next")
                       .toObject()
                       .value(u"href")
                       .toString();
            ++count;
        }
        if (requests)
            *requests = count;
        return all;
    }

    QTemporaryDir m_dir;
    // Signed in as the seeded editor, who may read every draft, unless a test says otherwise.
    QByteArray m_authorization = "Basic " + QByteArrayLiteral("editor:editor-pass").toBase64();
    QNetworkAccessManager m_network;
    std::unique_ptr<Server> m_server;
    quint16 m_port = 0;
};

QString attribute(const QJsonValue &resource, const QString &name)
{
    const QJsonValue v = resource.toObject().value(u"attributes").toObject().value(name);
    return v.isString() ? v.toString() : QString::number(v.toDouble(), 'f', 0);
}

} // namespace

TEST_F(EmulatorTest, EntryPointListsNodeResourceTypesAsHrefLinks)
{
    const Response r = get(QStringLiteral("/jsonapi"));
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.contentType, "application/vnd.api+json");
    EXPECT_EQ(r.document.value(u"jsonapi").toObject().value(u"version").toString(), u"1.0");
    const QJsonObject links = r.document.value(u"links").toObject();
    EXPECT_EQ(links.value(u"node--localgov_services_page").toObject().value(u"href").toString(),
              url(QStringLiteral("/jsonapi/node/localgov_services_page")));
    EXPECT_TRUE(links.contains(u"node--localgov_step_by_step_page"));
    EXPECT_EQ(links.value(u"self").toObject().value(u"href").toString(),
              url(QStringLiteral("/jsonapi")));
}

TEST_F(EmulatorTest, FollowingNextLinksVisitsEveryPageOnce)
{
    int requests = 0;
    const QJsonArray all = pageThrough(
        QStringLiteral("/jsonapi/node/localgov_services_page?page%5Blimit%5D=25"), &requests);
    EXPECT_EQ(all.size(), 120);
    EXPECT_EQ(requests, 5);
    QSet<QString> ids;
    for (const QJsonValue &item : all) {
        ids.insert(item.toObject().value(u"id").toString());
        EXPECT_EQ(item.toObject().value(u"type").toString(), u"node--localgov_services_page");
    }
    EXPECT_EQ(ids.size(), 120);
}

TEST_F(EmulatorTest, PrevAndFirstLinksAppearOnlyAfterTheFirstPage)
{
    const Response first = get(QStringLiteral("/jsonapi/node/localgov_services_page"));
    EXPECT_FALSE(first.document.value(u"links").toObject().contains(u"prev"));
    const QString next = first.document.value(u"links")
                             .toObject()
                             .value(u"next")
                             .toObject()
                             .value(u"href")
                             .toString();
    const Response second = send(next);
    const QJsonObject links = second.document.value(u"links").toObject();
    EXPECT_TRUE(
        links.value(u"prev").toObject().value(u"href").toString().contains(u"page%5Boffset%5D=0"));
    EXPECT_TRUE(links.contains(u"first"));
    EXPECT_EQ(links.value(u"self").toObject().value(u"href").toString(), next);
}

TEST_F(EmulatorTest, PageLimitIsCappedAtFifty)
{
    const Response r = get(QStringLiteral("/jsonapi/node/localgov_services_page?page[limit]=500"));
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.document.value(u"data").toArray().size(), 50);
    EXPECT_TRUE(r.document.value(u"links")
                    .toObject()
                    .value(u"next")
                    .toObject()
                    .value(u"href")
                    .toString()
                    .contains(u"page%5Blimit%5D=50"));
    const Response plain = get(QStringLiteral("/jsonapi/node/localgov_services_page"));
    EXPECT_EQ(plain.document.value(u"data").toArray().size(), 50);
}

TEST_F(EmulatorTest, NonPositivePageLimitIsABadRequest)
{
    const Response r = get(QStringLiteral("/jsonapi/node/localgov_services_page?page[limit]=0"));
    EXPECT_EQ(r.status, 400);
    const QJsonObject error = r.document.value(u"errors").toArray().first().toObject();
    EXPECT_EQ(error.value(u"status").toString(), u"400");
    EXPECT_EQ(error.value(u"detail").toString(), u"The page size needs to be a positive integer.");
}

TEST_F(EmulatorTest, UnknownLowercaseQueryParameterIsABadRequest)
{
    const Response r = get(QStringLiteral("/jsonapi/node/localgov_services_page?foo=1"));
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(r.document.value(u"errors").toArray().first().toObject().value(u"detail").toString(),
              u"The following query parameters violate the JSON:API spec: 'foo'.");
    EXPECT_EQ(get(QStringLiteral("/jsonapi/node/localgov_services_page?_format=api_json")).status,
              400);
}

TEST_F(EmulatorTest, FilterOnChangedKeepsOnlyNewerPagesInBothSyntaxes)
{
    const QJsonArray all = pageThrough(QStringLiteral("/jsonapi/node/localgov_services_page"));
    ASSERT_EQ(all.size(), 120);
    // The changed time of the 40th page in change order is the cut-off. A filtered collection
    // only has published pages and the editor's own drafts.
    QList<QString> changed;
    for (const QJsonValue &item : all) {
        const QJsonObject resource = item.toObject();
        const bool own = resource.value(u"relationships")
                             .toObject()
                             .value(u"uid")
                             .toObject()
                             .value(u"data")
                             .toObject()
                             .value(u"meta")
                             .toObject()
                             .value(u"drupal_internal__target_id")
                             .toInt() == 27;
        if (own || resource.value(u"attributes").toObject().value(u"status").toBool())
            changed << attribute(item, QStringLiteral("changed"));
    }
    std::sort(changed.begin(), changed.end());
    const QDateTime cut = QDateTime::fromString(changed.at(40), Qt::ISODate);
    const qint64 since = cut.toSecsSinceEpoch();
    qsizetype expected = 0;
    for (const QString &c : changed)
        expected += QDateTime::fromString(c, Qt::ISODate).toSecsSinceEpoch() >= since ? 1 : 0;

    const QJsonArray shorthand =
        pageThrough(QStringLiteral("/jsonapi/node/localgov_services_page?filter[changed][value]=%1"
                                   "&filter[changed][operator]=%3E%3D&sort=changed")
                        .arg(since));
    EXPECT_EQ(shorthand.size(), expected);
    for (const QJsonValue &item : shorthand)
        EXPECT_GE(QDateTime::fromString(attribute(item, QStringLiteral("changed")), Qt::ISODate)
                      .toSecsSinceEpoch(),
                  since);

    const QJsonArray named = pageThrough(
        QStringLiteral("/jsonapi/node/localgov_services_page?filter[c][condition][path]=changed"
                       "&filter[c][condition][operator]=%3E&filter[c][condition][value]=%1")
            .arg(since));
    EXPECT_EQ(named.size(), expected - changed.count(changed.at(40)));
}

TEST_F(EmulatorTest, FilterOnStatusAndTitle)
{
    const QJsonArray published =
        pageThrough(QStringLiteral("/jsonapi/node/localgov_services_page?filter[status]=1"));
    EXPECT_GT(published.size(), 0);
    EXPECT_LT(published.size(), 120);
    for (const QJsonValue &item : published)
        EXPECT_TRUE(item.toObject().value(u"attributes").toObject().value(u"status").toBool());

    const QString title = attribute(published.first(), QStringLiteral("title"));
    const Response byTitle =
        get(QStringLiteral("/jsonapi/node/localgov_services_page?filter[title]=") +
            QString::fromLatin1(QUrl::toPercentEncoding(title)));
    ASSERT_EQ(byTitle.document.value(u"data").toArray().size(), 1);
    EXPECT_EQ(attribute(byTitle.document.value(u"data").toArray().first(), QStringLiteral("title")),
              title);
}

TEST_F(EmulatorTest, SortByChangedAndTitleInBothDirections)
{
    const QJsonArray up =
        pageThrough(QStringLiteral("/jsonapi/node/localgov_services_page?sort=changed"));
    const QJsonArray down =
        pageThrough(QStringLiteral("/jsonapi/node/localgov_services_page?sort=-changed"));
    ASSERT_EQ(up.size(), 120);
    ASSERT_EQ(down.size(), 120);
    for (int i = 1; i < up.size(); ++i) {
        EXPECT_LE(attribute(up[i - 1], QStringLiteral("changed")),
                  attribute(up[i], QStringLiteral("changed")));
        EXPECT_GE(attribute(down[i - 1], QStringLiteral("changed")),
                  attribute(down[i], QStringLiteral("changed")));
    }
    const QJsonArray byTitle =
        pageThrough(QStringLiteral("/jsonapi/node/localgov_services_page?sort=title"));
    for (int i = 1; i < byTitle.size(); ++i)
        EXPECT_LE(attribute(byTitle[i - 1], QStringLiteral("title")),
                  attribute(byTitle[i], QStringLiteral("title")));
}

TEST_F(EmulatorTest, SortOnUnknownFieldIsABadRequest)
{
    EXPECT_EQ(get(QStringLiteral("/jsonapi/node/localgov_services_page?sort=nonsense")).status,
              400);
}

TEST_F(EmulatorTest, SparseFieldsetReturnsOnlyTheNamedMembers)
{
    const Response r = get(QStringLiteral("/jsonapi/node/localgov_services_page?fields[node--"
                                          "localgov_services_page]=title,changed"));
    const QJsonObject item = r.document.value(u"data").toArray().first().toObject();
    EXPECT_EQ(item.value(u"attributes").toObject().keys(),
              (QStringList{QStringLiteral("changed"), QStringLiteral("title")}));
    EXPECT_FALSE(item.contains(u"relationships"));
    EXPECT_FALSE(item.value(u"id").toString().isEmpty());
}

TEST_F(EmulatorTest, IndividualEqualsTheCollectionItem)
{
    const Response list = get(QStringLiteral("/jsonapi/node/localgov_services_page"));
    const QJsonObject item = list.document.value(u"data").toArray().at(3).toObject();
    const QString id = item.value(u"id").toString();
    const Response one = get(QStringLiteral("/jsonapi/node/localgov_services_page/") + id);
    EXPECT_EQ(one.status, 200);
    EXPECT_EQ(one.contentType, "application/vnd.api+json");
    EXPECT_EQ(one.document.value(u"data").toObject(), item);
    EXPECT_EQ(
        one.document.value(u"links").toObject().value(u"self").toObject().value(u"href").toString(),
        url(QStringLiteral("/jsonapi/node/localgov_services_page/") + id));

    // The shape a Drupal client relies on.
    const QJsonObject attributes = item.value(u"attributes").toObject();
    EXPECT_TRUE(attributes.value(u"drupal_internal__nid").isDouble());
    EXPECT_EQ(attributes.value(u"langcode").toString(), u"en");
    EXPECT_TRUE(attributes.value(u"changed").toString().endsWith(u"+00:00"));
    const QJsonObject body = attributes.value(u"body").toObject();
    EXPECT_EQ(body.value(u"format").toString(), u"wysiwyg");
    EXPECT_FALSE(body.value(u"processed").toString().isEmpty());
    EXPECT_FALSE(body.value(u"summary").toString().isEmpty());
    EXPECT_TRUE(attributes.value(u"path").toObject().value(u"alias").toString().startsWith(u'/'));
    EXPECT_TRUE(
        item.value(u"links")
            .toObject()
            .value(u"self")
            .toObject()
            .value(u"href")
            .toString()
            .contains(QStringLiteral("?resourceVersion=id%3A") +
                      QString::number(attributes.value(u"drupal_internal__vid").toInteger())));
    const QJsonObject parent =
        item.value(u"relationships").toObject().value(u"localgov_services_parent").toObject();
    EXPECT_EQ(parent.value(u"data").toObject().value(u"type").toString(),
              u"node--localgov_services_landing");
    EXPECT_TRUE(parent.value(u"links").toObject().contains(u"related"));
}

TEST_F(EmulatorTest, UnknownUuidGivesDrupalsNotFoundDocument)
{
    const QString path =
        QStringLiteral("/jsonapi/node/localgov_services_page/00000000-0000-4000-8000-000000000000");
    const Response r = get(path);
    EXPECT_EQ(r.status, 404);
    EXPECT_EQ(r.contentType, "application/vnd.api+json");
    const QJsonObject error = r.document.value(u"errors").toArray().first().toObject();
    EXPECT_EQ(error.value(u"title").toString(), u"Not Found");
    EXPECT_EQ(error.value(u"status").toString(), u"404");
    EXPECT_EQ(error.value(u"detail").toString(),
              u"The \"entity\" parameter was not converted for the path "
              u"\"/jsonapi/node/localgov_services_page/{entity}\" (route name: "
              u"\"jsonapi.node--localgov_services_page.individual\")");
    EXPECT_EQ(error.value(u"links").toObject().value(u"via").toObject().value(u"href").toString(),
              url(path));
}

TEST_F(EmulatorTest, BodyWithWrongContentTypeIsUnsupportedMediaType)
{
    const Response r =
        send(url(QStringLiteral("/jsonapi/node/localgov_services_page")), QByteArrayLiteral("POST"),
             QByteArrayLiteral("{\"data\":{}}"), QByteArrayLiteral("application/json"));
    EXPECT_EQ(r.status, 415);
    EXPECT_EQ(r.document.value(u"errors").toArray().first().toObject().value(u"status").toString(),
              u"415");
}

TEST_F(EmulatorTest, DataSurvivesARestartOnTheSameFile)
{
    const QJsonArray before = pageThrough(QStringLiteral("/jsonapi/node/localgov_services_page"));
    const QByteArray oldBase = url(QString()).toUtf8();
    // A different plan would seed different pages if the file were not reused.
    start({{QStringLiteral("localgov_services_page"), 3}});
    const QJsonArray after = pageThrough(QStringLiteral("/jsonapi/node/localgov_services_page"));
    EXPECT_EQ(after.size(), 120);
    // The new server listens on another port, so its links differ only in that.
    const QByteArray expected =
        QJsonDocument(before).toJson().replace(oldBase, url(QString()).toUtf8());
    EXPECT_EQ(QJsonDocument(after).toJson(), expected);
}

TEST(EmulatorTiming, PagingThroughAThousandPages)
{
    QTemporaryDir dir;
    QElapsedTimer seeding;
    seeding.start();
    Server server(dir.filePath(QStringLiteral("cms.sqlite")),
                  {{QStringLiteral("localgov_services_page"), 1000}});
    ASSERT_TRUE(server.isReady());
    const qint64 seedMs = seeding.elapsed();
    const quint16 port = server.listen(0);
    QNetworkAccessManager network;
    QString next =
        QStringLiteral("http://127.0.0.1:%1/jsonapi/node/localgov_services_page").arg(port);
    int pages = 0;
    int requests = 0;
    QElapsedTimer timer;
    timer.start();
    while (!next.isEmpty() && requests < 100) {
        QNetworkRequest request{QUrl(next)};
        // As the editor: anonymous readers would find drafts omitted.
        request.setRawHeader("Authorization",
                             "Basic " + QByteArrayLiteral("editor:editor-pass").toBase64());
        QNetworkReply *reply = network.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonObject doc = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        pages += int(doc.value(u"data").toArray().size());
        next = doc.value(u"links").toObject().value(u"next").toObject().value(u"href").toString();
        ++requests;
    }
    EXPECT_EQ(pages, 1000);
    std::printf("[ figures  ] seeding 1000 pages: %lld ms; paging through them: %lld ms in %d "
                "requests\n",
                static_cast<long long>(seedMs), static_cast<long long>(timer.elapsed()), requests);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
