// SPDX-License-Identifier: GPL-2.0-or-later
// Builds a 10,000-page store of realistic council pages and times the page list's search the
// way the UI runs it (PageSearch, at most 200 hits, highlights and snippets included) for
// prefix queries of one to three words, as typed one key at a time. Prints the median and the
// 95th percentile. Target: search_10k_pages_p95_ms <= 30 ms, so it may run on the UI thread.
#include "councilstore.h"

#include <store/pagesearch.h>
#include <store/pagestore.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QStringList>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <utility>

using namespace lga;

namespace {

constexpr int kPages = 10'000;

using bench::percentile;

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    // An optional argument names a store to use, built when it is missing and kept afterwards,
    // so repeated runs skip building it.
    const QString path = app.arguments().size() > 1 ? app.arguments().at(1)
                                                    : dir.filePath(QStringLiteral("bench.sqlite"));
    store::PageStore store;
    if (!dir.isValid() || !store.open(path)) {
        std::fprintf(stderr, "cannot create the store: %s\n",
                     qPrintable(store.lastError().message));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    if (store.count() < kPages && !store.insertMany(bench::councilPages(kPages))) {
        std::fprintf(stderr, "cannot fill the store: %s\n", qPrintable(store.lastError().message));
        return 1;
    }
    std::fprintf(stderr, "store of %d pages ready in %lld ms\n", kPages, timer.elapsed());

    // What a user types, one key at a time: every prefix of each query is a search.
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
    QStringList typed;
    for (const QString &query : queries) {
        for (int length = 1; length <= query.size(); ++length) {
            if (!query.at(length - 1).isSpace())
                typed.append(query.left(length));
        }
    }

    store::PageSearch search(store);
    search.search(QStringLiteral("warm"), {}); // The first query pays for loading the schema.
    QList<double> times;
    qsizetype hits = 0;
    for (int round = 0; round < 3; ++round) {
        for (const QString &text : typed) {
            timer.restart();
            hits += search.search(text, {}).size();
            times.append(double(timer.nsecsElapsed()) / 1e6);
            if (search.lastError().isError()) {
                std::fprintf(stderr, "search failed: %s\n", qPrintable(search.lastError().detail));
                return 1;
            }
        }
    }
    std::fprintf(stderr, "%lld searches, %lld hits\n", qlonglong(times.size()), qlonglong(hits));
    // The slowest queries go to stderr, to show where the time goes.
    QList<std::pair<double, QString>> slowest;
    for (qsizetype i = 0; i < typed.size(); ++i)
        slowest.append({times.at(i), typed.at(i)});
    std::sort(slowest.begin(), slowest.end(), std::greater<>());
    for (qsizetype i = 0; i < std::min<qsizetype>(8, slowest.size()); ++i)
        std::fprintf(stderr, "  %6.2f ms \"%s\"\n", slowest.at(i).first,
                     qPrintable(slowest.at(i).second));
    std::printf("search_10k_pages_p50_ms %.2f ms\n", percentile(times, 0.50));
    std::printf("search_10k_pages_p95_ms %.2f ms\n", percentile(times, 0.95));

    // The page list's first request: one screenful and a half (PageListPanel's kSearchFirst).
    QList<double> first;
    for (int round = 0; round < 3; ++round) {
        for (const QString &text : typed) {
            timer.restart();
            search.search(text, {}, 50);
            first.append(double(timer.nsecsElapsed()) / 1e6);
        }
    }
    std::printf("search_10k_pages_first50_p50_ms %.2f ms\n", percentile(first, 0.50));
    std::printf("search_10k_pages_first50_p95_ms %.2f ms\n", percentile(first, 0.95));
    return 0;
}
