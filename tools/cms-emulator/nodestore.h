// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <cms-emulator/collectionquery.h>
#include <cms-emulator/node.h>

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace lga::emulator {

// The emulator's own SQLite file of nodes; it outlives the server process.
class NodeStore
{
public:
    explicit NodeStore(const QString &path);
    ~NodeStore();
    NodeStore(const NodeStore &) = delete;
    NodeStore &operator=(const NodeStore &) = delete;

    bool open(QString *error);
    qint64 count() const;
    bool insert(const QList<Node> &nodes, QString *error);
    std::optional<Node> find(const QString &bundle, const QString &uuid) const;
    // Up to query.limit() + 1 nodes, so the caller can tell whether a next page exists.
    QList<Node> list(const QString &bundle, const CollectionQuery &query) const;

private:
    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
};

} // namespace lga::emulator
