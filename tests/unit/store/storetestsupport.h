// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <core/page.h>

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <sys/types.h>

namespace lga::store::test {

/// The command line switch that turns the test binary into a helper process holding a store open.
inline constexpr char kHoldStoreSwitch[] = "--hold-store";

/// Runs the helper: opens the store at \a path, inserts \a title, says "ready" on stdout and
/// waits to be killed. Returns only on failure.
int holdStore(const QString &path, const QString &title);

QByteArray readBytes(const QString &path);
void writeBytes(const QString &path, const QByteArray &bytes);

/// A services page with the given title and body, timestamps at millisecond precision.
core::Page makePage(const QString &title, const QString &body = {});

bool runningAsRoot();

/// A plain SQLite connection beside the store's own, for looking at the file from outside or
/// for playing another program that writes to it.
class RawConnection
{
public:
    explicit RawConnection(const QString &path);
    ~RawConnection();
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase database() const { return m_db; }
    bool exec(const QString &sql);
    /// The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql);

private:
    QString m_name;
    QSqlDatabase m_db;
};

/// While alive, the process acts as the unprivileged user `nobody` (saved set-user-ID stays
/// root, so the destructor can return). Root ignores file permissions, so tests about
/// read-only files and folders use this to meet them as a user would.
class AsUnprivilegedUser
{
public:
    AsUnprivilegedUser();
    ~AsUnprivilegedUser();
    AsUnprivilegedUser(const AsUnprivilegedUser &) = delete;
    AsUnprivilegedUser &operator=(const AsUnprivilegedUser &) = delete;

    bool isActive() const { return m_active; }

private:
    bool m_active = false;
};

} // namespace lga::store::test
