// SPDX-License-Identifier: GPL-2.0-or-later
#include "siteprobe.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>

namespace lga::sync {

namespace {

const QByteArray jsonApiType = QByteArrayLiteral("application/vnd.api+json");
constexpr int timeoutMs = 30000;

QString notAcceptedMessage()
{
    return QCoreApplication::translate("lga::sync::SiteProbe",
                                       "The user name or password was not accepted.");
}

// The server's own words from a Drupal error or login response, if it gave any.
QString serverMessage(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    if (object.contains(QStringLiteral("message")))
        return object.value(QStringLiteral("message")).toString();
    const QJsonArray errors = object.value(QStringLiteral("errors")).toArray();
    if (!errors.isEmpty())
        return errors.first().toObject().value(QStringLiteral("detail")).toString();
    return {};
}

} // namespace

QStringList ProbeResult::roleLabels() const
{
    static const struct
    {
        const char *machineName;
        const char *label;
    } known[] = {
        {"localgov_editor", QT_TRANSLATE_NOOP("lga::sync::SiteProbe", "Editor")},
        {"localgov_author", QT_TRANSLATE_NOOP("lga::sync::SiteProbe", "Author")},
        {"localgov_contributor", QT_TRANSLATE_NOOP("lga::sync::SiteProbe", "Contributor")},
        {"administrator", QT_TRANSLATE_NOOP("lga::sync::SiteProbe", "Administrator")},
        {"authenticated", QT_TRANSLATE_NOOP("lga::sync::SiteProbe", "Authenticated user")},
    };
    QStringList labels;
    for (const QString &role : roles) {
        QString label = role;
        for (const auto &entry : known)
            if (role == QLatin1StringView(entry.machineName))
                label = QCoreApplication::translate("lga::sync::SiteProbe", entry.label);
        labels << label;
    }
    return labels;
}

SiteProbe::SiteProbe(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

SiteProbe::~SiteProbe()
{
    cancel();
}

void SiteProbe::authorize(QNetworkRequest &request, const Credentials &credentials,
                          const QByteArray &csrfToken)
{
    switch (credentials.method) {
    case AuthMethod::Basic:
        request.setRawHeader(
            "Authorization",
            "Basic " + (credentials.userName + u':' + credentials.password).toUtf8().toBase64());
        break;
    case AuthMethod::OAuth2:
        if (!credentials.accessToken.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + credentials.accessToken.toUtf8());
        break;
    case AuthMethod::Cookie:
        if (!csrfToken.isEmpty())
            request.setRawHeader("X-CSRF-Token", csrfToken);
        break;
    }
}

void SiteProbe::start(const Credentials &credentials)
{
    cancel();
    m_credentials = credentials;
    m_result = {};
    if (credentials.method == AuthMethod::Cookie) {
        const QJsonObject login{{QStringLiteral("name"), credentials.userName},
                                {QStringLiteral("pass"), credentials.password}};
        send(Step::Login, siteUrl(QStringLiteral("/user/login?_format=json")),
             QByteArrayLiteral("POST"), QJsonDocument(login).toJson(QJsonDocument::Compact),
             QByteArrayLiteral("application/json"));
    } else {
        send(Step::EntryPoint, siteUrl(QStringLiteral("/jsonapi")));
    }
}

void SiteProbe::cancel()
{
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

QUrl SiteProbe::siteUrl(const QString &pathAndQuery) const
{
    QString base =
        m_credentials.site
            .adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash)
            .toString();
    return QUrl(base + pathAndQuery);
}

void SiteProbe::send(Step step, const QUrl &url, const QByteArray &verb, const QByteArray &body,
                     const QByteArray &contentType)
{
    m_step = step;
    m_sslErrors.clear();
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    request.setRawHeader("Accept", step == Step::Login ? "application/json" : jsonApiType);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    // The login itself goes without credentials; everything after it carries them.
    if (step != Step::Login)
        authorize(request, m_credentials, verb == "GET" ? QByteArray() : m_result.csrfToken);
    QNetworkReply *reply = m_network->sendCustomRequest(request, verb, body);
    m_reply = reply;
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_sslErrors << error.errorString();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void SiteProbe::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (status == 0) {
        if (!m_sslErrors.isEmpty() || reply->error() == QNetworkReply::SslHandshakeFailedError) {
            const QString details =
                m_sslErrors.isEmpty() ? reply->errorString() : m_sslErrors.join(u' ');
            fail(tr("The site's secure connection could not be trusted: %1").arg(details));
        } else if (reply->error() == QNetworkReply::OperationCanceledError) {
            fail(tr("The site did not answer in time."));
        } else {
            fail(tr("The site could not be reached: %1").arg(reply->errorString()));
        }
        return;
    }
    switch (m_step) {
    case Step::Login:
        afterLogin(status, body);
        break;
    case Step::EntryPoint:
        afterEntryPoint(status, body);
        break;
    case Step::Me:
        afterMe(status, body);
        break;
    case Step::Write:
        afterWrite(status);
        break;
    }
}

void SiteProbe::afterLogin(int status, const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    if (status == 400 || status == 401) {
        fail(notAcceptedMessage());
        return;
    }
    if (status == 404) {
        fail(tr("This site does not offer session login; choose another way to sign in."));
        return;
    }
    if (status != 200 || !object.contains(QStringLiteral("csrf_token"))) {
        const QString said = serverMessage(body);
        fail(said.isEmpty() ? tr("The site refused the login (HTTP %1).").arg(status)
                            : tr("The site refused the login: %1").arg(said));
        return;
    }
    m_result.csrfToken = object.value(QStringLiteral("csrf_token")).toString().toUtf8();
    send(Step::EntryPoint, siteUrl(QStringLiteral("/jsonapi")));
}

void SiteProbe::afterEntryPoint(int status, const QByteArray &body)
{
    const QJsonObject document = QJsonDocument::fromJson(body).object();
    const QJsonObject links = document.value(QStringLiteral("links")).toObject();
    if (status == 403 && !serverMessage(body).isEmpty()) {
        // For example Drupal's flood control after too many failed logins.
        fail(tr("The site refused the connection: %1").arg(serverMessage(body)));
        return;
    }
    if (status == 401 || status == 403) {
        fail(m_credentials.method == AuthMethod::OAuth2
                 ? tr("The site did not accept the sign-in; sign in again.")
                 : notAcceptedMessage());
        return;
    }
    if (status != 200 || !document.contains(QStringLiteral("jsonapi")) || links.isEmpty()) {
        fail(tr("JSON:API is not switched on at this site."));
        return;
    }
    for (auto it = links.constBegin(); it != links.constEnd(); ++it)
        if (it.key().startsWith(u"node--"))
            m_result.bundles << it.key().mid(6);
    m_result.bundles.sort();

    const QJsonObject me = document.value(QStringLiteral("meta"))
                               .toObject()
                               .value(QStringLiteral("links"))
                               .toObject()
                               .value(QStringLiteral("me"))
                               .toObject();
    const QString href = me.value(QStringLiteral("href")).toString();
    if (href.isEmpty()) {
        // Drupal runs a request with a wrong Basic password as anonymous rather than refusing
        // it, so the missing "me" link is the only sign; asking again would count as another
        // failure towards the lockout.
        fail(m_credentials.method == AuthMethod::OAuth2
                 ? tr("The site did not accept the sign-in; sign in again.")
                 : notAcceptedMessage());
        return;
    }
    m_result.userId =
        me.value(QStringLiteral("meta")).toObject().value(QStringLiteral("id")).toString();
    send(Step::Me, QUrl(href));
}

void SiteProbe::afterMe(int status, const QByteArray &body)
{
    if (status != 200) {
        fail(tr("The site would not say who is signed in (HTTP %1).").arg(status));
        return;
    }
    const QJsonObject data =
        QJsonDocument::fromJson(body).object().value(QStringLiteral("data")).toObject();
    const QJsonObject attributes = data.value(QStringLiteral("attributes")).toObject();
    m_result.userName = attributes.value(QStringLiteral("display_name")).toString();
    if (m_result.userName.isEmpty())
        m_result.userName = attributes.value(QStringLiteral("name")).toString();
    if (m_result.userId.isEmpty())
        m_result.userId = data.value(QStringLiteral("id")).toString();
    const QJsonArray roles = data.value(QStringLiteral("relationships"))
                                 .toObject()
                                 .value(QStringLiteral("roles"))
                                 .toObject()
                                 .value(QStringLiteral("data"))
                                 .toArray();
    for (const QJsonValue &role : roles) {
        const QString name = role.toObject()
                                 .value(QStringLiteral("meta"))
                                 .toObject()
                                 .value(QStringLiteral("drupal_internal__target_id"))
                                 .toString();
        if (!name.isEmpty())
            m_result.roles << name;
    }
    if (m_result.bundles.isEmpty()) {
        m_result.ok = true;
        Q_EMIT finished(m_result);
        return;
    }
    // An empty POST is refused before anything is created: 405 on a read-only site, 400
    // "Empty request body." on a writable one.
    const QString bundle = m_result.bundles.contains(u"localgov_services_page")
                               ? QStringLiteral("localgov_services_page")
                               : m_result.bundles.constFirst();
    send(Step::Write, siteUrl(QStringLiteral("/jsonapi/node/") + bundle), QByteArrayLiteral("POST"),
         {}, jsonApiType);
}

void SiteProbe::afterWrite(int status)
{
    m_result.ok = true;
    if (status == 405) {
        m_result.writable = false;
        m_result.notice = tr("The site accepts only reads; ask its administrators to allow "
                             "JSON:API writes at /admin/config/services/jsonapi.");
    } else if (status == 400 || status == 422) {
        m_result.writable = true;
    } else {
        m_result.writable = false;
        m_result.notice =
            tr("The site did not say whether it accepts changes (HTTP %1).").arg(status);
    }
    Q_EMIT finished(m_result);
}

void SiteProbe::fail(const QString &message)
{
    m_result.ok = false;
    m_result.error = message;
    Q_EMIT finished(m_result);
}

} // namespace lga::sync
