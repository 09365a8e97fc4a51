// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QLockFile>
#include <QString>

#include <optional>

namespace lga::store {

/// Keeps a second instance of the app off a store that one instance has open.
///
/// The lock is `<store path>.lock`. It never goes stale by age, because the app keeps a store
/// open for hours; a lock left behind by a process that no longer runs (killed, crashed, or
/// from before a reboot) is taken over by the next tryLock().
class StoreLock
{
public:
    /// Who holds the lock, as written into the lock file by its owner.
    struct Holder
    {
        qint64 pid = 0;
        QString hostname;
        QString appName;
    };

    explicit StoreLock(const QString &storePath);
    ~StoreLock();
    StoreLock(const StoreLock &) = delete;
    StoreLock &operator=(const StoreLock &) = delete;

    static QString lockFilePath(const QString &storePath);
    QString fileName() const;

    /// Takes the lock without waiting. On false, error() says why and, for
    /// QLockFile::LockFailedError, holder() says who has it.
    bool tryLock();
    void unlock();
    bool isLocked() const;

    QLockFile::LockError error() const;
    std::optional<Holder> holder() const;

private:
    QLockFile m_lock;
};

} // namespace lga::store
