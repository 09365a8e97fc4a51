// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <core/page.h>
#include <render/previewblocks.h>

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <optional>

namespace lga::render {

/// Renders the preview off the caller's thread, with at most one render running and one
/// waiting: a request that arrives while a render runs replaces any request already waiting,
/// so a burst of keystrokes costs two renders, the last of which shows the newest text.
///
/// Threading: the object lives on, and must be used from, one thread (the GUI thread);
/// request() only copies the (implicitly shared) source and returns at once, whatever its
/// size. Renders run on a private one-thread pool; rendered() is emitted on the object's
/// thread. Destroying the scheduler waits for a render already running (nothing it started
/// outlives it) and drops the waiting one.
class RenderScheduler : public QObject
{
    Q_OBJECT

public:
    explicit RenderScheduler(QObject *parent = nullptr);
    ~RenderScheduler() override;

    /// Asks for the source to be rendered. `generation` identifies the request in rendered();
    /// callers give increasing numbers and ignore results older than one already shown.
    void request(quint64 generation, const QString &source, lga::core::SourceFormat format);

    /// A render is running.
    bool isBusy() const { return m_running; }

Q_SIGNALS:
    /// A render finished: the body's preview blocks and the render's own time on the worker.
    void rendered(quint64 generation, const QList<lga::render::Block> &blocks, qint64 renderMicros);

private:
    struct Request
    {
        quint64 generation = 0;
        QString source;
        core::SourceFormat format = core::SourceFormat::Markdown;
    };
    struct Outcome
    {
        quint64 generation = 0;
        QList<Block> blocks;
        qint64 micros = 0;
    };

    void start(Request request);
    void onFinished();

    QThreadPool m_pool;
    QFutureWatcher<Outcome> m_watcher;
    std::optional<Request> m_waiting;
    bool m_running = false;
};

} // namespace lga::render
