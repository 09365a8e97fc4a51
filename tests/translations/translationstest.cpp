// SPDX-License-Identifier: GPL-2.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <gtest/gtest.h>

using lga::app::chooseLanguage;

namespace {

QString welsh(const char *context, const char *source, int n = -1)
{
    QTranslator translator;
    if (!translator.load(QStringLiteral("localgov-author_cy"), QStringLiteral(LGA_QM_DIR)))
        return QStringLiteral("(not loaded)");
    return translator.translate(context, source, nullptr, n);
}

} // namespace

TEST(Translations, TheSystemLanguageDecidesWhenNothingIsSet)
{
    EXPECT_EQ(chooseLanguage(QString(), {QStringLiteral("cy-GB")}), QStringLiteral("cy"));
    EXPECT_EQ(chooseLanguage(QString(), {QStringLiteral("en-GB")}), QStringLiteral("en_GB"));
    // The first of the user's languages that the app speaks wins.
    EXPECT_EQ(chooseLanguage(QString(), {QStringLiteral("de-DE"), QStringLiteral("cy")}),
              QStringLiteral("cy"));
    EXPECT_EQ(chooseLanguage(QString(), {QStringLiteral("en-US"), QStringLiteral("cy-GB")}),
              QStringLiteral("en_GB"));
    EXPECT_EQ(chooseLanguage(QString(), {QStringLiteral("fr-FR")}), QStringLiteral("en_GB"));
    EXPECT_EQ(chooseLanguage(QString(), {}), QStringLiteral("en_GB"));
}

TEST(Translations, TheSettingOverridesTheSystemLanguage)
{
    EXPECT_EQ(chooseLanguage(QStringLiteral("en_GB"), {QStringLiteral("cy-GB")}),
              QStringLiteral("en_GB"));
    EXPECT_EQ(chooseLanguage(QStringLiteral("cy"), {QStringLiteral("en-GB")}),
              QStringLiteral("cy"));
    // A language the app does not ship is no choice at all.
    EXPECT_EQ(chooseLanguage(QStringLiteral("fr"), {QStringLiteral("cy-GB")}),
              QStringLiteral("cy"));
}

TEST(Translations, MachinePolicyWinsOverTheUsersOwnChoice)
{
    // main() gives this process a machine policy of Welsh and a user setting of English.
    EXPECT_EQ(lga::app::languageSetting(), QStringLiteral("cy"));
}

TEST(Translations, WelshTranslatesMenusSyncAndCheckerMessages)
{
    // The accelerator letter may move; the words may not.
    EXPECT_EQ(welsh("lga::ui::MainWindow", "&File").remove(QLatin1Char('&')),
              QStringLiteral("Ffeil"));
    EXPECT_EQ(welsh("lga::ui::AppActions", "S&ync now").remove(QLatin1Char('&')),
              QStringLiteral("Cysoni nawr"));
    EXPECT_EQ(welsh("lga::check::Checker", "This heading has no text."),
              QStringLiteral("Does dim testun yn y pennawd hwn."));
}

TEST(Translations, WelshPluralsKeepTheNumber)
{
    QTranslator translator;
    ASSERT_TRUE(translator.load(QStringLiteral("localgov-author_cy"), QStringLiteral(LGA_QM_DIR)));
    QCoreApplication::installTranslator(&translator);
    // Welsh has five plural forms in Qt: 0, 1, 2 to 5, 6, and the rest.
    for (int n : {0, 1, 2, 3, 6, 11}) {
        const QString text = QCoreApplication::translate("lga::store::MarkdownFolder",
                                                         "Exported %n page(s) to %1.", nullptr, n);
        EXPECT_TRUE(text.contains(QString::number(n))) << qPrintable(text);
        EXPECT_TRUE(text.contains(QStringLiteral("%1"))) << qPrintable(text);
        EXPECT_FALSE(text.startsWith(QStringLiteral("Exported"))) << qPrintable(text);
    }
    QCoreApplication::removeTranslator(&translator);
}

TEST(Translations, InstallingWelshTranslatesTheAppAndItsDates)
{
    ASSERT_TRUE(lga::app::installTranslations(QStringLiteral("cy"), QStringLiteral(LGA_QM_DIR)));
    EXPECT_EQ(QCoreApplication::translate("lga::ui::MainWindow", "&File").remove(QLatin1Char('&')),
              QStringLiteral("Ffeil"));
    EXPECT_EQ(QLocale().language(), QLocale::Welsh);
    EXPECT_EQ(QLocale().monthName(1), QStringLiteral("Ionawr"));
}

TEST(Translations, EnglishPluralsReadNaturally)
{
    ASSERT_TRUE(lga::app::installTranslations(QStringLiteral("en_GB"), QStringLiteral(LGA_QM_DIR)));
    EXPECT_EQ(QCoreApplication::translate("lga::store::MarkdownFolder",
                                          "Exported %n page(s) to %1.", nullptr, 1),
              QStringLiteral("Exported 1 page to %1."));
    EXPECT_EQ(QCoreApplication::translate("lga::store::MarkdownFolder",
                                          "Exported %n page(s) to %1.", nullptr, 3),
              QStringLiteral("Exported 3 pages to %1."));
}

TEST(Translations, HelperFunctionsFindTheirWelsh)
{
    // Free tr() helpers pass their class's context; lupdate files their messages under the
    // namespace. The installed translator must find them either way.
    ASSERT_TRUE(lga::app::installTranslations(QStringLiteral("cy"), QStringLiteral(LGA_QM_DIR)));
    EXPECT_EQ(QCoreApplication::translate("lga::app::CheckCommand", "readability"),
              QStringLiteral("darllenadwyedd"));
    EXPECT_EQ(
        QCoreApplication::translate("lga::sync::SiteClient", "The site took too long to answer."),
        QStringLiteral("Cymerodd y wefan ormod o amser i ateb."));
    // A message the app does not have stays in English.
    EXPECT_EQ(QCoreApplication::translate("lga::sync::SiteClient", "Not a message"),
              QStringLiteral("Not a message"));
}
