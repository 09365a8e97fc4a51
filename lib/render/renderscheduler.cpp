// SPDX-License-Identifier: GPL-2.0-or-later
#include <render/renderscheduler.h>

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace lga::render {

RenderScheduler::RenderScheduler(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("lga-render"));
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &RenderScheduler::onFinished);
}

RenderScheduler::~RenderScheduler()
{
    m_waiting.reset();
    m_watcher.disconnect(this);
    m_pool.waitForDone();
}

void RenderScheduler::request(quint64 generation, const QString &source,
                              lga::core::SourceFormat format)
{
    Request next{generation, source, format};
    if (m_running) {
        m_waiting = std::move(next);
        return;
    }
    start(std::move(next));
}

void RenderScheduler::start(Request request)
{
    m_running = true;
    // The task owns copies of everything it reads, never `this`.
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [request = std::move(request)] {
        QElapsedTimer timer;
        timer.start();
        Outcome outcome;
        outcome.generation = request.generation;
        outcome.blocks = PreviewBlocks::render(request.source, request.format);
        outcome.micros = timer.nsecsElapsed() / 1000;
        return outcome;
    }));
}

void RenderScheduler::onFinished()
{
    const Outcome outcome = m_watcher.result();
    m_running = false;
    // Start the waiting request before emitting, so that a receiver calling request() from
    // its slot finds the scheduler busy and queues rather than starting a second render.
    if (m_waiting) {
        Request next = std::move(*m_waiting);
        m_waiting.reset();
        start(std::move(next));
    }
    Q_EMIT rendered(outcome.generation, outcome.blocks, outcome.micros);
}

} // namespace lga::render
