// SPDX-License-Identifier: GPL-2.0-or-later
#include "checkrunner.h"

#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace lga::ui {

CheckRunner::CheckRunner(check::CheckSettings settings, QObject *parent)
    : QObject(parent)
    , m_checker(std::move(settings))
    , m_timer(new QTimer(this))
{
    // One worker: checks never run side by side, and a burst of edits never queues up work.
    m_pool.setMaxThreadCount(1);
    m_timer->setSingleShot(true);
    // Short enough that findings arrive within half a second of a pause, long enough that
    // steady typing does not check every keystroke.
    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &CheckRunner::start);
    connect(&m_watcher, &QFutureWatcher<check::CheckResult>::finished, this,
            &CheckRunner::onFinished);
}

CheckRunner::~CheckRunner()
{
    m_watcher.waitForFinished();
}

void CheckRunner::schedule(const core::Page &page)
{
    m_page = page;
    ++m_generation;
    m_pending = true;
    m_timer->start();
}

void CheckRunner::runNow()
{
    m_timer->stop();
    start();
}

void CheckRunner::setDelay(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

int CheckRunner::delay() const
{
    return m_timer->interval();
}

void CheckRunner::start()
{
    if (!m_pending)
        return;
    if (m_running) {
        m_startWhenDone = true;
        return;
    }
    m_pending = false;
    m_running = true;
    m_runningGeneration = m_generation;
    m_watcher.setFuture(QtConcurrent::run(
        &m_pool, [checker = m_checker, page = m_page] { return checker.run(page); }));
}

void CheckRunner::onFinished()
{
    m_running = false;
    const quint64 done = m_runningGeneration;
    // A result for text that has changed since is of no use: the newer check is coming.
    const bool current = done == m_generation;
    const check::CheckResult result = m_watcher.result();
    if (m_startWhenDone) {
        m_startWhenDone = false;
        start();
    }
    if (current)
        Q_EMIT finished(done, result);
}

} // namespace lga::ui
