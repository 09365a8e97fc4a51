// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <store/pagesearch.h>

#include <QObject>
#include <QThread>

#include <atomic>
#include <optional>

namespace lga::ui {

class PageSearchWorker;

/// Runs the page list's searches on a worker thread with its own read-only connection to the
/// store file, so typing never waits for SQLite.
///
/// Each request with words is answered in two stages. The first searches titles and summaries
/// alone (PageSearch::Scope::Headings), which takes a few milliseconds, and reports its hits at
/// once (firstResults()); the second searches bodies too and reports the final list
/// (finished()), unless a newer request has arrived by then. A page whose words are only in its
/// body therefore shows up with the final list.
///
/// Measured on a 10,000-page store (tests/bench/search_bench.cpp) a search takes 15 to 18 ms at
/// the median and 35 to 39 ms at the 95th percentile for 200 hits, about a third less for the
/// page list's first 50 hits: bm25 has to score every page the words match, before the LIMIT
/// can apply (with the benchmark's pages, whose bodies share their sentences, that is nearly
/// every page for nearly every word). Of the time from a key to the repainted list this is
/// nearly all; the model, proxy and repaint take about 2 to 3 ms. That is too long for the UI
/// thread. WAL lets this reader run beside the store's own connection. At most one search runs
/// and one waits: a newer request replaces the waiting one, and only the results of the newest
/// request are reported.
class PageSearcher : public QObject
{
    Q_OBJECT
public:
    explicit PageSearcher(const QString &storePath, QObject *parent = nullptr);
    ~PageSearcher() override;

    /// Searches for \a text; with \a headingsFirst, titles and summaries are searched first and
    /// reported by firstResults() before the full search. A request that only asks for more of
    /// the same list passes false, since its first stage would show fewer rows for a moment.
    void request(const QString &text, const store::SearchFilter &filter, int limit,
                 bool headingsFirst = true);
    /// True while a request has not been answered with its final list yet.
    bool isBusy() const { return m_running || m_waiting.has_value(); }

Q_SIGNALS:
    /// The hits of the newest request among titles and summaries alone, before the full search.
    /// Not emitted when that stage found nothing or could not run: finished() then follows.
    void firstResults(const QList<lga::store::SearchHit> &hits);
    /// The hits for the newest request; \a error is empty unless the store could not be read.
    void finished(const QList<lga::store::SearchHit> &hits, const QString &error);

private:
    struct Request
    {
        QString text;
        store::SearchFilter filter;
        int limit = 0;
        bool headingsFirst = true;
        /// The value of m_requested when this request was made.
        quint64 serial = 0;
    };

    void start(const Request &request);
    void onFirst(quint64 serial, const QList<store::SearchHit> &hits);
    void onDone(const QList<store::SearchHit> &hits, const QString &error, bool superseded);

    QThread m_thread;
    PageSearchWorker *m_worker;
    bool m_running = false;
    std::optional<Request> m_waiting;
    /// How many requests have been made. The worker reads it between its two stages, so a
    /// request overtaken by a newer one skips its full search.
    std::atomic<quint64> m_requested{0};
};

} // namespace lga::ui
