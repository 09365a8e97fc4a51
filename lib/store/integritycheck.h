// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QThread;

namespace lga::store {

/// SQLite's `PRAGMA quick_check` of a store file on a worker thread, over a read-only
/// connection of its own, followed, when the file is healthy, by the day's backup.
///
/// The check reads the whole file: about a third of a second for a store of 10,000 pages, which
/// would otherwise be spent before the window shows. The app opens the store with the check
/// deferred (PageStore::setIntegrityCheckDeferred), shows its window, and runs this; a damaged
/// store is then handled as if the open had found it. The backup waits for the check so that a
/// damaged file never pushes a good backup out of the rotation, and it runs here because
/// copying a large store takes seconds the window should not freeze for.
class IntegrityCheck : public QObject
{
    Q_OBJECT
public:
    explicit IntegrityCheck(QObject *parent = nullptr);
    /// Waits for a running check to end: it only reads, so this is never long.
    ~IntegrityCheck() override;

    /// Starts checking the file at \a path and, when it is healthy and a daily backup is due at
    /// \a nowUtc, backing it up; finished() follows on this object's thread.
    void start(const QString &path, const QDateTime &nowUtc);
    bool isRunning() const;

    /// Checks \a path on the calling thread. Returns what SQLite found wrong (empty when the file
    /// is healthy); when the check itself could not run, sets \a error and returns nothing.
    static QStringList run(const QString &path, QString *error);

Q_SIGNALS:
    /// \a problems is empty for a healthy store. A non-empty \a error means the check could not
    /// run (e.g. the file could not be read), which is itself a reason for concern. A non-empty
    /// \a backupError says why a due daily backup of a healthy store could not be made.
    void finished(const QStringList &problems, const QString &error, const QString &backupError);

private:
    static void backUpIfDue(const QString &path, const QDateTime &nowUtc, QString *error);

    QThread *m_thread = nullptr;
};

} // namespace lga::store
