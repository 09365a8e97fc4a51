// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <store/pagesearch.h>

#include <QObject>
#include <QThread>

#include <optional>

namespace lga::ui {

class PageSearchWorker;

/// Runs the page list's searches on a worker thread with its own read-only connection to the
/// store file, so typing never waits for SQLite.
///
/// Measured on a 10,000-page store (tests/bench/search_bench.cpp) a search takes 15 to 18 ms at
/// the median and 35 to 39 ms at the 95th percentile for 200 hits, about a third less for the
/// page list's first 50 hits: bm25 has to score every page the words match, before the LIMIT
/// can apply (with the benchmark's pages, whose bodies share their sentences, that is nearly
/// every page for nearly every word). Of the time from a key to the repainted list this is
/// nearly all; the model, proxy and repaint take about 2 to 3 ms. That is too long for the UI
/// thread. WAL lets this reader run beside the store's own connection. At most
/// one search runs and one waits: a newer request replaces the waiting one, and only the result of
/// the newest request is reported.
class PageSearcher : public QObject
{
    Q_OBJECT
public:
    explicit PageSearcher(const QString &storePath, QObject *parent = nullptr);
    ~PageSearcher() override;

    void request(const QString &text, const store::SearchFilter &filter, int limit);
    /// True while a request has not been answered yet.
    bool isBusy() const { return m_running || m_waiting.has_value(); }

Q_SIGNALS:
    /// The hits for the newest request; \a error is empty unless the store could not be read.
    void finished(const QList<lga::store::SearchHit> &hits, const QString &error);

private:
    struct Request
    {
        QString text;
        store::SearchFilter filter;
        int limit = 0;
    };

    void start(const Request &request);
    void onDone(const QList<store::SearchHit> &hits, const QString &error);

    QThread m_thread;
    PageSearchWorker *m_worker;
    bool m_running = false;
    std::optional<Request> m_waiting;
};

} // namespace lga::ui
