// SPDX-License-Identifier: GPL-2.0-or-later
#include <store/storelock.h>

#include <QDateTime>
#include <QFileInfo>

namespace lga::store {

StoreLock::StoreLock(const QString &storePath)
    : m_lock(lockFilePath(storePath))
{
    // Age says nothing about a store lock; QLockFile still treats a lock whose process is gone
    // as stale and removes it.
    m_lock.setStaleLockTime(0);
}

StoreLock::~StoreLock() = default;

QString StoreLock::lockFilePath(const QString &storePath)
{
    return storePath + QStringLiteral(".lock");
}

QString StoreLock::fileName() const
{
    return m_lock.fileName();
}

bool StoreLock::tryLock()
{
    if (m_lock.isLocked())
        return true;
    if (m_lock.tryLock(0))
        return true;
    if (m_lock.error() != QLockFile::LockFailedError || holder())
        return false;

    // A lock file that names no owner was cut short, e.g. by a power cut between its creation
    // and its first write. QLockFile cannot tell whose it is, so it would block for ever. Its
    // owner writes it at once, so one that has stayed empty for a few seconds is abandoned; and
    // removeStaleLockFile() still refuses while a live owner holds its file lock.
    const QDateTime modified = QFileInfo(m_lock.fileName()).lastModified();
    if (modified.isValid() && qAbs(modified.secsTo(QDateTime::currentDateTime())) < 5)
        return false;
    if (!m_lock.removeStaleLockFile())
        return false;
    return m_lock.tryLock(0);
}

void StoreLock::unlock()
{
    m_lock.unlock();
}

bool StoreLock::isLocked() const
{
    return m_lock.isLocked();
}

QLockFile::LockError StoreLock::error() const
{
    return m_lock.error();
}

std::optional<StoreLock::Holder> StoreLock::holder() const
{
    Holder holder;
    if (!m_lock.getLockInfo(&holder.pid, &holder.hostname, &holder.appName))
        return std::nullopt;
    return holder;
}

} // namespace lga::store
