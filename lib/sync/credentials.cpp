// SPDX-License-Identifier: GPL-2.0-or-later
#include "credentials.h"

namespace lga::sync {

QString toMachineName(AuthMethod method)
{
    switch (method) {
    case AuthMethod::OAuth2:
        return QStringLiteral("oauth2");
    case AuthMethod::Basic:
        return QStringLiteral("basic");
    case AuthMethod::Cookie:
        return QStringLiteral("cookie");
    }
    return {};
}

std::optional<AuthMethod> authMethodFromMachineName(const QString &name)
{
    for (const AuthMethod method : {AuthMethod::OAuth2, AuthMethod::Basic, AuthMethod::Cookie})
        if (toMachineName(method) == name)
            return method;
    return std::nullopt;
}

} // namespace lga::sync
