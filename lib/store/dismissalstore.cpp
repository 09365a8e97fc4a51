// SPDX-License-Identifier: GPL-2.0-or-later
#include <store/dismissalstore.h>

#include <store/pagestore.h>
#include <store/sqlvalues.h>

#include <QSqlQuery>

namespace lga::store {

DismissalStore::DismissalStore(PageStore &store)
    : StoreAccess(store)
{}

bool DismissalStore::dismiss(const QUuid &page, const QString &ruleId, const QString &anchor,
                             const QString &reason)
{
    if (!checkOpen())
        return false;
    if (page.isNull() || ruleId.isEmpty())
        return fail(StoreError::Invalid, tr("Only a finding on a saved page can be dismissed."));
    QSqlQuery query(m_store.database());
    query.prepare(
        QStringLiteral("INSERT INTO dismissals (page_uuid, rule_id, anchor, reason, created)"
                       " VALUES (:page, :rule, :anchor, :reason, :created)"
                       " ON CONFLICT (page_uuid, rule_id, anchor)"
                       " DO UPDATE SET reason = excluded.reason, created = excluded.created"));
    query.bindValue(QStringLiteral(":page"), uuidKey(page));
    query.bindValue(QStringLiteral(":rule"), ruleId);
    query.bindValue(QStringLiteral(":anchor"), nonNullText(anchor));
    query.bindValue(QStringLiteral(":reason"), nonNullText(reason.trimmed()));
    query.bindValue(QStringLiteral(":created"), now().toMSecsSinceEpoch());
    if (!query.exec())
        return failSql(query.lastError());
    m_error = {};
    return true;
}

bool DismissalStore::restore(const QUuid &page, const QString &ruleId, const QString &anchor)
{
    if (!checkOpen())
        return false;
    QSqlQuery query(m_store.database());
    query.prepare(
        QStringLiteral("DELETE FROM dismissals"
                       " WHERE page_uuid = :page AND rule_id = :rule AND anchor = :anchor"));
    query.bindValue(QStringLiteral(":page"), uuidKey(page));
    query.bindValue(QStringLiteral(":rule"), ruleId);
    query.bindValue(QStringLiteral(":anchor"), nonNullText(anchor));
    if (!query.exec())
        return failSql(query.lastError());
    m_error = {};
    return true;
}

QList<Dismissal> DismissalStore::list(const QUuid &page) const
{
    if (!checkOpen())
        return {};
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT rule_id, anchor, reason, created FROM dismissals"
                                 " WHERE page_uuid = :page ORDER BY created, id"));
    query.bindValue(QStringLiteral(":page"), uuidKey(page));
    if (!query.exec()) {
        failSql(query.lastError());
        return {};
    }
    QList<Dismissal> result;
    while (query.next()) {
        result.append({page, query.value(0).toString(), query.value(1).toString(),
                       query.value(2).toString(), fromMsecs(query.value(3).toLongLong())});
    }
    if (query.lastError().isValid()) {
        failSql(query.lastError());
        return {};
    }
    m_error = {};
    return result;
}

bool DismissalStore::failSql(const QSqlError &error) const
{
    // The only constraint a valid dismissal can break is the page's foreign key.
    return StoreAccess::failSql(error, tr("The page is no longer in the store."));
}

} // namespace lga::store
