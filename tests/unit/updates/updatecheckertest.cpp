// SPDX-License-Identifier: GPL-2.0-or-later
// The check for a newer version against a feed served on 127.0.0.1: it says "LocalGov Author
// 0.2.0 is available" only for a later version, and asks nothing at all when an admin's
// policy (or the user) turned the check off.
#include <core/settingsresolver.h>
#include <support/qtprinters.h>
#include <sync/updatechecker.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace lga;

namespace {

class UpdateCheckerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_system.isValid());
        ASSERT_TRUE(m_user.isValid());
        m_oldDirs = qgetenv("XDG_CONFIG_DIRS");
        qputenv("XDG_CONFIG_DIRS", m_system.path().toLocal8Bit());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_user.path());
        m_server.route(QStringLiteral("/latest.json"), [this] {
            ++m_requests;
            return QHttpServerResponse(m_feed);
        });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
        ASSERT_NE(m_port, 0);
        QSettings().setValue(QStringLiteral("Updates/FeedUrl"),
                             QStringLiteral("http://127.0.0.1:%1/latest.json").arg(m_port));
    }
    void TearDown() override { qputenv("XDG_CONFIG_DIRS", m_oldDirs); }

    void writePolicy(const QByteArray &ini)
    {
        const QString dir = m_system.path() + u"/LocalGov";
        ASSERT_TRUE(QDir().mkpath(dir));
        QFile file(dir + u"/Author.conf");
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(ini);
    }

    QTemporaryDir m_system;
    QTemporaryDir m_user;
    QByteArray m_oldDirs;
    QHttpServer m_server;
    quint16 m_port = 0;
    int m_requests = 0;
    QJsonObject m_feed{{QStringLiteral("version"), QStringLiteral("0.2.0")},
                       {QStringLiteral("url"),
                        QStringLiteral("https://www.localgovdrupal.org/localgov-author/0.2.0")},
                       {QStringLiteral("notes"), QStringLiteral("Welsh interface")}};
    QNetworkAccessManager m_network;
};

TEST_F(UpdateCheckerTest, ANewerVersionIsAnnounced)
{
    sync::UpdateChecker checker(&m_network);
    checker.setCurrentVersion(QStringLiteral("0.1.0"));
    QSignalSpy available(&checker, &sync::UpdateChecker::updateAvailable);
    QSignalSpy finished(&checker, &sync::UpdateChecker::finished);
    ASSERT_TRUE(checker.check());
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_TRUE(finished.first().at(0).toBool()) << qPrintable(finished.first().at(1).toString());
    ASSERT_EQ(available.size(), 1);
    EXPECT_EQ(available.first().at(0).toString(), QStringLiteral("0.2.0"));
    EXPECT_EQ(available.first().at(1).toUrl(),
              QUrl(QStringLiteral("https://www.localgovdrupal.org/localgov-author/0.2.0")));
    EXPECT_EQ(available.first().at(2).toString(), QStringLiteral("Welsh interface"));
    EXPECT_EQ(available.first().at(3).toString(),
              QStringLiteral("LocalGov Author 0.2.0 is available"));
    EXPECT_EQ(m_requests, 1);
}

TEST_F(UpdateCheckerTest, TheSameOrAnOlderVersionSaysNothing)
{
    for (const char *current : {"0.2.0", "0.10.0"}) {
        sync::UpdateChecker checker(&m_network);
        checker.setCurrentVersion(QLatin1StringView(current));
        QSignalSpy available(&checker, &sync::UpdateChecker::updateAvailable);
        QSignalSpy finished(&checker, &sync::UpdateChecker::finished);
        ASSERT_TRUE(checker.check());
        ASSERT_TRUE(finished.wait(10000));
        EXPECT_TRUE(finished.first().at(0).toBool());
        EXPECT_TRUE(available.isEmpty()) << current;
    }
}

TEST_F(UpdateCheckerTest, PolicyTurningTheCheckOffMeansNoRequest)
{
    writePolicy("[Updates]\nDisableCheck=1\n");
    sync::UpdateChecker checker(&m_network);
    checker.setCurrentVersion(QStringLiteral("0.1.0"));
    QSignalSpy available(&checker, &sync::UpdateChecker::updateAvailable);
    QSignalSpy finished(&checker, &sync::UpdateChecker::finished);
    EXPECT_FALSE(checker.check());
    EXPECT_FALSE(finished.wait(300));
    EXPECT_TRUE(available.isEmpty());
    EXPECT_EQ(m_requests, 0);
}

TEST_F(UpdateCheckerTest, TheUserTurningTheCheckOffMeansNoRequest)
{
    QSettings().setValue(QStringLiteral("Updates/DisableCheck"), true);
    sync::UpdateChecker checker(&m_network);
    EXPECT_FALSE(checker.check());
    QCoreApplication::processEvents();
    EXPECT_EQ(m_requests, 0);
}

TEST_F(UpdateCheckerTest, AFeedWithoutAVersionIsAFailureNotAnAnnouncement)
{
    m_feed = QJsonObject{{QStringLiteral("message"), QStringLiteral("Not found")}};
    sync::UpdateChecker checker(&m_network);
    QSignalSpy available(&checker, &sync::UpdateChecker::updateAvailable);
    QSignalSpy finished(&checker, &sync::UpdateChecker::finished);
    ASSERT_TRUE(checker.check());
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_FALSE(finished.first().at(0).toBool());
    EXPECT_TRUE(available.isEmpty());
}

TEST_F(UpdateCheckerTest, AFeedOverPlainHttpElsewhereIsRefused)
{
    QSettings().setValue(QStringLiteral("Updates/FeedUrl"),
                         QStringLiteral("http://updates.example.com/latest.json"));
    sync::UpdateChecker checker(&m_network);
    QSignalSpy finished(&checker, &sync::UpdateChecker::finished);
    ASSERT_TRUE(checker.check());
    ASSERT_EQ(finished.size(), 1);
    EXPECT_FALSE(finished.first().at(0).toBool());
}

TEST(UpdateCheckerVersionTest, VersionsCompareByNumberNotByText)
{
    EXPECT_TRUE(sync::UpdateChecker::isNewer(QStringLiteral("0.10.0"), QStringLiteral("0.9.1")));
    EXPECT_TRUE(sync::UpdateChecker::isNewer(QStringLiteral("1.0.0"), QStringLiteral("0.99.0")));
    EXPECT_FALSE(sync::UpdateChecker::isNewer(QStringLiteral("0.1.0"), QStringLiteral("0.1.0")));
    EXPECT_FALSE(sync::UpdateChecker::isNewer(QStringLiteral("latest"), QStringLiteral("0.1.0")));
    EXPECT_EQ(sync::UpdateChecker::defaultFeedUrl().scheme(), QStringLiteral("https"));
}

} // namespace

int main(int argc, char **argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("LocalGovTest"));
    QCoreApplication::setApplicationName(QStringLiteral("AuthorTest"));
    return RUN_ALL_TESTS();
}
