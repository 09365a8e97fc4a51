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
    "body_format, body_summary, fields, refs, uid, revision_uid");

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
    n.uid = q.value(14).toLongLong();
    n.revisionUid = q.value(15).toLongLong();
    return n;
}

// Forward and older revisions are kept whole as JSON; they are read one at a time.
QByteArray encode(const Node &n)
{
    const QJsonObject o{{QStringLiteral("uuid"), n.uuid},
                        {QStringLiteral("nid"), n.nid},
                        {QStringLiteral("vid"), n.vid},
                        {QStringLiteral("bundle"), n.bundle},
                        {QStringLiteral("title"), n.title},
                        {QStringLiteral("status"), n.status},
                        {QStringLiteral("moderation_state"), n.moderationState},
                        {QStringLiteral("created"), n.created},
                        {QStringLiteral("changed"), n.changed},
                        {QStringLiteral("uid"), n.uid},
                        {QStringLiteral("revision_uid"), n.revisionUid},
                        {QStringLiteral("body_value"), n.bodyValue},
                        {QStringLiteral("body_format"), n.bodyFormat},
                        {QStringLiteral("body_summary"), n.bodySummary},
                        {QStringLiteral("fields"), n.fields},
                        {QStringLiteral("refs"), n.references}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Node decode(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    Node n;
    n.uuid = o.value(u"uuid").toString();
    n.nid = o.value(u"nid").toInteger();
    n.vid = o.value(u"vid").toInteger();
    n.bundle = o.value(u"bundle").toString();
    n.title = o.value(u"title").toString();
    n.status = o.value(u"status").toBool();
    n.moderationState = o.value(u"moderation_state").toString();
    n.created = o.value(u"created").toInteger();
    n.changed = o.value(u"changed").toInteger();
    n.uid = o.value(u"uid").toInteger();
    n.revisionUid = o.value(u"revision_uid").toInteger();
    n.bodyValue = o.value(u"body_value").toString();
    n.bodyFormat = o.value(u"body_format").toString();
    n.bodySummary = o.value(u"body_summary").toString();
    n.fields = o.value(u"fields").toObject();
    n.references = o.value(u"refs").toObject();
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
        // Each save is a few statements; NORMAL keeps WAL safe without a sync for every one.
        QStringLiteral("PRAGMA synchronous = NORMAL"),
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
        QStringLiteral("CREATE TABLE IF NOT EXISTS revisions ("
                       " vid INTEGER PRIMARY KEY,"
                       " uuid TEXT NOT NULL,"
                       " data TEXT NOT NULL)"),
    };
    for (const QString &statement : schema) {
        if (!q.exec(statement)) {
            *error = q.lastError().text();
            return false;
        }
    }
    // Files written by the read-only first version lack owners and working copies.
    QStringList present;
    if (q.exec(QStringLiteral("PRAGMA table_info(nodes)"))) {
        while (q.next())
            present << q.value(1).toString();
    }
    const QList<QPair<QString, QString>> added{
        {QStringLiteral("uid"), QStringLiteral("INTEGER NOT NULL DEFAULT 27")},
        {QStringLiteral("revision_uid"), QStringLiteral("INTEGER NOT NULL DEFAULT 27")},
        {QStringLiteral("working_copy"), QStringLiteral("TEXT")}};
    for (const auto &[column, type] : added) {
        if (!present.contains(column) &&
            !q.exec(QStringLiteral("ALTER TABLE nodes ADD COLUMN ") + column + u' ' + type)) {
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
              QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    // A null QString binds as SQL NULL; the text columns hold empty strings instead.
    auto text = [](const QString &s) {
        return s.isNull() ? QStringLiteral("") : s;
    };
    for (const Node &n : nodes) {
        const QList<QVariant> values{n.uuid,
                                     n.nid,
                                     n.vid,
                                     n.bundle,
                                     text(n.title),
                                     n.status ? 1 : 0,
                                     text(n.moderationState),
                                     n.created,
                                     n.changed,
                                     text(n.bodyValue),
                                     text(n.bodyFormat),
                                     text(n.bodySummary),
                                     QJsonDocument(n.fields).toJson(QJsonDocument::Compact),
                                     QJsonDocument(n.references).toJson(QJsonDocument::Compact),
                                     n.uid,
                                     n.revisionUid};
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

std::optional<Node> NodeStore::findAny(const QString &uuid) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM nodes WHERE uuid = ?"));
    q.addBindValue(uuid);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return nodeFrom(q);
}

QStringList NodeStore::draftUuids(int limit) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT uuid FROM nodes WHERE moderation_state = 'draft' AND "
                             "status = 0 AND working_copy IS NULL ORDER BY nid LIMIT ?"));
    q.addBindValue(limit);
    QStringList uuids;
    if (q.exec()) {
        while (q.next())
            uuids.append(q.value(0).toString());
    }
    return uuids;
}

std::optional<Node> NodeStore::workingCopy(const QString &uuid) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT working_copy FROM nodes WHERE uuid = ?"));
    q.addBindValue(uuid);
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return std::nullopt;
    return decode(q.value(0).toByteArray());
}

std::optional<Node> NodeStore::revision(const QString &uuid, qint64 vid) const
{
    if (const auto current = findAny(uuid); current && current->vid == vid)
        return current;
    if (const auto forward = workingCopy(uuid); forward && forward->vid == vid)
        return forward;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT data FROM revisions WHERE uuid = ? AND vid = ?"));
    q.addBindValue(uuid);
    q.addBindValue(vid);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return decode(q.value(0).toByteArray());
}

bool NodeStore::save(const Node &defaultRevision, const std::optional<Node> &workingCopy,
                     QString *error)
{
    // Not one transaction: insert() makes its own. The server handles one request at a time.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM nodes WHERE uuid = ?"));
    q.addBindValue(defaultRevision.uuid);
    bool ok = q.exec() && insert({defaultRevision}, error);
    if (ok) {
        q.prepare(QStringLiteral("UPDATE nodes SET working_copy = ? WHERE uuid = ?"));
        q.addBindValue(workingCopy ? QVariant(encode(*workingCopy)) : QVariant());
        q.addBindValue(defaultRevision.uuid);
        ok = q.exec();
    }
    for (const std::optional<Node> &n : {std::optional<Node>(defaultRevision), workingCopy}) {
        if (!ok || !n)
            continue;
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO revisions (vid, uuid, data) "
                                 "VALUES (?, ?, ?)"));
        q.addBindValue(n->vid);
        q.addBindValue(n->uuid);
        q.addBindValue(encode(*n));
        ok = q.exec();
    }
    if (!ok) {
        if (error->isEmpty())
            *error = q.lastError().text();
        return false;
    }
    return true;
}

bool NodeStore::remove(const QString &uuid)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM nodes WHERE uuid = ?"));
    q.addBindValue(uuid);
    const bool ok = q.exec() && q.numRowsAffected() > 0;
    q.prepare(QStringLiteral("DELETE FROM revisions WHERE uuid = ?"));
    q.addBindValue(uuid);
    q.exec();
    return ok;
}

qint64 NodeStore::nextNid() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT coalesce(max(nid), 0) FROM nodes")) || !q.next())
        return 1;
    return q.value(0).toLongLong() + 1;
}

qint64 NodeStore::nextVid() const
{
    QSqlQuery q(m_db);
    qint64 highest = 0;
    if (q.exec(QStringLiteral("SELECT coalesce(max(vid), 0) FROM nodes")) && q.next())
        highest = q.value(0).toLongLong();
    if (q.exec(QStringLiteral("SELECT coalesce(max(vid), 0) FROM revisions")) && q.next())
        highest = qMax(highest, q.value(0).toLongLong());
    return highest + 1;
}

QList<Node> NodeStore::list(const QString &bundle, const CollectionQuery &query,
                            std::optional<qint64> publishedOrOwner) const
{
    // Column names and operators come from CollectionQuery's fixed tables; values are bound.
    QString sql =
        QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM nodes WHERE bundle = ?");
    for (const auto &c : query.conditions())
        sql += QStringLiteral(" AND ") + c.column + u' ' + c.sqlOperator + QStringLiteral(" ?");
    if (publishedOrOwner)
        sql += QStringLiteral(" AND (status = 1 OR uid = ?)");
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
    if (publishedOrOwner)
        q.addBindValue(*publishedOrOwner);
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
