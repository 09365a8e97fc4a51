// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QThread;

namespace lga::store {

/// SQLite's `PRAGMA quick_check` of a store file on a worker thread, over a read-only
/// connection of its own.
///
/// The check reads the whole file: about a third of a second for a store of 10,000 pages, which
/// would otherwise be spent before the window shows. The app opens the store with the check
/// deferred (PageStore::setIntegrityCheckDeferred), shows its window, and runs this; a damaged
/// store is then handled as if the open had found it.
class IntegrityCheck : public QObject
{
    Q_OBJECT
public:
    explicit IntegrityCheck(QObject *parent = nullptr);
    /// Waits for a running check to end: it only reads, so this is never long.
    ~IntegrityCheck() override;

    /// Starts checking the file at \a path; finished() follows on this object's thread.
    void start(const QString &path);
    bool isRunning() const;

    /// Checks \a path on the calling thread. Returns what SQLite found wrong (empty when the file
    /// is healthy); when the check itself could not run, sets \a error and returns nothing.
    static QStringList run(const QString &path, QString *error);

Q_SIGNALS:
    /// \a problems is empty for a healthy store. A non-empty \a error means the check could not
    /// run (e.g. the file could not be read), which is itself a reason for concern.
    void finished(const QStringList &problems, const QString &error);

private:
    QThread *m_thread = nullptr;
};

} // namespace lga::store
