// SPDX-License-Identifier: GPL-2.0-or-later
// A council's checker settings as an admin writes them in the app's settings file.
#include <check/checksettings.h>

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using lga::check::CheckSettings;
using lga::check::WordToAvoid;

namespace {

CheckSettings load(const QByteArray &ini)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("author.ini"));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(ini);
    file.close();
    QSettings settings(path, QSettings::IniFormat);
    return CheckSettings::fromSettings(settings);
}

QString alternativeFor(const CheckSettings &settings, const char *phrase)
{
    for (const WordToAvoid &word : settings.wordsToAvoid) {
        if (word.phrase == QLatin1StringView(phrase))
            return word.alternative;
    }
    return {};
}

} // namespace

TEST(CheckSettings, DefaultsFollowGovUk)
{
    const CheckSettings settings;
    EXPECT_EQ(settings.maxSentenceWords, 25);
    EXPECT_EQ(settings.minReadingEase, 50);
    EXPECT_TRUE(settings.disabledRules.isEmpty());
    EXPECT_EQ(alternativeFor(settings, "utilise"), QStringLiteral("use"));
    EXPECT_EQ(alternativeFor(settings, "in order to"), QStringLiteral("to"));
    EXPECT_EQ(alternativeFor(settings, "collaborate"), QStringLiteral("work with"));
    EXPECT_TRUE(alternativeFor(settings, "key").contains(QStringLiteral("unlocks")));
    // Every entry is usable: lower case, unique, with a plain alternative.
    QSet<QString> phrases;
    for (const WordToAvoid &word : settings.wordsToAvoid) {
        EXPECT_EQ(word.phrase, word.phrase.toLower());
        EXPECT_FALSE(word.alternative.isEmpty()) << qPrintable(word.phrase);
        phrases.insert(word.phrase);
    }
    EXPECT_EQ(phrases.size(), settings.wordsToAvoid.size());
    EXPECT_GE(phrases.size(), 35);
}

TEST(CheckSettings, AnEmptyFileKeepsTheDefaults)
{
    EXPECT_EQ(load(""), CheckSettings());
    EXPECT_EQ(load("[Spelling]\nSiteWords=Luton\n"), CheckSettings());
}

TEST(CheckSettings, ReadsThresholdsAndDisabledRules)
{
    const CheckSettings settings = load("[Checker]\n"
                                        "MaxSentenceWords=20\n"
                                        "MaxAltLength=100\n"
                                        "MaxHeadingLength=80\n"
                                        "MinReadingEase=60.5\n"
                                        "DisabledRules=sentence-too-long, alt-decorative\n");
    EXPECT_EQ(settings.maxSentenceWords, 20);
    EXPECT_EQ(settings.maxAltLength, 100);
    EXPECT_EQ(settings.maxHeadingLength, 80);
    EXPECT_EQ(settings.minReadingEase, 60.5);
    EXPECT_EQ(settings.disabledRules, (QSet<QString>{QStringLiteral("sentence-too-long"),
                                                     QStringLiteral("alt-decorative")}));
    EXPECT_FALSE(settings.isEnabled(QStringLiteral("sentence-too-long")));
    EXPECT_TRUE(settings.isEnabled(QStringLiteral("word-to-avoid")));
}

TEST(CheckSettings, AQuotedRuleListIsSplitToo)
{
    const CheckSettings settings = load("[Checker]\nDisabledRules=\"word-to-avoid\"\n");
    EXPECT_EQ(settings.disabledRules, QSet<QString>{QStringLiteral("word-to-avoid")});
    const CheckSettings two = load("[Checker]\nDisabledRules=\"readability-low;word-to-avoid\"\n");
    EXPECT_EQ(two.disabledRules.size(), 2);
}

TEST(CheckSettings, UnusableValuesKeepTheDefaults)
{
    const CheckSettings settings = load("[Checker]\n"
                                        "MaxSentenceWords=0\n"
                                        "MaxAltLength=-20\n"
                                        "MaxHeadingLength=long\n"
                                        "MinReadingEase=150\n"
                                        "WordsToAvoid=\n");
    EXPECT_EQ(settings, CheckSettings());
}

TEST(CheckSettings, WordsToAvoidReplacesTheListAndExtraWordsAddToIt)
{
    const CheckSettings replaced =
        load("[Checker]\nWordsToAvoid=\"Synergy=working together; leverage=use, apply\"\n");
    EXPECT_EQ(replaced.wordsToAvoid,
              (QList<WordToAvoid>{{QStringLiteral("synergy"), QStringLiteral("working together")},
                                  {QStringLiteral("leverage"), QStringLiteral("use, apply")}}));

    const CheckSettings added =
        load("[Checker]\nExtraWordsToAvoid=webinar=online meeting, utilise=use or apply\n");
    EXPECT_EQ(added.wordsToAvoid.size(), CheckSettings().wordsToAvoid.size() + 1);
    EXPECT_EQ(alternativeFor(added, "webinar"), QStringLiteral("online meeting"));
    // An extra entry for a listed phrase changes its alternative.
    EXPECT_EQ(alternativeFor(added, "utilise"), QStringLiteral("use or apply"));
    EXPECT_EQ(alternativeFor(added, "collaborate"), QStringLiteral("work with"));
}

TEST(CheckSettings, ValuesWrittenByQSettingsReadBack)
{
    // What an admin tool writing through QSettings produces.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("written.ini"));
    {
        QSettings out(path, QSettings::IniFormat);
        out.beginGroup(QStringLiteral("Checker"));
        out.setValue(QStringLiteral("MaxSentenceWords"), 30);
        out.setValue(QStringLiteral("DisabledRules"),
                     QStringList{QStringLiteral("readability-low")});
        out.setValue(QStringLiteral("WordsToAvoid"),
                     QStringList{QStringLiteral("going forward=from now on, in future")});
        out.endGroup();
    }
    QSettings in(path, QSettings::IniFormat);
    const CheckSettings settings = CheckSettings::fromSettings(in);
    EXPECT_EQ(settings.maxSentenceWords, 30);
    EXPECT_EQ(settings.disabledRules, QSet<QString>{QStringLiteral("readability-low")});
    EXPECT_EQ(settings.wordsToAvoid,
              (QList<WordToAvoid>{
                  {QStringLiteral("going forward"), QStringLiteral("from now on, in future")}}));
}
