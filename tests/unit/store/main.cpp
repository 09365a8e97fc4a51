// SPDX-License-Identifier: GPL-2.0-or-later
#include "storetestsupport.h"

#include <QCoreApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

#include <cstring>

int main(int argc, char **argv)
{
    // The stale-lock test runs this binary a second time as the "other instance".
    if (argc == 4 && std::strcmp(argv[1], lga::store::test::kHoldStoreSwitch) == 0) {
        QCoreApplication app(argc, argv);
        return lga::store::test::holdStore(QString::fromLocal8Bit(argv[2]),
                                           QString::fromLocal8Bit(argv[3]));
    }
    ::testing::InitGoogleTest(&argc, argv);
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    return RUN_ALL_TESTS();
}
