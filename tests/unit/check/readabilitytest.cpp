// SPDX-License-Identifier: GPL-2.0-or-later
// The readability figures an author sees for a page, worked out by hand.
#include <check/readability.h>
#include <render/bodyrenderer.h>

#include <gtest/gtest.h>

#include <ostream>

using lga::check::Readability;

namespace {

Readability measure(const char *markdown)
{
    const QString html = lga::render::BodyRenderer::bodyHtml(
        QString::fromUtf8(markdown), lga::core::SourceFormat::Markdown, true);
    return Readability::measure(lga::html::Document(html));
}

} // namespace

struct SyllableCase
{
    const char *word;
    int syllables;
};

std::ostream &operator<<(std::ostream &out, const SyllableCase &c)
{
    return out << c.word;
}

class Syllables : public testing::TestWithParam<SyllableCase>
{
};

TEST_P(Syllables, AreCountedByVowelGroups)
{
    EXPECT_EQ(Readability::syllableCount(QString::fromUtf8(GetParam().word)), GetParam().syllables);
}

INSTANTIATE_TEST_SUITE_P(Readability, Syllables,
                         testing::Values(SyllableCase{"the", 1}, SyllableCase{"bins", 1},
                                         SyllableCase{"make", 1},     // silent e
                                         SyllableCase{"closed", 1},   // silent ed
                                         SyllableCase{"times", 1},    // silent es
                                         SyllableCase{"wanted", 2},   // sounded ed
                                         SyllableCase{"services", 3}, // sounded es
                                         SyllableCase{"table", 2},    // -le
                                         SyllableCase{"council", 2}, SyllableCase{"free", 1},
                                         SyllableCase{"recycling", 3},
                                         SyllableCase{"collection", 3},
                                         SyllableCase{"yellow", 2}, // leading y
                                         SyllableCase{"Tuesday", 2},
                                         SyllableCase{"rhythm", 1}, // at least one
                                         SyllableCase{"accommodation", 5}));

TEST(Readability, ReadingAgeFollowsFleschsBands)
{
    EXPECT_EQ(Readability::readingAgeFor(100), 10);
    EXPECT_EQ(Readability::readingAgeFor(90), 10);
    EXPECT_EQ(Readability::readingAgeFor(85), 11);
    EXPECT_EQ(Readability::readingAgeFor(75), 12);
    EXPECT_EQ(Readability::readingAgeFor(67), 13);
    EXPECT_EQ(Readability::readingAgeFor(61), 14);
    EXPECT_EQ(Readability::readingAgeFor(58), 15);
    EXPECT_EQ(Readability::readingAgeFor(51), 17);
    EXPECT_EQ(Readability::readingAgeFor(47), 18);
    EXPECT_EQ(Readability::readingAgeFor(31), 21);
    EXPECT_EQ(Readability::readingAgeFor(12), 22);
}

TEST(Readability, APlainServicePageScoresAsVeryEasy)
{
    // Paragraph 1: "We(1) collect(2) your(1) bins(1) every(3) week(1)." 6 words, 9 syllables;
    // "Put your bin out by seven(2) in the morning(2)." 9 words, 11 syllables.
    // List items, each a sentence without a full stop: "Paper(2) and card" 3 words,
    // 4 syllables; "Glass bottles(2) and jars" 4 words, 5 syllables; "Food waste" 2 words,
    // 2 syllables (silent e).
    // Paragraph 2: "Call us if we miss your collection(3)." 7 words, 9 syllables.
    // Totals: 31 words, 6 sentences, 40 syllables, 2 complex words (every, collection).
    // Flesch: 206.835 - 1.015 * 31/6 - 84.6 * 40/31 = 206.835 - 5.2442 - 109.1613 = 92.4295.
    const Readability r = measure("We collect your bins every week. Put your bin out by seven "
                                  "in the morning.\n\n"
                                  "- Paper and card\n- Glass bottles and jars\n- Food waste\n\n"
                                  "Call us if we miss your collection.\n");
    EXPECT_EQ(r.words, 31);
    EXPECT_EQ(r.sentences, 6);
    EXPECT_EQ(r.syllables, 40);
    EXPECT_EQ(r.complexWords, 2);
    EXPECT_TRUE(r.hasScore());
    EXPECT_NEAR(r.fleschReadingEase, 92.4295, 0.001);
    EXPECT_NEAR(r.averageSentenceWords(), 31.0 / 6, 1e-9);
    EXPECT_EQ(r.readingAge, 10);
}

TEST(Readability, AHardPageScoresLowAndTheScoreIsClamped)
{
    // "Documentation(5) substantiating(4) eligibility(6) is(1) obligatory(5) for(1)
    // applications(4) concerning(3) communal(3) residential(4) developments(4)." repeated
    // three times: 33 words, 3 sentences, 120 syllables.
    // Flesch: 206.835 - 1.015 * 11 - 84.6 * 120/33 = 206.835 - 11.165 - 307.636 < 0, so 0.
    const char *sentence = "Documentation substantiating eligibility is obligatory for "
                           "applications concerning communal residential developments. ";
    const QByteArray text = QByteArray(sentence).repeated(3);
    const Readability r = measure(text.constData());
    EXPECT_EQ(r.words, 33);
    EXPECT_EQ(r.sentences, 3);
    EXPECT_EQ(r.syllables, 120);
    EXPECT_EQ(r.fleschReadingEase, 0);
    EXPECT_EQ(r.readingAge, 22);
}

TEST(Readability, NumbersAndAddressesAreNotWordsAndHeadingsAreNotMeasured)
{
    // "Call", "or", "visit", "today": 4 words in 1 sentence; the heading is left out as Sa11y
    // does.
    const Readability r = measure("## Contact the customer services team\n\n"
                                  "Call 01582 546000 or visit www.luton.gov.uk today.\n");
    EXPECT_EQ(r.words, 4);
    EXPECT_EQ(r.sentences, 1);
    EXPECT_FALSE(r.hasScore());
}

TEST(Readability, AnEmptyPageHasNoFigures)
{
    const Readability r = measure("");
    EXPECT_EQ(r, Readability());
    EXPECT_FALSE(r.hasScore());
}
