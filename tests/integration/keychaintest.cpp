// SPDX-License-Identifier: GPL-2.0-or-later
// The OS keychain as the app meets it: run under tests/support/with-keyring, which gives the test
// a private session bus with an unlocked GNOME Keyring, so secrets go into a real Secret Service.
#include <store/pagestore.h>
#include <sync/credentialstore.h>

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using lga::sync::AuthMethod;
using lga::sync::Credentials;
using lga::sync::CredentialStore;

namespace {

Credentials basicFor(const QString &user, const QString &password)
{
    Credentials credentials;
    credentials.site = QUrl(QStringLiteral("https://www.example.gov.uk/"));
    credentials.method = AuthMethod::Basic;
    credentials.userName = user;
    credentials.password = password;
    return credentials;
}

Credentials oauthFor(const QString &user)
{
    Credentials credentials;
    credentials.site = QUrl(QStringLiteral("https://council.example.gov.uk"));
    credentials.method = AuthMethod::OAuth2;
    credentials.userName = user;
    credentials.clientId = QStringLiteral("localgov-author");
    credentials.accessToken = QStringLiteral("eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.access.7f3c");
    credentials.refreshToken = QStringLiteral("def50200refresh91ab");
    credentials.accessTokenExpires =
        QDateTime(QDate(2026, 11, 28), QTime(21, 30, 15, 250), Qt::UTC);
    return credentials;
}

// Only who the user is, as the caller keeps it in QSettings; the secrets come from the keychain.
Credentials withoutSecrets(Credentials credentials)
{
    credentials.password.clear();
    credentials.accessToken.clear();
    credentials.refreshToken.clear();
    credentials.accessTokenExpires = {};
    return credentials;
}

TEST(KeychainTest, SavedSecretsComeBackInANewStore)
{
    const Credentials basic = basicFor(QStringLiteral("editor"), QStringLiteral("s3cret-päss"));
    const Credentials oauth = oauthFor(QStringLiteral("author"));
    {
        CredentialStore store;
        const auto saved = store.saveNow(basic);
        ASSERT_EQ(saved.status, CredentialStore::Status::Ok) << saved.message.toStdString();
        ASSERT_EQ(store.saveNow(oauth).status, CredentialStore::Status::Ok);
    }
    CredentialStore again;
    const auto loadedBasic = again.loadNow(withoutSecrets(basic));
    ASSERT_EQ(loadedBasic.status, CredentialStore::Status::Ok) << loadedBasic.message.toStdString();
    EXPECT_EQ(loadedBasic.credentials, basic);
    const auto loadedOauth = again.loadNow(withoutSecrets(oauth));
    ASSERT_EQ(loadedOauth.status, CredentialStore::Status::Ok);
    EXPECT_EQ(loadedOauth.credentials, oauth);

    // Another user on the same site has an entry of their own.
    EXPECT_EQ(again.loadNow(basicFor(QStringLiteral("author"), {})).status,
              CredentialStore::Status::NotFound);
}

TEST(KeychainTest, SavingAgainReplacesTheSecret)
{
    CredentialStore store;
    ASSERT_TRUE(
        store.saveNow(basicFor(QStringLiteral("contributor"), QStringLiteral("old"))).succeeded());
    ASSERT_TRUE(
        store.saveNow(basicFor(QStringLiteral("contributor"), QStringLiteral("new"))).succeeded());
    const auto loaded = CredentialStore().loadNow(basicFor(QStringLiteral("contributor"), {}));
    ASSERT_EQ(loaded.status, CredentialStore::Status::Ok);
    EXPECT_EQ(loaded.credentials.password, QStringLiteral("new"));
}

TEST(KeychainTest, RemovedSecretsAreGone)
{
    const Credentials oauth = oauthFor(QStringLiteral("gone"));
    CredentialStore store;
    ASSERT_EQ(store.saveNow(oauth).status, CredentialStore::Status::Ok);
    EXPECT_EQ(store.removeNow(oauth).status, CredentialStore::Status::Ok);
    const auto loaded = CredentialStore().loadNow(withoutSecrets(oauth));
    EXPECT_EQ(loaded.status, CredentialStore::Status::NotFound);
    EXPECT_TRUE(loaded.credentials.accessToken.isEmpty());
    // Removing what is not there is not an error: the author asked for it to be gone.
    EXPECT_TRUE(store.removeNow(oauth).succeeded());
}

TEST(KeychainTest, SecretsNeverReachSettingsOrTheStore)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    lga::store::PageStore pages;
    ASSERT_TRUE(pages.open(dir.filePath(QStringLiteral("pages.sqlite"))));

    const QString password = QStringLiteral("Password-Only-In-Keychain-4711");
    Credentials credentials = oauthFor(QStringLiteral("editor"));
    credentials.password = password;
    {
        // What the app keeps in its settings: the non-secret parts only.
        QSettings settings;
        settings.setValue(QStringLiteral("sync/site"), credentials.site);
        settings.setValue(QStringLiteral("sync/method"), toMachineName(credentials.method));
        settings.setValue(QStringLiteral("sync/user"), credentials.userName);
        settings.setValue(QStringLiteral("sync/clientId"), credentials.clientId);
    }
    CredentialStore store;
    ASSERT_EQ(store.saveNow(credentials).status, CredentialStore::Status::Ok);
    ASSERT_EQ(store.loadNow(withoutSecrets(credentials)).credentials.password, password);

    // Every file the app or the keychain wrote: settings, the store, and the keyring's own file
    // (which is encrypted, so the secrets must not show there either).
    const QStringList roots{dir.path(),
                            QDir::homePath() + QStringLiteral("/.local/share/keyrings")};
    int files = 0;
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ++files;
            const QByteArray bytes = file.readAll();
            for (const QString &secret :
                 {password, credentials.accessToken, credentials.refreshToken}) {
                EXPECT_FALSE(bytes.contains(secret.toUtf8()))
                    << file.fileName().toStdString() << " holds a secret";
                EXPECT_FALSE(bytes.contains(
                    QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2)))
                    << file.fileName().toStdString() << " holds a secret in UTF-16";
            }
        }
    }
    EXPECT_GE(files, 2); // at least the settings file and the store
    pages.close();
}

// Runs in a child process whose session bus does not exist (see the test below).
TEST(KeychainTest, NoKeychainChild)
{
    if (qEnvironmentVariableIsEmpty("LGA_KEYCHAIN_CHILD"))
        GTEST_SKIP() << "runs only as the child of WithoutAKeychainSecretsStayInMemory";
    const Credentials basic = basicFor(QStringLiteral("editor"), QStringLiteral("in-memory"));
    const auto saved = CredentialStore().saveNow(basic);
    EXPECT_EQ(saved.status, CredentialStore::Status::MemoryOnly);
    EXPECT_EQ(saved.message, QStringLiteral("No keychain is available on this computer; the "
                                            "password will be asked each time."));
    const auto loaded = CredentialStore().loadNow(withoutSecrets(basic));
    EXPECT_EQ(loaded.status, CredentialStore::Status::MemoryOnly);
    EXPECT_EQ(loaded.credentials, basic);
    EXPECT_TRUE(CredentialStore().removeNow(basic).succeeded());
    EXPECT_EQ(CredentialStore().loadNow(withoutSecrets(basic)).status,
              CredentialStore::Status::NotFound);
}

TEST(KeychainTest, WithoutAKeychainSecretsStayInMemory)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LGA_KEYCHAIN_CHILD"), QStringLiteral("1"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=/nonexistent/lga-no-bus"));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--gtest_filter=KeychainTest.NoKeychainChild")});
    ASSERT_TRUE(child.waitForFinished(60000));
    const QByteArray output = child.readAll();
    EXPECT_EQ(child.exitCode(), 0) << output.toStdString();
    EXPECT_TRUE(output.contains("[  PASSED  ] 1 test")) << output.toStdString();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("LocalGov Author Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("keychaintest"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
