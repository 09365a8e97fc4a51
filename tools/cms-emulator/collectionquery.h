// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>
#include <QVariant>

#include <optional>

namespace lga::emulator {

// The query parameters of a JSON:API collection request (paging, filter, sort, sparse
// fieldsets), parsed and checked the way Drupal core's jsonapi module does.
class CollectionQuery
{
public:
    static constexpr int maxLimit = 50;

    struct Condition
    {
        QString column; // A nodes-table column, never user text.
        QString sqlOperator;
        QVariant value;
    };
    struct SortKey
    {
        QString column;
        bool descending = false;
    };

    // Returns false and sets `error` to Drupal's 400 detail when a parameter is not acceptable.
    bool parse(const QUrlQuery &query, const QString &resourceType, QString *error);

    int offset() const { return m_offset; }
    int limit() const { return m_limit; }
    const QList<Condition> &conditions() const { return m_conditions; }
    const QList<SortKey> &sortKeys() const { return m_sort; }
    // The public field names asked for in `fields[<type>]`, or nothing for all fields.
    const std::optional<QStringList> &fields() const { return m_fields; }

private:
    bool addCondition(const QString &path, const QString &op, const QString &value, QString *error);

    int m_offset = 0;
    int m_limit = maxLimit;
    QList<Condition> m_conditions;
    QList<SortKey> m_sort;
    std::optional<QStringList> m_fields;
};

} // namespace lga::emulator
