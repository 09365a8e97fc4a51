// SPDX-License-Identifier: GPL-2.0-or-later
#include <store/backupmanager.h>
#include <store/pagestore.h>
#include <ui/mainwindow.h>
#include <ui/noticebar.h>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace lga;

namespace {

QDateTime utc(int day, int hour)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, 0), Qt::UTC);
}

} // namespace

TEST(NoticeBarTest, AFailedDailyBackupIsShownWithoutBlockingTheWindow)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("pages.sqlite"));
    {
        store::PageStore store;
        store.setClock([] { return utc(1, 9); });
        ASSERT_TRUE(store.open(path));
        core::Page page = core::Page::create(QStringLiteral("localgov_services_page"));
        page.title = QStringLiteral("Bin collections");
        ASSERT_TRUE(store.insert(page));
    }
    // A file where the backups folder should be makes the next day's backup fail.
    QFile blocker(store::BackupManager::folder(path));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();

    store::PageStore store;
    store.setClock([] { return utc(2, 9); });
    ASSERT_TRUE(store.open(path));
    ASSERT_EQ(store.openWarnings().size(), 1);

    ui::MainWindow window(store);
    window.resize(1200, 700);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ui::NoticeBar *bar = window.notices();
    ASSERT_NE(bar, nullptr);
    EXPECT_TRUE(bar->isVisible());
    ASSERT_EQ(bar->notices().size(), 1);
    EXPECT_TRUE(bar->notices().first().startsWith(QStringLiteral("Today's backup")));
    EXPECT_FALSE(bar->dismissButton()->accessibleName().isEmpty());
    EXPECT_FALSE(bar->dismissButton()->accessibleDescription().isEmpty());
    // Non-blocking: no dialog, and the focus stays where the author works.
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
    EXPECT_NE(QApplication::focusWidget(), bar->dismissButton());

    QDir().mkpath(QStringLiteral("/tmp/lga-screenshots"));
    window.grab().save(QStringLiteral("/tmp/lga-screenshots/noticebar.png"));

    QTest::mouseClick(bar->dismissButton(), Qt::LeftButton);
    EXPECT_FALSE(bar->isVisible());
    EXPECT_TRUE(bar->notices().isEmpty());
}

TEST(NoticeBarTest, AStoreThatOpenedCleanlyShowsNoBar)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    store::PageStore store;
    ASSERT_TRUE(store.open(dir.filePath(QStringLiteral("pages.sqlite"))));
    ui::MainWindow window(store);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_FALSE(window.notices()->isVisible());
}
