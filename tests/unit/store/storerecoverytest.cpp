// SPDX-License-Identifier: GPL-2.0-or-later
#include "storetestsupport.h"

#include <store/backupmanager.h>
#include <store/pagestore.h>
#include <store/storelock.h>
#include <store/storerecovery.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>

using namespace lga;
using namespace lga::store;
using namespace lga::store::test;

namespace {

constexpr int kPageSize = 4096;

QDateTime utc(int year, int month, int day, int hour = 9, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

class StoreRecoveryTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    QString path() const { return m_dir.filePath(QStringLiteral("store.sqlite")); }

    /// Writes \a count pages of a couple of kilobytes each, so the store spans many b-tree pages.
    void writePages(int count, const QDateTime &when)
    {
        PageStore store;
        store.setClock([when] { return when; });
        ASSERT_TRUE(store.open(path())) << qPrintable(store.lastError().message);
        for (int i = 0; i < count; ++i) {
            core::Page page =
                makePage(QStringLiteral("Page %1").arg(i), QString(2000, QChar(u'a' + i % 26)));
            page.created = page.updated = utc(2026, 1, 1).addSecs(i);
            m_pages.append(page);
        }
        ASSERT_TRUE(store.insertMany(m_pages)) << qPrintable(store.lastError().message);
    }

    /// The number (from 0) of a database page in the middle of the `pages` table.
    int middleLeaf() const
    {
        // dbstat names the table's leaf pages; without it, the middle of the file will do.
        RawConnection raw(path());
        QSqlQuery query(raw.database());
        if (query.exec(QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'pages' AND "
                                      "pagetype = 'leaf' ORDER BY pageno"))) {
            QList<int> leaves;
            while (query.next())
                leaves.append(query.value(0).toInt());
            if (!leaves.isEmpty())
                return leaves.at(leaves.size() / 2) - 1;
        }
        return int(QFileInfo(path()).size() / kPageSize / 2);
    }

    /// Overwrites database page \a target with text, as a failing disk might, and returns the
    /// file's bytes afterwards.
    QByteArray damagePage(int target)
    {
        QByteArray bytes = readBytes(path());
        EXPECT_GE(bytes.size(), 50 * kPageSize) << "expected a store of many pages";
        const QByteArray garbage =
            QByteArray("This is not a b-tree page. ").repeated(kPageSize / 27 + 1);
        bytes.replace(qsizetype(target) * kPageSize, kPageSize, garbage.left(kPageSize));
        writeBytes(path(), bytes);
        return bytes;
    }

    /// Damages the middle of the `pages` table and checks that the store no longer opens.
    QByteArray damage()
    {
        const QByteArray bytes = damagePage(middleLeaf());
        PageStore store;
        EXPECT_FALSE(store.open(path()));
        EXPECT_EQ(store.lastError().kind, StoreError::Corrupt);
        return bytes;
    }

    QString expectedAside(const QDateTime &when) const
    {
        return path() + QStringLiteral(".damaged-") +
               when.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    }

    QTemporaryDir m_dir;
    QList<core::Page> m_pages;
};

} // namespace

TEST_F(StoreRecoveryTest, TheNewestBackupIsRestoredAndLaterWorkIsListed)
{
    writePages(120, utc(2026, 3, 1));
    const QDateTime backupDay = utc(2026, 3, 2, 8);
    QStringList changedLater;
    QSet<QString> changedUuids;
    {
        // Opening on the next day takes the backup; what follows is only in the store itself.
        PageStore store;
        store.setClock([backupDay] { return backupDay; });
        ASSERT_TRUE(store.open(path()));
        ASSERT_EQ(BackupManager::backups(path()).size(), 1);
        for (int i : {5, 60, 110}) {
            core::Page page = m_pages.at(i);
            page.title = QStringLiteral("Edited %1").arg(i);
            page.updated = backupDay.addSecs(3600 + i);
            ASSERT_TRUE(store.save(page));
            changedLater.append(page.title);
            changedUuids.insert(page.uuid.toString(QUuid::WithoutBraces));
        }
        core::Page added = makePage(QStringLiteral("Added after the backup"));
        added.created = added.updated = backupDay.addSecs(7200);
        ASSERT_TRUE(store.insert(added));
        changedLater.append(added.title);
        changedUuids.insert(added.uuid.toString(QUuid::WithoutBraces));
    }
    const QByteArray damaged = damage();

    const QDateTime now = utc(2026, 3, 2, 11, 15);
    const RecoveryResult result = StoreRecovery::recover(path(), now);
    ASSERT_TRUE(result.ok) << qPrintable(result.message);
    EXPECT_EQ(result.restoredFrom,
              BackupManager::backups(path(), BackupManager::Kind::Daily).last());
    EXPECT_EQ(result.movedAsideTo, expectedAside(now));
    EXPECT_EQ(readBytes(result.movedAsideTo), damaged) << "the damaged file is kept byte for byte";
    EXPECT_FALSE(QFile::exists(result.movedAsideTo + QStringLiteral("-wal")));
    EXPECT_FALSE(QFile::exists(path() + QStringLiteral(".restoring")));
    EXPECT_TRUE(result.damagedFileReadable);
    EXPECT_TRUE(result.message.contains(QDir::toNativeSeparators(result.movedAsideTo)))
        << qPrintable(result.message);

    // Every page changed after the backup is named, by title where the damage left it readable,
    // and no page that the backup holds as it was is.
    EXPECT_EQ(result.notRecovered.size(), changedLater.size())
        << qPrintable(result.notRecovered.join(u'|'));
    for (const QString &entry : result.notRecovered)
        EXPECT_TRUE(changedLater.contains(entry) || changedUuids.contains(entry))
            << qPrintable(entry);

    PageStore store;
    store.setClock([now] { return now; });
    ASSERT_TRUE(store.open(path())) << qPrintable(store.lastError().message);
    EXPECT_EQ(store.count(), m_pages.size());
    for (const core::Page &page : std::as_const(m_pages))
        EXPECT_EQ(store.page(page.uuid), page) << qPrintable(page.title);
}

TEST_F(StoreRecoveryTest, TheWriteAheadLogMovesWithTheDamagedFileAndItsPagesAreListed)
{
    writePages(60, utc(2026, 3, 1));
    {
        PageStore store;
        store.setClock([] { return utc(2026, 3, 2); });
        ASSERT_TRUE(store.open(path()));
    }
    const int target = middleLeaf();

    // Another instance writes a page and is killed before SQLite folds its log into the file.
    const QString title = QStringLiteral("Only in the log");
    QProcess other;
    other.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    other.start(QCoreApplication::applicationFilePath(),
                {QString::fromLatin1(kHoldStoreSwitch), path(), title});
    ASSERT_TRUE(other.waitForStarted());
    ASSERT_TRUE(other.waitForReadyRead(10000)) << "the other instance never became ready";
    ASSERT_EQ(other.readLine().trimmed(), QByteArray("ready"));
    ASSERT_EQ(::kill(pid_t(other.processId()), SIGKILL), 0);
    ASSERT_TRUE(other.waitForFinished(10000));
    const QByteArray wal = readBytes(path() + QStringLiteral("-wal"));
    ASSERT_FALSE(wal.isEmpty());
    // No connection may open the store now: closing the last one would fold the log into it.
    const QByteArray damaged = damagePage(target);

    const RecoveryResult result = StoreRecovery::recover(path(), utc(2026, 3, 2, 12));
    ASSERT_TRUE(result.ok) << qPrintable(result.message);
    EXPECT_FALSE(result.restoredFrom.isEmpty());
    EXPECT_EQ(readBytes(result.movedAsideTo), damaged);
    EXPECT_EQ(readBytes(result.movedAsideTo + QStringLiteral("-wal")), wal);
    EXPECT_FALSE(QFile::exists(path() + QStringLiteral("-wal")));
    EXPECT_TRUE(result.damagedFileReadable);
    EXPECT_EQ(result.notRecovered, QStringList{title});
}

TEST_F(StoreRecoveryTest, WithoutABackupANewEmptyStoreIsStartedAndTheDamagedFileKept)
{
    writePages(100, utc(2026, 3, 1));
    const QByteArray damaged = damage();
    ASSERT_TRUE(BackupManager::backups(path()).isEmpty());

    const QDateTime now = utc(2026, 3, 1, 17);
    const RecoveryResult result = StoreRecovery::recover(path(), now);
    ASSERT_TRUE(result.ok) << qPrintable(result.message);
    EXPECT_TRUE(result.restoredFrom.isEmpty());
    EXPECT_EQ(result.movedAsideTo, expectedAside(now));
    EXPECT_EQ(readBytes(result.movedAsideTo), damaged);
    EXPECT_FALSE(result.message.isEmpty());
    // Every page was only in the damaged file, so every one is listed, by title or by uuid.
    EXPECT_EQ(result.notRecovered.size(), m_pages.size());

    PageStore store;
    ASSERT_TRUE(store.open(path())) << qPrintable(store.lastError().message);
    EXPECT_TRUE(store.isEmpty());
}

TEST_F(StoreRecoveryTest, OnlyAWholeHealthyBackupIsRestored)
{
    writePages(60, utc(2026, 3, 1));
    {
        PageStore store;
        store.setClock([] { return utc(2026, 3, 2); });
        ASSERT_TRUE(store.open(path()));
    }
    const QString good = BackupManager::backups(path()).value(0);
    ASSERT_FALSE(good.isEmpty());
    const QDir folder(BackupManager::folder(path()));
    // A later backup that was cut short keeps its temporary name; one that is damaged has a good
    // name but fails its check. Neither may be restored, even though both are newer.
    const QString partial = folder.filePath(QStringLiteral("store-20260303-090000.sqlite.partial"));
    writeBytes(partial, readBytes(good).left(3 * kPageSize));
    const QString broken = folder.filePath(QStringLiteral("store-20260304-090000.sqlite"));
    QByteArray brokenBytes = readBytes(good);
    brokenBytes.replace(brokenBytes.size() / 2, kPageSize, QByteArray(kPageSize, 'z'));
    writeBytes(broken, brokenBytes);
    ASSERT_FALSE(BackupManager::isHealthy(broken));

    damage();
    const RecoveryResult result = StoreRecovery::recover(path(), utc(2026, 3, 4, 12));
    ASSERT_TRUE(result.ok) << qPrintable(result.message);
    EXPECT_EQ(result.restoredFrom, good);
    EXPECT_TRUE(result.notRecovered.isEmpty()) << qPrintable(result.notRecovered.join(u'|'));
    EXPECT_TRUE(QFile::exists(broken)) << "a backup is never deleted by recovery";

    PageStore store;
    ASSERT_TRUE(store.open(path()));
    EXPECT_EQ(store.count(), m_pages.size());
}

TEST_F(StoreRecoveryTest, AnEarlierDamagedFileIsNeverOverwritten)
{
    writePages(60, utc(2026, 3, 1));
    const QByteArray damaged = damage();
    const QDateTime now = utc(2026, 3, 1, 12);
    writeBytes(expectedAside(now), "kept from before");

    const RecoveryResult result = StoreRecovery::recover(path(), now);
    ASSERT_TRUE(result.ok) << qPrintable(result.message);
    EXPECT_EQ(result.movedAsideTo, expectedAside(now) + QStringLiteral("-2"));
    EXPECT_EQ(readBytes(expectedAside(now)), QByteArray("kept from before"));
    EXPECT_EQ(readBytes(result.movedAsideTo), damaged);
}

TEST_F(StoreRecoveryTest, AStoreInUseIsLeftAlone)
{
    writePages(60, utc(2026, 3, 1));
    const QByteArray damaged = damage();
    StoreLock other(path());
    ASSERT_TRUE(other.tryLock());

    const RecoveryResult result = StoreRecovery::recover(path(), utc(2026, 3, 1, 12));
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.movedAsideTo.isEmpty());
    EXPECT_FALSE(result.message.isEmpty());
    EXPECT_EQ(readBytes(path()), damaged);
}

TEST_F(StoreRecoveryTest, AMissingStoreIsNotRecovered)
{
    const RecoveryResult result = StoreRecovery::recover(path());
    EXPECT_FALSE(result.ok);
    EXPECT_FALSE(result.message.isEmpty());
    EXPECT_FALSE(QFile::exists(path()));
}
