// SPDX-License-Identifier: GPL-2.0-or-later
#include "siteclient.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace lga::sync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("lga::sync::SiteClient", text);
}

const QByteArray kJsonApi = QByteArrayLiteral("application/vnd.api+json");

bool isUnsafe(const QByteArray &verb)
{
    return verb != "GET" && verb != "HEAD" && verb != "OPTIONS";
}

// Transport failures that pass: the same request may well work a moment later.
bool isPassingTransportError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout, when not canceled by us
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

bool isTlsError(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::SslHandshakeFailedError;
}

QString transportReason(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return tr("The site took too long to answer.");
    case QNetworkReply::ConnectionRefusedError:
        return tr("The site refused the connection.");
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ProxyConnectionClosedError:
        return tr("The connection to the site was cut off.");
    case QNetworkReply::HostNotFoundError:
        return tr("The site's address could not be found. Check the address and your internet "
                  "connection.");
    default:
        return tr("The site could not be reached.");
    }
}

// Seconds or an HTTP date; zero when absent or unreadable.
std::chrono::milliseconds retryAfter(const QByteArray &value)
{
    if (value.isEmpty())
        return {};
    bool number = false;
    const qint64 seconds = value.trimmed().toLongLong(&number);
    if (number)
        return std::chrono::seconds(std::max<qint64>(0, seconds));
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (!when.isValid())
        return {};
    return std::chrono::milliseconds(
        std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when)));
}

} // namespace

struct SiteClient::Call
{
    SiteRequest request;
    Callback done;
    int attempts = 0;
    bool reauthenticated = false;
    int authGeneration = 0;
    bool finished = false;
    QPointer<QNetworkReply> reply;
    QPointer<QTimer> timer;
    SiteResponse last;
};

SiteClient::SiteClient(const Credentials &credentials, QObject *parent)
    : QObject(parent)
    , m_credentials(credentials)
    , m_network(new QNetworkAccessManager(this))
{
    // Redirects are followed only to the same or a safer scheme; credentials are never sent to
    // another host by Qt's redirect handling.
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

SiteClient::~SiteClient()
{
    // Callbacks are not called during destruction: their owners are going away too.
    for (const auto &call : std::as_const(m_calls)) {
        call->finished = true;
        if (call->reply)
            call->reply->abort();
    }
}

QUrl SiteClient::url(const QString &path) const
{
    QUrl result = m_credentials.site;
    QString base = result.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    const qsizetype query = path.indexOf(u'?');
    result.setPath(base + (query < 0 ? path : path.left(query)));
    if (query >= 0)
        result.setQuery(path.mid(query + 1));
    return result;
}

void SiteClient::send(const SiteRequest &request, Callback done)
{
    auto call = std::make_shared<Call>();
    call->request = request;
    if (call->request.url.isRelative())
        call->request.url = url(call->request.url.toString());
    call->done = std::move(done);
    m_calls.append(call);
    attempt(call);
}

void SiteClient::cancelAll()
{
    const auto calls = m_calls;
    for (const auto &call : calls) {
        if (call->finished)
            continue;
        if (call->timer)
            call->timer->stop();
        SiteResponse response = call->last;
        response.canceled = true;
        response.transportError = tr("Canceled.");
        complete(call, response);
        if (call->reply)
            call->reply->abort();
    }
}

bool SiteClient::tokenExpired() const
{
    return m_credentials.method == AuthMethod::OAuth2 &&
           m_credentials.accessTokenExpires.isValid() &&
           QDateTime::currentDateTimeUtc().secsTo(m_credentials.accessTokenExpires) < 10;
}

void SiteClient::authenticateThen(std::function<void(const QString &)> next)
{
    if ((m_credentials.method == AuthMethod::Cookie && !m_loggedIn) ||
        (tokenExpired() && !m_credentials.refreshToken.isEmpty()))
        return renewThen(std::move(next));
    next({});
}

void SiteClient::renewThen(std::function<void(const QString &)> next)
{
    // Requests in parallel share one login or one refresh: a second login would end the first
    // session, and a refresh token is good for one use only.
    m_renewWaiters.append(std::move(next));
    if (m_renewWaiters.size() > 1)
        return;
    auto done = [this](const QString &error) {
        if (error.isEmpty())
            ++m_authGeneration;
        const auto waiters = std::exchange(m_renewWaiters, {});
        for (const auto &waiter : waiters)
            waiter(error);
    };
    if (m_credentials.method == AuthMethod::Cookie)
        logIn(done);
    else
        refreshToken(done);
}

void SiteClient::attempt(const std::shared_ptr<Call> &call)
{
    authenticateThen([this, call](const QString &error) {
        if (call->finished)
            return;
        if (!error.isEmpty()) {
            SiteResponse response = call->last;
            response.transportError = error;
            return complete(call, response);
        }
        ++call->attempts;
        ++m_requestsSent;
        call->authGeneration = m_authGeneration;
        QNetworkRequest request(call->request.url);
        request.setRawHeader("Accept", kJsonApi);
        if (!call->request.body.isEmpty() || call->request.verb == "POST" ||
            call->request.verb == "PATCH") {
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              call->request.contentType.isEmpty() ? kJsonApi
                                                                  : call->request.contentType);
        }
        switch (m_credentials.method) {
        case AuthMethod::Basic:
            request.setRawHeader(
                "Authorization",
                "Basic " +
                    (m_credentials.userName + u':' + m_credentials.password).toUtf8().toBase64());
            break;
        case AuthMethod::OAuth2:
            if (!m_credentials.accessToken.isEmpty())
                request.setRawHeader("Authorization",
                                     "Bearer " + m_credentials.accessToken.toUtf8());
            break;
        case AuthMethod::Cookie:
            if (isUnsafe(call->request.verb) && !m_csrfToken.isEmpty())
                request.setRawHeader("X-CSRF-Token", m_csrfToken);
            break;
        }
        for (const auto &[name, value] : call->request.headers)
            request.setRawHeader(name, value);
        request.setTransferTimeout(int(m_policy.transferTimeout.count()));
        QNetworkReply *reply =
            m_network->sendCustomRequest(request, call->request.verb, call->request.body);
        call->reply = reply;
        connect(reply, &QNetworkReply::finished, this,
                [this, call, reply] { finishAttempt(call, reply); });
    });
}

void SiteClient::finishAttempt(const std::shared_ptr<Call> &call, QNetworkReply *reply)
{
    reply->deleteLater();
    if (call->finished)
        return;
    SiteResponse response;
    response.attempts = call->attempts;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->isOpen() ? reply->readAll() : QByteArray();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        response.headers.insert(name.toLower(), value);
    call->last = response;

    const QNetworkReply::NetworkError error = reply->error();
    if (isTlsError(error)) {
        response.tlsError = true;
        response.transportError =
            tr("The site's security certificate could not be checked (%1). LocalGov Author does "
               "not connect to a site it cannot verify; ask your IT team.")
                .arg(reply->errorString());
        return complete(call, response);
    }
    // A reply cut short keeps the status of its headers, so transport errors come first.
    if (error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied) {
        if (isPassingTransportError(error))
            return retryLater(call, transportReason(error), {});
        response.transportError = transportReason(error);
        return complete(call, response);
    }
    if (response.status == 0) {
        return retryLater(call, tr("The site's answer was not complete."), {});
    }
    const int status = response.status;
    if (status == 429 || status == 500 || status == 502 || status == 503 || status == 504) {
        const QString reason = status == 503 ? tr("The site is busy or down for maintenance.")
                                             : tr("The site had a problem (HTTP %1).").arg(status);
        return retryLater(call, reason, retryAfter(response.headers.value("retry-after")));
    }
    if (!call->reauthenticated) {
        const bool expiredToken = status == 401 && m_credentials.method == AuthMethod::OAuth2 &&
                                  !m_credentials.refreshToken.isEmpty();
        const bool expiredSession =
            m_credentials.method == AuthMethod::Cookie &&
            (status == 401 || (status == 403 && response.body.contains("X-CSRF-Token")));
        if (expiredToken || expiredSession) {
            call->reauthenticated = true;
            --call->attempts;
            auto renew = [this, call](const QString &renewError) {
                if (call->finished)
                    return;
                if (!renewError.isEmpty()) {
                    SiteResponse failed = call->last;
                    failed.transportError = renewError;
                    return complete(call, failed);
                }
                attempt(call);
            };
            // Another request may have renewed already while this one was out.
            if (call->authGeneration != m_authGeneration)
                return renew({});
            if (expiredSession)
                m_loggedIn = false;
            else
                m_credentials.accessTokenExpires = QDateTime::currentDateTimeUtc();
            return renewThen(renew);
        }
    }
    if (call->request.expectJson && status >= 200 && status < 300 && !response.body.isEmpty()) {
        QJsonParseError parseError;
        response.json = QJsonDocument::fromJson(response.body, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return retryLater(call, tr("The site's answer could not be read."), {});
    } else if (!response.body.isEmpty()) {
        response.json = QJsonDocument::fromJson(response.body);
    }
    complete(call, response);
}

void SiteClient::retryLater(const std::shared_ptr<Call> &call, const QString &reason,
                            std::chrono::milliseconds wait)
{
    if (call->attempts >= m_policy.maxAttempts) {
        SiteResponse response = call->last;
        response.attempts = call->attempts;
        response.transportError =
            tr("%1 LocalGov Author tried %n time(s); try again later.", nullptr, call->attempts)
                .arg(reason);
        return complete(call, response);
    }
    if (wait > m_policy.maxRetryAfter) {
        SiteResponse response = call->last;
        response.transportError =
            tr("%1 The site asked to wait %n second(s) before trying again.", nullptr,
               int(std::chrono::duration_cast<std::chrono::seconds>(wait).count()))
                .arg(reason);
        return complete(call, response);
    }
    if (wait.count() == 0) {
        // Exponential backoff with jitter, so clients that failed together do not return
        // together.
        const qint64 ceiling =
            std::min<qint64>(m_policy.maxDelay.count(),
                             m_policy.firstDelay.count() * (qint64(1) << (call->attempts - 1)));
        wait = std::chrono::milliseconds(ceiling / 2 +
                                         QRandomGenerator::global()->bounded(ceiling / 2 + 1));
    }
    emit retrying(reason, call->attempts, int(wait.count()));
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    call->timer = timer;
    connect(timer, &QTimer::timeout, this, [this, call, timer] {
        timer->deleteLater();
        if (!call->finished)
            attempt(call);
    });
    timer->start(wait);
}

void SiteClient::complete(const std::shared_ptr<Call> &call, SiteResponse response)
{
    if (call->finished)
        return;
    call->finished = true;
    m_calls.removeOne(call);
    response.attempts = std::max(response.attempts, call->attempts);
    if (call->done)
        call->done(response);
}

void SiteClient::refreshToken(std::function<void(const QString &)> next)
{
    QNetworkRequest request(url(QStringLiteral("/oauth/token")));
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setTransferTimeout(int(m_policy.transferTimeout.count()));
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"refresh_token"_s);
    form.addQueryItem(u"refresh_token"_s, m_credentials.refreshToken);
    form.addQueryItem(u"client_id"_s, m_credentials.clientId);
    QNetworkReply *reply = m_network->post(request, form.toString(QUrl::FullyEncoded).toLatin1());
    ++m_requestsSent;
    connect(reply, &QNetworkReply::finished, this, [this, reply, next = std::move(next)] {
        reply->deleteLater();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        const QString token = answer.value(u"access_token"_s).toString();
        if (reply->error() != QNetworkReply::NoError || token.isEmpty()) {
            return next(tr("Your sign-in to the site has expired. Connect to the site again to "
                           "sign in."));
        }
        m_credentials.accessToken = token;
        const QString refresh = answer.value(u"refresh_token"_s).toString();
        if (!refresh.isEmpty())
            m_credentials.refreshToken = refresh;
        const int expiresIn = answer.value(u"expires_in"_s).toInt(300);
        m_credentials.accessTokenExpires = QDateTime::currentDateTimeUtc().addSecs(expiresIn);
        emit credentialsChanged(m_credentials);
        next({});
    });
}

void SiteClient::logIn(std::function<void(const QString &)> next)
{
    QNetworkRequest request(url(QStringLiteral("/user/login?_format=json")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(int(m_policy.transferTimeout.count()));
    const QByteArray body = QJsonDocument(QJsonObject{{u"name"_s, m_credentials.userName},
                                                      {u"pass"_s, m_credentials.password}})
                                .toJson(QJsonDocument::Compact);
    // A session from an earlier login would make the site refuse a new one.
    m_network->setCookieJar(new QNetworkCookieJar(m_network));
    QNetworkReply *reply = m_network->post(request, body);
    ++m_requestsSent;
    connect(reply, &QNetworkReply::finished, this, [this, reply, next = std::move(next)] {
        reply->deleteLater();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (isTlsError(reply->error())) {
            return next(tr("The site's security certificate could not be checked (%1). "
                           "LocalGov Author does not connect to a site it cannot verify; ask "
                           "your IT team.")
                            .arg(reply->errorString()));
        }
        if (status == 0)
            return next(transportReason(reply->error()));
        if (status != 200) {
            return next(tr("The site did not accept the user name or password. Check them "
                           "before trying again: after five failed tries the site locks the "
                           "account for some hours."));
        }
        m_csrfToken = answer.value(u"csrf_token"_s).toString().toLatin1();
        m_loggedIn = true;
        next({});
    });
}

} // namespace lga::sync
