// SPDX-License-Identifier: GPL-2.0-or-later
#include "updatechecker.h"

#include <core/settingsresolver.h>
#include <core/version.h>

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QVersionNumber>

namespace lga::sync {

namespace {

// The feed and the page it points to must come over https, except from this computer.
bool trusted(const QUrl &url)
{
    if (url.scheme() == u"https")
        return !url.host().isEmpty();
    const QHostAddress host(url.host());
    return url.scheme() == u"http" &&
           (url.host() == u"localhost" || (!host.isNull() && host.isLoopback()));
}

} // namespace

UpdateChecker::UpdateChecker(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_currentVersion(QLatin1StringView(core::kVersion))
{}

QUrl UpdateChecker::defaultFeedUrl()
{
    return QUrl(QStringLiteral("https://www.localgovdrupal.org/localgov-author/latest.json"));
}

bool UpdateChecker::isNewer(const QString &candidate, const QString &current)
{
    const QVersionNumber theirs = QVersionNumber::fromString(candidate);
    return !theirs.isNull() && theirs > QVersionNumber::fromString(current);
}

QUrl UpdateChecker::feedUrl() const
{
    const QString configured =
        core::SettingsResolver().value(QStringLiteral("Updates/FeedUrl")).toString().trimmed();
    return configured.isEmpty() ? defaultFeedUrl() : QUrl(configured);
}

bool UpdateChecker::check()
{
    if (core::SettingsResolver().updateCheckDisabled())
        return false;
    if (m_reply)
        return true;
    const QUrl url = feedUrl();
    if (!trusted(url)) {
        emit finished(false,
                      tr("The update feed %1 is not an https address.").arg(url.toDisplayString()));
        return true;
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(15000);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("LocalGovAuthor/%1").arg(m_currentVersion));
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::finished, this,
            [this, reply = m_reply.data()] { onFinished(reply); });
    return true;
}

void UpdateChecker::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply->error() != QNetworkReply::NoError) {
        emit finished(false, reply->errorString());
        return;
    }
    const QJsonObject feed = QJsonDocument::fromJson(reply->readAll()).object();
    const QString version = feed.value(u"version").toString().trimmed();
    const QUrl url(feed.value(u"url").toString());
    if (QVersionNumber::fromString(version).isNull()) {
        emit finished(false, tr("The update feed does not name a version."));
        return;
    }
    if (isNewer(version, m_currentVersion)) {
        emit updateAvailable(version, trusted(url) ? url : QUrl(), feed.value(u"notes").toString(),
                             tr("LocalGov Author %1 is available").arg(version));
    }
    emit finished(true, QString());
}

} // namespace lga::sync
