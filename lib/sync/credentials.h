// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

#include <optional>

namespace lga::sync {

/// How the app proves who the author is to the site (localgov.md §5).
enum class AuthMethod
{
    OAuth2, ///< simple_oauth: authorization code with PKCE, then refresh tokens (Bearer).
    Basic,  ///< core basic_auth: name and password on every request.
    Cookie, ///< core session login, with an X-CSRF-Token on writes.
};

QString toMachineName(AuthMethod method);
std::optional<AuthMethod> authMethodFromMachineName(const QString &name);

/// What the app needs to talk to one site as one person. The secrets live only in memory and in
/// the OS keychain (CredentialStore); nothing here is ever written to SQLite or QSettings.
struct Credentials
{
    QUrl site; ///< The site's root, e.g. https://www.example.gov.uk (JSON:API is under /jsonapi).
    AuthMethod method = AuthMethod::OAuth2;
    QString userName;     ///< Basic and Cookie; for OAuth2 the name the site reported, if any.
    QString password;     ///< Basic and Cookie.
    QString clientId;     ///< OAuth2 consumer id.
    QString accessToken;  ///< OAuth2.
    QString refreshToken; ///< OAuth2.
    QDateTime accessTokenExpires; ///< OAuth2, UTC.

    bool operator==(const Credentials &) const = default;
};

} // namespace lga::sync
