// SPDX-License-Identifier: GPL-2.0-or-later
// The Settings dialog and the Connect dialog with and without the organisation's policy: a
// policy file in a temporary XDG_CONFIG_DIRS folder locks what it sets, visibly; what the
// user may change is saved to their own settings.
#include <core/settingsresolver.h>
#include <store/pagestore.h>
#include <support/qtprinters.h>
#include <ui/appactions.h>
#include <ui/connectdialog.h>
#include <ui/mainwindow.h>
#include <ui/settingsdialog.h>
#include <ui/synccontroller.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace lga;

namespace {

const QString kPolicySite = QStringLiteral("https://www.council.gov.uk");

class SettingsDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_system.isValid());
        ASSERT_TRUE(m_user.isValid());
        m_oldDirs = qgetenv("XDG_CONFIG_DIRS");
        qputenv("XDG_CONFIG_DIRS", m_system.path().toLocal8Bit());
        // A fresh settings folder per test, so one test's choices never leak into the next.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_user.path());
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

    static QLabel *lockedNoteBeside(QWidget *field)
    {
        const auto notes = field->parentWidget()->findChildren<QLabel *>(
            QStringLiteral("lockedNote"), Qt::FindDirectChildrenOnly);
        return notes.isEmpty() ? nullptr : notes.first();
    }

    QTemporaryDir m_system;
    QTemporaryDir m_user;
    QByteArray m_oldDirs;
};

template<typename T> T *field(QWidget &dialog, const char *name)
{
    auto *widget = dialog.findChild<T *>(QLatin1StringView(name));
    EXPECT_NE(widget, nullptr) << name;
    return widget;
}

TEST_F(SettingsDialogTest, APolicySiteIsShownLockedWithSetByYourOrganisation)
{
    QSettings().setValue(QStringLiteral("Sync/Site"),
                         QStringLiteral("https://mine.example.gov.uk"));
    writePolicy("[Sync]\nSite=https://www.council.gov.uk\n[Updates]\nDisableCheck=1\n");

    ui::SettingsDialog dialog;
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto *site = field<QLineEdit>(dialog, "site");
    ASSERT_NE(site, nullptr);
    EXPECT_EQ(site->text(), kPolicySite);
    EXPECT_FALSE(site->isEnabled());
    EXPECT_TRUE(site->accessibleDescription().startsWith(ui::SettingsDialog::lockedText()));
    EXPECT_EQ(site->toolTip(), ui::SettingsDialog::lockedText());
    QLabel *note = lockedNoteBeside(site);
    ASSERT_NE(note, nullptr);
    EXPECT_TRUE(note->isVisible());
    EXPECT_EQ(note->text(), QStringLiteral("Set by your organisation"));

    // What policy does not set stays the user's: enabled, with no note.
    auto *method = field<QComboBox>(dialog, "method");
    ASSERT_NE(method, nullptr);
    EXPECT_TRUE(method->isEnabled());
    EXPECT_EQ(lockedNoteBeside(method), nullptr);
    auto *checkUpdates = field<QCheckBox>(dialog, "checkUpdates");
    ASSERT_NE(checkUpdates, nullptr);
    EXPECT_FALSE(checkUpdates->isEnabled());
    EXPECT_FALSE(checkUpdates->isChecked());

    if (const QString shot = qEnvironmentVariable("LGA_SETTINGS_SCREENSHOT"); !shot.isEmpty()) {
        EXPECT_TRUE(dialog.grab().save(shot));
    }

    // Saving leaves the user's own, overridden site as it was.
    method->setCurrentIndex(method->findData(QStringLiteral("basic")));
    ASSERT_TRUE(dialog.apply());
    EXPECT_EQ(QSettings().value(QStringLiteral("Sync/Site")).toString(),
              QStringLiteral("https://mine.example.gov.uk"));
    EXPECT_EQ(QSettings().value(QStringLiteral("Sync/Method")).toString(), QStringLiteral("basic"));
}

TEST_F(SettingsDialogTest, AnUnlockedFieldEditsAndSavesOnlyWhatChanged)
{
    ui::SettingsDialog dialog;
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    ASSERT_NE(buttons, nullptr);
    QPushButton *apply = buttons->button(QDialogButtonBox::Apply);
    EXPECT_FALSE(apply->isEnabled());
    auto *clientId = field<QLineEdit>(dialog, "clientId");
    ASSERT_NE(clientId, nullptr);
    EXPECT_TRUE(clientId->isEnabled());
    EXPECT_EQ(lockedNoteBeside(clientId), nullptr);
    clientId->setFocus();
    clientId->selectAll();
    QTest::keyClicks(clientId, QStringLiteral("council-editor"));
    auto *blockSubmit = field<QCheckBox>(dialog, "blockSubmit");
    ASSERT_NE(blockSubmit, nullptr);
    blockSubmit->setChecked(true);
    EXPECT_TRUE(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    EXPECT_FALSE(apply->isEnabled());

    const QSettings settings;
    EXPECT_EQ(settings.value(QStringLiteral("Sync/ClientId")).toString(),
              QStringLiteral("council-editor"));
    EXPECT_TRUE(settings.value(QStringLiteral("Review/BlockSubmitOnErrors")).toBool());
    // Untouched settings keep following their defaults.
    EXPECT_FALSE(settings.contains(QStringLiteral("Sync/Method")));
    EXPECT_FALSE(settings.contains(QStringLiteral("Updates/DisableCheck")));
    EXPECT_TRUE(core::SettingsResolver().blockSubmitOnErrors());
}

TEST_F(SettingsDialogTest, TheLanguageChoiceRoundTrips)
{
    {
        ui::SettingsDialog dialog;
        auto *language = field<QComboBox>(dialog, "language");
        ASSERT_NE(language, nullptr);
        EXPECT_EQ(language->currentText(), QStringLiteral("Follow the system"));
        language->setCurrentIndex(language->findText(QStringLiteral("Cymraeg")));
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        // OK by keyboard.
        QTest::keyClick(&dialog, Qt::Key_Return);
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
    }
    EXPECT_EQ(core::SettingsResolver().interfaceLanguage(), QStringLiteral("cy"));
    {
        ui::SettingsDialog dialog;
        auto *language = field<QComboBox>(dialog, "language");
        ASSERT_NE(language, nullptr);
        EXPECT_EQ(language->currentText(), QStringLiteral("Cymraeg"));
        language->setCurrentIndex(language->findData(QString()));
        ASSERT_TRUE(dialog.apply());
    }
    EXPECT_EQ(core::SettingsResolver().interfaceLanguage(), QString());
    EXPECT_FALSE(QSettings().contains(QStringLiteral("Interface/Language")));
}

TEST_F(SettingsDialogTest, ALanguageSetByPolicyCannotBeChanged)
{
    writePolicy("[Interface]\nLanguage=cy\n");
    ui::SettingsDialog dialog;
    auto *language = field<QComboBox>(dialog, "language");
    ASSERT_NE(language, nullptr);
    EXPECT_EQ(language->currentData().toString(), QStringLiteral("cy"));
    EXPECT_FALSE(language->isEnabled());
    EXPECT_NE(lockedNoteBeside(language), nullptr);
}

TEST_F(SettingsDialogTest, AnAddressThatIsNotASiteIsRefusedAndNothingIsSaved)
{
    ui::SettingsDialog dialog;
    auto *site = field<QLineEdit>(dialog, "site");
    ASSERT_NE(site, nullptr);
    site->setText(QStringLiteral("http://www.example.gov.uk"));
    EXPECT_FALSE(dialog.apply());
    EXPECT_FALSE(QSettings().contains(QStringLiteral("Sync/Site")));
    bool shown = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        shown = shown || (label->accessibleName() == QStringLiteral("Settings problem") &&
                          !label->isHidden() && !label->text().isEmpty());
    EXPECT_TRUE(shown);
}

TEST_F(SettingsDialogTest, CancelKeepsTheSettingsAsTheyWere)
{
    ui::SettingsDialog dialog;
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto *checkUpdates = field<QCheckBox>(dialog, "checkUpdates");
    ASSERT_NE(checkUpdates, nullptr);
    EXPECT_TRUE(checkUpdates->isChecked());
    checkUpdates->setChecked(false);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_FALSE(core::SettingsResolver().updateCheckDisabled());
}

TEST_F(SettingsDialogTest, TheConnectDialogShowsAPolicySiteReadOnly)
{
    writePolicy("[Sync]\nSite=https://www.council.gov.uk\nMethod=basic\n");
    QNetworkAccessManager network;
    ui::ConnectDialog dialog(&network);
    // Earlier credentials for another site do not replace the organisation's.
    sync::Credentials earlier;
    earlier.site = QUrl(QStringLiteral("https://mine.example.gov.uk"));
    earlier.method = sync::AuthMethod::OAuth2;
    dialog.setCredentials(earlier);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QLineEdit *site = nullptr;
    QComboBox *method = dialog.findChild<QComboBox *>();
    for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == QStringLiteral("Site address"))
            site = edit;
    }
    ASSERT_NE(site, nullptr);
    ASSERT_NE(method, nullptr);
    EXPECT_EQ(site->text(), kPolicySite);
    EXPECT_TRUE(site->isReadOnly());
    EXPECT_TRUE(site->accessibleDescription().startsWith(ui::SettingsDialog::lockedText()));
    EXPECT_EQ(method->currentData().toInt(), int(sync::AuthMethod::Basic));
    EXPECT_FALSE(method->isEnabled());
    int notes = 0;
    for (QLabel *label : dialog.findChildren<QLabel *>(QStringLiteral("lockedNote")))
        notes += label->isVisible() && label->text() == ui::SettingsDialog::lockedText();
    EXPECT_EQ(notes, 2);
}

TEST_F(SettingsDialogTest, TheWindowSyncsWithThePolicySiteAndOpensSettingsWithCtrlComma)
{
    QTemporaryDir data;
    ASSERT_TRUE(data.isValid());
    QSettings().setValue(QStringLiteral("Sync/Site"),
                         QStringLiteral("https://mine.example.gov.uk"));
    writePolicy("[Sync]\nSite=https://www.council.gov.uk\n");
    store::PageStore store;
    ASSERT_TRUE(store.open(data.filePath(QStringLiteral("pages.sqlite"))));
    ui::MainWindow window(store);
    EXPECT_EQ(window.syncController()->credentials().site, QUrl(kPolicySite));

    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    bool opened = false;
    QTimer::singleShot(0, &window, [&opened] {
        if (auto *dialog = qobject_cast<ui::SettingsDialog *>(QApplication::activeModalWidget())) {
            opened = true;
            dialog->reject();
        }
    });
    auto *settings = window.findChild<QAction *>(QStringLiteral("actionSettings"));
    ASSERT_NE(settings, nullptr);
    EXPECT_EQ(settings->shortcut(), QKeySequence(QKeySequence::Preferences));
    settings->trigger();
    EXPECT_TRUE(opened);
}

} // namespace
