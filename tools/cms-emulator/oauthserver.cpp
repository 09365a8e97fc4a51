// SPDX-License-Identifier: GPL-2.0-or-later
#include <cms-emulator/oauthserver.h>

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUrl>
#include <QUrlQuery>

namespace lga::emulator {

namespace {

const QString clientId = QStringLiteral("localgov-author");

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), count / 4);
    return bytes;
}

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

Reply jsonReply(int status, const QJsonObject &object)
{
    Reply r;
    r.status = status;
    r.raw = QJsonDocument(object).toJson(QJsonDocument::Compact);
    r.contentType = QByteArrayLiteral("application/json");
    return r;
}

// league/oauth2-server's error shape as simple_oauth returns it.
Reply oauthError(int status, const QString &error, const QString &description,
                 const QString &hint = {})
{
    QJsonObject o{{QStringLiteral("error"), error},
                  {QStringLiteral("error_description"), description},
                  {QStringLiteral("message"), description}};
    if (!hint.isEmpty()) {
        o.insert(QStringLiteral("hint"), hint);
        o.insert(QStringLiteral("message"),
                 QString(description + QStringLiteral(" Hint: ") + hint));
    }
    return jsonReply(status, o);
}

const QString invalidGrant = QStringLiteral(
    "The provided authorization grant (e.g., authorization code, resource owner credentials) or "
    "refresh token is invalid, expired, revoked, does not match the redirection URI used in the "
    "authorization request, or was issued to another client.");

// Form bodies encode spaces as '+', which QUrlQuery leaves alone.
QUrlQuery formFields(const QByteArray &body)
{
    QByteArray text = body;
    text.replace('+', ' ');
    return QUrlQuery(QString::fromUtf8(text));
}

QString field(const QUrlQuery &q, const QString &name)
{
    return q.queryItemValue(name, QUrl::FullyDecoded);
}

bool loopback(const QString &uri)
{
    const QUrl url(uri);
    return url.isValid() && url.scheme() == u"http" &&
           (url.host() == u"127.0.0.1" || url.host() == u"localhost" || url.host() == u"::1");
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

OAuthServer::OAuthServer(const AccountStore &accounts, int accessTokenLifetime)
    : m_accounts(accounts)
    , m_accessLifetime(accessTokenLifetime)
{}

std::optional<Reply> OAuthServer::handle(const QHttpServerRequest &request)
{
    const QString path = request.url().path();
    const bool post = request.method() == QHttpServerRequest::Method::Post;
    if (path == u"/oauth/authorize") {
        if (post)
            return authorize(formFields(request.body()));
        return authorizeForm(request.query(), {});
    }
    if (path == u"/oauth/token") {
        if (!post)
            return oauthError(400, QStringLiteral("unsupported_grant_type"),
                              QStringLiteral("The authorization grant type is not supported by "
                                             "the authorization server."));
        return token(formFields(request.body()));
    }
    return std::nullopt;
}

Reply OAuthServer::authorizeForm(const QUrlQuery &params, const QString &problem) const
{
    if (field(params, QStringLiteral("client_id")) != clientId)
        return oauthError(401, QStringLiteral("invalid_client"),
                          QStringLiteral("Client authentication failed"));
    if (field(params, QStringLiteral("response_type")) != u"code" ||
        !loopback(field(params, QStringLiteral("redirect_uri"))))
        return oauthError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("The request is missing a required parameter, includes "
                                         "an invalid parameter value, includes a parameter more "
                                         "than once, or is otherwise malformed."),
                          QStringLiteral("Check the `redirect_uri` and `response_type` "
                                         "parameters"));
    if (field(params, QStringLiteral("code_challenge")).isEmpty() ||
        field(params, QStringLiteral("code_challenge_method")) != u"S256")
        return oauthError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("The request is missing a required parameter, includes "
                                         "an invalid parameter value, includes a parameter more "
                                         "than once, or is otherwise malformed."),
                          QStringLiteral("Code challenge must be sent with method S256"));
    QString hidden;
    for (const QString &name :
         {QStringLiteral("response_type"), QStringLiteral("client_id"),
          QStringLiteral("redirect_uri"), QStringLiteral("scope"), QStringLiteral("state"),
          QStringLiteral("code_challenge"), QStringLiteral("code_challenge_method")}) {
        if (params.hasQueryItem(name))
            hidden += QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">\n")
                          .arg(name, escaped(field(params, name)));
    }
    const QString html =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                       "<title>Log in | LocalGov Emulator</title></head><body>\n"
                       "<h1>Log in to authorise LocalGov Author</h1>\n%1"
                       "<form method=\"post\" action=\"/oauth/authorize\">\n%2"
                       "<label for=\"edit-name\">Username</label> "
                       "<input id=\"edit-name\" name=\"name\" autocomplete=\"username\">\n"
                       "<label for=\"edit-pass\">Password</label> "
                       "<input id=\"edit-pass\" name=\"pass\" type=\"password\">\n"
                       "<button type=\"submit\">Log in and allow</button>\n</form></body></html>\n")
            .arg(problem.isEmpty() ? QString()
                                   : QStringLiteral("<p role=\"alert\">%1</p>\n").arg(problem),
                 hidden);
    Reply r;
    r.raw = html.toUtf8();
    r.contentType = QByteArrayLiteral("text/html; charset=UTF-8");
    return r;
}

Reply OAuthServer::authorize(const QUrlQuery &params)
{
    Reply form = authorizeForm(params, {});
    if (form.status != 200)
        return form;
    const auto account = m_accounts.byName(field(params, QStringLiteral("name")));
    if (!account || account->password != field(params, QStringLiteral("pass")))
        return authorizeForm(params, QStringLiteral("Unrecognized username or password."));
    const QString code = QString::fromLatin1(base64Url(randomBytes(32)));
    const QString redirectUri = field(params, QStringLiteral("redirect_uri"));
    m_codes.insert(code,
                   Code{account->uid, redirectUri, field(params, QStringLiteral("code_challenge")),
                        now() + codeLifetime});
    QUrl target(redirectUri);
    QUrlQuery query(target);
    query.addQueryItem(QStringLiteral("code"), code);
    if (params.hasQueryItem(QStringLiteral("state")))
        query.addQueryItem(QStringLiteral("state"), field(params, QStringLiteral("state")));
    target.setQuery(query);
    Reply r;
    r.status = 302;
    r.raw = QByteArray();
    r.contentType = QByteArrayLiteral("text/html; charset=UTF-8");
    r.headers.append({QByteArrayLiteral("Location"), target.toEncoded()});
    return r;
}

Reply OAuthServer::token(const QUrlQuery &params)
{
    const QString grant = field(params, QStringLiteral("grant_type"));
    if (grant == u"authorization_code") {
        if (field(params, QStringLiteral("client_id")) != clientId)
            return oauthError(401, QStringLiteral("invalid_client"),
                              QStringLiteral("Client authentication failed"));
        // A code is used once, whatever happens next.
        const std::optional<Code> code =
            m_codes.contains(field(params, QStringLiteral("code")))
                ? std::optional<Code>(m_codes.take(field(params, QStringLiteral("code"))))
                : std::nullopt;
        if (!code || code->expires < now())
            return oauthError(400, QStringLiteral("invalid_grant"), invalidGrant,
                              QStringLiteral("Authorization code has expired or was revoked"));
        if (code->redirectUri != field(params, QStringLiteral("redirect_uri")))
            return oauthError(400, QStringLiteral("invalid_grant"), invalidGrant,
                              QStringLiteral("Invalid redirect URI"));
        const QByteArray verifier = field(params, QStringLiteral("code_verifier")).toLatin1();
        const QByteArray expected =
            base64Url(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256));
        if (verifier.isEmpty() || expected != code->challenge.toLatin1())
            return oauthError(400, QStringLiteral("invalid_grant"), invalidGrant,
                              QStringLiteral("Failed to verify `code_verifier`."));
        return issue(code->uid);
    }
    if (grant == u"refresh_token") {
        const QString refresh = field(params, QStringLiteral("refresh_token"));
        // Rotation: a refresh token works once.
        const std::optional<Grant> found = m_refreshTokens.contains(refresh)
                                               ? std::optional<Grant>(m_refreshTokens.take(refresh))
                                               : std::nullopt;
        if (!found || found->expires < now())
            return oauthError(401, QStringLiteral("invalid_grant"),
                              QStringLiteral("The refresh token is invalid."),
                              QStringLiteral("Token has been revoked"));
        return issue(found->uid);
    }
    return oauthError(400, QStringLiteral("unsupported_grant_type"),
                      QStringLiteral("The authorization grant type is not supported by the "
                                     "authorization server."),
                      QStringLiteral("Check that all required parameters have been provided"));
}

Reply OAuthServer::issue(qint64 uid)
{
    // A JWT in shape only: the emulator looks tokens up rather than verifying signatures.
    const qint64 issued = now();
    const QJsonObject claims{{QStringLiteral("aud"), clientId},
                             {QStringLiteral("jti"), QString::fromLatin1(randomBytes(8).toHex())},
                             {QStringLiteral("iat"), issued},
                             {QStringLiteral("nbf"), issued},
                             {QStringLiteral("exp"), issued + m_accessLifetime},
                             {QStringLiteral("sub"), QString::number(uid)},
                             {QStringLiteral("scope"), QJsonArray()}};
    const QByteArray access = base64Url(R"({"typ":"JWT","alg":"RS256"})") + '.' +
                              base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact)) +
                              '.' + base64Url(randomBytes(32));
    const QString refresh =
        QStringLiteral("def50200") + QString::fromLatin1(randomBytes(64).toHex());
    m_accessTokens.insert(access, Grant{uid, issued + m_accessLifetime});
    m_refreshTokens.insert(refresh, Grant{uid, issued + refreshLifetime});
    return jsonReply(200, QJsonObject{{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                      {QStringLiteral("expires_in"), m_accessLifetime},
                                      {QStringLiteral("access_token"), QString::fromLatin1(access)},
                                      {QStringLiteral("refresh_token"), refresh}});
}

std::optional<qint64> OAuthServer::uidForAccessToken(const QByteArray &token) const
{
    const auto it = m_accessTokens.constFind(token);
    if (it == m_accessTokens.cend() || it->expires <= now())
        return std::nullopt;
    return it->uid;
}

void OAuthServer::expireAccessTokens()
{
    for (Grant &grant : m_accessTokens)
        grant.expires = 0;
}

} // namespace lga::emulator
