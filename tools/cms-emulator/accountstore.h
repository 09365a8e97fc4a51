// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <cms-emulator/account.h>

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace lga::emulator {

// The site's users, kept in the emulator's SQLite file next to the nodes. A new file gets the
// three fixed accounts every test relies on: editor, author and contributor.
class AccountStore
{
public:
    static constexpr qint64 editorUid = 27;
    static constexpr qint64 authorUid = 28;
    static constexpr qint64 contributorUid = 29;

    bool open(QSqlDatabase db, QString *error);
    const QList<Account> &all() const { return m_accounts; }
    std::optional<Account> byName(const QString &name) const;
    std::optional<Account> byUid(qint64 uid) const;
    std::optional<Account> byUuid(const QString &uuid) const;

private:
    QList<Account> m_accounts;
};

} // namespace lga::emulator
