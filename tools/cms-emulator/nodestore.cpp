// SPDX-License-Identifier: GPL-2.0-or-later
#include <cms-emulator/nodestore.h>

#include <QAtomicInteger>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace lga::emulator {

namespace {

const QString columns = QStringLiteral(
    "uuid, nid, vid, bundle, title, status, moderation_state, created, changed, body_value, "
    "body_format, body_summary, fields, refs");

Node nodeFrom(const QSqlQuery &q)
{
    Node n;
    n.uuid = q.value(0).toString();
    n.nid = q.value(1).toLongLong();
    n.vid = q.value(2).toLongLong();
    n.bundle = q.value(3).toString();
    n.title = q.value(4).toString();
    n.status = q.value(5).toInt() != 0;
    n.moderationState = q.value(6).toString();
    n.created = q.value(7).toLongLong();
    n.changed = q.value(8).toLongLong();
    n.bodyValue = q.value(9).toString();
    n.bodyFormat = q.value(10).toString();
    n.bodySummary = q.value(11).toString();
    n.fields = QJsonDocument::fromJson(q.value(12).toByteArray()).object();
    n.references = QJsonDocument::fromJson(q.value(13).toByteArray()).object();
    return n;
}

} // namespace

NodeStore::NodeStore(const QString &path)
    : m_path(path)
{
    static QAtomicInteger<int> counter;
    m_connectionName = QStringLiteral("lga-cms-emulator-%1").arg(counter.fetchAndAddRelaxed(1));
}

NodeStore::~NodeStore()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool NodeStore::open(QString *error)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    if (!m_db.open()) {
        *error = m_db.lastError().text();
        return false;
    }
    QSqlQuery q(m_db);
    const QStringList schema{
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS nodes ("
                       " nid INTEGER PRIMARY KEY,"
                       " uuid TEXT NOT NULL UNIQUE,"
                       " vid INTEGER NOT NULL,"
                       " bundle TEXT NOT NULL,"
                       " title TEXT NOT NULL,"
                       " status INTEGER NOT NULL,"
                       " moderation_state TEXT NOT NULL,"
                       " created INTEGER NOT NULL,"
                       " changed INTEGER NOT NULL,"
                       " body_value TEXT NOT NULL,"
                       " body_format TEXT NOT NULL,"
                       " body_summary TEXT NOT NULL,"
                       " fields TEXT NOT NULL,"
                       " refs TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS nodes_bundle_changed ON nodes (bundle, changed)"),
    };
    for (const QString &statement : schema) {
        if (!q.exec(statement)) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

qint64 NodeStore::count() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM nodes")) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

bool NodeStore::insert(const QList<Node> &nodes, QString *error)
{
    m_db.transaction();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO nodes (") + columns +
              QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const Node &n : nodes) {
        const QList<QVariant> values{n.uuid,
                                     n.nid,
                                     n.vid,
                                     n.bundle,
                                     n.title,
                                     n.status ? 1 : 0,
                                     n.moderationState,
                                     n.created,
                                     n.changed,
                                     n.bodyValue,
                                     n.bodyFormat,
                                     n.bodySummary,
                                     QJsonDocument(n.fields).toJson(QJsonDocument::Compact),
                                     QJsonDocument(n.references).toJson(QJsonDocument::Compact)};
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values[i]);
        if (!q.exec()) {
            *error = q.lastError().text();
            m_db.rollback();
            return false;
        }
    }
    return m_db.commit();
}

std::optional<Node> NodeStore::find(const QString &bundle, const QString &uuid) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + columns +
              QStringLiteral(" FROM nodes WHERE bundle = ? AND uuid = ?"));
    q.addBindValue(bundle);
    q.addBindValue(uuid);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return nodeFrom(q);
}

QList<Node> NodeStore::list(const QString &bundle, const CollectionQuery &query) const
{
    // Column names and operators come from CollectionQuery's fixed tables; values are bound.
    QString sql =
        QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM nodes WHERE bundle = ?");
    for (const auto &c : query.conditions())
        sql += QStringLiteral(" AND ") + c.column + u' ' + c.sqlOperator + QStringLiteral(" ?");
    QStringList order;
    for (const auto &s : query.sortKeys())
        order << s.column + (s.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC"));
    // The nid breaks ties so that paging never repeats or skips a node.
    order << QStringLiteral("nid ASC");
    sql += QStringLiteral(" ORDER BY ") + order.join(QStringLiteral(", ")) +
           QStringLiteral(" LIMIT ? OFFSET ?");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(bundle);
    for (const auto &c : query.conditions())
        q.addBindValue(c.value);
    q.addBindValue(query.limit() + 1);
    q.addBindValue(query.offset());
    QList<Node> nodes;
    if (!q.exec())
        return nodes;
    while (q.next())
        nodes.append(nodeFrom(q));
    return nodes;
}

} // namespace lga::emulator
