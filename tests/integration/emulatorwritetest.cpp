// SPDX-License-Identifier: GPL-2.0-or-later
// The CMS emulator's writes, workflow, revisions and sign-in over real HTTP on 127.0.0.1, held
// against the documents and rules a LocalGov Drupal site uses.
#include <cms-emulator/server.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QUuid>

#include <gtest/gtest.h>

#include <memory>

using namespace lga::emulator;

namespace {

struct Response
{
    int status = 0;
    QByteArray body;
    QJsonObject document;
    QHash<QByteArray, QByteArray> headers;

    QJsonObject firstError() const
    {
        return document.value(u"errors").toArray().first().toObject();
    }
    QJsonObject attributes() const
    {
        return document.value(u"data").toObject().value(u"attributes").toObject();
    }
};

QByteArray basic(const QByteArray &name, const QByteArray &pass)
{
    return "Basic " + QByteArray(name + ':' + pass).toBase64();
}

const QByteArray editor = basic("editor", "editor-pass");
const QByteArray author = basic("author", "author-pass");
const QByteArray contributor = basic("contributor", "contributor-pass");
const QString pages = QStringLiteral("/jsonapi/node/localgov_services_page");

QJsonObject exampleDocument(const char *name)
{
    QFile file(QStringLiteral(LGA_SOURCE_DIR "/tests/unit/sync/data/") + QLatin1StringView(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The example with its `via` link pointed at this emulator's URL.
QJsonObject withVia(QJsonObject document, const QString &via)
{
    QJsonArray errors = document.value(u"errors").toArray();
    QJsonObject error = errors.first().toObject();
    QJsonObject links = error.value(u"links").toObject();
    links.insert(QStringLiteral("via"), QJsonObject{{QStringLiteral("href"), via}});
    error.insert(QStringLiteral("links"), links);
    errors.replace(0, error);
    document.insert(QStringLiteral("errors"), errors);
    return document;
}

class EmulatorWriteTest : public ::testing::Test
{
protected:
    void SetUp() override { start({}); }

    void start(const ServerOptions &options)
    {
        ASSERT_TRUE(m_dir.isValid());
        m_server.reset();
        m_server =
            std::make_unique<Server>(m_dir.filePath(QStringLiteral("cms.sqlite")),
                                     SeedPlan{{QStringLiteral("localgov_services_landing"), 2},
                                              {QStringLiteral("localgov_services_page"), 30}},
                                     options);
        ASSERT_TRUE(m_server->isReady()) << m_server->errorString().toStdString();
        m_port = m_server->listen(0);
        ASSERT_NE(m_port, 0);
    }

    QString url(const QString &pathAndQuery) const
    {
        return QStringLiteral("http://127.0.0.1:%1").arg(m_port) + pathAndQuery;
    }

    Response send(const QByteArray &verb, const QString &pathOrUrl, const QByteArray &auth = {},
                  const QByteArray &body = {},
                  const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request{QUrl(pathOrUrl.startsWith(u"http") ? pathOrUrl : url(pathOrUrl))};
        request.setRawHeader("Accept", "application/vnd.api+json");
        if (!body.isEmpty() || verb == "POST" || verb == "PATCH")
            request.setRawHeader("Content-Type", "application/vnd.api+json");
        if (!auth.isEmpty())
            request.setRawHeader("Authorization", auth);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Response r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.document = QJsonDocument::fromJson(r.body).object();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            r.headers.insert(name.toLower(), value);
        reply->deleteLater();
        return r;
    }

    static QByteArray resource(const QString &id, const QJsonObject &attributes,
                               const QString &type = QStringLiteral("node--localgov_services_page"))
    {
        QJsonObject data{{QStringLiteral("type"), type},
                         {QStringLiteral("attributes"), attributes}};
        if (!id.isEmpty())
            data.insert(QStringLiteral("id"), id);
        return QJsonDocument(QJsonObject{{QStringLiteral("data"), data}}).toJson();
    }

    // A new service page created by `auth`, in `state` (set by the editor when needed).
    QString createPage(const QByteArray &auth, const QString &state = QStringLiteral("draft"))
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const Response created =
            send("POST", pages, auth,
                 resource(id, {{QStringLiteral("title"), QStringLiteral("Apply for a blue badge")},
                               {QStringLiteral("moderation_state"), QStringLiteral("draft")},
                               {QStringLiteral("revision_log"), QStringLiteral("Created")}}));
        EXPECT_EQ(created.status, 201) << created.body.toStdString();
        if (state != u"draft") {
            // Archived pages are reached through published, as on a real site.
            if (state == u"archived") {
                EXPECT_EQ(moveTo(id, editor, QStringLiteral("published")).status, 200);
            }
            EXPECT_EQ(moveTo(id, editor, state).status, 200);
        }
        return id;
    }

    Response moveTo(const QString &id, const QByteArray &auth, const QString &state)
    {
        return send("PATCH", pages + u'/' + id, auth,
                    resource(id, {{QStringLiteral("moderation_state"), state},
                                  {QStringLiteral("revision_log"), QStringLiteral("Moved")}}));
    }

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    std::unique_ptr<Server> m_server;
    quint16 m_port = 0;
};

} // namespace

TEST_F(EmulatorWriteTest, CreateWithClientUuidThenRepeatIsAConflict)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray body =
        resource(id, {{QStringLiteral("title"), QStringLiteral("Report a pothole")},
                      {QStringLiteral("moderation_state"), QStringLiteral("draft")}});
    const Response created = send("POST", pages, editor, body);
    EXPECT_EQ(created.status, 201);
    EXPECT_EQ(created.headers.value("location"), url(pages + u'/' + id).toUtf8());
    EXPECT_EQ(created.document.value(u"data").toObject().value(u"id").toString(), id);
    EXPECT_EQ(created.attributes().value(u"moderation_state").toString(), u"draft");

    const Response again = send("POST", pages, editor, body);
    EXPECT_EQ(again.status, 409);
    EXPECT_EQ(again.firstError().value(u"detail").toString(), u"Conflict: Entity already exists.");

    const Response malformed = send(
        "POST", pages, editor,
        resource(QStringLiteral("not-a-uuid"), {{QStringLiteral("title"), QStringLiteral("X")}}));
    EXPECT_EQ(malformed.status, 422);
    EXPECT_EQ(send("GET", pages + u'/' + id, editor).status, 200);
}

TEST_F(EmulatorWriteTest, PatchWithCurrentChangedSucceedsAndStaleChangedIsForbidden)
{
    const QString id = createPage(editor);
    const QString path = pages + u'/' + id;
    const QString seen = send("GET", path, editor).attributes().value(u"changed").toString();

    const Response first =
        send("PATCH", path, editor,
             resource(id, {{QStringLiteral("changed"), seen},
                           {QStringLiteral("title"), QStringLiteral("Apply for a blue badge now")},
                           {QStringLiteral("revision_log"), QStringLiteral("Shorter title")}}));
    ASSERT_EQ(first.status, 200) << first.body.toStdString();
    EXPECT_EQ(first.attributes().value(u"title").toString(), u"Apply for a blue badge now");
    EXPECT_EQ(first.attributes().value(u"revision_log").toString(), u"Shorter title");
    const QString now = first.attributes().value(u"changed").toString();
    EXPECT_GT(QDateTime::fromString(now, Qt::ISODate), QDateTime::fromString(seen, Qt::ISODate));

    // Someone else saved since `seen`: Drupal's field-access 403, exactly.
    const Response stale = send("PATCH", path, editor,
                                resource(id, {{QStringLiteral("changed"), seen},
                                              {QStringLiteral("title"), QStringLiteral("Y")}}));
    EXPECT_EQ(stale.status, 403);
    EXPECT_EQ(stale.document,
              withVia(exampleDocument("error_403_patch_stale_changed.json"), url(path)));
}

TEST_F(EmulatorWriteTest, PatchRefusalsMatchDrupal)
{
    const QString id = createPage(editor);
    const QString path = pages + u'/' + id;
    EXPECT_EQ(send("PATCH", path, editor).firstError().value(u"detail").toString(),
              u"Empty request body.");
    EXPECT_EQ(send("PATCH", path, editor, "{nope").firstError().value(u"detail").toString(),
              u"Syntax error");
    const Response mismatch = send(
        "PATCH", path, editor, resource(QUuid::createUuid().toString(QUuid::WithoutBraces), {}));
    EXPECT_EQ(mismatch.status, 400);
    EXPECT_EQ(
        send("PATCH", path + QStringLiteral("?resourceVersion=id%3A1"), editor, resource(id, {}))
            .status,
        400);
    const Response unknown = send(
        "PATCH", path, editor, resource(id, {{QStringLiteral("colour"), QStringLiteral("red")}}));
    EXPECT_EQ(unknown.status, 422);
    EXPECT_EQ(unknown.firstError().value(u"detail").toString(),
              u"The attribute colour does not exist on the node--localgov_services_page resource "
              "type.");
    const Response status =
        send("PATCH", path, editor, resource(id, {{QStringLiteral("status"), true}}));
    EXPECT_EQ(status.status, 403);
    EXPECT_EQ(status.firstError().value(u"source").toObject().value(u"pointer").toString(),
              u"/data/attributes/status");
    // The same value as stored is skipped, not refused.
    EXPECT_EQ(send("PATCH", path, editor, resource(id, {{QStringLiteral("status"), false}})).status,
              200);
    const Response empty =
        send("PATCH", path, editor, resource(id, {{QStringLiteral("title"), QString()}}));
    EXPECT_EQ(empty.status, 422);
    EXPECT_EQ(empty.firstError().value(u"detail").toString(),
              u"title: This value should not be null.");
    EXPECT_EQ(empty.firstError().value(u"source").toObject().value(u"pointer").toString(),
              u"/data/attributes/title");
    EXPECT_EQ(send("DELETE", path, editor).status, 204);
    EXPECT_EQ(send("GET", path, editor).status, 404);
}

TEST_F(EmulatorWriteTest, DraftOnAPublishedPageIsAWorkingCopyThatBlocksPatch)
{
    const QString id = createPage(editor, QStringLiteral("published"));
    const QString path = pages + u'/' + id;
    const Response draft = moveTo(id, editor, QStringLiteral("draft"));
    ASSERT_EQ(draft.status, 200);

    const Response live = send("GET", path, editor);
    EXPECT_EQ(live.attributes().value(u"moderation_state").toString(), u"published");
    EXPECT_TRUE(live.document.value(u"data").toObject().value(u"links").toObject().contains(
        u"working-copy"));
    const Response copy =
        send("GET", path + QStringLiteral("?resourceVersion=rel%3Aworking-copy"), editor);
    EXPECT_EQ(copy.attributes().value(u"moderation_state").toString(), u"draft");
    const Response latest =
        send("GET", path + QStringLiteral("?resourceVersion=rel%3Alatest-version"), editor);
    EXPECT_EQ(latest.attributes().value(u"drupal_internal__vid"),
              live.attributes().value(u"drupal_internal__vid"));
    const Response byId =
        send("GET",
             path + QStringLiteral("?resourceVersion=id%3A%1")
                        .arg(copy.attributes().value(u"drupal_internal__vid").toInteger()),
             editor);
    EXPECT_EQ(byId.attributes().value(u"moderation_state").toString(), u"draft");
    // Anonymous readers see the live page only.
    EXPECT_EQ(send("GET", path).status, 200);
    EXPECT_EQ(send("GET", path + QStringLiteral("?resourceVersion=rel%3Aworking-copy")).status,
              401);

    const Response blocked = moveTo(id, editor, QStringLiteral("published"));
    EXPECT_EQ(blocked.status, 400);
    EXPECT_EQ(blocked.document, withVia(exampleDocument("error_400_working_copy.json"), url(path)));

    // The admin endpoint makes the same state for any published page.
    const QString other = createPage(editor, QStringLiteral("published"));
    EXPECT_EQ(send("POST", QStringLiteral("/emulator/nodes/%1/working-copy").arg(other)).status,
              201);
    EXPECT_EQ(moveTo(other, editor, QStringLiteral("published")).status, 400);
}

TEST_F(EmulatorWriteTest, TransitionsFollowTheLocalGovPermissionTable)
{
    // localgov.md §3.1 and §3.2: from, to, and whether editor, author, contributor may.
    struct Row
    {
        const char *from;
        const char *to;
        bool editor, author, contributor;
    };
    const Row rows[] = {{"draft", "draft", true, true, true},
                        {"published", "draft", true, true, true},
                        {"draft", "review", true, true, true},
                        {"archived", "review", true, true, true},
                        {"review", "draft", true, true, true},
                        {"draft", "published", true, true, false},
                        {"published", "archived", true, true, false},
                        {"review", "published", true, false, false},
                        {"archived", "draft", true, false, false},
                        {"archived", "published", true, false, false}};
    const QList<QPair<QByteArray, const char *>> users{
        {editor, "editor"}, {author, "author"}, {contributor, "contributor"}};
    for (const Row &row : rows) {
        for (int u = 0; u < 3; ++u) {
            const bool may = u == 0 ? row.editor : u == 1 ? row.author : row.contributor;
            const QString id = createPage(users[u].first, QString::fromLatin1(row.from));
            const Response r = moveTo(id, users[u].first, QString::fromLatin1(row.to));
            EXPECT_EQ(r.status, may ? 200 : 422)
                << users[u].second << ' ' << row.from << " -> " << row.to;
            if (!may) {
                EXPECT_TRUE(r.firstError().value(u"detail").toString().contains(
                    u"You do not have access to transition from"));
                EXPECT_EQ(r.firstError().value(u"source").toObject().value(u"pointer").toString(),
                          u"/data/attributes/moderation_state");
            } else if (QByteArrayView(row.to) == "published") {
                EXPECT_TRUE(r.attributes().value(u"status").toBool());
            }
        }
    }
    const QString archived = createPage(editor, QStringLiteral("archived"));
    const Response invalid = moveTo(archived, editor, QStringLiteral("archived"));
    EXPECT_EQ(invalid.status, 422);
    EXPECT_TRUE(invalid.firstError().value(u"detail").toString().contains(
        u"Invalid state transition from"));
}

TEST_F(EmulatorWriteTest, OthersCannotEditAnAuthorsPageButTheEditorCan)
{
    const QString id = createPage(author);
    EXPECT_EQ(moveTo(id, contributor, QStringLiteral("review")).status, 403);
    EXPECT_EQ(moveTo(id, editor, QStringLiteral("review")).status, 200);
    EXPECT_EQ(moveTo(id, QByteArray(), QStringLiteral("review")).status, 401);
}

TEST_F(EmulatorWriteTest, ReadOnlyModeRefusesEveryWriteWith405)
{
    start(ServerOptions{true, 300});
    const Response r =
        send("POST", pages, editor, resource({}, {{QStringLiteral("title"), QStringLiteral("X")}}));
    EXPECT_EQ(r.status, 405);
    EXPECT_TRUE(r.firstError().value(u"detail").toString().startsWith(
        u"JSON:API is configured to accept only read operations."));
}

TEST_F(EmulatorWriteTest, BasicWrongPasswordIsAnonymousAndFiveFailuresLockTheUser)
{
    const Response me = send("GET", QStringLiteral("/jsonapi"), editor);
    EXPECT_EQ(me.document.value(u"meta")
                  .toObject()
                  .value(u"links")
                  .toObject()
                  .value(u"me")
                  .toObject()
                  .value(u"meta")
                  .toObject()
                  .value(u"id")
                  .toString(),
              Account::uuidForUser(27));
    const QByteArray wrong = basic("author", "wrong");
    const Response anonymous = send("GET", pages, wrong);
    EXPECT_EQ(anonymous.status, 200);
    EXPECT_FALSE(anonymous.document.contains(u"meta") &&
                 anonymous.document.value(u"meta").toObject().contains(u"links"));
    for (const QJsonValue &item : anonymous.document.value(u"data").toArray())
        EXPECT_TRUE(item.toObject().value(u"attributes").toObject().value(u"status").toBool());
    EXPECT_TRUE(anonymous.document.value(u"meta").toObject().contains(u"omitted"));
    for (int i = 0; i < 4; ++i)
        send("GET", pages, wrong);
    const Response locked = send("GET", pages, author);
    EXPECT_EQ(locked.status, 403);
    EXPECT_TRUE(locked.firstError().value(u"detail").toString().contains(u"failed login attempts"));
    EXPECT_EQ(send("GET", pages, editor).status, 200);

    const Response challenge = send("POST", pages, {}, resource({}, {}));
    EXPECT_EQ(challenge.status, 401);
    EXPECT_EQ(challenge.headers.value("www-authenticate"), "Basic realm=\"LocalGov Emulator\"");
}

TEST_F(EmulatorWriteTest, CookieLoginNeedsTheCsrfTokenOnWrites)
{
    const Response login =
        send("POST", QStringLiteral("/user/login?_format=json"), {},
             R"({"name":"editor","pass":"editor-pass"})", {{"Content-Type", "application/json"}});
    ASSERT_EQ(login.status, 200) << login.body.toStdString();
    EXPECT_EQ(login.document.value(u"current_user").toObject().value(u"name").toString(),
              u"editor");
    const QByteArray cookie = login.headers.value("set-cookie").split(';').first();
    ASSERT_FALSE(cookie.isEmpty());
    const QByteArray csrf = login.document.value(u"csrf_token").toString().toLatin1();
    const Response token =
        send("GET", QStringLiteral("/session/token"), {}, {}, {{"Cookie", cookie}});
    EXPECT_EQ(token.body, csrf);

    const QString id = createPage(editor);
    const QByteArray body = resource(id, {{QStringLiteral("title"), QStringLiteral("New title")}});
    const Response missing = send("PATCH", pages + u'/' + id, {}, body, {{"Cookie", cookie}});
    EXPECT_EQ(missing.status, 403);
    EXPECT_EQ(missing.firstError().value(u"detail").toString(),
              u"X-CSRF-Token request header is missing");
    const Response invalid =
        send("PATCH", pages + u'/' + id, {}, body, {{"Cookie", cookie}, {"X-CSRF-Token", "nope"}});
    EXPECT_EQ(invalid.firstError().value(u"detail").toString(),
              u"X-CSRF-Token request header is invalid");
    EXPECT_EQ(
        send("PATCH", pages + u'/' + id, {}, body, {{"Cookie", cookie}, {"X-CSRF-Token", csrf}})
            .status,
        200);
    const QByteArray logout = login.document.value(u"logout_token").toString().toLatin1();
    EXPECT_EQ(send("POST",
                   QStringLiteral("/user/logout?_format=json&token=") + QString::fromLatin1(logout),
                   {}, {}, {{"Cookie", cookie}})
                  .status,
              204);
    EXPECT_EQ(
        send("PATCH", pages + u'/' + id, {}, body, {{"Cookie", cookie}, {"X-CSRF-Token", csrf}})
            .status,
        401);
}

TEST_F(EmulatorWriteTest, OAuthCodeFlowWithPkceRefreshAndExpiry)
{
    const QByteArray verifier = "a-verifier-with-enough-entropy-0123456789-abcdefghijklmnop";
    const QByteArray challenge =
        QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QString redirect = QStringLiteral("http://127.0.0.1:5123/callback");
    QUrlQuery params;
    params.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    params.addQueryItem(QStringLiteral("client_id"), QStringLiteral("localgov-author"));
    params.addQueryItem(QStringLiteral("redirect_uri"), redirect);
    params.addQueryItem(QStringLiteral("state"), QStringLiteral("xyz"));
    params.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(challenge));
    params.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));

    // The browser: GET the form, read its hidden fields, POST them back with the password.
    auto authorize = [&]() {
        const Response form =
            send("GET", QStringLiteral("/oauth/authorize?") + params.query(QUrl::FullyEncoded));
        EXPECT_EQ(form.status, 200);
        QUrlQuery posted;
        static const QRegularExpression hidden(
            QStringLiteral("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">"));
        for (auto it = hidden.globalMatch(QString::fromUtf8(form.body)); it.hasNext();) {
            const auto m = it.next();
            posted.addQueryItem(m.captured(1),
                                QString::fromLatin1(QUrl::toPercentEncoding(m.captured(2))));
        }
        EXPECT_TRUE(form.body.contains("name=\"pass\""));
        posted.addQueryItem(QStringLiteral("name"), QStringLiteral("author"));
        posted.addQueryItem(QStringLiteral("pass"), QStringLiteral("author-pass"));
        const Response redirected =
            send("POST", QStringLiteral("/oauth/authorize"), {}, posted.query().toUtf8(),
                 {{"Content-Type", "application/x-www-form-urlencoded"}});
        EXPECT_EQ(redirected.status, 302);
        const QUrl location(QString::fromUtf8(redirected.headers.value("location")));
        EXPECT_TRUE(location.toString().startsWith(redirect));
        EXPECT_EQ(QUrlQuery(location).queryItemValue(QStringLiteral("state")), u"xyz");
        return QUrlQuery(location).queryItemValue(QStringLiteral("code"));
    };
    auto tokenRequest = [&](const QString &form) {
        return send("POST", QStringLiteral("/oauth/token"), {}, form.toUtf8(),
                    {{"Content-Type", "application/x-www-form-urlencoded"}});
    };
    auto codeForm = [&](const QString &code, const QByteArray &v) {
        return QStringLiteral("grant_type=authorization_code&client_id=localgov-author&code=%1"
                              "&redirect_uri=%2&code_verifier=%3")
            .arg(code, QString::fromLatin1(QUrl::toPercentEncoding(redirect)),
                 QString::fromLatin1(v));
    };

    const Response bad = tokenRequest(codeForm(authorize(), "not-the-verifier"));
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(bad.document.value(u"error").toString(), u"invalid_grant");

    const QString code = authorize();
    const Response tokens = tokenRequest(codeForm(code, verifier));
    ASSERT_EQ(tokens.status, 200) << tokens.body.toStdString();
    EXPECT_EQ(tokens.document.value(u"token_type").toString(), u"Bearer");
    EXPECT_EQ(tokens.document.value(u"expires_in").toInt(), 300);
    // A code works once.
    EXPECT_EQ(tokenRequest(codeForm(code, verifier)).document.value(u"error").toString(),
              u"invalid_grant");

    const QByteArray bearer =
        "Bearer " + tokens.document.value(u"access_token").toString().toLatin1();
    const Response me = send("GET", QStringLiteral("/jsonapi"), bearer);
    EXPECT_EQ(me.document.value(u"meta")
                  .toObject()
                  .value(u"links")
                  .toObject()
                  .value(u"me")
                  .toObject()
                  .value(u"meta")
                  .toObject()
                  .value(u"id")
                  .toString(),
              Account::uuidForUser(28));
    const QString id = createPage(bearer);

    EXPECT_EQ(send("POST", QStringLiteral("/emulator/expire-tokens")).status, 200);
    EXPECT_EQ(send("GET", QStringLiteral("/jsonapi"), bearer).status, 401);

    const QString refresh = tokens.document.value(u"refresh_token").toString();
    const Response renewed =
        tokenRequest(QStringLiteral("grant_type=refresh_token&client_id=localgov-author&"
                                    "refresh_token=") +
                     refresh);
    ASSERT_EQ(renewed.status, 200);
    const QByteArray again =
        "Bearer " + renewed.document.value(u"access_token").toString().toLatin1();
    EXPECT_EQ(moveTo(id, again, QStringLiteral("review")).status, 200);
    // Refresh tokens rotate: the old one is spent.
    EXPECT_EQ(tokenRequest(QStringLiteral("grant_type=refresh_token&refresh_token=") + refresh)
                  .document.value(u"error")
                  .toString(),
              u"invalid_grant");
}

TEST_F(EmulatorWriteTest, FilteredCollectionsHideOtherUsersDrafts)
{
    const QString mine = createPage(author);
    const QString theirs = createPage(contributor);
    auto ids = [&](const QByteArray &auth, const QString &query) {
        QStringList list;
        for (const QJsonValue &item :
             send("GET", pages + query, auth).document.value(u"data").toArray())
            list << item.toObject().value(u"id").toString();
        return list;
    };
    const QString filtered = QStringLiteral("?filter[title]=Apply%20for%20a%20blue%20badge");
    EXPECT_TRUE(ids(author, filtered).contains(mine));
    EXPECT_FALSE(ids(author, filtered).contains(theirs));
    // The editor has no bypass either.
    EXPECT_TRUE(ids(editor, filtered).isEmpty());
    EXPECT_TRUE(ids({}, filtered).isEmpty());
    // Unfiltered, every LocalGov role may read every draft.
    const QStringList all = ids(editor, QStringLiteral("?sort=-created&page[limit]=5"));
    EXPECT_TRUE(all.contains(mine));
    EXPECT_TRUE(all.contains(theirs));
}

TEST_F(EmulatorWriteTest, UsersAndIncludedOwners)
{
    const QString id = createPage(author);
    const Response page = send("GET", pages + u'/' + id + QStringLiteral("?include=uid"), editor);
    const QJsonArray included = page.document.value(u"included").toArray();
    ASSERT_EQ(included.size(), 1);
    EXPECT_EQ(included.first().toObject().value(u"attributes").toObject().value(u"name").toString(),
              u"author");
    const Response user =
        send("GET", QStringLiteral("/jsonapi/user/user/") + Account::uuidForUser(28), editor);
    EXPECT_EQ(user.status, 200);
    const QJsonObject role = user.document.value(u"data")
                                 .toObject()
                                 .value(u"relationships")
                                 .toObject()
                                 .value(u"roles")
                                 .toObject()
                                 .value(u"data")
                                 .toArray()
                                 .first()
                                 .toObject();
    EXPECT_EQ(role.value(u"type").toString(), u"user_role--user_role");
    EXPECT_EQ(role.value(u"meta").toObject().value(u"drupal_internal__target_id").toString(),
              u"localgov_author");
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}

TEST_F(EmulatorWriteTest, DraftsAreSubmittedForReviewByTheirOwners)
{
    const auto states = [this] {
        QHash<QString, QJsonObject> byId;
        const Response list = send("GET", pages + QStringLiteral("?page%5Blimit%5D=50"), editor);
        for (const QJsonValue &item : list.document.value(u"data").toArray())
            byId.insert(item[u"id"].toString(), item.toObject());
        return byId;
    };
    const QHash<QString, QJsonObject> before = states();
    QStringList drafts;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (it.value()[u"attributes"][u"moderation_state"].toString() == u"draft")
            drafts.append(it.key());
    }
    ASSERT_GE(drafts.size(), 2) << "the seed has drafts";

    const Response moved = send("POST", QStringLiteral("/emulator/submit-for-review?count=1000"));
    EXPECT_EQ(moved.status, 200);
    EXPECT_TRUE(moved.body.startsWith(QByteArray(QByteArray::number(drafts.size()) + " pages")))
        << moved.body.constData();

    const QHash<QString, QJsonObject> after = states();
    for (const QString &id : std::as_const(drafts)) {
        const QJsonObject node = after.value(id);
        EXPECT_EQ(node[u"attributes"][u"moderation_state"].toString(), u"review") << qPrintable(id);
        EXPECT_FALSE(node[u"attributes"][u"status"].toBool());
        EXPECT_TRUE(
            node[u"attributes"][u"revision_log"].toString().startsWith(u"Ready for review"));
        // Submitted by the page's owner, as in the web UI.
        EXPECT_EQ(node[u"relationships"][u"revision_uid"][u"data"][u"id"],
                  node[u"relationships"][u"uid"][u"data"][u"id"]);
        EXPECT_GT(node[u"attributes"][u"drupal_internal__vid"].toInteger(),
                  before.value(id)[u"attributes"][u"drupal_internal__vid"].toInteger());
    }
    // Published pages are left alone.
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!drafts.contains(it.key())) {
            EXPECT_EQ(after.value(it.key())[u"attributes"][u"moderation_state"],
                      it.value()[u"attributes"][u"moderation_state"]);
        }
    }
}
