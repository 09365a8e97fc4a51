// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <cms-emulator/accountstore.h>
#include <cms-emulator/reply.h>

#include <QHash>
#include <QHttpServerRequest>

#include <optional>

namespace lga::emulator {

// simple_oauth's authorization server for one public client, `localgov-author`: the
// authorization-code grant with PKCE (S256) and rotating refresh tokens. Tokens live in memory.
class OAuthServer
{
public:
    static constexpr qint64 codeLifetime = 300;
    static constexpr qint64 refreshLifetime = 1209600;

    OAuthServer(const AccountStore &accounts, int accessTokenLifetime);

    // Answers /oauth/authorize (GET serves the login form, POST signs in and redirects) and
    // /oauth/token; nothing for other paths.
    std::optional<Reply> handle(const QHttpServerRequest &request);
    // The uid behind a valid, unexpired access token.
    std::optional<qint64> uidForAccessToken(const QByteArray &token) const;
    // Makes every access token issued so far expired, so clients must refresh.
    void expireAccessTokens();

private:
    struct Code
    {
        qint64 uid = 0;
        QString redirectUri;
        QString challenge;
        qint64 expires = 0;
    };
    struct Grant
    {
        qint64 uid = 0;
        qint64 expires = 0;
    };

    Reply authorizeForm(const QUrlQuery &params, const QString &problem) const;
    Reply authorize(const QUrlQuery &params);
    Reply token(const QUrlQuery &params);
    Reply issue(qint64 uid);

    const AccountStore &m_accounts;
    int m_accessLifetime;
    QHash<QString, Code> m_codes;
    QHash<QByteArray, Grant> m_accessTokens;
    QHash<QString, Grant> m_refreshTokens;
};

} // namespace lga::emulator
