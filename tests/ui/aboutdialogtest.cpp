// SPDX-License-Identifier: GPL-2.0-or-later
// Help → About LocalGov Author: what a support desk asks for (version, libraries, licences) is
// shown, copied in one click, and the dialog behaves as a dialog should from the keyboard.
#include <core/version.h>
#include <store/pagestore.h>
#include <ui/aboutdialog.h>
#include <ui/appactions.h>
#include <ui/mainwindow.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace lga;
using ui::AboutDialog;

namespace {

// The axe-core version the lock file pins, which the app must embed and report.
QString lockedAxeVersion()
{
    QFile lock(QStringLiteral(LGA_SOURCE_DIR "/resources/axe/package-lock.json"));
    if (!lock.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject packages = QJsonDocument::fromJson(lock.readAll())
                                     .object()
                                     .value(QStringLiteral("packages"))
                                     .toObject();
    return packages.value(QStringLiteral("node_modules/axe-core"))
        .toObject()
        .value(QStringLiteral("version"))
        .toString();
}

// Library name → {version cell, licence cell}, as the table shows them.
QMap<QString, QStringList> tableRows(const AboutDialog &dialog)
{
    const auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("aboutLibraries"));
    QMap<QString, QStringList> rows;
    if (!table)
        return rows;
    for (int row = 0; row < table->rowCount(); ++row)
        rows.insert(table->item(row, 0)->text(),
                    {table->item(row, 1)->text(), table->item(row, 2)->text()});
    return rows;
}

} // namespace

TEST(AboutDialog, ShowsTheVersionLicenceAndHomePage)
{
    AboutDialog dialog;
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));

    const auto *version = dialog.findChild<QLabel *>(QStringLiteral("aboutVersion"));
    ASSERT_NE(version, nullptr);
    EXPECT_TRUE(version->text().contains(QString::fromLatin1(core::kVersion)))
        << qPrintable(version->text());

    const auto *licence = dialog.findChild<QLabel *>(QStringLiteral("aboutLicence"));
    ASSERT_NE(licence, nullptr);
    EXPECT_TRUE(licence->text().contains(QStringLiteral("GPL-2.0-or-later")));
    EXPECT_TRUE(licence->text().contains(
        QStringLiteral("href=\"https://www.gnu.org/licenses/old-licenses/gpl-2.0.html\"")));
    EXPECT_TRUE(licence->openExternalLinks());

    const auto *home = dialog.findChild<QLabel *>(QStringLiteral("aboutHomePage"));
    ASSERT_NE(home, nullptr);
    EXPECT_TRUE(home->text().contains(QStringLiteral("href=\"https://localgovdrupal.org\"")));

    // Only when asked: a picture of the dialog to look at (tools or a person reviewing it).
    const QString screenshot = qEnvironmentVariable("LGA_ABOUT_SCREENSHOT");
    if (!screenshot.isEmpty()) {
        QTest::qWait(200);
        EXPECT_TRUE(dialog.grab().save(screenshot)) << qPrintable(screenshot);
    }
}

TEST(AboutDialog, ListsEveryLibraryWithItsVersionAndLicence)
{
    AboutDialog dialog;
    const QMap<QString, QStringList> rows = tableRows(dialog);

    const QMap<QString, QString> licences{
        {QStringLiteral("Qt"), QStringLiteral("LGPL-3.0-only")},
        {QStringLiteral("Qt WebEngine"), QStringLiteral("LGPL-3.0-only")},
        {QStringLiteral("Chromium (in Qt WebEngine)"), QStringLiteral("BSD-3-Clause and others")},
        {QStringLiteral("SQLite"), QStringLiteral("Public domain")},
        {QStringLiteral("cmark-gfm"), QStringLiteral("BSD-2-Clause")},
        {QStringLiteral("gumbo"), QStringLiteral("Apache-2.0")},
        {QStringLiteral("Hunspell"), QStringLiteral("MPL-1.1 / GPL-2.0 / LGPL-2.1")},
        {QStringLiteral("QtKeychain"), QStringLiteral("BSD-3-Clause")},
        {QStringLiteral("axe-core"), QStringLiteral("MPL-2.0")},
    };
    for (auto it = licences.cbegin(); it != licences.cend(); ++it) {
        ASSERT_TRUE(rows.contains(it.key())) << qPrintable(it.key());
        const QStringList cells = rows.value(it.key());
        EXPECT_EQ(cells.at(1), it.value()) << qPrintable(it.key());
        // Every version is known: a number, never "unknown" or empty.
        EXPECT_TRUE(cells.at(0).contains(QRegularExpression(QStringLiteral("^\\d+\\.\\d+"))))
            << qPrintable(it.key() + QStringLiteral(": ") + cells.at(0));
    }

    // The versions the running app reports itself are the real ones.
    EXPECT_EQ(rows.value(QStringLiteral("Qt")).at(0), QString::fromLatin1(qVersion()));
    const QString axe = lockedAxeVersion();
    ASSERT_FALSE(axe.isEmpty());
    EXPECT_EQ(rows.value(QStringLiteral("axe-core")).at(0), axe);
    EXPECT_TRUE(rows.value(QStringLiteral("SQLite")).at(0).startsWith(QStringLiteral("3.")));
    EXPECT_TRUE(rows.value(QStringLiteral("cmark-gfm")).at(0).contains(QStringLiteral("gfm")));
}

TEST(AboutDialog, CopyDetailsPutsWhatSupportNeedsOnTheClipboard)
{
    AboutDialog dialog;
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QApplication::clipboard()->clear();

    auto *copy = dialog.findChild<QPushButton *>(QStringLiteral("aboutCopyDetails"));
    ASSERT_NE(copy, nullptr);
    QTest::mouseClick(copy, Qt::LeftButton);

    const QString text = QApplication::clipboard()->text();
    EXPECT_TRUE(text.startsWith(QStringLiteral("LocalGov Author ") +
                                QString::fromLatin1(core::kVersion) + QLatin1Char('\n')))
        << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion()) +
                              QStringLiteral(" (LGPL-3.0-only)")))
        << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("axe-core ") + lockedAxeVersion()));
    EXPECT_TRUE(text.contains(QStringLiteral("System: ")));
    EXPECT_TRUE(text.contains(QStringLiteral("GPL-2.0-or-later")));
}

TEST(AboutDialog, EscapeClosesItAndEveryControlHasAnAccessibleName)
{
    AboutDialog dialog;
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));

    // Everything Tab reaches (the table's own scroll bars and viewport are part of the table).
    int reachable = 0;
    for (QWidget *widget : dialog.findChildren<QWidget *>()) {
        const bool insideTable =
            widget->parentWidget() && widget->parentWidget()->inherits("QAbstractScrollArea");
        if ((widget->focusPolicy() & Qt::TabFocus) == 0 || !widget->isVisible() || insideTable)
            continue;
        ++reachable;
        EXPECT_FALSE(widget->accessibleName().isEmpty())
            << widget->metaObject()->className() << " " << qPrintable(widget->objectName());
    }
    EXPECT_GE(reachable, 3); // the table, Copy details and Close at least

    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget()
                                                : static_cast<QWidget *>(&dialog),
                    Qt::Key_Escape);
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
}

TEST(AboutDialog, HelpMenuOpensItWithTheAboutRole)
{
    ui::AppActions actions;
    EXPECT_EQ(actions.about->menuRole(), QAction::AboutRole);

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    store::PageStore store;
    ASSERT_TRUE(store.open(dir.filePath(QStringLiteral("pages.sqlite"))));
    ui::MainWindow window(store);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    QAction *about = nullptr;
    for (QAction *menuAction : window.menuBar()->actions()) {
        if (menuAction->text() != QStringLiteral("&Help") || !menuAction->menu())
            continue;
        for (QAction *action : menuAction->menu()->actions()) {
            if (action->objectName() == QStringLiteral("actionAbout"))
                about = action;
        }
    }
    ASSERT_NE(about, nullptr) << "Help menu has no About action";
    EXPECT_EQ(about->menuRole(), QAction::AboutRole);

    about->trigger();
    auto *dialog = window.findChild<AboutDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    dialog->reject();
}
