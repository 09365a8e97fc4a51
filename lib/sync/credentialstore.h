// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "credentials.h"

#include <QObject>
#include <QString>

#include <functional>

namespace lga::sync {

/// Keeps the secret parts of Credentials (the password; the OAuth2 access and refresh tokens and
/// the token's expiry) in the OS keychain under the service "LocalGov Author", one entry per site
/// and user. The non-secret parts (site, method, user name, client id) are the caller's to keep.
/// When the computer has no keychain the secrets are kept in this process's memory instead and
/// every result says so.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    enum class Status
    {
        Ok,         ///< Done in the keychain.
        NotFound,   ///< load: there is no entry for this site and user (remove of none is Ok).
        MemoryOnly, ///< No keychain (or it refused): done in memory only; message explains.
        Failed,     ///< remove: the keychain could not delete the entry; message explains.
    };

    struct Result
    {
        Status status = Status::Failed;
        QString message;         ///< Plain words for the author; empty when Ok.
        Credentials credentials; ///< load: the given credentials with the secrets filled in.

        bool succeeded() const { return status == Status::Ok || status == Status::MemoryOnly; }
    };
    using Callback = std::function<void(const Result &)>;

    explicit CredentialStore(QObject *parent = nullptr);

    /// The keychain service name every entry is filed under.
    static QString serviceName();
    /// The entry's key: the site's root URL and the user name (or, for OAuth2 before the site
    /// named the user, the client id).
    static QString keyFor(const Credentials &credentials);

    void save(const Credentials &credentials, Callback done);
    /// Fills the secrets of `credentials` (site, method and user name set) from the keychain.
    void load(const Credentials &credentials, Callback done);
    void remove(const Credentials &credentials, Callback done);

    /// The same, waiting in a local event loop (for the command line).
    Result saveNow(const Credentials &credentials);
    Result loadNow(const Credentials &credentials);
    Result removeNow(const Credentials &credentials);

private:
    Result waitFor(const std::function<void(Callback)> &start);
};

} // namespace lga::sync
