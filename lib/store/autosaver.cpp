// SPDX-License-Identifier: GPL-2.0-or-later
#include <store/autosaver.h>

#include <store/pagestore.h>
#include <store/storelog.h>

#include <algorithm>

namespace lga::store {

using namespace std::chrono_literals;

Autosaver::Autosaver(PageStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_idleTimer(this)
    , m_maxTimer(this)
    , m_retryTimer(this)
{
    // The idle timer restarts on every edit; the max timer does not, which bounds how long a
    // continuous burst of typing can stay unsaved.
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(750ms);
    m_maxTimer.setSingleShot(true);
    m_maxTimer.setInterval(900ms);
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setInterval(2s);
    for (QTimer *timer : {&m_idleTimer, &m_maxTimer, &m_retryTimer})
        connect(timer, &QTimer::timeout, this, &Autosaver::saveNow);
}

Autosaver::~Autosaver()
{
    for (const core::Page &page : std::as_const(m_pending)) {
        if (!write(page))
            qCWarning(lcStore) << "unsaved edits of page" << page.uuid << "lost on shutdown";
    }
}

bool Autosaver::isDirty() const
{
    return !m_pending.isEmpty();
}

bool Autosaver::isDirty(const QUuid &uuid) const
{
    return std::any_of(m_pending.cbegin(), m_pending.cend(),
                       [&uuid](const core::Page &page) { return page.uuid == uuid; });
}

std::chrono::milliseconds Autosaver::idleDelay() const
{
    return m_idleTimer.intervalAsDuration();
}

void Autosaver::setIdleDelay(std::chrono::milliseconds delay)
{
    m_idleTimer.setInterval(delay);
}

std::chrono::milliseconds Autosaver::maxDelay() const
{
    return m_maxTimer.intervalAsDuration();
}

void Autosaver::setMaxDelay(std::chrono::milliseconds delay)
{
    m_maxTimer.setInterval(delay);
}

std::chrono::milliseconds Autosaver::retryInterval() const
{
    return m_retryTimer.intervalAsDuration();
}

void Autosaver::setRetryInterval(std::chrono::milliseconds interval)
{
    m_retryTimer.setInterval(interval);
}

void Autosaver::edited(const core::Page &page)
{
    if (page.uuid.isNull()) {
        qCWarning(lcStore) << "autosave ignored an edit of a page without a uuid";
        return;
    }
    core::Page latest = page;
    latest.updated = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
    auto it = std::find_if(m_pending.begin(), m_pending.end(), [&page](const core::Page &pending) {
        return pending.uuid == page.uuid;
    });
    if (it != m_pending.end())
        *it = std::move(latest);
    else
        m_pending.append(std::move(latest));

    m_idleTimer.start();
    if (!m_maxTimer.isActive())
        m_maxTimer.start();
    reportDirty();
}

bool Autosaver::flush()
{
    if (!m_pending.isEmpty())
        saveNow();
    return m_pending.isEmpty();
}

void Autosaver::discard(const QUuid &uuid)
{
    m_pending.removeIf([&uuid](const core::Page &page) { return page.uuid == uuid; });
    if (m_pending.isEmpty()) {
        m_idleTimer.stop();
        m_maxTimer.stop();
        m_retryTimer.stop();
    }
    reportDirty();
}

void Autosaver::saveNow()
{
    m_idleTimer.stop();
    m_maxTimer.stop();
    m_retryTimer.stop();

    // Signals go out after the loop: a receiver may call edited() or flush() again.
    QList<std::pair<QUuid, QDateTime>> written;
    QList<std::pair<QUuid, QString>> failed;
    const QList<core::Page> batch = m_pending;
    for (const core::Page &page : batch) {
        if (write(page)) {
            m_pending.removeOne(page);
            written.append({page.uuid, page.updated});
        } else {
            failed.append({page.uuid, m_store.lastError().message});
        }
    }
    if (!m_pending.isEmpty())
        m_retryTimer.start();

    for (const auto &[uuid, updated] : std::as_const(written))
        Q_EMIT saved(uuid, updated);
    for (const auto &[uuid, message] : std::as_const(failed)) {
        qCWarning(lcStore) << "autosave of page" << uuid << "failed; retrying in"
                           << m_retryTimer.intervalAsDuration().count() << "ms";
        Q_EMIT saveFailed(uuid, message);
    }
    reportDirty();
}

bool Autosaver::write(const core::Page &page)
{
    if (m_store.save(page))
        return true;
    // A page the editor created but the store has not seen yet, or one removed underneath the
    // author, is written afresh rather than losing what was typed.
    if (m_store.lastError().kind == StoreError::NotFound)
        return m_store.insert(page);
    return false;
}

void Autosaver::reportDirty()
{
    const bool dirty = isDirty();
    if (dirty == m_reportedDirty)
        return;
    m_reportedDirty = dirty;
    Q_EMIT dirtyChanged(dirty);
}

} // namespace lga::store
