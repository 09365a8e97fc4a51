// SPDX-License-Identifier: GPL-2.0-or-later
// Measures the real app under a display (Xvfb): start-up to a shown window, memory of the app
// and its WebEngine processes, keystroke-to-preview latency, and the longest UI stall while
// typing in a 1 MB page. Prints one "name value unit" line per figure.
//
// usage: lga_bench_app PATH/TO/localgov-author
#include "samplepage.h"

#include <store/pagestore.h>
#include <ui/checkrunner.h>
#include <ui/mainwindow.h>
#include <ui/pageeditor.h>
#include <ui/previewview.h>
#include <ui/sourceeditor.h>

#include <ui/webengineenvironment.h>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <string_view>

using namespace lga;

namespace {

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[index];
}

void print(const char *name, double value, const char *unit)
{
    std::printf("%s %.2f %s\n", name, value, unit);
    std::fflush(stdout);
}

QString makeStore(const QTemporaryDir &dir, const QString &name, const QString &body)
{
    const QString path = dir.filePath(name);
    store::PageStore store;
    if (!store.open(path))
        qFatal("cannot create the benchmark store");
    core::Page page = core::Page::create(QStringLiteral("localgov_services_page"));
    page.title = QStringLiteral("Everything about council services");
    page.summary = QStringLiteral("A long page for measuring.");
    page.body = body;
    store.insert(page);
    return path;
}

// Reads "lga-ready WHAT" lines from the app until `what` arrives; the elapsed ms, or -1.
qint64 waitForReady(QProcess &app, const QElapsedTimer &clock, const QByteArray &what)
{
    while (app.state() != QProcess::NotRunning || app.canReadLine()) {
        while (app.canReadLine()) {
            if (app.readLine().trimmed() == "lga-ready " + what)
                return clock.elapsed();
        }
        app.waitForReadyRead(100);
    }
    return -1;
}

QList<int> processTree(int root)
{
    QList<int> tree{root};
    for (int i = 0; i < tree.size(); ++i) {
        for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
            bool ok = false;
            const int pid = entry.toInt(&ok);
            if (!ok)
                continue;
            QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
            if (!stat.open(QIODevice::ReadOnly))
                continue;
            const QByteArray text = stat.readAll();
            // The parent pid is the second field after the parenthesised command name.
            const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
            if (fields.size() > 1 && fields.at(1).toInt() == tree.at(i) && !tree.contains(pid))
                tree << pid;
        }
    }
    return tree;
}

double memoryKb(int pid, const QByteArray &field, const QString &file)
{
    QFile status(QStringLiteral("/proc/%1/%2").arg(pid).arg(file));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').first().toDouble();
    }
    return 0;
}

QProcessEnvironment appEnvironment(const QTemporaryDir &dir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    return env;
}

void measureStartup(const QString &appPath, const QTemporaryDir &dir, const QString &storePath)
{
    std::vector<double> times;
    for (int run = 0; run < 9; ++run) {
        QProcess app;
        app.setProcessEnvironment(appEnvironment(dir));
        QElapsedTimer clock;
        clock.start();
        app.start(appPath, {QStringLiteral("--store"), storePath, QStringLiteral("--print-ready"),
                            QStringLiteral("--quit-when-ready")});
        const qint64 shown = waitForReady(app, clock, "shown");
        waitForReady(app, clock, "preview");
        if (!app.waitForFinished(20000))
            app.kill();
        if (shown < 0)
            qFatal("the app never showed its window");
        if (run > 0) // the first run warms the disk cache
            times.push_back(double(shown));
    }
    print("startup_to_window_ms", percentile(times, 0.5), "ms");
}

void measureMemory(const QString &appPath, const QTemporaryDir &dir, const QString &storePath)
{
    QProcess app;
    app.setProcessEnvironment(appEnvironment(dir));
    QElapsedTimer clock;
    clock.start();
    app.start(appPath, {QStringLiteral("--store"), storePath, QStringLiteral("--print-ready")});
    if (waitForReady(app, clock, "preview") < 0)
        qFatal("the app never showed the preview");
    QTest::qWait(3000); // let start-up allocations settle
    double rss = 0;
    double pss = 0;
    const QList<int> tree = processTree(int(app.processId()));
    for (int pid : tree) {
        rss += memoryKb(pid, "VmRSS:", QStringLiteral("status"));
        pss += memoryKb(pid, "Pss:", QStringLiteral("smaps_rollup"));
    }
    app.kill();
    app.waitForFinished(5000);
    print("rss_total_mb", rss / 1024.0, "MB");
    print("pss_total_mb", pss / 1024.0, "MB");
    print("app_processes", double(tree.size()), "processes");
}

// Spins an event loop until the preview reports `wanted`. QTest::qWaitFor would sleep in
// 10 ms steps and blur the figure, so this wakes on the signal itself.
void waitForGeneration(ui::PreviewView *preview, const quint64 &shown, quint64 wanted)
{
    if (shown >= wanted)
        return;
    QEventLoop loop;
    const auto connection = QObject::connect(preview, &ui::PreviewView::updated, &loop, [&] {
        if (shown >= wanted)
            loop.quit();
    });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(connection);
}

struct Typing
{
    std::vector<double> latencies;
    double maxStall = 0;
};

// Types `keys` characters in the middle of the page, one at a time, timing each until the
// preview DOM holds it, while a 5 ms ticker records the longest gap in the UI event loop.
Typing type(const QString &storePath, int keys)
{
    store::PageStore store;
    if (!store.open(storePath))
        qFatal("cannot open the benchmark store");
    ui::MainWindow window(store);
    window.resize(1400, 900);
    window.show();
    ui::PreviewView *preview = window.preview();
    if (!QTest::qWaitFor([&] { return preview->isReady(); }, 30000))
        qFatal("the preview never loaded");
    quint64 shown = 0;
    QObject::connect(preview, &ui::PreviewView::updated, preview, [&](quint64 g) { shown = g; });
    (void)QTest::qWaitFor([&] { return shown >= window.renderGeneration(); }, 30000);
    QTest::qWait(500);

    ui::SourceEditor *editor = window.editor()->bodyEditor();
    editor->setFocus();
    QTextCursor cursor(editor->document()->findBlockByNumber(editor->document()->blockCount() / 2));
    cursor.movePosition(QTextCursor::EndOfBlock);
    editor->setTextCursor(cursor);
    editor->centerCursor();

    Typing result;
    QElapsedTimer tick;
    tick.start();
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
        result.maxStall = std::max(result.maxStall, double(tick.nsecsElapsed()) / 1e6);
        tick.restart();
    });
    ticker.start(5);
    QTest::qWait(50);
    result.maxStall = 0;
    for (int i = 0; i < keys; ++i) {
        QElapsedTimer clock;
        clock.start();
        QTest::keyClick(editor, char('a' + i % 26));
        waitForGeneration(preview, shown, window.renderGeneration());
        result.latencies.push_back(double(clock.nsecsElapsed()) / 1e6);
        QTest::qWait(30); // a fast typist's pace
    }
    ticker.stop();
    window.close();
    return result;
}

// Types a short burst at a typist's pace, then times the pause until the checker's findings for
// the newest text reach the window: what an author waits for after they stop typing.
std::vector<double> findingsAfterPause(const QString &storePath, int rounds)
{
    store::PageStore store;
    if (!store.open(storePath))
        qFatal("cannot open the benchmark store");
    ui::MainWindow window(store);
    window.resize(1400, 900);
    window.show();
    if (!QTest::qWaitFor([&] { return window.preview()->isReady(); }, 30000))
        qFatal("the preview never loaded");
    QTest::qWait(1000);
    ui::SourceEditor *editor = window.editor()->bodyEditor();
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);

    int finished = 0;
    QObject::connect(window.checkRunner(), &ui::CheckRunner::finished, editor,
                     [&finished] { ++finished; });
    std::vector<double> waits;
    for (int round = 0; round < rounds; ++round) {
        const std::string_view burst(" click here");
        QElapsedTimer clock;
        for (size_t k = 0; k < burst.size(); ++k) {
            if (k > 0)
                QTest::qWait(30);
            QTest::keyClick(editor, burst[k]);
            clock.start();
        }
        const int before = finished;
        QEventLoop loop;
        const auto connection = QObject::connect(window.checkRunner(), &ui::CheckRunner::finished,
                                                 &loop, &QEventLoop::quit);
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        if (finished == before)
            loop.exec();
        QObject::disconnect(connection);
        waits.push_back(double(clock.nsecsElapsed()) / 1e6);
        QTest::qWait(300);
    }
    window.close();
    return waits;
}

} // namespace

int main(int argc, char **argv)
{
    lga::ui::WebEngineEnvironment::prepare();
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: lga_bench_app PATH/TO/localgov-author\n");
        return 2;
    }
    const QString appPath = QString::fromLocal8Bit(argv[1]);
    QTemporaryDir dir;
    qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toLocal8Bit());
    const QString page5k = makeStore(dir, QStringLiteral("5k.sqlite"), bench::councilPage(5000));

    const Typing typing = type(page5k, 200);
    print("keystroke_to_preview_p50_ms", percentile(typing.latencies, 0.5), "ms");
    print("keystroke_to_preview_p95_ms", percentile(typing.latencies, 0.95), "ms");
    print("ui_stall_5k_words_max_ms", typing.maxStall, "ms");

    const std::vector<double> pauses = findingsAfterPause(page5k, 15);
    print("findings_after_pause_5k_words_p50_ms", percentile(pauses, 0.5), "ms");
    print("findings_after_pause_5k_words_max_ms", percentile(pauses, 1.0), "ms");

    const QString page1mb =
        makeStore(dir, QStringLiteral("1mb.sqlite"), bench::councilPage(170000));
    const Typing big = type(page1mb, 40);
    print("keystroke_to_preview_1mb_p50_ms", percentile(big.latencies, 0.5), "ms");
    print("ui_stall_1mb_max_ms", big.maxStall, "ms");

    measureStartup(appPath, dir, page5k);
    measureMemory(appPath, dir, page5k);
    return 0;
}
