// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <check/checker.h>
#include <check/checkresult.h>
#include <core/page.h>

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

class QTimer;

namespace lga::ui {

/// Runs the Checker as the author types: a short pause after the last edit, then a check off
/// the UI thread. At most one check runs at a time; an edit made while one runs is checked as
/// soon as it ends, and a result for text that has changed since is dropped.
///
/// Lives on, and must be used from, the GUI thread; finished() is emitted there. Destroying it
/// waits for a check already running.
class CheckRunner : public QObject
{
    Q_OBJECT
public:
    explicit CheckRunner(check::CheckSettings settings, QObject *parent = nullptr);
    ~CheckRunner() override;

    /// The page changed: checks it after the pause (restarted by each call).
    void schedule(const core::Page &page);
    /// Checks the page last scheduled without waiting for the pause.
    void runNow();
    /// How long typing must pause before a check starts, in milliseconds.
    void setDelay(int milliseconds);
    int delay() const;
    /// The generation of the newest page scheduled; finished() reports no older one.
    quint64 generation() const { return m_generation; }
    bool isBusy() const { return m_running; }

Q_SIGNALS:
    /// The check of the newest scheduled page is done.
    void finished(quint64 generation, const lga::check::CheckResult &result);

private:
    void start();
    void onFinished();

    check::Checker m_checker;
    QTimer *m_timer;
    QThreadPool m_pool;
    QFutureWatcher<check::CheckResult> m_watcher;
    core::Page m_page;
    quint64 m_generation = 0;
    quint64 m_runningGeneration = 0;
    bool m_running = false;
    // The newest page has not been handed to a check yet.
    bool m_pending = false;
    bool m_startWhenDone = false;
};

} // namespace lga::ui
