// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <cms-emulator/collectionquery.h>
#include <cms-emulator/node.h>

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace lga::emulator {

// The emulator's own SQLite file of nodes; it outlives the server process. Each node has its
// default revision, at most one forward (working-copy) revision on top, and older revisions
// kept by revision id.
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
    // The default revision of a node of any bundle.
    std::optional<Node> findAny(const QString &uuid) const;
    /// The uuids of up to \a limit drafts never published and without a working copy, oldest
    /// (lowest nid) first.
    QStringList draftUuids(int limit) const;
    std::optional<Node> workingCopy(const QString &uuid) const;
    std::optional<Node> revision(const QString &uuid, qint64 vid) const;
    // Up to query.limit() + 1 nodes, so the caller can tell whether a next page exists. With
    // `publishedOrOwner`, only published nodes and those owned by that uid (0: published only).
    QList<Node> list(const QString &bundle, const CollectionQuery &query,
                     std::optional<qint64> publishedOrOwner = std::nullopt) const;
    // Stores a node's default revision and its forward revision, if any, replacing both.
    bool save(const Node &defaultRevision, const std::optional<Node> &workingCopy, QString *error);
    bool remove(const QString &uuid);
    qint64 nextNid() const;
    qint64 nextVid() const;
    QSqlDatabase database() const { return m_db; }

private:
    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
};

} // namespace lga::emulator
