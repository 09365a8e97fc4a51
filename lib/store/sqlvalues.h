// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>
#include <QVariant>

namespace lga::store {

/// How page fields and dates are written to and read from the store's columns, shared by the
/// classes that keep pages (PageStore) and copies of them (RevisionStore).

/// A uuid as the store's columns hold it: lower case, without braces, as JSON:API writes it.
inline QString uuidKey(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

/// A null QString binds as SQL NULL, which the NOT NULL text columns refuse; empty text is ''.
inline QString nonNullText(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

/// A time column (milliseconds since the epoch) as a UTC date and time.
inline QDateTime fromMsecs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

/// A `fields` column's JSON text as an object; anything but an object reads as no fields.
QJsonObject fieldsFromJson(const QString &json);
/// Compact JSON text for a `fields` column.
QString fieldsToJson(const QJsonObject &fields);
/// A `YYYY-MM-DD` column (or NULL) as a date (or a null date).
QDate dateFromSql(const QVariant &value);
/// A date for a `YYYY-MM-DD` column; a null date binds as SQL NULL.
QVariant dateToSql(const QDate &date);

} // namespace lga::store
