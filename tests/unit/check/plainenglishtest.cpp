// SPDX-License-Identifier: GPL-2.0-or-later
// GOV.UK's plain-English checks as an author meets them: long sentences, words to avoid and a
// page that is hard to read, each pinned to the words in the source.
#include <check/checker.h>
#include <check/plainenglish.h>

#include <gtest/gtest.h>

#include <ostream>

using lga::check::Checker;
using lga::check::CheckSettings;
using lga::check::Finding;
using lga::check::PlainEnglish;
using lga::core::Page;
using lga::core::SourceFormat;

namespace {

QList<Finding> findings(const char *body, const char *rule, CheckSettings settings = {},
                        SourceFormat format = SourceFormat::Markdown)
{
    Page page = Page::create(QStringLiteral("localgov_services_page"));
    page.title = QStringLiteral("Bins and recycling");
    page.body = QString::fromUtf8(body);
    page.format = format;
    QList<Finding> result = Checker(std::move(settings)).check(page);
    result.removeIf([rule](const Finding &f) { return f.ruleId != QLatin1StringView(rule); });
    return result;
}

QStringList sentences(const char *text)
{
    const QString string = QString::fromUtf8(text);
    QStringList result;
    for (const PlainEnglish::Span &span : PlainEnglish::sentences(string))
        result.append(string.mid(span.start, span.length));
    return result;
}

} // namespace

// --- Sentence splitting -----------------------------------------------------------------

struct SplitCase
{
    const char *text;
    std::vector<const char *> expected;
};

std::ostream &operator<<(std::ostream &out, const SplitCase &c)
{
    return out << c.text;
}

class SentenceSplitting : public testing::TestWithParam<SplitCase>
{
};

TEST_P(SentenceSplitting, EndsSentencesWhereAReaderWould)
{
    QStringList expected;
    for (const char *sentence : GetParam().expected)
        expected.append(QString::fromUtf8(sentence));
    EXPECT_EQ(sentences(GetParam().text), expected);
}

INSTANTIATE_TEST_SUITE_P(
    PlainEnglish, SentenceSplitting,
    testing::Values(
        SplitCase{"We collect bins. Put them out early! Any questions?",
                  {"We collect bins.", "Put them out early!", "Any questions?"}},
        SplitCase{"Bring proof of address, e.g. a council tax bill. Then book.",
                  {"Bring proof of address, e.g. a council tax bill.", "Then book."}},
        SplitCase{"Bring ID, i.e. a passport, to Dr. Patel or Mr. Jones at reception.",
                  {"Bring ID, i.e. a passport, to Dr. Patel or Mr. Jones at reception."}},
        SplitCase{"The tip opens at 7.30am and a bag costs £1.50 each. It shuts at 4pm.",
                  {"The tip opens at 7.30am and a bag costs £1.50 each.", "It shuts at 4pm."}},
        SplitCase{"We take paper, card etc. and glass. Plastics etc. Go in the blue bin.",
                  {"We take paper, card etc. and glass.", "Plastics etc.", "Go in the blue bin."}},
        SplitCase{"Contact J. Smith on approx. three days' notice.",
                  {"Contact J. Smith on approx. three days' notice."}},
        SplitCase{"She said \"come back tomorrow.\" We did.",
                  {"She said \"come back tomorrow.\"", "We did."}},
        SplitCase{"Town Hall\nGeorge Street\nLuton", {"Town Hall", "George Street", "Luton"}},
        SplitCase{"Wait... then try again. See form No. 12 for details.",
                  {"Wait... then try again.", "See form No. 12 for details."}},
        SplitCase{"   ", {}}));

// --- sentence-too-long --------------------------------------------------------------------

TEST(SentenceTooLong, FlagsASentenceOverTheLimitWithItsWordCount)
{
    // 26 words.
    const auto found = findings("Residents who want to book a bulky waste collection must "
                                "do so online five working days before the date they would "
                                "like us to come round.",
                                "sentence-too-long");
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].severity, Finding::Warning);
    EXPECT_TRUE(found[0].wcag.isEmpty());
    EXPECT_EQ(found[0].message, QStringLiteral("This sentence has 26 words."));
    EXPECT_TRUE(found[0].why.contains(QStringLiteral("25 words")));
}

TEST(SentenceTooLong, AcceptsASentenceOfExactlyTheLimit)
{
    // 25 words.
    EXPECT_TRUE(findings("Residents who want to book a bulky waste collection must do so "
                         "online five working days before the date they would like us to "
                         "come.",
                         "sentence-too-long")
                    .isEmpty());
}

TEST(SentenceTooLong, AbbreviationsDecimalsAndTimesDoNotEndTheSentence)
{
    // 33 words with "e.g.", "Dr.", "7.30am" and "£1.50" inside: one sentence.
    const auto found =
        findings("Bring proof of who you are, e.g. a passport or a letter from Dr. Khan, to "
                 "the centre when it opens at 7.30am and pay £1.50 for each extra bag you "
                 "leave there.",
                 "sentence-too-long");
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].message, QStringLiteral("This sentence has 33 words."));
}

TEST(SentenceTooLong, EachListItemAndLineIsASentence)
{
    // Without end punctuation the two items together would be 30 words.
    EXPECT_TRUE(findings("- paper and card from your home such as cereal boxes and envelopes "
                         "with the plastic windows left in\n"
                         "- glass bottles and jars rinsed out with the lids left on please\n",
                         "sentence-too-long")
                    .isEmpty());
    // A hard line break (two trailing spaces) ends a line of an address or a list.
    EXPECT_TRUE(
        findings("Recycling Centre on Luton Road right next to the big supermarket car park  \n"
                 "Open every day except Christmas Day Boxing Day and New Year's Day "
                 "from 8am",
                 "sentence-too-long")
            .isEmpty());
}

TEST(SentenceTooLong, IsPinnedToTheFirstWordsOfTheLongSentence)
{
    const char *body = "## Bulky waste\n\n"
                       "We can collect large items. Residents who want to book a bulky waste "
                       "collection must do so online five working days before the date they "
                       "would like us to come round.\n";
    const auto found = findings(body, "sentence-too-long");
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].line, 3);
    EXPECT_EQ(found[0].column, 29);
    EXPECT_EQ(found[0].anchor, QStringLiteral("Residents who want to book a"));
}

TEST(SentenceTooLong, FollowsTheSiteLimitAndCoversTableCellsAndHeadings)
{
    CheckSettings settings;
    settings.maxSentenceWords = 8;
    EXPECT_EQ(findings("| Bin | When |\n| --- | --- |\n| Blue | We empty the blue bin every "
                       "other Tuesday morning |\n",
                       "sentence-too-long", settings)
                  .size(),
              1);
    EXPECT_EQ(findings("## How to apply for a permit to park outside your home\n",
                       "sentence-too-long", settings)
                  .size(),
              1);
    EXPECT_TRUE(
        findings("We empty blue bins on Tuesdays.", "sentence-too-long", settings).isEmpty());
}

// --- word-to-avoid ------------------------------------------------------------------------

struct WordCase
{
    const char *body;
    const char *anchor; // nullptr: nothing to report
};

std::ostream &operator<<(std::ostream &out, const WordCase &c)
{
    return out << c.body;
}

class WordsToAvoid : public testing::TestWithParam<WordCase>
{
};

TEST_P(WordsToAvoid, SuggestsPlainWordsOnlyWhereTheJargonSenseIsMeant)
{
    const auto found = findings(GetParam().body, "word-to-avoid");
    if (!GetParam().anchor) {
        EXPECT_TRUE(found.isEmpty()) << qPrintable(found.value(0).anchor);
        return;
    }
    ASSERT_EQ(found.size(), 1);
    const QString anchor = QString::fromUtf8(GetParam().anchor);
    EXPECT_EQ(found[0].anchor, anchor);
    EXPECT_EQ(found[0].severity, Finding::Tip);
    EXPECT_TRUE(found[0].message.contains(u'"' + anchor + u'"')) << qPrintable(found[0].message);
    EXPECT_FALSE(found[0].suggestion.isEmpty());
    // The squiggle covers exactly the words in the source.
    const QString body = QString::fromUtf8(GetParam().body);
    EXPECT_EQ(found[0].line, 1);
    EXPECT_EQ(body.mid(found[0].column - 1, found[0].endColumn - found[0].column + 1), anchor);
}

INSTANTIATE_TEST_SUITE_P(
    Jargon, WordsToAvoid,
    testing::Values(WordCase{"We will utilise the hall for voting.", "utilise"},
                    WordCase{"The hall was utilised for voting.", "utilised"},
                    WordCase{"Utilising volunteers keeps costs down.", "Utilising"},
                    WordCase{"We are delivering a new strategy.", "delivering"},
                    WordCase{"The project was delivered on time.", "delivered"},
                    WordCase{"Flooding impacts homes near the river.", "impacts"},
                    WordCase{"Roadworks could impact your journey.", "impact"},
                    WordCase{"We are going forward with the plan.", "going forward"},
                    WordCase{"In order to apply, fill in the form.", "In order to"},
                    WordCase{"The budget is ring-fenced for schools.", "ring-fenced"},
                    WordCase{"Visit our one-stop shop in the town hall.", "one-stop shop"},
                    WordCase{"These are our key priorities.", "key"},
                    WordCase{"We will liaise with the police.", "liaise"},
                    WordCase{"We are tackling fly-tipping.", "tackling"},
                    WordCase{"Officers will drive up standards.", "drive"},
                    WordCase{"This will empower residents.", "empower"},
                    WordCase{"We want to progress your claim quickly.", "progress"}));

INSTANTIATE_TEST_SUITE_P(
    SafeSenses, WordsToAvoid,
    testing::Values(WordCase{"Apply for a key safe for your home.", nullptr},
                    WordCase{"Pupils in Key Stage 2 can apply.", nullptr},
                    WordCase{"Hand in your spare key at reception.", nullptr},
                    WordCase{"We deliver your new bin within 10 days.", nullptr},
                    WordCase{"Find out about fostering and adoption.", nullptr},
                    WordCase{"Become a foster carer.", nullptr},
                    WordCase{"Read the agenda for the next meeting.", nullptr},
                    WordCase{"The impact of the new road will be reviewed.", nullptr},
                    WordCase{"Track the progress of your application.", nullptr},
                    WordCase{"Your application is in progress.", nullptr},
                    WordCase{"You can drive to the recycling centre.", nullptr},
                    WordCase{"Do not park across your drive.", nullptr},
                    WordCase{"The land behind the library is for sale.", nullptr},
                    WordCase{"The keyboard and the monkey puzzle tree.", nullptr},
                    WordCase{"The impacts of flooding are set out below.", nullptr}));

TEST(WordToAvoid, IsPinnedToTheFlaggedOccurrenceNotAnEarlierSafeOne)
{
    const char *body = "Get a key safe fitted. These are our key priorities.";
    const auto found = findings(body, "word-to-avoid");
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].line, 1);
    EXPECT_EQ(found[0].column, 38); // the second "key"
}

TEST(WordToAvoid, ReportsEveryOccurrenceAtItsOwnPlace)
{
    const char *body = "We utilise the hall.\nWe also utilise the library. Staff utilise "
                       "both.";
    const auto found = findings(body, "word-to-avoid");
    ASSERT_EQ(found.size(), 3);
    EXPECT_EQ(std::pair(found[0].line, found[0].column), std::pair(1, 4));
    EXPECT_EQ(std::pair(found[1].line, found[1].column), std::pair(2, 9));
    EXPECT_EQ(std::pair(found[2].line, found[2].column), std::pair(2, 36));
}

TEST(WordToAvoid, TheSuggestionIsTheSitesAlternative)
{
    CheckSettings settings;
    settings.wordsToAvoid = {{QStringLiteral("synergy"), QStringLiteral("working together")}};
    const auto found = findings("We want more synergy between teams. We utilise the hall.",
                                "word-to-avoid", settings);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].anchor, QStringLiteral("synergy"));
    EXPECT_EQ(found[0].suggestion, QStringLiteral("working together"));
    EXPECT_TRUE(found[0].message.contains(QStringLiteral("working together")));
}

TEST(WordToAvoid, HtmlBodiesAreCheckedToo)
{
    const auto found = findings("<p>We <strong>utilise</strong> the hall.</p>", "word-to-avoid", {},
                                SourceFormat::Html);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].column, 15);
}

// --- readability-low ----------------------------------------------------------------------

TEST(ReadabilityLow, FlagsAHardPageAsATipWithItsScore)
{
    const char *hard =
        "Residential properties necessitating supplementary recycling receptacles should "
        "communicate requirements electronically, specifying anticipated quantities and "
        "accommodation characteristics. Documentation substantiating eligibility "
        "considerations is additionally obligatory for all applications concerning "
        "communal residential developments.";
    const auto found = findings(hard, "readability-low");
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].severity, Finding::Tip);
    EXPECT_EQ(found[0].line, 0);
    EXPECT_TRUE(found[0].message.contains(QStringLiteral("reading age of about 22")))
        << qPrintable(found[0].message);
}

TEST(ReadabilityLow, LeavesPlainOrShortPagesAlone)
{
    EXPECT_TRUE(findings("We collect your bins every week. Put your bin out by seven in the "
                         "morning. Call us if we miss your collection. We will come back the "
                         "next day if we can.",
                         "readability-low")
                    .isEmpty());
    // Too short to score, however hard.
    EXPECT_TRUE(
        findings("Documentation substantiating eligibility is obligatory.", "readability-low")
            .isEmpty());
}
