// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QUuid>

namespace lga::emulator {

// A site user who can sign in, with the one LocalGov role that decides what they may do.
struct Account
{
    qint64 uid = 0;
    QString uuid;
    QString name;
    QString password;
    QString role; // localgov_editor, localgov_author or localgov_contributor.

    bool isEditor() const { return role == u"localgov_editor"; }

    // Uuids of users and roles are derived from their ids, so seeded data can name them.
    static QString uuidForUser(qint64 uid)
    {
        return QUuid::createUuidV5(configNamespace(), QStringLiteral("user/%1").arg(uid))
            .toString(QUuid::WithoutBraces);
    }
    static QString uuidForRole(const QString &role)
    {
        return QUuid::createUuidV5(configNamespace(), QStringLiteral("user_role/") + role)
            .toString(QUuid::WithoutBraces);
    }
    static QUuid configNamespace()
    {
        return QUuid(QStringLiteral("{0b7d2e4a-5c61-4f83-a9d0-3e2f1b6c8a47}"));
    }
};

} // namespace lga::emulator
