// SPDX-License-Identifier: GPL-2.0-or-later
#include "oauthflow.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QOAuthOobReplyHandler>
#include <QRandomGenerator>

namespace lga::sync {

namespace {

QUrl siteUrl(const QUrl &site, const QString &path)
{
    return QUrl(site.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash)
                    .toString() +
                path);
}

} // namespace

OAuthFlow::OAuthFlow(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

OAuthFlow::~OAuthFlow()
{
    tearDown();
}

void OAuthFlow::setBrowser(Browser browser)
{
    m_browser = std::move(browser);
}

QString OAuthFlow::makeVerifier()
{
    static const QLatin1StringView alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                                            "0123456789-._~");
    QString verifier;
    verifier.reserve(64);
    for (int i = 0; i < 64; ++i)
        verifier += alphabet.at(QRandomGenerator::system()->bounded(qsizetype(alphabet.size())));
    return verifier;
}

QString OAuthFlow::challengeFor(const QString &verifier)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

void OAuthFlow::setUp(const Credentials &credentials)
{
    tearDown();
    m_credentials = credentials;
    m_running = true;
    m_flow = new QOAuth2AuthorizationCodeFlow(m_network, this);
    m_flow->setClientIdentifier(credentials.clientId);
    m_flow->setAuthorizationUrl(siteUrl(credentials.site, QStringLiteral("/oauth/authorize")));
    m_flow->setAccessTokenUrl(siteUrl(credentials.site, QStringLiteral("/oauth/token")));
    m_flow->setModifyParametersFunction([this](QAbstractOAuth::Stage stage,
                                               QMultiMap<QString, QVariant> *parameters) {
        switch (stage) {
        case QAbstractOAuth::Stage::RequestingAuthorization:
            parameters->replace(QStringLiteral("code_challenge"), challengeFor(m_verifier));
            parameters->replace(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
            // simple_oauth has no use for an empty scope.
            if (parameters->value(QStringLiteral("scope")).toString().isEmpty())
                parameters->remove(QStringLiteral("scope"));
            break;
        case QAbstractOAuth::Stage::RequestingAccessToken:
            parameters->replace(QStringLiteral("code_verifier"), m_verifier);
            parameters->replace(QStringLiteral("client_id"), m_credentials.clientId);
            break;
        case QAbstractOAuth::Stage::RefreshingAccessToken:
            parameters->replace(QStringLiteral("client_id"), m_credentials.clientId);
            break;
        default:
            break;
        }
    });
    connect(m_flow, &QAbstractOAuth::granted, this, &OAuthFlow::succeed);
    connect(m_flow, &QAbstractOAuth2::error, this,
            [this](const QString &error, const QString &description, const QUrl &) {
                fail(description.isEmpty() ? error : description);
            });
    connect(m_flow, &QAbstractOAuth::requestFailed, this, [this](QAbstractOAuth::Error) {
        fail(tr("The site did not accept the sign-in; sign in again."));
    });
    // Qt 6.4 only logs a refused token request, so the reply is watched here to say so.
    const QUrl tokenUrl = m_flow->accessTokenUrl();
    m_tokenWatch = connect(
        m_network, &QNetworkAccessManager::finished, this, [this, tokenUrl](QNetworkReply *reply) {
            if (!m_running || reply->url() != tokenUrl)
                return;
            if (reply->error() == QNetworkReply::NoError)
                return;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QJsonObject body = QJsonDocument::fromJson(reply->peek(4096)).object();
            const QString said = body.value(QStringLiteral("error_description")).toString();
            if (status == 0)
                fail(tr("The site could not be reached: %1").arg(reply->errorString()));
            else if (said.isEmpty())
                fail(tr("The site did not accept the sign-in; sign in again."));
            else
                fail(tr("The site did not accept the sign-in: %1").arg(said));
        });
}

void OAuthFlow::signIn(const Credentials &credentials)
{
    setUp(credentials);
    m_verifier = makeVerifier();
    auto *listener = new QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, 0, this);
    m_handler = listener;
    if (!listener->isListening()) {
        fail(tr("LocalGov Author could not listen for the site's answer on this computer."));
        return;
    }
    listener->setCallbackText(
        tr("You are signed in to LocalGov Author. You can close this page and go back to the "
           "app."));
    m_flow->setReplyHandler(m_handler);
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, [this](const QUrl &url) {
        if (m_browser)
            m_browser(url);
        else
            fail(tr("There is no web browser to sign in with."));
    });
    m_flow->grant();
}

void OAuthFlow::refresh(const Credentials &credentials)
{
    setUp(credentials);
    if (credentials.refreshToken.isEmpty()) {
        fail(tr("There is no refresh token; sign in again."));
        return;
    }
    // The token reply still needs a handler to parse it, but nothing listens for a browser.
    m_handler = new QOAuthOobReplyHandler(this);
    m_flow->setReplyHandler(m_handler);
    m_flow->setRefreshToken(credentials.refreshToken);
    m_flow->refreshAccessToken();
}

void OAuthFlow::cancel()
{
    tearDown();
}

void OAuthFlow::succeed()
{
    if (!m_running)
        return;
    Credentials result = m_credentials;
    result.accessToken = m_flow->token();
    if (!m_flow->refreshToken().isEmpty())
        result.refreshToken = m_flow->refreshToken();
    result.accessTokenExpires = m_flow->expirationAt().toUTC();
    tearDown();
    Q_EMIT finished(true, result, {});
}

void OAuthFlow::fail(const QString &error)
{
    if (!m_running)
        return;
    const Credentials credentials = m_credentials;
    tearDown();
    Q_EMIT finished(false, credentials, error);
}

void OAuthFlow::tearDown()
{
    m_running = false;
    disconnect(m_tokenWatch);
    if (m_flow) {
        m_flow->disconnect(this);
        m_flow->deleteLater();
    }
    if (m_handler) {
        if (auto *listener = qobject_cast<QOAuthHttpServerReplyHandler *>(m_handler))
            listener->close();
        m_handler->deleteLater();
    }
}

} // namespace lga::sync
