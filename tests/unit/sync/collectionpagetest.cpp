// SPDX-License-Identifier: GPL-2.0-or-later
#include "testdata.h"

#include <sync/collectionpage.h>
#include <sync/nodedocument.h>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using lga::sync::CollectionPage;
using lga::sync::test::exampleDocument;

namespace {

TEST(CollectionPage, ReadsTheExamplePage)
{
    const CollectionPage page =
        CollectionPage::parse(exampleDocument("services_page_collection_page2.json"));
    ASSERT_TRUE(page.ok()) << page.error().toStdString();
    ASSERT_EQ(page.resources().size(), 2);
    const auto first = lga::sync::NodeDocument::fromResourceObject(page.resources()[0]);
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(first.page.title, u"Council tax discounts for carers"_s);
    EXPECT_EQ(first.meta.changed, u"2024-05-03T08:01:22+00:00"_s);
    EXPECT_EQ(first.page.state, lga::core::ModerationState::Draft);
    EXPECT_EQ(first.meta.vid, 2203);
    // The next link is followed as given, with its encoded query intact.
    ASSERT_TRUE(page.next().isValid());
    EXPECT_EQ(page.next().toEncoded(),
              QByteArray("https://www.example-council.gov.uk/jsonapi/node/localgov_services_page"
                         "?fields%5Bnode--localgov_services_page%5D=title%2Cchanged%2Cstatus%2C"
                         "moderation_state%2Cdrupal_internal__nid%2Cdrupal_internal__vid"
                         "&filter%5Bchanged%5D%5Bvalue%5D=1714521600&filter%5Bchanged%5D%5B"
                         "operator%5D=%3E&page%5Boffset%5D=4&page%5Blimit%5D=2&sort=changed"));
    EXPECT_EQ(page.next().host(), u"www.example-council.gov.uk"_s);
}

TEST(CollectionPage, LastPageHasNoNext)
{
    const CollectionPage page = CollectionPage::parse(
        R"({"data": [], "links": {"self": {"href": "https://example.org/jsonapi/node/x"}}})");
    ASSERT_TRUE(page.ok());
    EXPECT_TRUE(page.resources().isEmpty());
    EXPECT_TRUE(page.next().isEmpty());
}

TEST(CollectionPage, FewerItemsThanTheLimitMayStillHaveANextPage)
{
    const CollectionPage page = CollectionPage::parse(
        R"({"data": [{"type": "node--localgov_services_page", "id": "9a2f4c61-0e8b-4d7a-a3c5-6b1e2d9f8a70", "attributes": {"title": "A"}}],
            "links": {"next": {"href": "https://example.org/jsonapi/node/x?page%5Boffset%5D=50&page%5Blimit%5D=50"}}})");
    ASSERT_TRUE(page.ok());
    EXPECT_EQ(page.resources().size(), 1);
    EXPECT_FALSE(page.next().isEmpty());
}

TEST(CollectionPage, RefusesBrokenDocumentsWithAClearError)
{
    for (const char *json : {"", "nonsense", "[]", "{}", R"({"data": {}})", R"({"data": [1, 2]})",
                             R"({"data": [], "links": {"next": {"href": "not a url"}}})"}) {
        const CollectionPage page = CollectionPage::parse(json);
        EXPECT_FALSE(page.ok()) << json;
        EXPECT_FALSE(page.error().isEmpty()) << json;
        EXPECT_TRUE(page.resources().isEmpty()) << json;
        EXPECT_TRUE(page.next().isEmpty()) << json;
    }
}

} // namespace
