// SPDX-License-Identifier: GPL-2.0-or-later
// What an IT admin's policy file does to the app's settings on Linux: machine policy in
// LocalGov/Author.conf under XDG_CONFIG_DIRS wins over the user's own choice, which wins over
// the default.
#include <core/settingsresolver.h>
#include <support/qtprinters.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace lga::core;

namespace {

class SettingsResolverTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_system.isValid());
        ASSERT_TRUE(m_user.isValid());
        m_oldDirs = qgetenv("XDG_CONFIG_DIRS");
        qputenv("XDG_CONFIG_DIRS", m_system.path().toLocal8Bit());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_user.path());
        QCoreApplication::setOrganizationName(QStringLiteral("LocalGov"));
        QCoreApplication::setApplicationName(QStringLiteral("Author"));
    }
    void TearDown() override { qputenv("XDG_CONFIG_DIRS", m_oldDirs); }

    // Writes the admin's file the way they would, by hand.
    void writePolicy(const QByteArray &ini, const QString &folder = {})
    {
        const QString dir = (folder.isEmpty() ? m_system.path() : folder) + u"/LocalGov";
        ASSERT_TRUE(QDir().mkpath(dir));
        QFile file(dir + u"/Author.conf");
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(ini);
    }
    void setUser(const QString &key, const QVariant &value)
    {
        QSettings settings;
        settings.setValue(key, value);
    }

    QTemporaryDir m_system;
    QTemporaryDir m_user;
    QByteArray m_oldDirs;
};

TEST_F(SettingsResolverTest, NothingSetGivesTheDefaults)
{
    const SettingsResolver resolver;
    EXPECT_EQ(resolver.site(), QString());
    EXPECT_EQ(resolver.authMethod(), QStringLiteral("oauth2"));
    EXPECT_EQ(resolver.clientId(), QStringLiteral("localgov-author"));
    EXPECT_FALSE(resolver.blockSubmitOnErrors());
    EXPECT_FALSE(resolver.updateCheckDisabled());
    EXPECT_EQ(resolver.interfaceLanguage(), QString());
    const auto site = resolver.resolve(QStringLiteral("Sync/Site"));
    EXPECT_EQ(site.source, SettingSource::Default);
    EXPECT_FALSE(site.locked());
}

TEST_F(SettingsResolverTest, UsersChoiceBeatsTheDefault)
{
    setUser(QStringLiteral("Sync/Site"), QStringLiteral("https://mine.example.gov.uk"));
    setUser(QStringLiteral("Review/BlockSubmitOnErrors"), true);
    const SettingsResolver resolver;
    EXPECT_EQ(resolver.site(), QStringLiteral("https://mine.example.gov.uk"));
    EXPECT_TRUE(resolver.blockSubmitOnErrors());
    EXPECT_EQ(resolver.resolve(QStringLiteral("Sync/Site")).source, SettingSource::User);
    EXPECT_FALSE(resolver.isLocked(QStringLiteral("Sync/Site")));
}

TEST_F(SettingsResolverTest, MachinePolicyBeatsTheUsersChoiceAndLocksIt)
{
    setUser(QStringLiteral("Sync/Site"), QStringLiteral("https://mine.example.gov.uk"));
    setUser(QStringLiteral("Sync/Method"), QStringLiteral("basic"));
    setUser(QStringLiteral("Updates/DisableCheck"), false);
    writePolicy("[Sync]\nSite=https://www.council.gov.uk\nMethod=cookie\nClientId=council-app\n"
                "[Review]\nBlockSubmitOnErrors=1\n[Updates]\nDisableCheck=1\n"
                "[Interface]\nLanguage=cy\n");
    const SettingsResolver resolver;
    EXPECT_EQ(resolver.site(), QStringLiteral("https://www.council.gov.uk"));
    EXPECT_EQ(resolver.authMethod(), QStringLiteral("cookie"));
    EXPECT_EQ(resolver.clientId(), QStringLiteral("council-app"));
    EXPECT_TRUE(resolver.blockSubmitOnErrors());
    EXPECT_TRUE(resolver.updateCheckDisabled());
    EXPECT_EQ(resolver.interfaceLanguage(), QStringLiteral("cy"));
    for (const PolicySetting &setting : SettingsResolver::policySettings()) {
        const auto resolved = resolver.resolve(setting.key);
        EXPECT_EQ(resolved.source, SettingSource::MachinePolicy) << qPrintable(setting.key);
        EXPECT_TRUE(resolved.locked()) << qPrintable(setting.key);
    }
}

TEST_F(SettingsResolverTest, ALockedSettingRefusesTheUsersChoiceAndKeepsTheirOldOne)
{
    setUser(QStringLiteral("Sync/Site"), QStringLiteral("https://mine.example.gov.uk"));
    writePolicy("[Sync]\nSite=https://www.council.gov.uk\n");
    const SettingsResolver resolver;
    EXPECT_FALSE(
        resolver.setUserValue(QStringLiteral("Sync/Site"), QStringLiteral("https://other.gov.uk")));
    EXPECT_EQ(QSettings().value(QStringLiteral("Sync/Site")).toString(),
              QStringLiteral("https://mine.example.gov.uk"));
    // Other settings stay the user's to change.
    EXPECT_TRUE(resolver.setUserValue(QStringLiteral("Sync/Method"), QStringLiteral("basic")));
    EXPECT_EQ(resolver.authMethod(), QStringLiteral("basic"));
}

TEST_F(SettingsResolverTest, AnEarlierFolderOfXdgConfigDirsWins)
{
    QTemporaryDir second;
    ASSERT_TRUE(second.isValid());
    writePolicy("[Sync]\nSite=https://first.gov.uk\n");
    writePolicy("[Sync]\nSite=https://second.gov.uk\nMethod=basic\n", second.path());
    qputenv("XDG_CONFIG_DIRS", (m_system.path() + u':' + second.path()).toLocal8Bit());
    const SettingsResolver resolver;
    EXPECT_EQ(resolver.site(), QStringLiteral("https://first.gov.uk"));
    // A key only the later folder sets still counts.
    EXPECT_EQ(resolver.authMethod(), QStringLiteral("basic"));
    EXPECT_TRUE(resolver.isLocked(QStringLiteral("Sync/Method")));
}

TEST_F(SettingsResolverTest, AnInvalidPolicyValueIsIgnored)
{
    setUser(QStringLiteral("Sync/Method"), QStringLiteral("basic"));
    writePolicy("[Sync]\nMethod=kerberos\nSite=\n[Review]\nBlockSubmitOnErrors=maybe\n"
                "[Interface]\nLanguage=fr\n");
    const SettingsResolver resolver;
    EXPECT_EQ(resolver.authMethod(), QStringLiteral("basic"));
    EXPECT_FALSE(resolver.isLocked(QStringLiteral("Sync/Method")));
    EXPECT_FALSE(resolver.isLocked(QStringLiteral("Sync/Site")));
    EXPECT_FALSE(resolver.isLocked(QStringLiteral("Review/BlockSubmitOnErrors")));
    EXPECT_EQ(resolver.interfaceLanguage(), QString());
}

TEST_F(SettingsResolverTest, FlagsReadAsTheyAreWritten)
{
    writePolicy("[Review]\nBlockSubmitOnErrors=0\n[Updates]\nDisableCheck=true\n");
    setUser(QStringLiteral("Review/BlockSubmitOnErrors"), true);
    const SettingsResolver resolver;
    // The admin's 0 is a decision too: it locks the setting off.
    EXPECT_FALSE(resolver.blockSubmitOnErrors());
    EXPECT_TRUE(resolver.isLocked(QStringLiteral("Review/BlockSubmitOnErrors")));
    EXPECT_TRUE(resolver.updateCheckDisabled());
}

TEST_F(SettingsResolverTest, ClearingTheLanguageFollowsTheSystemAgain)
{
    const SettingsResolver resolver;
    ASSERT_TRUE(resolver.setUserValue(QStringLiteral("Interface/Language"), QStringLiteral("cy")));
    EXPECT_EQ(resolver.interfaceLanguage(), QStringLiteral("cy"));
    ASSERT_TRUE(resolver.setUserValue(QStringLiteral("Interface/Language"), QString()));
    EXPECT_EQ(resolver.interfaceLanguage(), QString());
    EXPECT_EQ(resolver.resolve(QStringLiteral("Interface/Language")).source,
              SettingSource::Default);
}

TEST(PolicySettingTest, KeysMapToRegistrySubkeyAndValue)
{
    const PolicySetting *site = SettingsResolver::policySetting(QStringLiteral("Sync/Site"));
    ASSERT_NE(site, nullptr);
    EXPECT_EQ(site->registrySubkey(), QStringLiteral("Sync"));
    EXPECT_EQ(site->registryValueName(), QStringLiteral("Site"));
    EXPECT_EQ(site->msiProperty, QStringLiteral("CMSURL"));
    EXPECT_EQ(SettingsResolver::policySetting(QStringLiteral("Sync/UserName")), nullptr);
}

} // namespace
