// SPDX-License-Identifier: GPL-2.0-or-later
// The store and the page list at the size of a large council site: 10,000 realistic pages.
// Run under a display (Xvfb); prints one "name value unit" line per figure:
//
// - store_open_10k_ms: PageStore::open, the page list model filled and the list shown and
//   painted once (median of warm runs; target <= 150 ms).
// - search_as_you_type_p50_ms / _p95_ms: one more character typed in the page list's search box
//   until the list shows (painted) the first results for it, through the same worker thread the
//   app uses: the pages whose title or summary match, or the full list when those are none
//   (target p95 <= 5 ms).
// - search_complete_p50_ms / _p95_ms: the same keystrokes until the list shows the full search's
//   result, bodies included.
// - autosave_p50_ms / _p95_ms: one autosave of an edited page as the app does it, i.e.
//   PageStore::save, reading the page back and RevisionStore::noteSaved (target p95 <= 2 ms).
// - store_mb_per_1k_pages: the store file (and its WAL after a checkpoint) per 1,000 pages.
// - page_list_scroll_frame_p50_ms / _p95_ms: the list scrolled a page at a time, each repaint
//   timed (target p95 < 16 ms).
//
// usage: lga_bench_store [STORE]   (STORE is built when missing and kept, for repeated runs)
#include "councilstore.h"

#include <store/pagesearch.h>
#include <store/pagestore.h>
#include <store/revisionstore.h>
#include <ui/pagelistmodel.h>
#include <ui/pagelistpanel.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>

#include <cstdio>

using namespace lga;

namespace {

constexpr int kPages = 10'000;

using bench::percentile;

void print(const char *name, double value, const char *unit)
{
    std::printf("%s %.2f %s\n", name, value, unit);
    std::fflush(stdout);
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

bool ensureStore(const QString &path)
{
    store::PageStore store;
    if (!store.open(path)) {
        std::fprintf(stderr, "cannot open the store: %s\n", qPrintable(store.lastError().message));
        return false;
    }
    if (store.count() >= kPages)
        return true;
    QElapsedTimer timer;
    timer.start();
    if (!store.insertMany(bench::councilPages(kPages))) {
        std::fprintf(stderr, "cannot fill the store: %s\n", qPrintable(store.lastError().message));
        return false;
    }
    std::fprintf(stderr, "store of %d pages built in %lld ms\n", kPages, timer.elapsed());
    return true;
}

// Shows the panel and waits until its window can be painted, then paints the list once, as the
// first frame the user sees.
void showAndPaint(ui::PageListPanel &panel)
{
    panel.show();
    while (!panel.windowHandle() || !panel.windowHandle()->isExposed())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    panel.view()->viewport()->repaint();
}

void measureOpen(const QString &path)
{
    QList<double> times;
    QList<double> opens;
    QList<double> fills;
    for (int run = 0; run < 8; ++run) {
        QElapsedTimer timer;
        timer.start();
        store::PageStore store;
        // As the app opens it: the health check runs beside the window (app/application.cpp).
        store.setIntegrityCheckDeferred(true);
        if (!store.open(path))
            qFatal("cannot open the store");
        const double opened = msSince(timer);
        ui::PageListModel model;
        model.setPages(store.summaries());
        ui::PageListPanel panel(&model);
        panel.setStorePath(path);
        const double filled = msSince(timer);
        panel.resize(320, 900);
        showAndPaint(panel);
        const double shown = msSince(timer);
        // The first run of the day also takes the store's daily backup, and warms the caches.
        if (run == 0) {
            std::fprintf(stderr, "first open (with the daily backup): %.1f ms\n", shown);
            continue;
        }
        times.append(shown);
        opens.append(opened);
        fills.append(filled - opened);
    }
    std::fprintf(stderr, "open: PageStore::open %.1f ms, summaries + model %.1f ms (medians)\n",
                 percentile(opens, 0.5), percentile(fills, 0.5));
    print("store_open_10k_ms", percentile(times, 0.5), "ms");
}

void measureScroll(const QString &path)
{
    store::PageStore store;
    if (!store.open(path))
        qFatal("cannot open the store");
    ui::PageListModel model;
    model.setToday(bench::councilToday());
    model.setPages(store.summaries());
    ui::PageListPanel panel(&model);
    panel.resize(320, 900);
    showAndPaint(panel);
    QScrollBar *bar = panel.view()->verticalScrollBar();
    QList<double> frames;
    for (int step = 0; step < 200 && bar->value() < bar->maximum(); ++step) {
        QElapsedTimer timer;
        timer.start();
        bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
        panel.view()->viewport()->repaint();
        frames.append(msSince(timer));
    }
    // A jump to the end and back, as with Ctrl+End and Ctrl+Home.
    for (auto action : {QAbstractSlider::SliderToMaximum, QAbstractSlider::SliderToMinimum}) {
        QElapsedTimer timer;
        timer.start();
        bar->triggerAction(action);
        panel.view()->viewport()->repaint();
        frames.append(msSince(timer));
    }
    print("page_list_scroll_frame_p50_ms", percentile(frames, 0.5), "ms");
    print("page_list_scroll_frame_p95_ms", percentile(frames, 0.95), "ms");
}

void measureTyping(const QString &path)
{
    store::PageStore store;
    if (!store.open(path))
        qFatal("cannot open the store");
    ui::PageListModel model;
    model.setToday(bench::councilToday());
    model.setPages(store.summaries());
    ui::PageListPanel panel(&model);
    panel.setStorePath(path);
    panel.resize(320, 900);
    showAndPaint(panel);
    bool finished = false;
    QObject::connect(&panel, &ui::PageListPanel::searchFinished, [&] { finished = true; });
    QElapsedTimer timer;
    // The time at which the keystroke's first results were painted; negative until then.
    double firstShownMs = -1.0;
    QObject::connect(&panel, &ui::PageListPanel::firstResultsShown, [&] {
        if (firstShownMs >= 0.0 || !timer.isValid())
            return;
        // Painted here and now, as the user would see them before the full search lands.
        panel.view()->viewport()->repaint();
        firstShownMs = msSince(timer);
    });
    QLineEdit *box = panel.filterEdit();

    auto waitForList = [&] {
        while (!finished || panel.isSearchPending())
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents,
                                            5);
        panel.view()->viewport()->repaint();
    };

    // What a user types, one key at a time: every key that changes the words is a search.
    const QStringList queries = {
        QStringLiteral("council tax"),
        QStringLiteral("bin collection day"),
        QStringLiteral("parking permit"),
        QStringLiteral("planning millbrook"),
        QStringLiteral("library"),
        QStringLiteral("garden waste ashwick"),
        QStringLiteral("school admissions"),
        QStringLiteral("recycling"),
        QStringLiteral("cafe"),
        QStringLiteral("proof of address"),
    };
    QList<double> times;
    QList<double> completeTimes;
    QList<int> firstRows;
    QList<double> shortPrefix;
    QList<std::pair<double, QString>> slowest;
    for (int round = 0; round < 3; ++round) {
        for (const QString &query : queries) {
            for (qsizetype i = 0; i < query.size(); ++i) {
                const QChar c = query.at(i);
                finished = false;
                firstShownMs = -1.0;
                int rowsFirst = -1;
                const auto rowsAtFirst =
                    QObject::connect(&panel, &ui::PageListPanel::firstResultsShown,
                                     [&] { rowsFirst = panel.view()->model()->rowCount(); });
                timer.start();
                QTest::keyClicks(box, QString(c));
                if (c.isSpace()) {
                    // A space adds no word, so it starts no search worth timing.
                    waitForList();
                    QObject::disconnect(rowsAtFirst);
                    timer.invalidate();
                    continue;
                }
                waitForList();
                const double complete = msSince(timer);
                QObject::disconnect(rowsAtFirst);
                timer.invalidate();
                // When titles and summaries matched nothing, the first list the user sees is
                // the full one.
                const double ms = firstShownMs >= 0.0 ? firstShownMs : complete;
                if (round > 0) { // The first round warms the caches.
                    times.append(ms);
                    completeTimes.append(complete);
                    if (firstShownMs >= 0.0)
                        firstRows.append(rowsFirst);
                    if (i < 3)
                        shortPrefix.append(ms);
                    slowest.append({ms, query.left(i + 1)});
                }
            }
            finished = false;
            box->clear();
            waitForList();
        }
    }
    // The same keystrokes through PageSearch alone, on this thread and the store's connection,
    // with the page list's first limit: what the SQL costs of the time above. The rest is the
    // worker thread's round trip, the model, the proxy and the repaint.
    QList<double> sqlTimes;
    {
        store::PageSearch search(store);
        for (int round = 0; round < 3; ++round) {
            for (const QString &query : queries) {
                for (qsizetype i = 0; i < query.size(); ++i) {
                    if (query.at(i).isSpace())
                        continue;
                    QElapsedTimer timer;
                    timer.start();
                    search.search(query.left(i + 1), {}, 50);
                    if (round > 0)
                        sqlTimes.append(msSince(timer));
                }
            }
        }
    }
    std::fprintf(stderr,
                 "of which the search itself (PageSearch, 50 hits): p50 %.2f ms, p95 %.2f ms\n",
                 percentile(sqlTimes, 0.5), percentile(sqlTimes, 0.95));
    std::sort(slowest.begin(), slowest.end(), std::greater<>());
    for (qsizetype i = 0; i < std::min<qsizetype>(6, slowest.size()); ++i)
        std::fprintf(stderr, "  typed %6.2f ms \"%s\"\n", slowest.at(i).first,
                     qPrintable(slowest.at(i).second));
    std::fprintf(stderr, "first three characters of a query: p50 %.2f ms, p95 %.2f ms\n",
                 percentile(shortPrefix, 0.5), percentile(shortPrefix, 0.95));
    // The first results must be real rows of the list, so say how many there were.
    QList<double> rows(firstRows.begin(), firstRows.end());
    std::fprintf(stderr,
                 "first results shown for %lld of %lld keystrokes (median %.0f rows, fewest %.0f);"
                 " the rest showed the full list first\n",
                 qlonglong(firstRows.size()), qlonglong(times.size()),
                 rows.isEmpty() ? 0.0 : percentile(rows, 0.5),
                 rows.isEmpty() ? 0.0 : *std::min_element(rows.begin(), rows.end()));
    print("search_as_you_type_p50_ms", percentile(times, 0.5), "ms");
    print("search_as_you_type_p95_ms", percentile(times, 0.95), "ms");
    print("search_complete_p50_ms", percentile(completeTimes, 0.5), "ms");
    print("search_complete_p95_ms", percentile(completeTimes, 0.95), "ms");
}

void measureAutosave(const QString &path)
{
    store::PageStore store;
    if (!store.open(path))
        qFatal("cannot open the store");
    store::RevisionStore revisions(store);
    QList<core::Page> pages;
    const QList<core::PageSummary> summaries = store.summaries();
    for (int i = 0; i < 20; ++i)
        pages.append(*store.page(summaries.at(i * 97).uuid));
    QList<double> times;
    QDateTime at = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 400; ++i) {
        // The author types a few words into one page, then moves on to the next.
        core::Page &page = pages[(i / 20) % pages.size()];
        page.body += QStringLiteral(" More words %1.").arg(i);
        at = at.addMSecs(750);
        page.updated = at;
        QElapsedTimer timer;
        timer.start();
        // What an autosave does in the app (Autosaver::write, then MainWindow's saved handler).
        if (!store.save(page))
            qFatal("autosave failed");
        const std::optional<core::Page> saved = store.page(page.uuid);
        if (!saved || !revisions.noteSaved(*saved))
            qFatal("recording the revision failed");
        times.append(msSince(timer));
    }
    print("autosave_p50_ms", percentile(times, 0.5), "ms");
    print("autosave_p95_ms", percentile(times, 0.95), "ms");
}

void measureSize(const QString &path)
{
    {
        store::PageStore store;
        if (!store.open(path))
            qFatal("cannot open the store");
        QSqlQuery query(store.database());
        query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    const qint64 bytes = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    print("store_mb_per_1k_pages", double(bytes) / 1e6 / (kPages / 1000.0), "MB");
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const QStringList args = app.arguments();
    const QString path =
        args.size() > 1 ? args.at(1) : dir.filePath(QStringLiteral("bench.sqlite"));
    if (!dir.isValid() || !ensureStore(path))
        return 1;
    measureSize(path);
    measureOpen(path);
    measureScroll(path);
    measureTyping(path);
    measureAutosave(path);
    return 0;
}
