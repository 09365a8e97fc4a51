// SPDX-License-Identifier: GPL-2.0-or-later
#include <core/textstats.h>

#include <gtest/gtest.h>

using lga::core::textStats;

TEST(TextStats, MarkupPunctuationIsNotCountedAsWords)
{
    EXPECT_EQ(textStats(u"# Bin collections\n\n- Put your bin out by 7am\n").words, 8);
    EXPECT_EQ(textStats(u"| Day | Bin |\n| --- | --- |\n| Monday | Green |").words, 4);
    EXPECT_EQ(textStats(u"<p class=\"callout\">Roads closed</p>").words, 2);
}

TEST(TextStats, ReadingTimeRoundsUpAt200WordsAMinute)
{
    EXPECT_EQ(textStats(u"").readingMinutes, 0);
    EXPECT_EQ(textStats(u"one").readingMinutes, 1);
    QString text;
    for (int i = 0; i < 401; ++i)
        text += QStringLiteral("word ");
    EXPECT_EQ(textStats(text).words, 401);
    EXPECT_EQ(textStats(text).readingMinutes, 3);
}
