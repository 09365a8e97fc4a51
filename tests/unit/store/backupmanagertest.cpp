// SPDX-License-Identifier: GPL-2.0-or-later
#include "storetestsupport.h"

#include <store/backupmanager.h>
#include <store/pagestore.h>
#include <store/schema.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace lga;
using namespace lga::store;
using namespace lga::store::test;

namespace {

QDateTime utc(int year, int month, int day, int hour = 9, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

class BackupManagerTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    QString path() const { return m_dir.filePath(QStringLiteral("store.sqlite")); }

    /// Opens the store as the app would at \a when, and closes it again.
    void openAt(const QDateTime &when, const QList<core::Page> &add = {})
    {
        PageStore store;
        store.setClock([when] { return when; });
        ASSERT_TRUE(store.open(path())) << qPrintable(store.lastError().message);
        if (!add.isEmpty()) {
            ASSERT_TRUE(store.insertMany(add)) << qPrintable(store.lastError().message);
        }
    }

    static QList<core::Page> pages(int count)
    {
        QList<core::Page> result;
        for (int i = 0; i < count; ++i)
            result.append(makePage(QStringLiteral("Page %1").arg(i)));
        return result;
    }

    static QStringList names(const QStringList &paths)
    {
        QStringList result;
        for (const QString &path : paths)
            result.append(QFileInfo(path).fileName());
        return result;
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(BackupManagerTest, AStoreWithPagesIsBackedUpWhenItOpensAndTheBackupHoldsTheSamePages)
{
    const QList<core::Page> written = pages(40);
    openAt(utc(2026, 3, 1), written);
    EXPECT_TRUE(BackupManager::backups(path()).isEmpty()) << "the store was empty when it opened";

    openAt(utc(2026, 3, 2, 14, 5));
    const QStringList backups = BackupManager::backups(path());
    ASSERT_EQ(names(backups), QStringList{QStringLiteral("store-20260302-140500.sqlite")});
    EXPECT_EQ(QFileInfo(backups.first()).absolutePath(),
              QDir(m_dir.path()).filePath(QStringLiteral("backups")));
    EXPECT_EQ(BackupManager::takenAt(backups.first()), utc(2026, 3, 2, 14, 5));
    EXPECT_TRUE(BackupManager::isHealthy(backups.first()));

    // A backup is one self-contained file: rollback journal (header byte 18 is 1), nothing beside.
    const QByteArray bytes = readBytes(backups.first());
    ASSERT_GE(bytes.size(), 100);
    EXPECT_EQ(bytes.at(18), 1);
    EXPECT_FALSE(QFile::exists(backups.first() + QStringLiteral("-wal")));

    // Opened as a store of its own, it holds exactly the pages that were written.
    const QString copy = m_dir.filePath(QStringLiteral("restored/store.sqlite"));
    ASSERT_TRUE(QDir().mkpath(QFileInfo(copy).absolutePath()));
    ASSERT_TRUE(QFile::copy(backups.first(), copy));
    PageStore restored;
    ASSERT_TRUE(restored.open(copy)) << qPrintable(restored.lastError().message);
    EXPECT_EQ(restored.count(), written.size());
    for (const core::Page &page : written)
        EXPECT_EQ(restored.page(page.uuid), page) << qPrintable(page.title);
}

TEST_F(BackupManagerTest, TheDailyBackupIsTakenAtMostOncePerCalendarDay)
{
    openAt(utc(2026, 3, 1, 8), pages(3));
    openAt(utc(2026, 3, 2, 0, 1));
    openAt(utc(2026, 3, 2, 12));
    openAt(utc(2026, 3, 2, 23, 59));
    EXPECT_EQ(names(BackupManager::backups(path())),
              QStringList{QStringLiteral("store-20260302-000100.sqlite")});
    EXPECT_FALSE(BackupManager::dailyBackupDue(path(), utc(2026, 3, 2, 23, 59)));
    EXPECT_TRUE(BackupManager::dailyBackupDue(path(), utc(2026, 3, 3, 0, 0)));

    openAt(utc(2026, 3, 3, 7));
    EXPECT_EQ(names(BackupManager::backups(path())),
              (QStringList{QStringLiteral("store-20260303-070000.sqlite"),
                           QStringLiteral("store-20260302-000100.sqlite")}));
}

TEST_F(BackupManagerTest, AClockPutBackDoesNotTakeAnotherBackup)
{
    openAt(utc(2026, 3, 1), pages(2));
    openAt(utc(2026, 3, 5));
    openAt(utc(2026, 3, 4));
    EXPECT_EQ(BackupManager::backups(path()).size(), 1);
}

TEST_F(BackupManagerTest, AnEmptyStoreIsNeverBackedUp)
{
    openAt(utc(2026, 3, 1));
    openAt(utc(2026, 3, 2));
    EXPECT_TRUE(BackupManager::backups(path()).isEmpty());
}

TEST_F(BackupManagerTest, TheSevenNewestDailyBackupsAreKept)
{
    openAt(utc(2026, 3, 1), pages(2));
    for (int day = 2; day <= 12; ++day)
        openAt(utc(2026, 3, day));
    QStringList expected;
    for (int day = 12; day >= 6; --day)
        expected.append(
            QStringLiteral("store-202603%1-090000.sqlite").arg(day, 2, 10, QChar(u'0')));
    EXPECT_EQ(names(BackupManager::backups(path())), expected);
    EXPECT_EQ(BackupManager::backups(path(), BackupManager::Kind::PreMigration).size(), 0);
}

TEST_F(BackupManagerTest, OnlyWholeBackupsOfThisStoreAreListed)
{
    openAt(utc(2026, 3, 1), pages(2));
    openAt(utc(2026, 3, 2));
    const QString good = BackupManager::backups(path()).value(0);
    ASSERT_FALSE(good.isEmpty());
    const QDir folder(BackupManager::folder(path()));
    // A newer backup cut short while being written, other stores' backups and stray files.
    ASSERT_TRUE(
        QFile::copy(good, folder.filePath(QStringLiteral("store-20260309-090000.sqlite.partial"))));
    writeBytes(folder.filePath(QStringLiteral("store2-20260309-090000.sqlite")), "x");
    writeBytes(folder.filePath(QStringLiteral("other-20260309-090000.sqlite")), "x");
    writeBytes(folder.filePath(QStringLiteral("store-2026030-090000.sqlite")), "x");
    writeBytes(folder.filePath(QStringLiteral("store-20261399-090000.sqlite")), "x");
    writeBytes(folder.filePath(QStringLiteral("store-20260309-090000.sqlite.bak")), "x");
    EXPECT_EQ(BackupManager::backups(path()), QStringList{good});
    EXPECT_TRUE(BackupManager::takenAt(
                    folder.filePath(QStringLiteral("store-20260309-090000.sqlite.partial")))
                    .isNull());
}

TEST_F(BackupManagerTest, LeftoversOfAnInterruptedBackupAreClearedAfterAnHour)
{
    openAt(utc(2026, 3, 1), pages(2));
    const QDir folder(BackupManager::folder(path()));
    ASSERT_TRUE(QDir().mkpath(folder.path()));
    const QString partial = folder.filePath(QStringLiteral("store-20260301-090000.sqlite.partial"));
    writeBytes(partial, "half a backup");
    const QDateTime written = QFileInfo(partial).lastModified();

    BackupManager::prune(path(), BackupManager::Kind::Daily, written.addSecs(600));
    EXPECT_TRUE(QFile::exists(partial)) << "it may be a backup being written right now";
    BackupManager::prune(path(), BackupManager::Kind::Daily, written.addSecs(7200));
    EXPECT_FALSE(QFile::exists(partial));
}

TEST_F(BackupManagerTest, ABackupNeverReplacesAnotherOne)
{
    openAt(utc(2026, 3, 1), pages(2));
    openAt(utc(2026, 3, 2));
    const QString first = BackupManager::backups(path()).value(0);
    const QByteArray before = readBytes(first);

    RawConnection store(path());
    ASSERT_TRUE(store.exec(QStringLiteral("DELETE FROM pages")));
    QString error;
    EXPECT_TRUE(BackupManager::backupNow(store.database(), path(), BackupManager::Kind::Daily,
                                         utc(2026, 3, 2), 0, &error)
                    .isEmpty());
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(readBytes(first), before);
}

TEST_F(BackupManagerTest, PreMigrationBackupsAreRotatedSeparatelyKeepingThree)
{
    openAt(utc(2026, 3, 1), pages(2));
    RawConnection store(path());
    for (int hour = 10; hour < 15; ++hour) {
        QString error;
        EXPECT_FALSE(BackupManager::backupNow(store.database(), path(),
                                              BackupManager::Kind::PreMigration,
                                              utc(2026, 3, 1, hour), 7, &error)
                         .isEmpty())
            << qPrintable(error);
    }
    EXPECT_EQ(names(BackupManager::backups(path(), BackupManager::Kind::PreMigration)),
              (QStringList{QStringLiteral("store-20260301-140000-premigration-v7.sqlite"),
                           QStringLiteral("store-20260301-130000-premigration-v7.sqlite"),
                           QStringLiteral("store-20260301-120000-premigration-v7.sqlite")}));
    EXPECT_TRUE(BackupManager::dailyBackupDue(path(), utc(2026, 3, 1, 15)))
        << "a pre-migration backup is not the day's backup";
}

TEST_F(BackupManagerTest, ANewStoreIsNotBackedUpBeforeItsFirstMigration)
{
    openAt(utc(2026, 3, 1));
    EXPECT_TRUE(BackupManager::backups(path()).isEmpty());
}

TEST_F(BackupManagerTest, AStoreThatNeedsAMigrationIsBackedUpFirst)
{
    // Build the store as the previous version of the app left it: every schema step but the
    // last, and a page written by that version.
    const int previous = schema::latestVersion() - 1;
    {
        RawConnection raw(path());
        ASSERT_TRUE(raw.isOpen());
        for (int step = 0; step < previous; ++step) {
            for (const QString &statement : schema::migrations().at(step))
                ASSERT_TRUE(raw.exec(statement)) << qPrintable(statement);
        }
        if (previous == 0) {
            // Version 0 has no tables; something of the user's must be there to be worth a copy.
            ASSERT_TRUE(raw.exec(QStringLiteral("CREATE TABLE notes (text TEXT)")));
            ASSERT_TRUE(raw.exec(QStringLiteral("INSERT INTO notes VALUES ('keep me')")));
        } else {
            ASSERT_TRUE(raw.exec(
                QStringLiteral("INSERT INTO pages (uuid, bundle, title, created, updated) VALUES"
                               " ('0f4a9b0e-8f6a-4d59-9a57-3c3e0f3b6a11', 'localgov_services_page',"
                               " 'Council tax', 1, 2)")));
        }
        ASSERT_TRUE(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(previous)));
    }
    const QByteArray before = readBytes(path());

    PageStore store;
    store.setClock([] { return utc(2026, 4, 1, 10, 30); });
    ASSERT_TRUE(store.open(path())) << qPrintable(store.lastError().message);
    store.close();

    const QStringList premigration =
        BackupManager::backups(path(), BackupManager::Kind::PreMigration);
    ASSERT_EQ(
        names(premigration),
        QStringList{QStringLiteral("store-20260401-103000-premigration-v%1.sqlite").arg(previous)});
    EXPECT_EQ(readBytes(premigration.first()).mid(100), before.mid(100))
        << "the backup holds the store as it was before the migration";
    RawConnection backup(premigration.first());
    EXPECT_EQ(backup.scalar(QStringLiteral("PRAGMA user_version")).toInt(), previous);
    if (previous == 0) {
        EXPECT_EQ(backup.scalar(QStringLiteral("SELECT text FROM notes")).toString(),
                  QStringLiteral("keep me"));
    } else {
        EXPECT_EQ(backup.scalar(QStringLiteral("SELECT title FROM pages")).toString(),
                  QStringLiteral("Council tax"));
    }
}

TEST_F(BackupManagerTest, ADailyBackupThatCannotBeMadeIsReportedAndTriedAgainAtTheNextOpen)
{
    const QList<core::Page> written = pages(5);
    openAt(utc(2026, 3, 1), written);
    // A file where the backups folder should be, as a sync tool or a mistaken copy may leave.
    const QString folder = BackupManager::folder(path());
    writeBytes(folder, "not a folder");
    {
        PageStore store;
        store.setClock([] { return utc(2026, 3, 2); });
        ASSERT_TRUE(store.open(path())) << "a failed backup never keeps the author out";
        const QList<StoreError> warnings = store.openWarnings();
        ASSERT_EQ(warnings.size(), 1);
        EXPECT_EQ(warnings.first().kind, StoreError::Io);
        const QString message = warnings.first().message;
        EXPECT_TRUE(message.startsWith(QStringLiteral("Today's backup of your pages could not "
                                                      "be made: ")))
            << qPrintable(message);
        EXPECT_TRUE(message.contains(QDir::toNativeSeparators(folder))) << qPrintable(message);
        EXPECT_TRUE(message.contains(QStringLiteral("Your pages are safe"))) << qPrintable(message);
        // The pages themselves are untouched and can still be saved.
        EXPECT_EQ(store.count(), written.size());
        EXPECT_TRUE(store.insert(makePage(QStringLiteral("Written after the warning"))));
    }
    EXPECT_EQ(readBytes(folder), QByteArray("not a folder")) << "the file in the way is kept";

    // Once the way is clear, the next open of the same day takes the backup and says nothing.
    ASSERT_TRUE(QFile::remove(folder));
    PageStore store;
    store.setClock([] { return utc(2026, 3, 2, 15); });
    ASSERT_TRUE(store.open(path()));
    EXPECT_TRUE(store.openWarnings().isEmpty());
    EXPECT_EQ(names(BackupManager::backups(path())),
              QStringList{QStringLiteral("store-20260302-150000.sqlite")});
}

TEST_F(BackupManagerTest, ABackupFolderTheAuthorMayNotWriteToIsReported)
{
    if (!runningAsRoot())
        GTEST_SKIP() << "needs root to act as another user";
    openAt(utc(2026, 3, 1), pages(3));
    const QString folder = BackupManager::folder(path());
    ASSERT_TRUE(QDir().mkpath(folder));
    // The store and its folder are the author's; the backups folder belongs to root alone.
    const auto all = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                     QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther |
                     QFile::ExeOther;
    ASSERT_TRUE(QFile::setPermissions(m_dir.path(), all));
    ASSERT_TRUE(QFile::setPermissions(path(), QFile::ReadOwner | QFile::WriteOwner |
                                                  QFile::ReadOther | QFile::WriteOther));
    ASSERT_TRUE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner |
                                                  QFile::ExeOwner | QFile::ReadOther |
                                                  QFile::ExeOther));
    QList<StoreError> warnings;
    int count = -1;
    {
        AsUnprivilegedUser user;
        ASSERT_TRUE(user.isActive()) << "could not drop root privileges";
        PageStore store;
        store.setClock([] { return utc(2026, 3, 2); });
        if (store.open(path())) {
            warnings = store.openWarnings();
            count = store.count();
        }
    }
    EXPECT_EQ(count, 3) << "the store opened all the same";
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_TRUE(warnings.first().message.contains(QStringLiteral("could not be made")))
        << qPrintable(warnings.first().message);
    EXPECT_TRUE(BackupManager::backups(path()).isEmpty());
}
