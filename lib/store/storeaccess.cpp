// SPDX-License-Identifier: GPL-2.0-or-later
#include <store/storeaccess.h>

#include <store/pagestore.h>
#include <store/storelog.h>

#include <QSqlQuery>

namespace lga::store {

StoreAccess::StoreAccess(PageStore &store)
    : m_store(store)
{}

QDateTime StoreAccess::now() const
{
    const qint64 ms = m_clock ? m_clock().toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

bool StoreAccess::checkOpen() const
{
    if (m_store.isOpen())
        return true;
    return fail(StoreError::Io, tr("The store is not open."));
}

bool StoreAccess::fail(StoreError::Kind kind, const QString &message, const QString &detail) const
{
    m_error = StoreError{kind, message, detail};
    if (kind != StoreError::NotFound && kind != StoreError::Invalid)
        qCWarning(lcStore).noquote() << message << detail;
    return false;
}

bool StoreAccess::failSql(const QSqlError &error, const QString &constraintMessage) const
{
    StoreError mapped = m_store.errorFromSql(error);
    if (mapped.kind == StoreError::Invalid && !constraintMessage.isEmpty())
        mapped.message = constraintMessage;
    return fail(mapped.kind, mapped.message, mapped.detail);
}

bool StoreAccess::fetchOne(QSqlQuery &query, const QString &notFound, const QString &key) const
{
    if (!query.exec())
        return failSql(query.lastError(), {});
    if (query.next()) {
        m_error = {};
        return true;
    }
    if (query.lastError().isValid())
        return failSql(query.lastError(), {});
    if (notFound.isEmpty()) {
        m_error = {};
        return false;
    }
    return fail(StoreError::NotFound, notFound, key);
}

} // namespace lga::store
