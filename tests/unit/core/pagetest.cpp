// SPDX-License-Identifier: GPL-2.0-or-later
#include <core/contenttype.h>
#include <core/moderationstate.h>
#include <core/page.h>

#include <gtest/gtest.h>

using namespace lga::core;

TEST(Page, CreateGivesAFreshDraftWithAUuid)
{
    const Page a = Page::create(QStringLiteral("localgov_services_page"));
    const Page b = Page::create(QStringLiteral("localgov_services_page"));
    EXPECT_FALSE(a.uuid.isNull());
    EXPECT_NE(a.uuid, b.uuid);
    EXPECT_EQ(a.state, ModerationState::Draft);
    EXPECT_EQ(a.format, SourceFormat::Markdown);
    EXPECT_TRUE(a.created.isValid());
}

TEST(ModerationState, MachineNamesRoundTripAndUnknownIsRefused)
{
    for (auto s : {ModerationState::Draft, ModerationState::Review, ModerationState::Published,
                   ModerationState::Archived})
        EXPECT_EQ(moderationStateFromMachineName(toMachineName(s)), s);
    EXPECT_FALSE(moderationStateFromMachineName(QStringLiteral("needs_review")).has_value());
}

TEST(ContentType, LocalGovBundlesAreKnownWithTheirSummaryRule)
{
    EXPECT_TRUE(isKnownBundle(QStringLiteral("localgov_guides_page")));
    EXPECT_FALSE(isKnownBundle(QStringLiteral("article")));
    EXPECT_TRUE(contentType(QStringLiteral("localgov_news_article")).summaryRequired);
    EXPECT_FALSE(contentType(QStringLiteral("localgov_services_landing")).summaryRequired);
    EXPECT_GE(contentTypes().size(), 5);
}

TEST(TitleSlug, MakesTheAddressLocalGovGivesAPage)
{
    EXPECT_EQ(titleSlug(QStringLiteral("Bins & recycling")), QStringLiteral("bins-recycling"));
    EXPECT_EQ(titleSlug(QStringLiteral("  Apply for a Café licence!  ")),
              QStringLiteral("apply-for-a-cafe-licence"));
    EXPECT_EQ(titleSlug(QStringLiteral("Council Tax 2026/27")),
              QStringLiteral("council-tax-2026-27"));
    EXPECT_TRUE(titleSlug(QStringLiteral("– ? –")).isEmpty());
}
