// SPDX-License-Identifier: GPL-2.0-or-later
#include <cms-emulator/authenticator.h>

#include <cms-emulator/errordocument.h>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace lga::emulator {

namespace {

const QByteArray cookieName = QByteArrayLiteral("SESS5f2e0c1a9b7d4e3f8a6c2b1d0e9f7a3c");

QByteArray randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 8);
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

Reply messageReply(int status, const QString &message)
{
    Reply r;
    r.status = status;
    r.raw = QJsonDocument(QJsonObject{{QStringLiteral("message"), message}})
                .toJson(QJsonDocument::Compact);
    r.contentType = QByteArrayLiteral("application/json");
    return r;
}

Reply textReply(const QByteArray &text)
{
    Reply r;
    r.raw = text;
    r.contentType = QByteArrayLiteral("text/plain; charset=UTF-8");
    return r;
}

QString floodMessage()
{
    return QStringLiteral("There have been more than %1 failed login attempts for this account. "
                          "It is temporarily blocked. Try again later or request a new password.")
        .arg(Authenticator::floodLimit);
}

QByteArray sessionCookie(const QHttpServerRequest &request)
{
    for (const QByteArray &part : request.value(QByteArrayLiteral("Cookie")).split(';')) {
        const QByteArray item = part.trimmed();
        if (item.startsWith(QByteArray(cookieName + '=')))
            return item.mid(cookieName.size() + 1);
    }
    return {};
}

bool unsafe(const QHttpServerRequest &request)
{
    using Method = QHttpServerRequest::Method;
    const Method m = request.method();
    return m != Method::Get && m != Method::Head && m != Method::Options && m != Method::Trace;
}

} // namespace

Authenticator::Authenticator(const AccountStore &accounts, const OAuthServer &oauth)
    : m_accounts(accounts)
    , m_oauth(oauth)
{}

bool Authenticator::blocked(const QString &name)
{
    QList<qint64> &times = m_failures[name];
    const qint64 cutoff = QDateTime::currentSecsSinceEpoch() - floodWindow;
    times.removeIf([cutoff](qint64 t) { return t < cutoff; });
    return times.size() >= floodLimit;
}

void Authenticator::registerFailure(const QString &name)
{
    m_failures[name].append(QDateTime::currentSecsSinceEpoch());
}

Reply Authenticator::challenge(const QString &via)
{
    Reply r;
    r.status = 401;
    r.document =
        ErrorDocument::make(401, QStringLiteral("No authentication credentials provided."), via);
    r.headers.append({QByteArrayLiteral("WWW-Authenticate"),
                      QByteArrayLiteral("Basic realm=\"LocalGov Emulator\"")});
    return r;
}

Identity Authenticator::identify(const QHttpServerRequest &request)
{
    Identity identity;
    const QByteArray authorization = request.value(QByteArrayLiteral("Authorization"));
    if (authorization.startsWith("Basic ")) {
        const QByteArray pair = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = pair.indexOf(':');
        const QString name = QString::fromUtf8(pair.left(colon));
        const QString pass = QString::fromUtf8(pair.mid(colon + 1));
        if (blocked(name)) {
            Reply r;
            r.status = 403;
            r.document = ErrorDocument::make(403, floodMessage(), request.url().toString());
            identity.refusal = r;
            return identity;
        }
        const auto account = m_accounts.byName(name);
        if (colon >= 0 && account && account->password == pass) {
            m_failures.remove(name);
            identity.account = account;
        } else {
            // A wrong password does not fail the request: it runs as anonymous.
            registerFailure(name);
        }
        return identity;
    }
    if (authorization.startsWith("Bearer ")) {
        const auto uid = m_oauth.uidForAccessToken(authorization.mid(7).trimmed());
        if (!uid) {
            Reply r;
            r.status = 401;
            r.document = ErrorDocument::make(
                401,
                QStringLiteral("The resource owner or authorization server denied the request."),
                request.url().toString());
            r.headers.append({QByteArrayLiteral("WWW-Authenticate"),
                              QByteArrayLiteral("Bearer error=\"invalid_token\"")});
            identity.refusal = r;
            return identity;
        }
        identity.account = m_accounts.byUid(*uid);
        return identity;
    }
    const QByteArray id = sessionCookie(request);
    if (const auto it = m_sessions.constFind(id); !id.isEmpty() && it != m_sessions.cend()) {
        identity.account = m_accounts.byUid(it->uid);
        identity.session = id;
    }
    return identity;
}

std::optional<Reply> Authenticator::checkCsrf(const QHttpServerRequest &request,
                                              const Identity &identity) const
{
    if (identity.session.isEmpty() || !unsafe(request))
        return std::nullopt;
    const QByteArray token = request.value(QByteArrayLiteral("X-CSRF-Token"));
    QString problem;
    if (token.isEmpty())
        problem = QStringLiteral("X-CSRF-Token request header is missing");
    else if (token != m_sessions.value(identity.session).csrfToken)
        problem = QStringLiteral("X-CSRF-Token request header is invalid");
    else
        return std::nullopt;
    Reply r;
    r.status = 403;
    r.document = ErrorDocument::make(403, problem, request.url().toString());
    return r;
}

std::optional<Reply> Authenticator::handle(const QHttpServerRequest &request,
                                           const Identity &identity)
{
    const QString path = request.url().path();
    const bool post = request.method() == QHttpServerRequest::Method::Post;
    if (path == u"/session/token") {
        if (!identity.session.isEmpty())
            return textReply(m_sessions.value(identity.session).csrfToken);
        return textReply(randomToken());
    }
    if (path == u"/user/login_status")
        return textReply(identity.account ? "1" : "0");
    if (path == u"/user/login" && post)
        return login(request);
    if (path == u"/user/logout" && post) {
        if (identity.session.isEmpty())
            return messageReply(403, QStringLiteral("This route can only be accessed by "
                                                    "authenticated users."));
        const QByteArray token = request.query().queryItemValue(QStringLiteral("token")).toLatin1();
        if (token != m_sessions.value(identity.session).logoutToken)
            return messageReply(403, QStringLiteral("'csrf_token' URL query argument is invalid."));
        m_sessions.remove(identity.session);
        Reply r;
        r.status = 204;
        r.contentType = QByteArrayLiteral("application/json");
        return r;
    }
    return std::nullopt;
}

Reply Authenticator::login(const QHttpServerRequest &request)
{
    if (request.query().queryItemValue(QStringLiteral("_format")) != u"json")
        return messageReply(400, QStringLiteral("Not acceptable format: html"));
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    const QString name = body.value(u"name").toString();
    const QString pass = body.value(u"pass").toString();
    if (name.isEmpty() || pass.isEmpty())
        return messageReply(400, QStringLiteral("Missing credentials."));
    if (blocked(name))
        return messageReply(403, floodMessage());
    const auto account = m_accounts.byName(name);
    if (!account || account->password != pass) {
        registerFailure(name);
        return messageReply(400, QStringLiteral("Sorry, unrecognized username or password."));
    }
    m_failures.remove(name);
    const QByteArray id = randomToken();
    const Session session{account->uid, randomToken(), randomToken()};
    m_sessions.insert(id, session);
    const QJsonObject document{
        {QStringLiteral("current_user"),
         QJsonObject{
             {QStringLiteral("uid"), QString::number(account->uid)},
             {QStringLiteral("roles"), QJsonArray{QStringLiteral("authenticated"), account->role}},
             {QStringLiteral("name"), account->name}}},
        {QStringLiteral("csrf_token"), QString::fromLatin1(session.csrfToken)},
        {QStringLiteral("logout_token"), QString::fromLatin1(session.logoutToken)}};
    Reply r;
    r.raw = QJsonDocument(document).toJson(QJsonDocument::Compact);
    r.contentType = QByteArrayLiteral("application/json");
    r.headers.append(
        {QByteArrayLiteral("Set-Cookie"),
         cookieName + '=' + id + QByteArrayLiteral("; path=/; HttpOnly; SameSite=Lax")});
    return r;
}

} // namespace lga::emulator
