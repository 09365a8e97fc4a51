// SPDX-License-Identifier: GPL-2.0-or-later
// main() for GUI tests: a real QApplication (WebEngine needs shared GL contexts set first),
// test-mode standard paths and a private settings folder, so no test touches a real profile.
#include <ui/webengineenvironment.h>

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    // Listing the tests (CTest does so to discover them) needs no display.
    if (::testing::GTEST_FLAG(list_tests))
        return RUN_ALL_TESTS();
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QStandardPaths::setTestModeEnabled(true);
    // Test mode alone would share one settings file between test processes running at once.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, config.path());
    lga::ui::WebEngineEnvironment::prepare();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("LocalGovTest"));
    QCoreApplication::setApplicationName(QStringLiteral("AuthorTest"));
    return RUN_ALL_TESTS();
}
