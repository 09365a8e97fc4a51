// SPDX-License-Identifier: GPL-2.0-or-later
#include <spell/spellchecker.h>
#include <spell/wordscanner.h>

#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>
#include <utility>
#include <vector>

using lga::core::SourceFormat;
using lga::spell::Misspelling;
using lga::spell::SpellChecker;
using lga::spell::SpellSettings;

namespace {

// A checker with a personal dictionary in a fresh folder, never the real profile.
class SpellCheckerTest : public ::testing::Test
{
protected:
    SpellSettings settings(const QStringList &siteWords = {}) const
    {
        SpellSettings result;
        result.personalDictionaryPath = m_folder.filePath(QStringLiteral("dictionary.txt"));
        result.siteWords = siteWords;
        return result;
    }

    QTemporaryDir m_folder;
};

QStringList misspelt(const QList<Misspelling> &found)
{
    QStringList words;
    for (const Misspelling &m : found)
        words.append(m.word);
    return words;
}

} // namespace

TEST_F(SpellCheckerTest, AcceptsBritishSpellingAndFlagsAmerican)
{
    const SpellChecker checker(settings());
    ASSERT_TRUE(checker.isValid()) << checker.errorString().toStdString();
    EXPECT_TRUE(checker.isCorrect(u"colour"));
    EXPECT_TRUE(checker.isCorrect(u"recognise"));
    EXPECT_TRUE(checker.isCorrect(u"centre"));
    EXPECT_TRUE(checker.isCorrect(u"Council"));
    EXPECT_FALSE(checker.isCorrect(u"color"));
    EXPECT_FALSE(checker.isCorrect(u"center"));
    EXPECT_FALSE(checker.isCorrect(u"recyclling"));
    const QStringList suggestions = checker.suggestions(u"color");
    EXPECT_TRUE(suggestions.contains(QStringLiteral("colour")))
        << suggestions.join(u',').toStdString();
    EXPECT_LE(checker.suggestions(u"recyclling").size(), 6);
    EXPECT_LE(checker.suggestions(u"tha", 3).size(), 3);
}

TEST_F(SpellCheckerTest, ApostrophesAndHyphensFollowBritishUsage)
{
    const SpellChecker checker(settings());
    EXPECT_TRUE(checker.isCorrect(u"don't"));
    EXPECT_TRUE(checker.isCorrect(u"don’t"));
    EXPECT_TRUE(checker.isCorrect(u"council's"));
    EXPECT_TRUE(checker.isCorrect(u"co-operate"));
    EXPECT_TRUE(checker.isCorrect(u"council-run"));
    EXPECT_FALSE(checker.isCorrect(u"council-rnu"));
}

TEST_F(SpellCheckerTest, ChecksABodyAndReportsWhereTheWordsAre)
{
    const SpellChecker checker(settings());
    const QString body = QStringLiteral(
        "## Recyling\n\nThe color of your bin is in the [calandar](https://x.org/colr).\n"
        "`colr` is code. A council-rnu service.");
    const QList<Misspelling> found = checker.check(body, SourceFormat::Markdown);
    EXPECT_EQ(misspelt(found), (QStringList{QStringLiteral("Recyling"), QStringLiteral("color"),
                                            QStringLiteral("calandar"), QStringLiteral("rnu")}));
    for (const Misspelling &m : found)
        EXPECT_EQ(body.mid(m.start, m.length), m.word);
    EXPECT_TRUE(checker
                    .check(body, SourceFormat::Markdown,
                           {QStringLiteral("color"), QStringLiteral("calandar"),
                            QStringLiteral("Recyling"), QStringLiteral("rnu")})
                    .isEmpty());
}

TEST_F(SpellCheckerTest, AcceptsTheSiteWordsTheAdminPresets)
{
    const QString page = QStringLiteral("Wardown Park in Luton, near Dunstable.");
    const SpellChecker plain(settings());
    EXPECT_EQ(misspelt(plain.check(page, SourceFormat::Markdown)),
              QStringList{QStringLiteral("Wardown")});

    QSettings policy(m_folder.filePath(QStringLiteral("policy.ini")), QSettings::IniFormat);
    policy.setValue(QStringLiteral("Spelling/SiteWords"),
                    QStringList{QStringLiteral("Wardown"), QStringLiteral("Stopsley")});
    SpellSettings fromPolicy = SpellSettings::fromSettings(policy);
    fromPolicy.personalDictionaryPath = settings().personalDictionaryPath;
    SpellChecker site(fromPolicy);
    EXPECT_TRUE(site.check(page, SourceFormat::Markdown).isEmpty());
    EXPECT_TRUE(site.isCorrect(u"Wardown's"));
    EXPECT_TRUE(site.isCorrect(u"Stopsley"));
    EXPECT_TRUE(site.suggestions(u"Wardwon").contains(QStringLiteral("Wardown")));

    // A new list replaces the old one, without forgetting the dictionary's own words.
    site.setSiteWords({QStringLiteral("Luton")});
    EXPECT_FALSE(site.isCorrect(u"Wardown"));
    EXPECT_TRUE(site.isCorrect(u"Luton"));
}

TEST_F(SpellCheckerTest, ReadsSiteWordsGivenAsOneString)
{
    QSettings policy(m_folder.filePath(QStringLiteral("policy.ini")), QSettings::IniFormat);
    policy.setValue(QStringLiteral("Spelling/SiteWords"),
                    QStringLiteral("Wardown; Stopsley,Leagrave"));
    EXPECT_EQ(SpellSettings::fromSettings(policy).siteWords,
              (QStringList{QStringLiteral("Wardown"), QStringLiteral("Stopsley"),
                           QStringLiteral("Leagrave")}));
}

TEST_F(SpellCheckerTest, PersonalWordsPersistAndTakeEffectAtOnce)
{
    {
        SpellChecker checker(settings());
        EXPECT_FALSE(checker.isCorrect(u"Wardown"));
        EXPECT_TRUE(checker.addToPersonalDictionary(QStringLiteral("Wardown")));
        EXPECT_TRUE(checker.isCorrect(u"Wardown"));
        EXPECT_TRUE(checker.addToPersonalDictionary(QStringLiteral("Bramingham")));
        EXPECT_FALSE(checker.addToPersonalDictionary(QStringLiteral("two words")));
    }
    QFile file(settings().personalDictionaryPath);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(file.readAll()), QStringLiteral("Wardown\nBramingham\n"));

    const SpellChecker again(settings());
    EXPECT_TRUE(again.isCorrect(u"Wardown"));
    EXPECT_TRUE(again.isCorrect(u"Bramingham"));
    EXPECT_EQ(again.personalWords(),
              (QStringList{QStringLiteral("Wardown"), QStringLiteral("Bramingham")}));
}

TEST_F(SpellCheckerTest, MissingDictionaryIsAnErrorStateNotACrash)
{
    SpellSettings missing = settings();
    missing.dictionaryDirectory = m_folder.filePath(QStringLiteral("nowhere"));
    SpellChecker checker(missing);
    EXPECT_FALSE(checker.isValid());
    EXPECT_TRUE(checker.errorString().contains(QStringLiteral("en_GB")))
        << checker.errorString().toStdString();
    EXPECT_TRUE(checker.check(u"Teh colr", SourceFormat::Markdown).isEmpty());
    EXPECT_TRUE(checker.suggestions(u"colr").isEmpty());
    EXPECT_TRUE(checker.addToPersonalDictionary(QStringLiteral("Wardown")));
}

// Median milliseconds of five fresh checkers' first check of `body`, and of a second check.
std::pair<double, double> timeCheck(const SpellSettings &settings, const QString &body,
                                    qsizetype *found)
{
    std::vector<double> first;
    std::vector<double> again;
    for (int run = 0; run < 5; ++run) {
        const SpellChecker checker(settings);
        QElapsedTimer timer;
        timer.start();
        *found = checker.check(body, SourceFormat::Markdown).size();
        first.push_back(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        checker.check(body, SourceFormat::Markdown);
        again.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(first.begin(), first.end());
    std::sort(again.begin(), again.end());
    return {first[2], again[2]};
}

// Not a timed assertion: prints the figure the issue asks for (scan and check, 5,000 words),
// for a page that repeats itself as council pages do and for 5,000 different words.
TEST_F(SpellCheckerTest, ReportsTheTimeToCheckFiveThousandWords)
{
    const QString paragraph = QStringLiteral(
        "Put your **green** bin out by 7am on your collection day. We collect garden waste "
        "every fortnight from March to November; see [bin days](https://www.luton.gov.uk/bins) "
        "or email `bins@luton.gov.uk`. If your recyclling was missed, tell us within two "
        "working days and we will come back. Wardown Park's café is open daily.\n\n");
    QString page;
    for (int words = 0; words < 5000; words += 52)
        page += paragraph;
    qsizetype found = 0;
    const auto [pageFirst, pageAgain] = timeCheck(settings(), page, &found);
    EXPECT_EQ(found,
              page.count(QStringLiteral("recyclling")) + page.count(QStringLiteral("Wardown")));

    // Every word different: dictionary entries spread over the alphabet, in lower case.
    QFile dic(SpellSettings().dictionaryDirectory + QStringLiteral("/en_GB.dic"));
    ASSERT_TRUE(dic.open(QIODevice::ReadOnly));
    const QList<QByteArray> entries = dic.readAll().split('\n');
    QStringList distinct;
    for (qsizetype i = 1; i < entries.size() && distinct.size() < 5000; i += 17) {
        const QString word = QString::fromUtf8(entries[i].split('/').first()).trimmed();
        if (lga::spell::WordScanner::isCheckable(word) && !word.contains(u'\t'))
            distinct.append(word.toLower());
    }
    const QString varied = distinct.join(u' ');
    const auto [variedFirst, variedAgain] = timeCheck(settings(), varied, &found);
    std::cout << "spell_check_5k_words_ms (median of 5): council page " << pageFirst
              << " first check, " << pageAgain << " again; 5,000 different words " << variedFirst
              << " first check, " << variedAgain << " again\n";
    EXPECT_EQ(distinct.size(), 5000);
}
