// SPDX-License-Identifier: GPL-2.0-or-later
#include <check/contrastrules.h>

#include <gtest/gtest.h>

using lga::check::ContrastRules;

namespace {

double ratio(const char *foreground, const char *background = "#fff")
{
    const auto a = ContrastRules::parseColour(QString::fromLatin1(foreground));
    const auto b = ContrastRules::parseColour(QString::fromLatin1(background));
    EXPECT_TRUE(a && b) << foreground << " on " << background;
    return a && b ? ContrastRules::contrastRatio(*a, *b) : 0;
}

} // namespace

TEST(ContrastRules, RatiosMatchWcag)
{
    // The worked figures axe-core gives for grey text on white.
    EXPECT_NEAR(ratio("#777"), 4.48, 0.005);
    EXPECT_NEAR(ratio("#767676"), 4.54, 0.005);
    EXPECT_NEAR(ratio("#000", "#fff"), 21.0, 1e-9);
    EXPECT_NEAR(ratio("white", "white"), 1.0, 1e-9);
    EXPECT_LT(ratio("#777"), 4.5);
    EXPECT_GE(ratio("#767676"), 4.5);
}

TEST(ContrastRules, ParsesTheColoursAuthorsWrite)
{
    EXPECT_NEAR(ratio("#777777"), ratio("#777"), 1e-9);
    EXPECT_NEAR(ratio("rgb(119, 119, 119)"), ratio("#777"), 1e-9);
    EXPECT_NEAR(ratio("rgb(119 119 119)"), ratio("#777"), 1e-9);
    EXPECT_NEAR(ratio("GREY"), ratio("#808080"), 1e-9);
    EXPECT_NEAR(ratio("rgb(100%, 0%, 0%)"), ratio("red"), 1e-9);
    const auto faint = ContrastRules::parseColour(u"rgba(0, 0, 0, 0.5)");
    ASSERT_TRUE(faint);
    EXPECT_DOUBLE_EQ(faint->alpha, 0.5);
    EXPECT_EQ(ContrastRules::parseColour(u"transparent")->alpha, 0);
    EXPECT_FALSE(ContrastRules::parseColour(u"#12"));
    EXPECT_FALSE(ContrastRules::parseColour(u"var(--brand)"));
    EXPECT_FALSE(ContrastRules::parseColour(u"notacolour"));
}
