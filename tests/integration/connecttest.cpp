// SPDX-License-Identifier: GPL-2.0-or-later
// Connecting to a site as the app does it, against the CMS emulator served in-process on
// 127.0.0.1: the site probe for each sign-in method, and OAuth2 sign-in with PKCE through a
// test "browser" that fills in the site's login form.
#include <cms-emulator/server.h>
#include <store/pagestore.h>
#include <sync/oauthflow.h>
#include <sync/siteprobe.h>
#include <sync/syncengine.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrlQuery>

#include <gtest/gtest.h>

#include <memory>

using namespace lga::sync;
using lga::emulator::Server;
using lga::emulator::ServerOptions;

namespace {

class ConnectTest : public ::testing::Test
{
protected:
    void SetUp() override { start({}); }

    void start(const ServerOptions &options)
    {
        ASSERT_TRUE(m_dir.isValid());
        m_server.reset();
        m_server = std::make_unique<Server>(
            m_dir.filePath(QStringLiteral("cms.sqlite")),
            lga::emulator::SeedPlan{{QStringLiteral("localgov_services_page"), 3},
                                    {QStringLiteral("localgov_news_article"), 2}},
            options);
        ASSERT_TRUE(m_server->isReady()) << m_server->errorString().toStdString();
        m_port = m_server->listen(0);
        ASSERT_NE(m_port, 0);
    }

    QUrl site() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }

    Credentials basic(const QString &user, const QString &password,
                      AuthMethod method = AuthMethod::Basic) const
    {
        Credentials credentials;
        credentials.site = site();
        credentials.method = method;
        credentials.userName = user;
        credentials.password = password;
        return credentials;
    }

    ProbeResult probe(const Credentials &credentials)
    {
        SiteProbe probe(&m_network);
        ProbeResult result;
        QEventLoop loop;
        QObject::connect(&probe, &SiteProbe::finished, &loop, [&](const ProbeResult &r) {
            result = r;
            loop.quit();
        });
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        probe.start(credentials);
        loop.exec();
        return result;
    }

    // One GET with Basic credentials, straight to the emulator: its status.
    int basicGet(const QString &user, const QString &password)
    {
        QNetworkRequest request(QUrl(site().toString() + QStringLiteral("/jsonapi")));
        SiteProbe::authorize(request, basic(user, password));
        return finish(m_network.get(request)).first;
    }

    std::pair<int, QByteArray> finish(QNetworkReply *reply)
    {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        reply->deleteLater();
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                reply->readAll()};
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Server> m_server;
    quint16 m_port = 0;
    QNetworkAccessManager m_network;
};

TEST_F(ConnectTest, BasicProbeNamesTheEditorAndTheSite)
{
    const ProbeResult result =
        probe(basic(QStringLiteral("editor"), QStringLiteral("editor-pass")));
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_EQ(result.userName, QStringLiteral("editor"));
    EXPECT_FALSE(result.userId.isEmpty());
    EXPECT_TRUE(result.roles.contains(QStringLiteral("localgov_editor")));
    EXPECT_TRUE(result.roleLabels().contains(QStringLiteral("Editor")));
    EXPECT_TRUE(result.writable);
    EXPECT_TRUE(result.notice.isEmpty());
    EXPECT_EQ(result.bundles, Server::bundles());
}

TEST_F(ConnectTest, ContributorRoleComesFromTheUserResource)
{
    const ProbeResult result =
        probe(basic(QStringLiteral("contributor"), QStringLiteral("contributor-pass")));
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_TRUE(result.roles.contains(QStringLiteral("localgov_contributor")));
    EXPECT_FALSE(result.roles.contains(QStringLiteral("localgov_editor")));
}

TEST_F(ConnectTest, WrongBasicPasswordIsTriedOnlyOnce)
{
    const ProbeResult result = probe(basic(QStringLiteral("editor"), QStringLiteral("wrong")));
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.error, QStringLiteral("The user name or password was not accepted."));

    // Drupal blocks an account at five failures. After the probe, three more wrong tries leave
    // the account usable, so the probe made at most one...
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(basicGet(QStringLiteral("editor"), QStringLiteral("wrong")), 200);
    EXPECT_EQ(basicGet(QStringLiteral("editor"), QStringLiteral("editor-pass")), 200);
    // ...and four more block it, so the probe made at least one.
    const ProbeResult again = probe(basic(QStringLiteral("author"), QStringLiteral("wrong")));
    EXPECT_FALSE(again.ok);
    for (int i = 0; i < 4; ++i)
        EXPECT_EQ(basicGet(QStringLiteral("author"), QStringLiteral("wrong")), 200);
    EXPECT_EQ(basicGet(QStringLiteral("author"), QStringLiteral("author-pass")), 403);
}

TEST_F(ConnectTest, ReadOnlySiteIsReportedWithWhatToAsk)
{
    ServerOptions options;
    options.readOnly = true;
    start(options);
    const ProbeResult result =
        probe(basic(QStringLiteral("editor"), QStringLiteral("editor-pass")));
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_FALSE(result.writable);
    EXPECT_EQ(result.notice,
              QStringLiteral("The site accepts only reads; ask its administrators to allow "
                             "JSON:API writes at /admin/config/services/jsonapi."));
}

TEST_F(ConnectTest, SiteWithoutJsonApiIsNamedAsSuch)
{
    Credentials credentials = basic(QStringLiteral("editor"), QStringLiteral("editor-pass"));
    credentials.site = QUrl(site().toString() + QStringLiteral("/not-drupal"));
    const ProbeResult result = probe(credentials);
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.error, QStringLiteral("JSON:API is not switched on at this site."));
}

TEST_F(ConnectTest, FailedSecureConnectionIsReportedNotIgnored)
{
    // The emulator speaks plain HTTP, so an https:// connection to it cannot be set up.
    Credentials credentials = basic(QStringLiteral("editor"), QStringLiteral("editor-pass"));
    credentials.site.setScheme(QStringLiteral("https"));
    const ProbeResult result = probe(credentials);
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.error.startsWith(QStringLiteral("The site"))) << result.error.toStdString();
    EXPECT_TRUE(result.userName.isEmpty());
}

TEST_F(ConnectTest, CookieLoginKeepsSessionAndCsrfToken)
{
    const ProbeResult result =
        probe(basic(QStringLiteral("author"), QStringLiteral("author-pass"), AuthMethod::Cookie));
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_EQ(result.userName, QStringLiteral("author"));
    EXPECT_TRUE(result.roles.contains(QStringLiteral("localgov_author")));
    EXPECT_FALSE(result.csrfToken.isEmpty());
    // The empty POST reached the write check (400), so the cookie and token were both sent.
    EXPECT_TRUE(result.writable);

    const ProbeResult wrong =
        probe(basic(QStringLiteral("author"), QStringLiteral("nope"), AuthMethod::Cookie));
    EXPECT_FALSE(wrong.ok);
    EXPECT_EQ(wrong.error, QStringLiteral("The user name or password was not accepted."));
}

TEST(OAuthPkceTest, ChallengeIsS256OfTheVerifier)
{
    const QString verifier = OAuthFlow::makeVerifier();
    EXPECT_EQ(verifier.size(), 64);
    EXPECT_TRUE(
        QRegularExpression(QStringLiteral("^[A-Za-z0-9._~-]{64}$")).match(verifier).hasMatch());
    EXPECT_NE(OAuthFlow::makeVerifier(), verifier);
    // RFC 7636 appendix B.
    EXPECT_EQ(
        OAuthFlow::challengeFor(QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")),
        QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
}

class OAuthTest : public ConnectTest
{
protected:
    // Plays the author's browser: opens the authorize page, fills in the login form and follows
    // the site's redirect back to the app's loopback listener.
    OAuthFlow::Browser browser(const QString &user, const QString &password)
    {
        return [this, user, password](const QUrl &url) {
            m_authorizeUrl = url;
            QNetworkReply *page = m_browserNetwork.get(QNetworkRequest(url));
            QObject::connect(page, &QNetworkReply::finished, page, [this, page, user, password] {
                page->deleteLater();
                const QString html = QString::fromUtf8(page->readAll());
                QUrlQuery form;
                static const QRegularExpression hidden(
                    QStringLiteral("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">"));
                for (const auto &match : hidden.globalMatch(html))
                    form.addQueryItem(
                        match.captured(1),
                        match.captured(2).replace(QStringLiteral("&amp;"), QStringLiteral("&")));
                form.addQueryItem(QStringLiteral("name"), user);
                form.addQueryItem(QStringLiteral("pass"), password);
                QNetworkRequest post(QUrl(site().toString() + QStringLiteral("/oauth/authorize")));
                post.setHeader(QNetworkRequest::ContentTypeHeader,
                               QByteArrayLiteral("application/x-www-form-urlencoded"));
                QNetworkReply *answer =
                    m_browserNetwork.post(post, form.toString(QUrl::FullyEncoded).toUtf8());
                QObject::connect(answer, &QNetworkReply::finished, answer, [this, answer] {
                    m_landedOn = answer->url();
                    m_landingPage = answer->readAll();
                    answer->deleteLater();
                });
            });
        };
    }

    struct Outcome
    {
        bool ok = false;
        Credentials credentials;
        QString error;
    };

    Outcome run(OAuthFlow &flow, const std::function<void()> &start)
    {
        Outcome outcome;
        QEventLoop loop;
        QObject::connect(&flow, &OAuthFlow::finished, &loop,
                         [&](bool ok, const Credentials &credentials, const QString &error) {
                             outcome = {ok, credentials, error};
                             loop.quit();
                         });
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        start();
        loop.exec();
        return outcome;
    }

    Credentials client() const
    {
        Credentials credentials;
        credentials.site = site();
        credentials.method = AuthMethod::OAuth2;
        credentials.clientId = QStringLiteral("localgov-author");
        return credentials;
    }

    QNetworkAccessManager m_browserNetwork;
    QUrl m_authorizeUrl;
    QUrl m_landedOn;
    QByteArray m_landingPage;
};

TEST_F(OAuthTest, SignInWithPkceThenProbeAsTheEditor)
{
    OAuthFlow flow(&m_network);
    flow.setBrowser(browser(QStringLiteral("editor"), QStringLiteral("editor-pass")));
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const Outcome outcome = run(flow, [&] { flow.signIn(client()); });
    ASSERT_TRUE(outcome.ok) << outcome.error.toStdString();
    EXPECT_FALSE(outcome.credentials.accessToken.isEmpty());
    EXPECT_FALSE(outcome.credentials.refreshToken.isEmpty());
    EXPECT_GT(outcome.credentials.accessTokenExpires, before.addSecs(200));
    EXPECT_LT(outcome.credentials.accessTokenExpires, before.addSecs(400));

    const QUrlQuery asked(m_authorizeUrl);
    EXPECT_EQ(asked.queryItemValue(QStringLiteral("code_challenge_method")),
              QStringLiteral("S256"));
    EXPECT_EQ(asked.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
    EXPECT_FALSE(asked.queryItemValue(QStringLiteral("state")).isEmpty());
    EXPECT_EQ(QUrl(asked.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded)).host(),
              QStringLiteral("127.0.0.1"));
    EXPECT_EQ(m_landedOn.host(), QStringLiteral("127.0.0.1"));
    EXPECT_TRUE(m_landingPage.contains("You are signed in to LocalGov Author"));

    const ProbeResult result = probe(outcome.credentials);
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_EQ(result.userName, QStringLiteral("editor"));
    EXPECT_TRUE(result.roles.contains(QStringLiteral("localgov_editor")));
}

TEST_F(OAuthTest, ExpiredTokenIsRefreshed)
{
    OAuthFlow flow(&m_network);
    flow.setBrowser(browser(QStringLiteral("author"), QStringLiteral("author-pass")));
    const Outcome signedIn = run(flow, [&] { flow.signIn(client()); });
    ASSERT_TRUE(signedIn.ok) << signedIn.error.toStdString();

    QNetworkRequest expire(QUrl(site().toString() + QStringLiteral("/emulator/expire-tokens")));
    ASSERT_EQ(finish(m_network.post(expire, QByteArray())).first, 200);
    const ProbeResult stale = probe(signedIn.credentials);
    EXPECT_FALSE(stale.ok);
    EXPECT_EQ(stale.error, QStringLiteral("The site did not accept the sign-in; sign in again."));

    OAuthFlow later(&m_network);
    Credentials stored = signedIn.credentials;
    stored.accessToken.clear();
    const Outcome refreshed = run(later, [&] { later.refresh(stored); });
    ASSERT_TRUE(refreshed.ok) << refreshed.error.toStdString();
    EXPECT_NE(refreshed.credentials.accessToken, signedIn.credentials.accessToken);
    EXPECT_FALSE(refreshed.credentials.refreshToken.isEmpty());
    const ProbeResult fresh = probe(refreshed.credentials);
    ASSERT_TRUE(fresh.ok) << fresh.error.toStdString();
    EXPECT_EQ(fresh.userName, QStringLiteral("author"));

    // The old refresh token was rotated away: using it again is refused in plain words.
    const Outcome reused = run(later, [&] { later.refresh(signedIn.credentials); });
    EXPECT_FALSE(reused.ok);
    EXPECT_FALSE(reused.error.isEmpty());
}

TEST_F(OAuthTest, ASyncRenewsAnExpiredTokenOnceAndKeepsGoing)
{
    OAuthFlow flow(&m_network);
    flow.setBrowser(browser(QStringLiteral("editor"), QStringLiteral("editor-pass")));
    const Outcome signedIn = run(flow, [&] { flow.signIn(client()); });
    ASSERT_TRUE(signedIn.ok) << signedIn.error.toStdString();

    lga::store::PageStore pages;
    ASSERT_TRUE(pages.open(m_dir.filePath(QStringLiteral("store.sqlite"))));
    auto sync = [&](const Credentials &credentials, QList<Credentials> *renewed) {
        SyncEngine engine(pages, credentials);
        QObject::connect(&engine, &SyncEngine::credentialsChanged, &engine,
                         [renewed](const Credentials &fresh) { renewed->append(fresh); });
        SyncReport report;
        QEventLoop loop;
        QObject::connect(&engine, &SyncEngine::finished, &loop, [&](const SyncReport &done) {
            report = done;
            loop.quit();
        });
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        engine.run();
        loop.exec();
        return report;
    };
    QList<Credentials> renewed;
    const SyncReport first = sync(signedIn.credentials, &renewed);
    ASSERT_TRUE(first.ok()) << first.error.toStdString();
    EXPECT_GT(first.pulled, 0);
    EXPECT_TRUE(renewed.isEmpty());

    // The site ends every access token (as after 300 s): the next sync renews it once, with the
    // refresh token, and hands the new tokens out to be kept in the keychain.
    QNetworkRequest expire(QUrl(site().toString() + QStringLiteral("/emulator/expire-tokens")));
    ASSERT_EQ(finish(m_network.post(expire, QByteArray())).first, 200);
    const SyncReport second = sync(signedIn.credentials, &renewed);
    ASSERT_TRUE(second.ok()) << second.error.toStdString();
    ASSERT_EQ(renewed.size(), 1);
    EXPECT_NE(renewed[0].accessToken, signedIn.credentials.accessToken);
    EXPECT_NE(renewed[0].refreshToken, signedIn.credentials.refreshToken);

    // With both tokens spent (the refresh token was rotated), the sync stops and asks to sign in.
    ASSERT_EQ(finish(m_network.post(expire, QByteArray())).first, 200);
    renewed.clear();
    const SyncReport third = sync(signedIn.credentials, &renewed);
    EXPECT_FALSE(third.ok());
    EXPECT_TRUE(third.error.contains(QStringLiteral("to sign in"))) << third.error.toStdString();
}

TEST_F(OAuthTest, WrongPasswordInTheBrowserNeverGrants)
{
    OAuthFlow flow(&m_network);
    flow.setBrowser(browser(QStringLiteral("editor"), QStringLiteral("wrong")));
    QSignalSpy finished(&flow, &OAuthFlow::finished);
    flow.signIn(client());
    // The site shows its form again; the app keeps waiting until the author cancels.
    for (int i = 0; i < 20 && m_landingPage.isEmpty(); ++i)
        finished.wait(100);
    EXPECT_TRUE(m_landingPage.contains("Unrecognized username or password."));
    EXPECT_EQ(finished.count(), 0);
    EXPECT_TRUE(flow.isRunning());
    flow.cancel();
    EXPECT_FALSE(flow.isRunning());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
