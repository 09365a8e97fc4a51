// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <cms-emulator/accountstore.h>
#include <cms-emulator/oauthserver.h>
#include <cms-emulator/reply.h>

#include <QHash>
#include <QHttpServerRequest>

#include <optional>

namespace lga::emulator {

// Who sent a request, or why the request must be refused before it is routed.
struct Identity
{
    std::optional<Account> account; // Empty: anonymous.
    QByteArray session;             // The session id when signed in by cookie.
    std::optional<Reply> refusal;
};

// Drupal's authentication providers as a desktop client meets them: basic_auth with flood
// control, cookie sessions with CSRF tokens (user.login.http) and simple_oauth Bearer tokens.
class Authenticator
{
public:
    static constexpr int floodLimit = 5;
    static constexpr qint64 floodWindow = 6 * 3600;

    Authenticator(const AccountStore &accounts, const OAuthServer &oauth);

    Identity identify(const QHttpServerRequest &request);
    // Answers /user/login, /user/logout, /user/login_status and /session/token.
    std::optional<Reply> handle(const QHttpServerRequest &request, const Identity &identity);
    // The 403 for an unsafe request by session cookie without the right X-CSRF-Token.
    std::optional<Reply> checkCsrf(const QHttpServerRequest &request,
                                   const Identity &identity) const;
    // basic_auth's challenge for a request that needs a user but has none.
    static Reply challenge(const QString &via);

private:
    struct Session
    {
        qint64 uid = 0;
        QByteArray csrfToken;
        QByteArray logoutToken;
    };

    bool blocked(const QString &name);
    void registerFailure(const QString &name);
    Reply login(const QHttpServerRequest &request);

    const AccountStore &m_accounts;
    const OAuthServer &m_oauth;
    QHash<QString, QList<qint64>> m_failures;
    QHash<QByteArray, Session> m_sessions;
};

} // namespace lga::emulator
