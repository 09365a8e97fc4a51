// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "credentials.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <functional>

class QNetworkAccessManager;

namespace lga::sync {

/// One HTTP request to the site.
struct SiteRequest
{
    QByteArray verb = QByteArrayLiteral("GET");
    /// Absolute, or relative to the site's root (`/jsonapi/node/…`).
    QUrl url;
    QByteArray body;
    /// Defaults to `application/vnd.api+json` when there is a body.
    QByteArray contentType;
    /// The answer must be JSON: one that is not (a proxy's error page, a truncated body) is
    /// treated as a passing fault and retried.
    bool expectJson = true;
    /// Further headers, e.g. the Content-Disposition of a file upload.
    QList<QPair<QByteArray, QByteArray>> headers = {};
};

/// What came back, after any retries.
struct SiteResponse
{
    int status = 0; ///< HTTP status; 0 when no answer arrived.
    QByteArray body;
    QJsonDocument json;
    QHash<QByteArray, QByteArray> headers; ///< Lower-case names.
    /// Empty when an answer arrived (whatever its status); otherwise why not, in plain words.
    QString transportError;
    /// A TLS problem: never ignored, never retried.
    bool tlsError = false;
    bool canceled = false;
    int attempts = 0;

    bool isSuccess() const { return transportError.isEmpty() && status >= 200 && status < 300; }
};

/// Timeouts, retries and backoff of a SiteClient.
struct RetryPolicy
{
    int maxAttempts = 5;
    std::chrono::milliseconds firstDelay{300};
    std::chrono::milliseconds maxDelay{10000};
    /// The longest `Retry-After` honoured; a site asking for longer is reported instead.
    std::chrono::milliseconds maxRetryAfter{60000};
    /// No byte for this long ends the attempt (and counts as a passing fault).
    std::chrono::milliseconds transferTimeout{30000};
};

/// Talks HTTP to one LocalGov site as one person: adds the credentials (Basic, Bearer or a
/// session cookie with its CSRF token), retries passing faults (5xx, 429, timeouts, dropped
/// connections, broken JSON) with exponential backoff and jitter, honours `Retry-After`, and
/// renews an expired OAuth2 access token once with the refresh token. A wrong password is
/// never retried: Drupal locks the account after five failures. TLS errors end the request.
///
/// Every send() calls its callback exactly once, on the client's thread, unless the client is
/// destroyed first.
class SiteClient : public QObject
{
    Q_OBJECT

public:
    explicit SiteClient(const Credentials &credentials, QObject *parent = nullptr);
    ~SiteClient() override;

    const Credentials &credentials() const { return m_credentials; }
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const RetryPolicy &retryPolicy() const { return m_policy; }

    /// The site's root with \a path appended (`/jsonapi`, `/jsonapi/node/x`).
    QUrl url(const QString &path) const;

    using Callback = std::function<void(const SiteResponse &)>;
    void send(const SiteRequest &request, Callback done);
    /// Ends every request in flight or waiting to be retried; their callbacks get `canceled`.
    void cancelAll();
    int requestsSent() const { return m_requestsSent; }

signals:
    /// A passing fault: the request is sent again after \a delayMs.
    void retrying(const QString &reason, int attempt, int delayMs);
    /// New OAuth2 tokens (after a refresh), to be saved in the keychain.
    void credentialsChanged(const lga::sync::Credentials &credentials);

private:
    struct Call;
    void attempt(const std::shared_ptr<Call> &call);
    void finishAttempt(const std::shared_ptr<Call> &call, QNetworkReply *reply);
    void retryLater(const std::shared_ptr<Call> &call, const QString &reason,
                    std::chrono::milliseconds retryAfter);
    void complete(const std::shared_ptr<Call> &call, SiteResponse response);
    void authenticateThen(std::function<void(const QString &error)> next);
    void renewThen(std::function<void(const QString &error)> next);
    void refreshToken(std::function<void(const QString &error)> next);
    void logIn(std::function<void(const QString &error)> next);
    bool tokenExpired() const;

    Credentials m_credentials;
    RetryPolicy m_policy;
    QNetworkAccessManager *m_network = nullptr;
    QByteArray m_csrfToken;
    bool m_loggedIn = false;
    int m_requestsSent = 0;
    int m_authGeneration = 0;
    QList<std::shared_ptr<Call>> m_calls;
    QList<std::function<void(const QString &)>> m_renewWaiters;
};

} // namespace lga::sync
