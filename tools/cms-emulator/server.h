// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <cms-emulator/nodestore.h>
#include <cms-emulator/seeder.h>

#include <QAbstractHttpServer>
#include <QJsonObject>

namespace lga::emulator {

// A read-only LocalGov Drupal JSON:API server over a NodeStore: the entry point, node
// collections and individual nodes, with Drupal's error documents.
class Server : public QAbstractHttpServer
{
    Q_OBJECT
public:
    // Opens (or creates) `dataFile`; an empty store is seeded following `plan`.
    Server(const QString &dataFile, const SeedPlan &plan, QObject *parent = nullptr);

    bool isReady() const { return m_ready; }
    QString errorString() const { return m_error; }
    // Listens on 127.0.0.1; 0 picks a free port. Returns the port, or 0 on failure.
    quint16 listen(quint16 port);

    // The node bundles exposed as resource types.
    static const QStringList &bundles();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Reply
    {
        int status = 200;
        QJsonObject document;
    };
    Reply route(const QHttpServerRequest &request) const;
    Reply entryPoint(const QString &base) const;
    Reply collection(const QHttpServerRequest &request, const QString &base,
                     const QString &bundle) const;
    Reply individual(const QHttpServerRequest &request, const QString &base, const QString &bundle,
                     const QString &uuid) const;

    NodeStore m_store;
    bool m_ready = false;
    QString m_error;
};

} // namespace lga::emulator
