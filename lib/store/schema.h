// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>

namespace lga::store::schema {

/// The statements that take a store from `user_version` N to N + 1, at index N.
/// Steps are only ever appended: a released step is never edited, because stores in the field
/// have already run it.
const QList<QStringList> &migrations();

/// The schema version this build writes. A store with a higher `user_version` is refused.
int latestVersion();

/// The store's `PRAGMA user_version`, or -1 when it cannot be read (see \a error).
int userVersion(const QSqlDatabase &db, QSqlError *error);

/// Runs every step from the store's version up to latestVersion(), each in its own transaction
/// that also sets `user_version`, so a failure leaves the store at the last complete step.
bool migrate(const QSqlDatabase &db, QSqlError *error);

} // namespace lga::store::schema
