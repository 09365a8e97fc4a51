// SPDX-License-Identifier: GPL-2.0-or-later
// The Connect dialog as the author uses it, against the CMS emulator served in-process. Run
// under tests/support/with-keyring so that the saved secrets go to a private keyring.
#include <cms-emulator/server.h>
#include <sync/credentialstore.h>
#include <ui/connectdialog.h>

#include <QApplication>
#include <QComboBox>
#include <QEventLoop>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <gtest/gtest.h>

#include <memory>

using lga::sync::AuthMethod;
using lga::ui::ConnectDialog;

namespace {

class ConnectDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_server = std::make_unique<lga::emulator::Server>(
            m_dir.filePath(QStringLiteral("cms.sqlite")),
            lga::emulator::SeedPlan{{QStringLiteral("localgov_services_page"), 3}});
        ASSERT_TRUE(m_server->isReady()) << m_server->errorString().toStdString();
        m_port = m_server->listen(0);
        ASSERT_NE(m_port, 0);
        m_dialog = std::make_unique<ConnectDialog>(&m_network);
        m_dialog->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    QString site() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

    template<typename T> T *child(const QString &accessibleName)
    {
        for (T *widget : m_dialog->findChildren<T *>())
            if (widget->accessibleName() == accessibleName)
                return widget;
        ADD_FAILURE() << "no control named " << accessibleName.toStdString();
        return nullptr;
    }

    // Types into the form as the author would and presses Connect; waits for the result.
    void connectWith(const QString &user, const QString &password)
    {
        QLineEdit *siteEdit = child<QLineEdit>(QStringLiteral("Site address"));
        siteEdit->clear();
        QTest::keyClicks(siteEdit, site());
        QComboBox *method = child<QComboBox>(QStringLiteral("How to sign in"));
        method->setCurrentIndex(method->findData(int(AuthMethod::Basic)));
        QLineEdit *userEdit = child<QLineEdit>(QStringLiteral("User name"));
        QLineEdit *passwordEdit = child<QLineEdit>(QStringLiteral("Password"));
        ASSERT_TRUE(userEdit->isVisible());
        userEdit->clear();
        QTest::keyClicks(userEdit, user);
        passwordEdit->clear();
        QTest::keyClicks(passwordEdit, password);
        QTest::mouseClick(child<QPushButton>(QStringLiteral("Connect")), Qt::LeftButton);
        ASSERT_TRUE(QTest::qWaitFor([&] { return !m_dialog->isBusy(); }, 30000));
    }

    int basicGet(const QString &user, const QString &password)
    {
        QNetworkRequest request(QUrl(site() + QStringLiteral("/jsonapi")));
        request.setRawHeader("Authorization",
                             "Basic " + (user + u':' + password).toUtf8().toBase64());
        QNetworkReply *reply = m_network.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<lga::emulator::Server> m_server;
    quint16 m_port = 0;
    QNetworkAccessManager m_network;
    std::unique_ptr<ConnectDialog> m_dialog;
};

TEST_F(ConnectDialogTest, BasicSignInShowsWhoAndWhatAndKeepsThePassword)
{
    connectWith(QStringLiteral("editor"), QStringLiteral("editor-pass"));
    const QString text = m_dialog->resultText();
    EXPECT_TRUE(text.contains(QStringLiteral("Connected as editor (Editor)")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("The site accepts changes."))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Service page"))) << text.toStdString();
    EXPECT_TRUE(child<QPushButton>(QStringLiteral("Done"))->isEnabled());

    const lga::sync::Credentials credentials = m_dialog->credentials();
    EXPECT_EQ(credentials.userName, QStringLiteral("editor"));
    EXPECT_EQ(credentials.method, AuthMethod::Basic);
    EXPECT_EQ(m_dialog->probeResult().userName, QStringLiteral("editor"));

    // The password went to the keychain, where a new store finds it.
    lga::sync::Credentials asked = credentials;
    asked.password.clear();
    const auto loaded = lga::sync::CredentialStore().loadNow(asked);
    EXPECT_TRUE(loaded.succeeded()) << loaded.message.toStdString();
    EXPECT_EQ(loaded.credentials.password, QStringLiteral("editor-pass"));

    QTest::mouseClick(child<QPushButton>(QStringLiteral("Done")), Qt::LeftButton);
    EXPECT_EQ(m_dialog->result(), QDialog::Accepted);
}

TEST_F(ConnectDialogTest, WrongPasswordIsReportedAfterOneTry)
{
    connectWith(QStringLiteral("editor"), QStringLiteral("not-the-password"));
    EXPECT_EQ(m_dialog->resultText(),
              QStringLiteral("The user name or password was not accepted."));
    EXPECT_FALSE(child<QPushButton>(QStringLiteral("Done"))->isEnabled());

    // The emulator blocks an account at five failed tries: with the dialog's one, four more
    // block it, while three more would not.
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(basicGet(QStringLiteral("editor"), QStringLiteral("wrong")), 200);
    // A fourth wrong try makes five, so the right password is now refused.
    EXPECT_EQ(basicGet(QStringLiteral("editor"), QStringLiteral("wrong")), 200);
    EXPECT_EQ(basicGet(QStringLiteral("editor"), QStringLiteral("editor-pass")), 403);
}

TEST_F(ConnectDialogTest, PlainHttpIsRefusedExceptOnThisComputer)
{
    EXPECT_TRUE(ConnectDialog::siteError(QStringLiteral("https://www.example.gov.uk")).isEmpty());
    EXPECT_TRUE(ConnectDialog::siteError(QStringLiteral("http://127.0.0.1:8080")).isEmpty());
    EXPECT_TRUE(ConnectDialog::siteError(QStringLiteral("http://localhost/drupal")).isEmpty());
    EXPECT_FALSE(ConnectDialog::siteError(QStringLiteral("http://www.example.gov.uk")).isEmpty());
    EXPECT_FALSE(ConnectDialog::siteError(QStringLiteral("www.example.gov.uk")).isEmpty());
    EXPECT_FALSE(ConnectDialog::siteError(QString()).isEmpty());

    QTest::keyClicks(child<QLineEdit>(QStringLiteral("Site address")),
                     QStringLiteral("http://www.example.gov.uk"));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("Connect")), Qt::LeftButton);
    EXPECT_FALSE(m_dialog->isBusy());
    EXPECT_TRUE(m_dialog->resultText().startsWith(QStringLiteral("The site address must start "
                                                                 "with https://")))
        << m_dialog->resultText().toStdString();
}

TEST_F(ConnectDialogTest, PasswordFieldsOnlyForMethodsThatUseThem)
{
    QComboBox *method = child<QComboBox>(QStringLiteral("How to sign in"));
    method->setCurrentIndex(method->findData(int(AuthMethod::OAuth2)));
    EXPECT_FALSE(child<QLineEdit>(QStringLiteral("Password"))->isVisible());
    EXPECT_TRUE(child<QLineEdit>(QStringLiteral("Client id"))->isVisible());
    EXPECT_EQ(child<QLineEdit>(QStringLiteral("Client id"))->text(),
              QStringLiteral("localgov-author"));
    method->setCurrentIndex(method->findData(int(AuthMethod::Cookie)));
    EXPECT_TRUE(child<QLineEdit>(QStringLiteral("Password"))->isVisible());
    EXPECT_FALSE(child<QLineEdit>(QStringLiteral("Client id"))->isVisible());

    // Every control can be reached from the keyboard through its label's mnemonic.
    for (QLabel *label : m_dialog->findChildren<QLabel *>()) {
        if (label->buddy()) {
            EXPECT_TRUE(label->text().contains(u'&')) << label->text().toStdString();
        }
    }
}

TEST_F(ConnectDialogTest, OAuthSignInThroughTheBrowserAndCancel)
{
    // A browser that never comes back: the dialog waits, busy, until the author cancels.
    QUrl opened;
    m_dialog->setBrowser([&](const QUrl &url) { opened = url; });
    QTest::keyClicks(child<QLineEdit>(QStringLiteral("Site address")), site());
    QComboBox *method = child<QComboBox>(QStringLiteral("How to sign in"));
    method->setCurrentIndex(method->findData(int(AuthMethod::OAuth2)));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("Connect")), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return opened.isValid(); }, 10000));
    EXPECT_TRUE(m_dialog->isBusy());
    EXPECT_FALSE(child<QPushButton>(QStringLiteral("Connect"))->isEnabled());
    EXPECT_EQ(m_dialog->resultText(), QStringLiteral("Finish signing in in your web browser…"));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("Cancel")), Qt::LeftButton);
    EXPECT_FALSE(m_dialog->isBusy());
    EXPECT_TRUE(m_dialog->isVisible());
    EXPECT_EQ(m_dialog->resultText(), QStringLiteral("Connecting was cancelled."));

    // A browser that signs in as the author: GET the form, POST it, follow the redirect home.
    QNetworkAccessManager browser;
    m_dialog->setBrowser([&](const QUrl &url) {
        QNetworkReply *page = browser.get(QNetworkRequest(url));
        QObject::connect(page, &QNetworkReply::finished, page, [&, page, url] {
            page->deleteLater();
            QUrlQuery form(url);
            form.addQueryItem(QStringLiteral("name"), QStringLiteral("author"));
            form.addQueryItem(QStringLiteral("pass"), QStringLiteral("author-pass"));
            QNetworkRequest post(QUrl(site() + QStringLiteral("/oauth/authorize")));
            post.setHeader(QNetworkRequest::ContentTypeHeader,
                           QByteArrayLiteral("application/x-www-form-urlencoded"));
            QNetworkReply *answer = browser.post(post, form.query(QUrl::FullyEncoded).toUtf8());
            QObject::connect(answer, &QNetworkReply::finished, answer, &QObject::deleteLater);
        });
    });
    QTest::mouseClick(child<QPushButton>(QStringLiteral("Connect")), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_dialog->isBusy(); }, 30000));
    EXPECT_TRUE(m_dialog->resultText().startsWith(QStringLiteral("Connected as author (Author).")))
        << m_dialog->resultText().toStdString();
    const lga::sync::Credentials credentials = m_dialog->credentials();
    EXPECT_EQ(credentials.userName, QStringLiteral("author"));
    EXPECT_FALSE(credentials.accessToken.isEmpty());
    EXPECT_FALSE(credentials.refreshToken.isEmpty());
}

} // namespace
