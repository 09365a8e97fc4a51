// SPDX-License-Identifier: GPL-2.0-or-later
#include <check/listrules.h>
#include <check/textrules.h>

#include <gtest/gtest.h>

using lga::check::ListRules;
using lga::check::TextRules;

TEST(ListRules, RecognisesTypedMarkers)
{
    for (const char16_t *line : {u"- Bring ID", u"* Bring ID", u"\u2022Bring ID", u"\u00b7 ID",
                                 u"\u2013 Bring ID", u"> Bring ID", u"1. Bring ID", u"12) ID",
                                 u"a) Bring ID", u"(b) Bring ID", u"  B. Bring ID"}) {
        EXPECT_NE(ListRules::markerOf(line).kind, 0) << QString::fromUtf16(line).toStdString();
    }
    for (const char16_t *line : {u"-5 degrees", u"2024. A year", u"Bring ID", u"e.g. this",
                                 u"1.5 miles", u"*emphasis*", u"(2024) report"}) {
        EXPECT_EQ(ListRules::markerOf(line).kind, 0) << QString::fromUtf16(line).toStdString();
    }
}

TEST(TextRules, FindsRunsOfFourWordsInCapitals)
{
    EXPECT_EQ(TextRules::capitalRuns(u"Note: THE OFFICE IS CLOSED. Sorry."),
              QStringList{QStringLiteral("THE OFFICE IS CLOSED")});
    EXPECT_EQ(TextRules::capitalRuns(u"PAY BY 31 MARCH NOW"),
              QStringList{QStringLiteral("PAY BY 31 MARCH NOW")});
    EXPECT_EQ(TextRules::capitalRuns(u"The NHS and DWP SAY NO"), QStringList{});
    EXPECT_EQ(TextRules::capitalRuns(u"NHS, DWP, HMRC, DVLA"), QStringList{});
    EXPECT_EQ(TextRules::capitalRuns(u"ONE TWO THREE four FIVE SIX SEVEN EIGHT"),
              QStringList{QStringLiteral("FIVE SIX SEVEN EIGHT")});
}
