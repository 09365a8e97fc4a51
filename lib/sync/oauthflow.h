// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "credentials.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QOAuth2AuthorizationCodeFlow;
class QOAuthOobReplyHandler;

namespace lga::sync {

/// Signs in with the site's simple_oauth (localgov.md §5.3): the authorization code grant with
/// PKCE (S256) for a public client, the browser coming back to a one-off listener on 127.0.0.1,
/// and later refreshes with the refresh token. Qt 6.4 has no PKCE, so the challenge and the
/// verifier are added to its requests here.
class OAuthFlow : public QObject
{
    Q_OBJECT
public:
    /// Shows the site's sign-in page to the author. lib/sync has no GUI, so the app sets the
    /// system browser (QDesktopServices::openUrl); tests play the browser themselves.
    using Browser = std::function<void(const QUrl &authorizeUrl)>;

    explicit OAuthFlow(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~OAuthFlow() override;

    void setBrowser(Browser browser);

    /// Starts a sign-in for `credentials.site` and `credentials.clientId`.
    void signIn(const Credentials &credentials);
    /// Gets a new access token with `credentials.refreshToken`.
    void refresh(const Credentials &credentials);
    /// Stops waiting for the browser or the site; finished() is not emitted.
    void cancel();
    bool isRunning() const { return m_running; }

    /// A PKCE code verifier: 64 random characters from the URL-safe alphabet (RFC 7636 §4.1).
    static QString makeVerifier();
    /// The S256 code challenge for `verifier`: base64url(SHA-256(verifier)) without padding.
    static QString challengeFor(const QString &verifier);

Q_SIGNALS:
    /// `credentials` are the ones given with the access token, refresh token and expiry filled
    /// in when `ok`; otherwise `error` says what went wrong in plain words.
    void finished(bool ok, const lga::sync::Credentials &credentials, const QString &error);

private:
    void setUp(const Credentials &credentials);
    void succeed();
    void fail(const QString &error);
    void tearDown();

    QNetworkAccessManager *m_network;
    Browser m_browser;
    Credentials m_credentials;
    QString m_verifier;
    QPointer<QOAuth2AuthorizationCodeFlow> m_flow;
    QPointer<QOAuthOobReplyHandler> m_handler;
    QMetaObject::Connection m_tokenWatch;
    bool m_running = false;
};

} // namespace lga::sync
