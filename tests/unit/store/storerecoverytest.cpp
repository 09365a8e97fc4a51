// SPDX-License-Identifier: GPL-2.0-or-later
#include "storetestsupport.h"

#include <store/backupmanager.h>
#include <store/integritycheck.h>
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
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>
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

TEST_F(StoreRecoveryTest, ATruncatedStoreIsMovedAsideAndTheBackupRestored)
{
    writePages(120, utc(2026, 3, 1));
    const QDateTime backupDay = utc(2026, 3, 2, 8);
    QStringList changedLater;
    {
        PageStore store;
        store.setClock([backupDay] { return backupDay; });
        ASSERT_TRUE(store.open(path()));
        ASSERT_EQ(BackupManager::backups(path()).size(), 1);
        // Early pages, so that they sit in the part of the file the cut keeps.
        for (int i : {2, 7}) {
            core::Page page = m_pages.at(i);
            page.title = QStringLiteral("Edited %1").arg(i);
            page.updated = backupDay.addSecs(600 + i);
            ASSERT_TRUE(store.save(page));
            changedLater.append(page.title);
        }
    }
    // A copy cut short, as a full disk or a dropped network connection leaves it: a little more
    // than half the file, ending in the middle of a database page.
    const QByteArray whole = readBytes(path());
    const QByteArray truncated = whole.left(whole.size() / 2 + 1000);
    writeBytes(path(), truncated);
    {
        PageStore store;
        EXPECT_FALSE(store.open(path()));
        EXPECT_EQ(store.lastError().kind, StoreError::Corrupt)
            << qPrintable(store.lastError().message);
    }
    EXPECT_EQ(readBytes(path()), truncated) << "a failed open leaves the file as it was";

    const QDateTime now = utc(2026, 3, 2, 12);
    const RecoveryResult result = StoreRecovery::recover(path(), now);
    ASSERT_TRUE(result.ok) << qPrintable(result.message);
    EXPECT_EQ(result.restoredFrom,
              BackupManager::backups(path(), BackupManager::Kind::Daily).last());
    EXPECT_EQ(result.movedAsideTo, expectedAside(now));
    EXPECT_EQ(readBytes(result.movedAsideTo), truncated) << "the damaged file is kept as it was";
    EXPECT_TRUE(result.message.contains(QDir::toNativeSeparators(result.movedAsideTo)))
        << qPrintable(result.message);
    // What the cut kept of the later work is named; pages only in the lost half cannot be, and
    // every page the backup holds is back.
    EXPECT_TRUE(result.damagedFileReadable);
    for (const QString &title : std::as_const(changedLater))
        EXPECT_TRUE(result.notRecovered.contains(title))
            << qPrintable(title) << " missing from " << qPrintable(result.notRecovered.join(u'|'));
    PageStore store;
    store.setClock([now] { return now; });
    ASSERT_TRUE(store.open(path())) << qPrintable(store.lastError().message);
    EXPECT_EQ(store.count(), m_pages.size());
    for (const core::Page &page : std::as_const(m_pages))
        EXPECT_EQ(store.page(page.uuid), page) << qPrintable(page.title);
}

TEST_F(StoreRecoveryTest, AStoreCutBeforeItsFirstPageEndsIsNotReadButStillMovedAside)
{
    writePages(20, utc(2026, 3, 1));
    {
        PageStore store;
        store.setClock([] { return utc(2026, 3, 2); });
        ASSERT_TRUE(store.open(path()));
    }
    const QByteArray truncated = readBytes(path()).left(60); // not even the whole header
    writeBytes(path(), truncated);
    {
        PageStore store;
        EXPECT_FALSE(store.open(path()));
        EXPECT_EQ(store.lastError().kind, StoreError::Corrupt);
    }
    const RecoveryResult result = StoreRecovery::recover(path(), utc(2026, 3, 2, 12));
    ASSERT_TRUE(result.ok) << qPrintable(result.message);
    EXPECT_FALSE(result.restoredFrom.isEmpty());
    EXPECT_EQ(readBytes(result.movedAsideTo), truncated);
    EXPECT_FALSE(result.damagedFileReadable);
    EXPECT_TRUE(result.message.contains(QStringLiteral("could not be read")))
        << qPrintable(result.message);
    PageStore store;
    ASSERT_TRUE(store.open(path()));
    EXPECT_EQ(store.count(), m_pages.size());
}

TEST_F(StoreRecoveryTest, GarbageInTheUuidIndexLosesNoTitleFromTheList)
{
    writePages(300, utc(2026, 3, 1));
    const QDateTime backupDay = utc(2026, 3, 2, 8);
    QStringList changedLater;
    {
        PageStore store;
        store.setClock([backupDay] { return backupDay; });
        ASSERT_TRUE(store.open(path()));
        for (int i : {10, 150, 290}) {
            core::Page page = m_pages.at(i);
            page.title = QStringLiteral("Edited %1").arg(i);
            page.updated = backupDay.addSecs(600 + i);
            ASSERT_TRUE(store.save(page));
            changedLater.append(page.title);
        }
    }
    // A leaf of the index that keeps uuids unique; the table's own pages stay whole.
    int target = -1;
    {
        RawConnection raw(path());
        QSqlQuery query(raw.database());
        if (!query.exec(QStringLiteral("SELECT pageno FROM dbstat WHERE name IN (SELECT name FROM"
                                       " pragma_index_list('pages') WHERE origin = 'u') AND"
                                       " pagetype = 'leaf' ORDER BY pageno")))
            GTEST_SKIP() << "this SQLite has no dbstat table to find the index's pages";
        QList<int> leaves;
        while (query.next())
            leaves.append(query.value(0).toInt());
        ASSERT_FALSE(leaves.isEmpty());
        target = leaves.at(leaves.size() / 2) - 1;
    }
    const QByteArray damaged = damagePage(target);
    {
        PageStore store;
        EXPECT_FALSE(store.open(path()));
        EXPECT_EQ(store.lastError().kind, StoreError::Corrupt);
    }

    const RecoveryResult result = StoreRecovery::recover(path(), utc(2026, 3, 2, 12));
    ASSERT_TRUE(result.ok) << qPrintable(result.message);
    EXPECT_FALSE(result.restoredFrom.isEmpty());
    EXPECT_EQ(readBytes(result.movedAsideTo), damaged);
    EXPECT_TRUE(result.damagedFileReadable);
    // The table is whole, so exactly the pages changed after the backup are listed, by title.
    QStringList listed = result.notRecovered;
    listed.sort();
    changedLater.sort();
    EXPECT_EQ(listed, changedLater);
}

TEST_F(StoreRecoveryTest, SavesOnlyInAMissingWriteAheadLogAreReportedLost)
{
    writePages(40, utc(2026, 3, 1));
    {
        PageStore store;
        store.setClock([] { return utc(2026, 3, 2); });
        ASSERT_TRUE(store.open(path()));
    }

    // Another instance saves a page and is killed before SQLite copies its log into the file.
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
    const QString wal = path() + QStringLiteral("-wal");
    const QString shm = path() + QStringLiteral("-shm");
    ASSERT_GT(QFileInfo(wal).size(), 32);
    ASSERT_TRUE(QFile::exists(shm));

    // Copies taken now, as a backup tool or a move to a new computer would: one with every file,
    // one without the log.
    QTemporaryDir whole;
    QTemporaryDir partial;
    const QString wholeStore = whole.filePath(QStringLiteral("store.sqlite"));
    const QString partialStore = partial.filePath(QStringLiteral("store.sqlite"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        ASSERT_TRUE(QFile::copy(path() + suffix, wholeStore + suffix));
    for (const QString &suffix : {QString(), QStringLiteral("-shm")})
        ASSERT_TRUE(QFile::copy(path() + suffix, partialStore + suffix));
    ASSERT_TRUE(QFile::remove(wal));

    {
        // With its log, the copy has everything and nothing to report.
        PageStore store;
        store.setClock([] { return utc(2026, 3, 2, 12); });
        ASSERT_TRUE(store.open(wholeStore)) << qPrintable(store.lastError().message);
        EXPECT_EQ(store.count(), m_pages.size() + 1);
        EXPECT_TRUE(store.openWarnings().isEmpty());
    }
    for (const QString &withoutLog : {path(), partialStore}) {
        const QByteArray before = readBytes(withoutLog);
        PageStore store;
        store.setClock([] { return utc(2026, 3, 2, 12); });
        ASSERT_TRUE(store.open(withoutLog)) << qPrintable(store.lastError().message);
        // Everything the file itself held is there; the page saved only in the log is not.
        EXPECT_EQ(store.count(), m_pages.size());
        for (const core::Page &page : std::as_const(m_pages))
            EXPECT_EQ(store.page(page.uuid), page) << qPrintable(page.title);
        const auto summaries = store.summaries();
        EXPECT_TRUE(std::none_of(summaries.begin(), summaries.end(),
                                 [&title](const auto &page) { return page.title == title; }));
        // The author is told, in words that name the missing file and when their work stops.
        const QList<StoreError> warnings = store.openWarnings();
        ASSERT_EQ(warnings.size(), 1);
        EXPECT_TRUE(warnings.first().message.contains(
            QDir::toNativeSeparators(withoutLog + QStringLiteral("-wal"))))
            << qPrintable(warnings.first().message);
        EXPECT_TRUE(warnings.first().message.contains(QStringLiteral("lost")));
        store.close();
        EXPECT_EQ(readBytes(withoutLog), before) << "opening wrote nothing into the store file";
        EXPECT_TRUE(QFileInfo::exists(withoutLog));

        // Told once: the next open finds a clean store.
        PageStore again;
        again.setClock([] { return utc(2026, 3, 2, 13); });
        ASSERT_TRUE(again.open(withoutLog));
        EXPECT_TRUE(again.openWarnings().isEmpty());
    }
}

TEST_F(StoreRecoveryTest, ADeferredCheckFindsTheDamageAndHoldsBackTheDailyBackup)
{
    writePages(300, utc(2026, 3, 1));
    {
        // A healthy store: the deferred check passes, and only then is the day's backup made.
        PageStore store;
        store.setClock([] { return utc(2026, 3, 2, 9); });
        store.setIntegrityCheckDeferred(true);
        ASSERT_TRUE(store.open(path())) << qPrintable(store.lastError().message);
        EXPECT_TRUE(store.integrityCheckPending());
        const int before = int(BackupManager::backups(path(), BackupManager::Kind::Daily).size());
        EXPECT_EQ(before, 0) << "the open itself took no backup";
        IntegrityCheck check;
        bool finished = false;
        QObject::connect(
            &check, &IntegrityCheck::finished,
            [&](const QStringList &problems, const QString &error, const QString &backupError) {
                EXPECT_TRUE(problems.isEmpty()) << qPrintable(problems.join(u'\n'));
                EXPECT_TRUE(error.isEmpty()) << qPrintable(error);
                EXPECT_TRUE(backupError.isEmpty()) << qPrintable(backupError);
                finished = true;
            });
        check.start(path(), utc(2026, 3, 2, 9));
        ASSERT_TRUE(QTest::qWaitFor([&] { return finished; }, 30000));
        store.integrityCheckPassed();
        EXPECT_FALSE(store.integrityCheckPending());
        EXPECT_EQ(BackupManager::backups(path(), BackupManager::Kind::Daily).size(), 1)
            << "the healthy store was backed up, beside the open store";
    }

    const QByteArray damaged = damagePage(middleLeaf());
    PageStore store;
    store.setClock([] { return utc(2026, 3, 3, 9); });
    store.setIntegrityCheckDeferred(true);
    ASSERT_TRUE(store.open(path())) << "the window opens while the check runs beside it";
    ASSERT_TRUE(store.integrityCheckPending());

    IntegrityCheck check;
    QStringList found;
    QString error;
    bool finished = false;
    QObject::connect(&check, &IntegrityCheck::finished,
                     [&](const QStringList &problems, const QString &message, const QString &) {
                         found = problems;
                         error = message;
                         finished = true;
                     });
    check.start(path(), utc(2026, 3, 3, 9));
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished; }, 30000));
    EXPECT_FALSE(found.isEmpty() && error.isEmpty()) << "the damage is found";
    EXPECT_EQ(store.damagedError(found).kind, StoreError::Corrupt);
    EXPECT_TRUE(store.damagedError(found).message.contains(QStringLiteral("damaged")));
    store.close();
    EXPECT_EQ(readBytes(path()), damaged) << "neither the check nor the open changed the file";
    EXPECT_TRUE(BackupManager::backups(path(), BackupManager::Kind::Daily).size() == 1)
        << "no backup of the damaged file pushed out a good one";

    // Opened the usual way, the same store is refused.
    PageStore checked;
    EXPECT_FALSE(checked.open(path()));
    EXPECT_EQ(checked.lastError().kind, StoreError::Corrupt);
}
