// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <cms-emulator/accountstore.h>
#include <cms-emulator/authenticator.h>
#include <cms-emulator/faultinjector.h>
#include <cms-emulator/mediaroutes.h>
#include <cms-emulator/mediastore.h>
#include <cms-emulator/nodestore.h>
#include <cms-emulator/oauthserver.h>
#include <cms-emulator/reply.h>
#include <cms-emulator/seeder.h>
#include <cms-emulator/serveroptions.h>

#include <QAbstractHttpServer>
#include <QJsonArray>
#include <QJsonObject>

namespace lga::emulator {

// A LocalGov Drupal JSON:API server over a NodeStore: the entry point, node collections,
// individual nodes and their revisions, users, writes under the localgov_editorial workflow,
// and Basic, cookie and OAuth2 sign-in, with Drupal's error documents.
class Server : public QAbstractHttpServer
{
    Q_OBJECT
public:
    // Opens (or creates) `dataFile`; an empty store is seeded following `plan`.
    Server(const QString &dataFile, const SeedPlan &plan, const ServerOptions &options = {},
           QObject *parent = nullptr);

    bool isReady() const { return m_ready; }
    QString errorString() const { return m_error; }
    // Listens on 127.0.0.1; 0 picks a free port. Returns the port, or 0 on failure.
    quint16 listen(quint16 port);

    // Faults injected into answers (see faultinjector.h); also set over /emulator/faults.
    FaultInjector &faults() { return m_faults; }
    /// Submits up to \a count drafts that were never published for review, each as its owner
    /// (also `POST /emulator/submit-for-review?count=N`). Returns how many moved.
    int submitDraftsForReview(int count);

    // The node bundles exposed as resource types.
    static const QStringList &bundles();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Reply route(const QHttpServerRequest &request);
    void send(const QHttpServerRequest &request, QTcpSocket *socket, const Reply &reply);
    // POST /emulator/expire-tokens and /emulator/nodes/{uuid}/working-copy, for tests.
    std::optional<Reply> admin(const QHttpServerRequest &request);
    Reply write(const QHttpServerRequest &request, const QString &base, const QStringList &segments,
                const Identity &identity);
    Reply entryPoint(const QString &base, const Identity &identity) const;
    Reply collection(const QHttpServerRequest &request, const QString &base, const QString &bundle,
                     const Identity &identity) const;
    Reply individual(const QHttpServerRequest &request, const QString &base, const QString &bundle,
                     const QString &uuid, const Identity &identity) const;
    Reply user(const QHttpServerRequest &request, const QString &base, const QString &uuid,
               const Identity &identity) const;
    // The `included` member for `include=uid`.
    QJsonArray included(const QHttpServerRequest &request, const QString &base,
                        const QJsonArray &data) const;

    ServerOptions m_options;
    NodeStore m_store;
    MediaStore m_mediaStore;
    MediaRoutes m_media{m_mediaStore};
    AccountStore m_accounts;
    OAuthServer m_oauth;
    Authenticator m_auth;
    FaultInjector m_faults{[this](const QHttpServerRequest &request, QTcpSocket *socket) {
        return handleRequest(request, socket);
    }};
    bool m_ready = false;
    QString m_error;
};

} // namespace lga::emulator
