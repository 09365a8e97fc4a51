// SPDX-License-Identifier: GPL-2.0-or-later
#include <store/schema.h>

#include <store/storelog.h>
#include <store/transaction.h>

#include <QSqlQuery>

namespace lga::store::schema {

const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        // 0 -> 1: pages. Times are milliseconds since the epoch, UTC; uuids are lower-case
        // without braces, as JSON:API writes them.
        {
            QStringLiteral(
                "CREATE TABLE pages ("
                " uuid TEXT PRIMARY KEY NOT NULL CHECK (length(uuid) = 36 AND uuid = lower(uuid)),"
                " bundle TEXT NOT NULL,"
                " title TEXT NOT NULL DEFAULT '',"
                " summary TEXT NOT NULL DEFAULT '',"
                " body TEXT NOT NULL DEFAULT '',"
                " format TEXT NOT NULL DEFAULT 'markdown' CHECK (format IN ('markdown', 'html')),"
                " state TEXT NOT NULL DEFAULT 'draft'"
                "  CHECK (state IN ('draft', 'review', 'published', 'archived')),"
                " created INTEGER NOT NULL,"
                " updated INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX pages_updated ON pages (updated)"),
        },
    };
    return steps;
}

int latestVersion()
{
    return int(migrations().size());
}

int userVersion(const QSqlDatabase &db, QSqlError *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        if (error)
            *error = query.lastError();
        return -1;
    }
    return query.value(0).toInt();
}

bool migrate(const QSqlDatabase &db, QSqlError *error)
{
    int version = userVersion(db, error);
    if (version < 0)
        return false;
    const QList<QStringList> &steps = migrations();
    for (; version < int(steps.size()); ++version) {
        Transaction transaction(db);
        if (!transaction.begin()) {
            if (error)
                *error = transaction.error();
            return false;
        }
        QSqlQuery query(db);
        for (const QString &statement : steps.at(version)) {
            if (!query.exec(statement)) {
                qCWarning(lcStore) << "migration to version" << version + 1
                                   << "failed:" << query.lastError().text();
                if (error)
                    *error = query.lastError();
                return false;
            }
        }
        // PRAGMA takes no bound parameters; the number comes from this loop, not from input.
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1))) {
            if (error)
                *error = query.lastError();
            return false;
        }
        query.finish();
        if (!transaction.commit()) {
            if (error)
                *error = transaction.error();
            return false;
        }
        qCInfo(lcStore) << "store schema migrated to version" << version + 1;
    }
    return true;
}

} // namespace lga::store::schema
