// SPDX-License-Identifier: GPL-2.0-or-later
#include <store/pagestore.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <deque>

using namespace lga;

namespace {

QString expectedText(int count)
{
    const QString alphabet = QStringLiteral("abcdefghijklmnopqrstuvwxyz");
    QString text;
    for (int i = 0; i < count; ++i)
        text += alphabet.at(i % alphabet.size());
    return text;
}

} // namespace

TEST(CrashRecovery, SigkillLosesAtMostTheLastSecondOfTyping)
{
    int argc = 1;
    char name[] = "lga_crash_tests";
    char *argv[] = {name, nullptr};
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pages.sqlite"));
    core::Page page = core::Page::create(QStringLiteral("localgov_services_page"));
    page.title = QStringLiteral("Report a pothole");
    {
        store::PageStore store;
        ASSERT_TRUE(store.open(path));
        ASSERT_TRUE(store.insert(page));
    }

    QProcess typist;
    typist.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    typist.start(QStringLiteral(LGA_TYPIST), {path});
    ASSERT_TRUE(typist.waitForStarted(10000));

    // (time received, characters typed) for every report, to know what was typed a second ago.
    QElapsedTimer clock;
    std::deque<std::pair<qint64, int>> reports;
    bool started = false;
    qint64 typingStarted = 0;
    while (!started || clock.elapsed() - typingStarted < 4000) {
        if (!typist.waitForReadyRead(10000))
            break;
        while (typist.canReadLine()) {
            const QByteArray line = typist.readLine().trimmed();
            if (line == "ready") {
                clock.start();
                started = true;
            } else if (line.startsWith("typed ")) {
                if (reports.empty())
                    typingStarted = clock.elapsed();
                reports.emplace_back(clock.elapsed(), line.mid(6).toInt());
            }
        }
    }
    ASSERT_TRUE(started) << "the typist never started";
    ASSERT_FALSE(reports.empty());
    const qint64 killedAt = clock.elapsed();
    typist.kill(); // SIGKILL: no chance to flush anything
    typist.waitForFinished(5000);

    int typedASecondBefore = 0;
    for (const auto &[at, count] : reports) {
        if (at <= killedAt - 1000)
            typedASecondBefore = count;
    }
    const int typedInAll = reports.back().second;
    ASSERT_GT(typedASecondBefore, 40) << "typing was too slow to test anything";

    store::PageStore store;
    ASSERT_TRUE(store.open(path)) << qPrintable(store.lastError().message);
    const auto saved = store.page(page.uuid);
    ASSERT_TRUE(saved.has_value());
    const QString body = saved->body;
    EXPECT_GE(body.size(), typedASecondBefore)
        << "typed " << typedInAll << ", " << typedASecondBefore
        << " of them over a second before the kill, "
        << "but only " << body.size() << " reached the store";
    EXPECT_TRUE(expectedText(typedInAll).startsWith(body)) << "the store holds text never typed";
}
