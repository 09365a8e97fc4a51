// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <core/page.h>

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QUuid>

#include <chrono>

namespace lga::store {

class PageStore;

/// Writes what the author types to the store soon after they type it.
///
/// edited() only keeps the latest value, so the editor may call it on every keystroke. A page
/// reaches the store once typing pauses for idleDelay(), and during a long burst of typing no
/// later than maxDelay() after the first unsaved edit, so a crash or a kill loses about a second
/// of work at most. A failed save keeps the page dirty and is tried again every retryInterval().
/// Several pages can be pending at once, so switching pages never drops the previous one's edits.
class Autosaver : public QObject
{
    Q_OBJECT

public:
    /// \a store must outlive the saver.
    explicit Autosaver(PageStore &store, QObject *parent = nullptr);
    /// Makes a last attempt to write pending edits (without signals); call flush() before
    /// destroying the saver to learn whether it worked.
    ~Autosaver() override;

    bool isDirty() const;
    bool isDirty(const QUuid &uuid) const;

    std::chrono::milliseconds idleDelay() const;
    void setIdleDelay(std::chrono::milliseconds delay);
    std::chrono::milliseconds maxDelay() const;
    void setMaxDelay(std::chrono::milliseconds delay);
    std::chrono::milliseconds retryInterval() const;
    void setRetryInterval(std::chrono::milliseconds interval);

public Q_SLOTS:
    /// Records the page's latest content and stamps its `updated` with the time of the edit.
    void edited(const lga::core::Page &page);
    /// Writes every pending page now. True when nothing is left unsaved.
    bool flush();
    /// Forgets unsaved edits of a page, e.g. because the author deleted it.
    void discard(const QUuid &uuid);

Q_SIGNALS:
    /// The page is in the store; \a updated is the time of the edit that was written.
    void saved(const QUuid &uuid, const QDateTime &updated);
    /// A write failed; the page stays dirty and another try is scheduled.
    void saveFailed(const QUuid &uuid, const QString &message);
    void dirtyChanged(bool dirty);

private:
    void saveNow();
    bool write(const core::Page &page);
    void reportDirty();

    PageStore &m_store;
    QList<core::Page> m_pending;
    QTimer m_idleTimer;
    QTimer m_maxTimer;
    QTimer m_retryTimer;
    bool m_reportedDirty = false;
};

} // namespace lga::store
