// SPDX-License-Identifier: GPL-2.0-or-later
// The full axe-core audit of the same 5,000-word council page the native checker's benchmark
// uses, shown in a real preview. Run under a display (Xvfb); prints:
//
// - axe_audit_5k_words_first_ms: the first audit after the preview loaded, injecting axe-core.
// - axe_audit_5k_words_ms: the median of the audits after it (axe already in the page).
// - axe_audit_ui_stall_max_ms: the longest the UI thread's event loop waited during the warm
//   audits: the audit runs in Chromium's renderer, so this stays small.
#include "samplepage.h"

#include <render/previewblocks.h>
#include <ui/axeaudit.h>
#include <ui/previewview.h>
#include <ui/webengineenvironment.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace lga;

namespace {

void print(const char *name, double value, const char *unit)
{
    std::printf("%s %.2f %s\n", name, value, unit);
    std::fflush(stdout);
}

/// One audit, timed from start() to its answer; -1 when it failed. A plain event loop waits,
/// so the UI thread's stalls measured around it are the audit's own.
double audit(ui::AxeAudit &audit, qsizetype *findings)
{
    QEventLoop loop;
    bool ok = false;
    QMetaObject::Connection finished =
        QObject::connect(&audit, &ui::AxeAudit::finished, [&](const QList<check::Finding> &found) {
            *findings = found.size();
            ok = true;
            loop.quit();
        });
    QMetaObject::Connection failed =
        QObject::connect(&audit, &ui::AxeAudit::failed, [&](const QString &reason) {
            std::fprintf(stderr, "axe: %s\n", qPrintable(reason));
            loop.quit();
        });
    QElapsedTimer timer;
    timer.start();
    audit.start(std::chrono::minutes(2));
    loop.exec();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    QObject::disconnect(finished);
    QObject::disconnect(failed);
    return ok ? ms : -1;
}

} // namespace

int main(int argc, char **argv)
{
    ui::WebEngineEnvironment::prepare();
    QApplication app(argc, argv);
    ui::PreviewView view;
    view.resize(1000, 800);
    view.show();
    if (!QTest::qWaitFor([&] { return view.isReady(); }, 30000)) {
        std::fprintf(stderr, "axe: the preview did not load\n");
        return 1;
    }
    const QList<render::Block> blocks =
        render::PreviewBlocks::render(bench::councilPage(5000), core::SourceFormat::Markdown);
    bool shown = false;
    QObject::connect(&view, &ui::PreviewView::updated, [&](quint64) { shown = true; });
    view.showBlocks(1, blocks);
    if (!QTest::qWaitFor([&] { return shown; }, 30000)) {
        std::fprintf(stderr, "axe: the page was not shown\n");
        return 1;
    }

    ui::AxeAudit axe(&view);
    qsizetype findings = 0;
    const double first = audit(axe, &findings);
    if (first < 0)
        return 1;
    const qsizetype firstFindings = findings;

    // The event loop's longest wait between two ticks of a 5 ms timer.
    QElapsedTimer sinceTick;
    double maxStall = 0;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        maxStall = std::max(maxStall, double(sinceTick.nsecsElapsed()) / 1e6);
        sinceTick.restart();
    });
    sinceTick.start();
    ticker.start();
    std::vector<double> times;
    for (int run = 0; run < 9; ++run) {
        const double ms = audit(axe, &findings);
        if (ms < 0 || findings != firstFindings)
            return 1; // The same page must give the same findings every time.
        times.push_back(ms);
    }
    ticker.stop();
    std::sort(times.begin(), times.end());
    std::fprintf(stderr, "axe: %lld findings on the sample page (%lld blocks)\n",
                 static_cast<long long>(firstFindings), static_cast<long long>(blocks.size()));
    print("axe_audit_5k_words_first_ms", first, "ms");
    print("axe_audit_5k_words_ms", times.at(times.size() / 2), "ms");
    print("axe_audit_ui_stall_max_ms", maxStall, "ms");
    return 0;
}
