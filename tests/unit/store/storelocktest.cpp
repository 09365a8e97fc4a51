// SPDX-License-Identifier: GPL-2.0-or-later
#include "storetestsupport.h"

#include <store/pagestore.h>
#include <store/storelock.h>

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>

using namespace lga;
using namespace lga::store;
using namespace lga::store::test;

TEST(StoreLock, ASecondStoreOnTheSamePathIsRefusedUntilTheFirstCloses)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    PageStore first;
    ASSERT_TRUE(first.open(path));
    EXPECT_TRUE(QFile::exists(StoreLock::lockFilePath(path)));

    PageStore second;
    EXPECT_FALSE(second.open(path));
    EXPECT_EQ(second.lastError().kind, StoreError::Locked);
    EXPECT_TRUE(
        second.lastError().message.contains(QString::number(QCoreApplication::applicationPid())))
        << qPrintable(second.lastError().message);
    // The refused store must not have taken the lock away from the first.
    EXPECT_TRUE(QFile::exists(StoreLock::lockFilePath(path)));
    EXPECT_TRUE(first.insert(makePage(QStringLiteral("Still mine"))));

    first.close();
    EXPECT_FALSE(QFile::exists(StoreLock::lockFilePath(path)));
    ASSERT_TRUE(second.open(path)) << qPrintable(second.lastError().message);
    EXPECT_EQ(second.count(), 1);
}

TEST(StoreLock, AFailedTryLockNamesTheHolder)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    StoreLock mine(path);
    ASSERT_TRUE(mine.tryLock());
    EXPECT_TRUE(mine.isLocked());
    EXPECT_TRUE(mine.tryLock()); // Asking again while holding it is harmless.

    StoreLock theirs(path);
    EXPECT_FALSE(theirs.tryLock());
    EXPECT_FALSE(theirs.isLocked());
    EXPECT_EQ(theirs.error(), QLockFile::LockFailedError);
    const std::optional<StoreLock::Holder> holder = theirs.holder();
    ASSERT_TRUE(holder);
    EXPECT_EQ(holder->pid, QCoreApplication::applicationPid());
    EXPECT_EQ(holder->hostname, QSysInfo::machineHostName());
    EXPECT_FALSE(holder->appName.isEmpty());

    mine.unlock();
    EXPECT_TRUE(theirs.tryLock());
}

TEST(StoreLock, ALockLeftByAKilledInstanceIsTakenOver)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    const QString title = QStringLiteral("Written before the kill");

    // The other instance is this test binary run again: it opens the store, writes a page, and
    // then waits until it is killed.
    QProcess other;
    other.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    other.start(QCoreApplication::applicationFilePath(),
                {QString::fromLatin1(kHoldStoreSwitch), path, title});
    ASSERT_TRUE(other.waitForStarted());
    ASSERT_TRUE(other.waitForReadyRead(10000)) << "the other instance never became ready";
    ASSERT_EQ(other.readLine().trimmed(), QByteArray("ready"));

    PageStore store;
    EXPECT_FALSE(store.open(path));
    EXPECT_EQ(store.lastError().kind, StoreError::Locked);
    EXPECT_TRUE(store.lastError().message.contains(QString::number(other.processId())))
        << qPrintable(store.lastError().message);

    ASSERT_EQ(::kill(pid_t(other.processId()), SIGKILL), 0);
    // Waiting reaps the child, as the shell or desktop would for a real instance; a zombie
    // would still count as running.
    ASSERT_TRUE(other.waitForFinished(10000));
    EXPECT_EQ(other.exitStatus(), QProcess::CrashExit);
    ASSERT_TRUE(QFile::exists(StoreLock::lockFilePath(path))) << "SIGKILL must leave the lock";

    ASSERT_TRUE(store.open(path)) << qPrintable(store.lastError().message);
    const QList<core::PageSummary> summaries = store.summaries();
    ASSERT_EQ(summaries.size(), 1);
    EXPECT_EQ(summaries.first().title, title);
}

TEST(StoreLock, AnEmptyLockFileIsTakenOverOnceItIsClearlyAbandoned)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    const QString lockPath = StoreLock::lockFilePath(path);
    writeBytes(lockPath, {});

    // Just created: its owner may be about to write into it.
    PageStore store;
    EXPECT_FALSE(store.open(path));
    EXPECT_EQ(store.lastError().kind, StoreError::Locked);

    QFile lock(lockPath);
    ASSERT_TRUE(lock.open(QIODevice::ReadWrite));
    ASSERT_TRUE(lock.setFileTime(QDateTime::currentDateTime().addSecs(-60),
                                 QFileDevice::FileModificationTime));
    lock.close();
    EXPECT_TRUE(store.open(path)) << qPrintable(store.lastError().message);
}
