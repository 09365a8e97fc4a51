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

QString ownerName(const QJsonObject &resource)
{
    return resource.value(u"relationships"_s)[u"uid"_s][u"data"_s][u"meta"_s][u"display_name"_s]
        .toString();
}

// Owned by a named user, by the anonymous user (sent without a name), by a user the reader may
// not see (left out of `included`), and by nobody.
constexpr const char *kOwners = R"({
  "data": [
    {"type": "node--localgov_services_page", "id": "9a2f4c61-0e8b-4d7a-a3c5-6b1e2d9f8a70",
     "relationships": {"uid": {"data": {"type": "user--user", "id": "u-28",
                                        "meta": {"drupal_internal__target_id": 28}}}}},
    {"type": "node--localgov_services_page", "id": "9a2f4c61-0e8b-4d7a-a3c5-6b1e2d9f8a71",
     "relationships": {"uid": {"data": {"type": "user--user", "id": "u-0",
                                        "meta": {"drupal_internal__target_id": 0}}}}},
    {"type": "node--localgov_services_page", "id": "9a2f4c61-0e8b-4d7a-a3c5-6b1e2d9f8a72",
     "relationships": {"uid": {"data": {"type": "user--user", "id": "u-31"}}}},
    {"type": "node--localgov_services_page", "id": "9a2f4c61-0e8b-4d7a-a3c5-6b1e2d9f8a73",
     "relationships": {"uid": {"data": null}}}
  ],
  "included": [
    {"type": "user--user", "id": "u-28", "attributes": {"display_name": "Siân Evans"}},
    {"type": "user--user", "id": "u-0", "attributes": {}},
    {"type": "taxonomy_term--topic", "id": "u-31", "attributes": {"display_name": "Not a user"}}
  ],
  "meta": {"omitted": {"detail": "Some resources have been omitted because of insufficient authorization."}}
})";

TEST(CollectionPage, NamesTheOwnersTheSiteIncludedAndNoOthers)
{
    const CollectionPage page = CollectionPage::parse(kOwners);
    ASSERT_TRUE(page.ok()) << page.error().toStdString();
    ASSERT_EQ(page.resources().size(), 4);
    const QJsonObject named = page.withOwnerName(page.resources()[0]);
    EXPECT_EQ(ownerName(named), u"Siân Evans"_s);
    // What Drupal said of the reference stays beside the name.
    EXPECT_EQ(
        named
            .value(
                u"relationships"_s)[u"uid"_s][u"data"_s][u"meta"_s][u"drupal_internal__target_id"_s]
            .toInt(),
        28);
    EXPECT_EQ(named.value(u"id"_s), page.resources()[0].value(u"id"_s));
    for (int i = 1; i < 4; ++i) {
        EXPECT_EQ(page.withOwnerName(page.resources()[i]), page.resources()[i]) << i;
        EXPECT_TRUE(ownerName(page.withOwnerName(page.resources()[i])).isEmpty()) << i;
    }
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
