// SPDX-License-Identifier: GPL-2.0-or-later
#include "support/qtprinters.h"

#include <store/pagestore.h>
#include <ui/appactions.h>
#include <ui/mainwindow.h>
#include <ui/previewview.h>

#include <QAction>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace lga;

TEST(WindowLayout, SizeSplitterAndPreviewVisibilityAreRememberedAcrossRestarts)
{
    QTemporaryDir dir;
    store::PageStore store;
    ASSERT_TRUE(store.open(dir.filePath(QStringLiteral("pages.sqlite"))));
    QList<int> sizes;
    {
        ui::MainWindow window(store);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        window.resize(1100, 720);
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        ASSERT_NE(splitter, nullptr);
        splitter->setSizes({200, 600, 300});
        sizes = splitter->sizes();
        window.actions()->togglePreview->trigger(); // hide the preview
        EXPECT_FALSE(window.preview()->isVisible());
        window.close();
    }
    ui::MainWindow window(store);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_EQ(window.size(), QSize(1100, 720));
    EXPECT_FALSE(window.actions()->togglePreview->isChecked());
    EXPECT_FALSE(window.preview()->isVisible());
    auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    EXPECT_EQ(splitter->sizes().at(0), sizes.at(0));
}
