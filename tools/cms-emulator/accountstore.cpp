// SPDX-License-Identifier: GPL-2.0-or-later
#include <cms-emulator/accountstore.h>

#include <QSqlError>
#include <QSqlQuery>

namespace lga::emulator {

bool AccountStore::open(QSqlDatabase db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS users ("
                               " uid INTEGER PRIMARY KEY,"
                               " name TEXT NOT NULL UNIQUE,"
                               " pass TEXT NOT NULL,"
                               " role TEXT NOT NULL)"))) {
        *error = q.lastError().text();
        return false;
    }
    const QList<Account> seeded{{editorUid,
                                 {},
                                 QStringLiteral("editor"),
                                 QStringLiteral("editor-pass"),
                                 QStringLiteral("localgov_editor")},
                                {authorUid,
                                 {},
                                 QStringLiteral("author"),
                                 QStringLiteral("author-pass"),
                                 QStringLiteral("localgov_author")},
                                {contributorUid,
                                 {},
                                 QStringLiteral("contributor"),
                                 QStringLiteral("contributor-pass"),
                                 QStringLiteral("localgov_contributor")}};
    q.prepare(
        QStringLiteral("INSERT OR IGNORE INTO users (uid, name, pass, role) VALUES (?, ?, ?, ?)"));
    for (const Account &a : seeded) {
        q.addBindValue(a.uid);
        q.addBindValue(a.name);
        q.addBindValue(a.password);
        q.addBindValue(a.role);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
    }
    if (!q.exec(QStringLiteral("SELECT uid, name, pass, role FROM users ORDER BY uid"))) {
        *error = q.lastError().text();
        return false;
    }
    m_accounts.clear();
    while (q.next()) {
        Account a;
        a.uid = q.value(0).toLongLong();
        a.uuid = Account::uuidForUser(a.uid);
        a.name = q.value(1).toString();
        a.password = q.value(2).toString();
        a.role = q.value(3).toString();
        m_accounts.append(a);
    }
    return true;
}

std::optional<Account> AccountStore::byName(const QString &name) const
{
    for (const Account &a : m_accounts) {
        if (a.name == name)
            return a;
    }
    return std::nullopt;
}

std::optional<Account> AccountStore::byUid(qint64 uid) const
{
    for (const Account &a : m_accounts) {
        if (a.uid == uid)
            return a;
    }
    return std::nullopt;
}

std::optional<Account> AccountStore::byUuid(const QString &uuid) const
{
    for (const Account &a : m_accounts) {
        if (a.uuid == uuid)
            return a;
    }
    return std::nullopt;
}

} // namespace lga::emulator
