// SPDX-License-Identifier: GPL-2.0-or-later
#include "storetestsupport.h"

#include <store/autosaver.h>
#include <store/pagestore.h>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace lga;
using namespace lga::store;
using namespace lga::store::test;
using namespace std::chrono_literals;

namespace {

class AutosaverTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("store.sqlite"));
        ASSERT_TRUE(m_store.open(m_path)) << qPrintable(m_store.lastError().message);
        m_page = makePage(QStringLiteral("Report a pothole"));
        ASSERT_TRUE(m_store.insert(m_page));
    }

    QString storedBody(const QUuid &uuid) const
    {
        const std::optional<core::Page> page = m_store.page(uuid);
        return page ? page->body : QString();
    }

    core::Page withBody(const QString &body) const
    {
        core::Page page = m_page;
        page.body = body;
        return page;
    }

    QTemporaryDir m_dir;
    QString m_path;
    PageStore m_store;
    core::Page m_page;
};

} // namespace

TEST_F(AutosaverTest, DefaultsMatchTheTypingRhythm)
{
    Autosaver saver(m_store);
    EXPECT_EQ(saver.idleDelay(), 750ms);
    EXPECT_EQ(saver.maxDelay(), 900ms);
    EXPECT_EQ(saver.retryInterval(), 2000ms);
    EXPECT_FALSE(saver.isDirty());
}

TEST_F(AutosaverTest, EditsInQuickSuccessionAreSavedOnce)
{
    Autosaver saver(m_store);
    QSignalSpy saved(&saver, &Autosaver::saved);
    QSignalSpy dirty(&saver, &Autosaver::dirtyChanged);
    for (int i = 1; i <= 10; ++i) {
        saver.edited(withBody(QStringLiteral("Edit %1\n").arg(i)));
        QTest::qWait(10);
    }
    EXPECT_TRUE(saver.isDirty());
    EXPECT_TRUE(saver.isDirty(m_page.uuid));
    EXPECT_EQ(storedBody(m_page.uuid), m_page.body);

    ASSERT_TRUE(saved.wait(3000));
    QTest::qWait(1200);
    ASSERT_EQ(saved.count(), 1);
    EXPECT_EQ(saved.at(0).at(0).value<QUuid>(), m_page.uuid);
    EXPECT_EQ(storedBody(m_page.uuid), QStringLiteral("Edit 10\n"));
    EXPECT_EQ(m_store.page(m_page.uuid)->updated, saved.at(0).at(1).toDateTime());
    EXPECT_FALSE(saver.isDirty());
    ASSERT_EQ(dirty.count(), 2);
    EXPECT_TRUE(dirty.at(0).at(0).toBool());
    EXPECT_FALSE(dirty.at(1).at(0).toBool());
}

TEST_F(AutosaverTest, ContinuousTypingIsSavedAboutEverySecond)
{
    Autosaver saver(m_store);
    QElapsedTimer clock;
    QList<qint64> savedAt;
    QObject::connect(&saver, &Autosaver::saved, &saver, [&] { savedAt.append(clock.elapsed()); });

    int keystrokes = 0;
    QTimer typing;
    typing.setInterval(50ms);
    QObject::connect(&typing, &QTimer::timeout, &saver, [&] {
        ++keystrokes;
        saver.edited(withBody(QStringLiteral("a").repeated(keystrokes)));
    });
    clock.start();
    saver.edited(withBody(QStringLiteral("start")));
    typing.start();
    QTest::qWait(3000);
    typing.stop();
    const qint64 burstEnd = clock.elapsed();
    const QList<qint64> duringBurst = savedAt;

    // An idle timer alone would never fire while keys arrive every 50 ms.
    ASSERT_GE(duringBurst.size(), 2) << "saves during a 3 s burst";
    EXPECT_LE(duringBurst.first(), 1300) << "first save after the first edit";
    for (qsizetype i = 1; i < duringBurst.size(); ++i)
        EXPECT_LE(duringBurst.at(i) - duringBurst.at(i - 1), 1300) << "gap before save " << i;
    EXPECT_LE(burstEnd - duringBurst.last(), 1300);

    ASSERT_TRUE(QTest::qWaitFor([&] { return !saver.isDirty(); }, 3000));
    EXPECT_EQ(storedBody(m_page.uuid), QStringLiteral("a").repeated(keystrokes));
}

TEST_F(AutosaverTest, FlushWritesAtOnce)
{
    Autosaver saver(m_store);
    QSignalSpy saved(&saver, &Autosaver::saved);
    EXPECT_TRUE(saver.flush()); // Nothing to do is success.
    EXPECT_EQ(saved.count(), 0);

    saver.edited(withBody(QStringLiteral("Switching pages now\n")));
    EXPECT_TRUE(saver.flush());
    EXPECT_EQ(saved.count(), 1);
    EXPECT_FALSE(saver.isDirty());
    EXPECT_EQ(storedBody(m_page.uuid), QStringLiteral("Switching pages now\n"));

    QTest::qWait(1200);
    EXPECT_EQ(saved.count(), 1) << "the timers must not save the same edit again";
}

TEST_F(AutosaverTest, EditsToSeveralPagesAreAllKept)
{
    const core::Page other = makePage(QStringLiteral("Council tax"));
    ASSERT_TRUE(m_store.insert(other));
    core::Page fresh = core::Page::create(QStringLiteral("localgov_news_article"));
    fresh.title = QStringLiteral("Not in the store yet");

    Autosaver saver(m_store);
    saver.edited(withBody(QStringLiteral("First page\n")));
    core::Page otherEdited = other;
    otherEdited.body = QStringLiteral("Second page\n");
    saver.edited(otherEdited);
    saver.edited(fresh);
    EXPECT_TRUE(saver.flush()) << qPrintable(m_store.lastError().message);

    EXPECT_EQ(storedBody(m_page.uuid), QStringLiteral("First page\n"));
    EXPECT_EQ(storedBody(other.uuid), QStringLiteral("Second page\n"));
    ASSERT_TRUE(m_store.page(fresh.uuid));
    EXPECT_EQ(m_store.page(fresh.uuid)->title, fresh.title);
    EXPECT_EQ(m_store.count(), 3);
}

TEST_F(AutosaverTest, DiscardForgetsUnsavedEdits)
{
    Autosaver saver(m_store);
    QSignalSpy saved(&saver, &Autosaver::saved);
    saver.edited(withBody(QStringLiteral("Deleted before saving\n")));
    saver.discard(m_page.uuid);
    EXPECT_FALSE(saver.isDirty());
    QTest::qWait(1200);
    EXPECT_EQ(saved.count(), 0);
    EXPECT_EQ(storedBody(m_page.uuid), m_page.body);
}

TEST_F(AutosaverTest, PendingEditsAreWrittenWhenTheSaverIsDestroyed)
{
    {
        Autosaver saver(m_store);
        saver.edited(withBody(QStringLiteral("Typed just before quitting\n")));
    }
    EXPECT_EQ(storedBody(m_page.uuid), QStringLiteral("Typed just before quitting\n"));
}

TEST_F(AutosaverTest, AFailedSaveKeepsThePageDirtyAndIsRetried)
{
    m_store.setBusyTimeout(50ms);
    Autosaver saver(m_store);
    saver.setIdleDelay(20ms);
    saver.setMaxDelay(100ms);
    saver.setRetryInterval(300ms);
    QSignalSpy saved(&saver, &Autosaver::saved);
    QSignalSpy failed(&saver, &Autosaver::saveFailed);

    // Another program holds the write lock, as a backup tool or a second connection might.
    auto other = std::make_unique<RawConnection>(m_path);
    ASSERT_TRUE(other->exec(QStringLiteral("BEGIN IMMEDIATE")));

    saver.edited(withBody(QStringLiteral("Typed while the store was busy\n")));
    ASSERT_TRUE(failed.wait(3000));
    EXPECT_EQ(failed.at(0).at(0).value<QUuid>(), m_page.uuid);
    EXPECT_FALSE(failed.at(0).at(1).toString().isEmpty());
    EXPECT_TRUE(saver.isDirty());
    EXPECT_EQ(saved.count(), 0);
    EXPECT_FALSE(saver.flush());
    EXPECT_TRUE(saver.isDirty());

    ASSERT_TRUE(other->exec(QStringLiteral("ROLLBACK")));
    other.reset();
    ASSERT_TRUE(saved.wait(3000)) << "the retry never happened";
    EXPECT_FALSE(saver.isDirty());
    EXPECT_EQ(storedBody(m_page.uuid), QStringLiteral("Typed while the store was busy\n"));
}
