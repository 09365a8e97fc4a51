// SPDX-License-Identifier: GPL-2.0-or-later
// RenderScheduler delivers results through the event loop, so the tests need an application.
#include <QCoreApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
