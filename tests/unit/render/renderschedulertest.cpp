// SPDX-License-Identifier: GPL-2.0-or-later
#include "htmlcheck.h"

#include <render/previewblocks.h>
#include <render/renderscheduler.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

using namespace lga;
using namespace lga::render;

namespace {

struct Delivery
{
    quint64 generation = 0;
    QList<Block> blocks;
    qint64 micros = 0;
    QThread *thread = nullptr;
};

// Runs the event loop until the condition holds or half a minute passes (a hang, not timing).
bool processEventsUntil(const std::function<bool()> &done)
{
    const QDeadlineTimer deadline(30'000);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
    return done();
}

QString largePage()
{
    // About 1 MB of Markdown, so the first render certainly outlasts the burst of requests.
    QString markdown;
    for (int i = 0; markdown.size() < 1'000'000; ++i)
        markdown += QStringLiteral("## Section %1\n\nResidents can *apply online* for a "
                                   "[permit](https://example.gov.uk/p/%1) in minutes.\n\n"
                                   "- first\n- second\n\n")
                        .arg(i);
    return markdown;
}

class RenderSchedulerTest : public testing::Test
{
protected:
    void SetUp() override
    {
        QObject::connect(
            &scheduler, &RenderScheduler::rendered, &scheduler,
            [this](quint64 generation, const QList<Block> &blocks, qint64 micros) {
                deliveries.append({generation, blocks, micros, QThread::currentThread()});
            });
    }

    RenderScheduler scheduler;
    QList<Delivery> deliveries;
};

} // namespace

TEST_F(RenderSchedulerTest, RendersOnAWorkerAndDeliversOnTheCallersThread)
{
    scheduler.request(7, QStringLiteral("# Title\n\nText\n"), core::SourceFormat::Markdown);
    ASSERT_TRUE(processEventsUntil([this] { return !deliveries.isEmpty(); }));
    ASSERT_EQ(deliveries.size(), 1);
    EXPECT_EQ(deliveries[0].generation, 7u);
    EXPECT_EQ(deliveries[0].blocks,
              PreviewBlocks::render(u"# Title\n\nText\n", core::SourceFormat::Markdown));
    EXPECT_GE(deliveries[0].micros, 0);
    EXPECT_EQ(deliveries[0].thread, QThread::currentThread());
    EXPECT_FALSE(scheduler.isBusy());
}

TEST_F(RenderSchedulerTest, RequestsDuringARenderAreCoalescedToTheNewest)
{
    // Results come back through this thread's event loop, which does not run until the burst
    // is over, so the first render is still "running" for every later request: the outcome
    // does not depend on how fast the worker is. The large first page makes that real too.
    scheduler.request(1, largePage(), core::SourceFormat::Markdown);
    EXPECT_TRUE(scheduler.isBusy());
    for (quint64 generation = 2; generation <= 5; ++generation)
        scheduler.request(generation, QStringLiteral("Edit %1\n").arg(generation),
                          core::SourceFormat::Markdown);
    EXPECT_TRUE(deliveries.isEmpty());

    ASSERT_TRUE(processEventsUntil([this] { return deliveries.size() == 2; }));
    // Let anything else that might be queued arrive.
    for (int i = 0; i < 20; ++i)
        QCoreApplication::processEvents();
    ASSERT_EQ(deliveries.size(), 2);
    EXPECT_EQ(deliveries[0].generation, 1u);
    EXPECT_GT(deliveries[0].blocks.size(), 1000);
    EXPECT_EQ(deliveries[1].generation, 5u);
    ASSERT_EQ(deliveries[1].blocks.size(), 1);
    EXPECT_EQ(deliveries[1].blocks[0].html, QStringLiteral("<p>Edit 5</p>"));
    EXPECT_FALSE(scheduler.isBusy());
}

TEST_F(RenderSchedulerTest, ARequestFromTheSlotIsServedToo)
{
    QObject::connect(
        &scheduler, &RenderScheduler::rendered, &scheduler, [this](quint64 generation) {
            if (generation == 1)
                scheduler.request(2, QStringLiteral("<p>html</p>"), core::SourceFormat::Html);
        });
    scheduler.request(1, QStringLiteral("one\n"), core::SourceFormat::Markdown);
    ASSERT_TRUE(processEventsUntil([this] { return deliveries.size() == 2; }));
    EXPECT_EQ(deliveries[1].generation, 2u);
    EXPECT_EQ(deliveries[1].blocks.value(0).html, QStringLiteral("<p>html</p>"));
}

TEST_F(RenderSchedulerTest, SequentialRequestsAreAllRendered)
{
    for (quint64 generation = 1; generation <= 3; ++generation) {
        scheduler.request(generation, QStringLiteral("Text %1\n").arg(generation),
                          core::SourceFormat::Markdown);
        ASSERT_TRUE(processEventsUntil([&] { return deliveries.size() == int(generation); }));
        EXPECT_EQ(deliveries.last().generation, generation);
    }
}

TEST(RenderScheduler, DestroyingWhileRenderingWaitsAndEmitsNothing)
{
    int delivered = 0;
    {
        auto scheduler = std::make_unique<RenderScheduler>();
        QObject::connect(scheduler.get(), &RenderScheduler::rendered, scheduler.get(),
                         [&delivered] { ++delivered; });
        scheduler->request(1, largePage(), core::SourceFormat::Markdown);
        scheduler->request(2, QStringLiteral("waiting"), core::SourceFormat::Markdown);
    }
    for (int i = 0; i < 20; ++i)
        QCoreApplication::processEvents();
    EXPECT_EQ(delivered, 0);
}

TEST(RenderScheduler, QueuedReceiversOnOtherThreadsGetTheBlocks)
{
    // Block and QList<Block> cross threads through queued connections.
    QThread thread;
    QObject receiver;
    receiver.moveToThread(&thread);
    thread.start();
    std::atomic<int> received = 0;
    RenderScheduler scheduler;
    QObject::connect(&scheduler, &RenderScheduler::rendered, &receiver,
                     [&received](quint64, const QList<Block> &blocks) {
                         if (blocks.size() == 1)
                             received = 1;
                     });
    scheduler.request(1, QStringLiteral("x\n"), core::SourceFormat::Markdown);
    EXPECT_TRUE(processEventsUntil([&] { return received.load() == 1; }));
    thread.quit();
    thread.wait();
}
