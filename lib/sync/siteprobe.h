// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "credentials.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QNetworkAccessManager;
class QNetworkRequest;

namespace lga::sync {

/// What SiteProbe found out about a site and the person connecting to it.
struct ProbeResult
{
    bool ok = false;
    QString error;     ///< Plain words when !ok.
    QString userName;  ///< As the site names the user.
    QString userId;    ///< The user's UUID.
    QStringList roles; ///< Role machine names, e.g. "localgov_editor".
    bool writable = false;
    QString notice; ///< Set when the site is read-only: what to ask its administrators.
    QStringList
        bundles; ///< Node content types the entry point lists, e.g. "localgov_services_page".
    QByteArray csrfToken; ///< Cookie: the session's X-CSRF-Token for writes.

    /// The roles in plain words ("Editor"), unknown ones as their machine names.
    QStringList roleLabels() const;
};

/// Checks a site on connect (localgov.md §7): JSON:API is on, who the credentials belong to and
/// their roles, whether writes are allowed, and which node content types there are. For Cookie
/// it first logs in and keeps the session cookie (in the network manager's jar) and CSRF token.
/// Every request is made once: a wrong Basic password is never retried, since Drupal locks an
/// account after five failures. TLS errors end the probe; they are never ignored.
class SiteProbe : public QObject
{
    Q_OBJECT
public:
    explicit SiteProbe(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~SiteProbe() override;

    void start(const Credentials &credentials);
    /// Stops the probe; finished() is not emitted.
    void cancel();
    bool isRunning() const { return m_reply != nullptr; }

    /// Adds the credentials' Authorization header (Basic, Bearer) and, for Cookie writes, the
    /// CSRF token.
    static void authorize(QNetworkRequest &request, const Credentials &credentials,
                          const QByteArray &csrfToken = {});

Q_SIGNALS:
    void finished(const lga::sync::ProbeResult &result);

private:
    enum class Step
    {
        Login,
        EntryPoint,
        Me,
        Write,
    };
    void send(Step step, const QUrl &url, const QByteArray &verb = QByteArrayLiteral("GET"),
              const QByteArray &body = {}, const QByteArray &contentType = {});
    void onFinished(QNetworkReply *reply);
    void afterLogin(int status, const QByteArray &body);
    void afterEntryPoint(int status, const QByteArray &body);
    void afterMe(int status, const QByteArray &body);
    void afterWrite(int status);
    void fail(const QString &message);
    QUrl siteUrl(const QString &path) const;

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    Step m_step = Step::EntryPoint;
    Credentials m_credentials;
    ProbeResult m_result;
    QStringList m_sslErrors;
};

} // namespace lga::sync
