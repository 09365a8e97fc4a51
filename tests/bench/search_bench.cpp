// SPDX-License-Identifier: GPL-2.0-or-later
// Builds a 10,000-page store of realistic council pages and times the page list's search the
// way the UI runs it (PageSearch, at most 200 hits, highlights and snippets included) for
// prefix queries of one to three words, as typed one key at a time. Prints the median and the
// 95th percentile. Target: search_10k_pages_p95_ms <= 30 ms, so it may run on the UI thread.
#include "samplepage.h"

#include "picker.h"

#include <core/contenttype.h>
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

using bench::Picker;

const QStringList &topics()
{
    static const QStringList list = {
        QStringLiteral("Council tax"),         QStringLiteral("Bin collections"),
        QStringLiteral("Parking permits"),     QStringLiteral("Planning applications"),
        QStringLiteral("Libraries"),           QStringLiteral("School admissions"),
        QStringLiteral("Housing benefit"),     QStringLiteral("Garden waste"),
        QStringLiteral("Births and deaths"),   QStringLiteral("Licensing"),
        QStringLiteral("Roads and pavements"), QStringLiteral("Leisure centres"),
        QStringLiteral("Adult social care"),   QStringLiteral("Recycling centres"),
        QStringLiteral("Business rates"),      QStringLiteral("Allotments"),
    };
    return list;
}

const QStringList &places()
{
    static const QStringList list = {
        QStringLiteral("Millbrook"),   QStringLiteral("Ashwick"),   QStringLiteral("Hollowfield"),
        QStringLiteral("Eastmoor"),    QStringLiteral("Kingsmead"), QStringLiteral("Riverside"),
        QStringLiteral("Stonebridge"), QStringLiteral("Westford"),
    };
    return list;
}

QList<core::Page> makePages()
{
    Picker pick;
    const QList<core::ContentType> types = core::contentTypes();
    QList<core::Page> pages;
    pages.reserve(kPages);
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000LL, Qt::UTC);
    for (int i = 0; i < kPages; ++i) {
        core::Page page = core::Page::create(types.at(pick.next(types.size())).bundle);
        const QString &topic = topics().at(pick.next(topics().size()));
        const QString &place = places().at(pick.next(places().size()));
        page.title = QStringLiteral("%1 in %2 (%3)").arg(topic, place).arg(i);
        page.summary = QStringLiteral("How to find out about %1 in %2 and what to do next.")
                           .arg(topic.toLower(), place);
        // 150 to 1,500 words, with the page's own topic and place mixed into the shared text.
        page.body = bench::councilPage(150 + pick.next(1350));
        page.body += QStringLiteral("\n\nContact the %1 team at the %2 office.\n")
                         .arg(topic.toLower(), place);
        page.state = core::ModerationState(pick.next(4));
        page.created = start.addSecs(i * 60);
        page.updated = page.created;
        pages.append(page);
    }
    return pages;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const qsizetype index = std::min(values.size() - 1, qsizetype(p * double(values.size())));
    return values.at(index);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    store::PageStore store;
    if (!dir.isValid() || !store.open(dir.filePath(QStringLiteral("bench.sqlite")))) {
        std::fprintf(stderr, "cannot create the store: %s\n",
                     qPrintable(store.lastError().message));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    if (!store.insertMany(makePages())) {
        std::fprintf(stderr, "cannot fill the store: %s\n", qPrintable(store.lastError().message));
        return 1;
    }
    std::fprintf(stderr, "store of %d pages built in %lld ms\n", kPages, timer.elapsed());

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
    return 0;
}
