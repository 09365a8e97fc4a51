// SPDX-License-Identifier: GPL-2.0-or-later
// Sync against the CMS emulator, run as its own process on 127.0.0.1 as a site would be:
//   sync_pull_1000_s        first pull of 1,000 pages into an empty store (target <= 3 s)
//   sync_noop_ms            a sync when nothing changed on either side (target <= 150 ms)
//   sync_push_100_s         pushing 100 edited pages (target <= 2 s)
//   sync_pull_peak_rss_mb   peak memory of this process during the 1,000-page pull; with
//   sync_pull_300_peak_rss_mb for a 300-page site, to show it does not grow with the pages.
// Medians of several runs.
#include <store/pagestore.h>
#include <store/syncstore.h>
#include <sync/syncengine.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace lga;
using namespace Qt::Literals::StringLiterals;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

void print(const char *name, double value, const char *unit)
{
    std::printf("%s %.3f %s\n", name, value, unit);
    std::fflush(stdout);
}

// Peak resident memory since the last reset, in MB (Linux).
double peakRssMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QRegularExpression hwm(u"VmHWM:\\s+(\\d+) kB"_s);
    const QRegularExpressionMatch match = hwm.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toDouble() / 1024.0 : 0;
}

void resetPeakRss()
{
    QFile clear(u"/proc/self/clear_refs"_s);
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

class Site
{
public:
    Site(const QString &emulator, const QString &data, int pages)
    {
        m_process.setProgram(emulator);
        m_process.setArguments(
            {u"--port"_s, u"0"_s, u"--data"_s, data, u"--seed"_s, QString::number(pages)});
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        m_process.waitForStarted();
        while (m_process.waitForReadyRead(20000)) {
            m_output += m_process.readAllStandardOutput();
            const QRegularExpressionMatch match =
                QRegularExpression(u"listening on (http://\\S+)"_s)
                    .match(QString::fromLatin1(m_output));
            if (match.hasMatch()) {
                m_url = match.captured(1);
                break;
            }
        }
    }
    ~Site()
    {
        m_process.kill();
        m_process.waitForFinished();
    }
    QString url() const { return m_url; }

private:
    QProcess m_process;
    QByteArray m_output;
    QString m_url;
};

sync::SyncReport runSync(store::PageStore &store, const QString &site, bool pull = true,
                         bool push = true)
{
    sync::Credentials credentials;
    credentials.site = QUrl(site);
    credentials.method = sync::AuthMethod::Basic;
    credentials.userName = u"editor"_s;
    credentials.password = u"editor-pass"_s;
    sync::SyncEngine engine(store, credentials);
    engine.setDirections(pull, push);
    sync::SyncReport report;
    QEventLoop loop;
    QObject::connect(&engine, &sync::SyncEngine::finished, &loop,
                     [&](const sync::SyncReport &finished) {
                         report = finished;
                         loop.quit();
                     });
    engine.run();
    loop.exec();
    if (!report.ok())
        std::fprintf(stderr, "sync failed: %s\n", qPrintable(report.error));
    return report;
}

// Seconds for a first pull of the site, and the peak memory during it.
std::pair<double, double> firstPull(const QString &site, const QString &storePath)
{
    store::PageStore store;
    if (!store.open(storePath))
        return {};
    resetPeakRss();
    QElapsedTimer timer;
    timer.start();
    const sync::SyncReport report = runSync(store, site);
    const double seconds = timer.nsecsElapsed() / 1e9;
    std::fprintf(stderr, "  pulled %d pages in %.3f s (%d requests)\n", report.pulled, seconds,
                 report.requests);
    return {seconds, peakRssMb()};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s PATH/TO/localgov-cms-emulator\n", argv[0]);
        return 2;
    }
    const QString emulator = QString::fromLocal8Bit(argv[1]);
    QTemporaryDir dir;

    // Memory with a smaller site first, so the 1,000-page figure cannot include its pages.
    {
        Site small(emulator, dir.filePath(u"cms-300.sqlite"_s), 300);
        if (small.url().isEmpty())
            return 1;
        std::vector<double> peaks;
        for (int run = 0; run < 3; ++run)
            peaks.push_back(
                firstPull(small.url(), dir.filePath(u"small-%1.sqlite"_s.arg(run))).second);
        print("sync_pull_300_peak_rss_mb", median(peaks), "MB");
    }

    Site site(emulator, dir.filePath(u"cms-1000.sqlite"_s), 1000);
    if (site.url().isEmpty())
        return 1;
    std::vector<double> pulls;
    std::vector<double> peaks;
    for (int run = 0; run < 5; ++run) {
        const auto [seconds, peak] =
            firstPull(site.url(), dir.filePath(u"store-%1.sqlite"_s.arg(run)));
        pulls.push_back(seconds);
        peaks.push_back(peak);
    }
    print("sync_pull_1000_s", median(pulls), "s");
    print("sync_pull_peak_rss_mb", median(peaks), "MB");

    store::PageStore store;
    if (!store.open(dir.filePath(u"store-0.sqlite"_s)))
        return 1;
    std::vector<double> noops;
    for (int run = 0; run < 11; ++run) {
        QElapsedTimer timer;
        timer.start();
        const sync::SyncReport report = runSync(store, site.url());
        noops.push_back(timer.nsecsElapsed() / 1e6);
        if (report.pulled + report.updated != 0)
            std::fprintf(stderr, "  a no-op sync did work: pulled %d, updated %d\n", report.pulled,
                         report.updated);
    }
    print("sync_noop_ms", median(noops), "ms");

    std::vector<double> pushes;
    for (int run = 0; run < 3; ++run) {
        int edited = 0;
        for (const core::PageSummary &summary : store.summaries()) {
            if (edited == 100)
                break;
            if (summary.bundle != u"localgov_services_page"_s ||
                summary.state == core::ModerationState::Archived)
                continue;
            std::optional<core::Page> page = store.page(summary.uuid);
            store::SyncStore records(store);
            const std::optional<store::SyncRecord> record = records.record(summary.uuid);
            if (!page || !record || record->draftOnSite ||
                record->status != store::SyncStatus::Synced)
                continue;
            page->body += u"\n\nUpdated in run %1."_s.arg(run);
            if (store.save(*page))
                ++edited;
        }
        QElapsedTimer timer;
        timer.start();
        const sync::SyncReport report = runSync(store, site.url(), false, true);
        pushes.push_back(timer.nsecsElapsed() / 1e9);
        std::fprintf(stderr, "  pushed %d of %d edited pages in %.3f s (%d problems)\n",
                     report.updated, edited, pushes.back(), int(report.problems.size()));
        for (const sync::PageProblem &problem :
             std::as_const(report.problems).first(std::min<qsizetype>(3, report.problems.size())))
            std::fprintf(stderr, "    %s: %s\n", qPrintable(problem.title),
                         qPrintable(problem.message));
    }
    print("sync_push_100_s", median(pushes), "s");
    return 0;
}
