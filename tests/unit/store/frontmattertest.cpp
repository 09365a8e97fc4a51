// SPDX-License-Identifier: GPL-2.0-or-later
#include <store/frontmatter.h>

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

using lga::store::FrontMatter;
namespace core = lga::core;

TEST(FrontMatterFields, EveryKindOfFieldAndTheReviewDateRoundTrip)
{
    core::Page page = core::Page::create(QStringLiteral("localgov_services_page"));
    page.title = QStringLiteral("Pay your council tax");
    page.body = QStringLiteral("Body\n");
    page.reviewDate = QDate(2027, 5, 31);
    page.fields.insert(
        QStringLiteral("localgov_common_tasks"),
        QJsonArray{QJsonObject{{QStringLiteral("uri"), QStringLiteral("/pay")},
                               {QStringLiteral("title"), QStringLiteral("Pay \"now\"\t£")}}});
    page.fields.insert(QStringLiteral("localgov_services_parent"),
                       QUuid::createUuid().toString(QUuid::WithoutBraces));
    page.fields.insert(QStringLiteral("localgov_topic_classified"),
                       QJsonArray{QStringLiteral("Council tax"), QStringLiteral("Benefits")});
    page.fields.insert(QStringLiteral("localgov_hide_related_topics"), false);
    page.fields.insert(QStringLiteral("localgov_opening_hours"),
                       QStringLiteral("Mon–Fri 9am to 5pm\nSat closed"));

    const QString text = FrontMatter::write(page);
    EXPECT_TRUE(text.contains(QStringLiteral("\nreview_date: 2027-05-31\n"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("\nlocalgov_hide_related_topics: false\n")));
    QString problem;
    const std::optional<core::Page> back = FrontMatter::parse(text, &problem);
    ASSERT_TRUE(back) << qPrintable(problem);
    EXPECT_EQ(*back, page);
}

TEST(FrontMatterFields, HandWrittenPlainValuesAreReadAsYamlWould)
{
    const QString text = QStringLiteral("---\n"
                                        "bundle: localgov_guides_page\n"
                                        "title: Who can apply\n"
                                        "localgov_guides_section_title: Who can apply\n"
                                        "localgov_news_date: 2026-03-01\n"
                                        "localgov_topic_classified: [\"Housing\"]\n"
                                        "---\nText");
    QString problem;
    const std::optional<core::Page> page = FrontMatter::parse(text, &problem);
    ASSERT_TRUE(page) << qPrintable(problem);
    EXPECT_EQ(page->fields.value(QStringLiteral("localgov_guides_section_title")).toString(),
              QStringLiteral("Who can apply"));
    EXPECT_EQ(page->fields.value(QStringLiteral("localgov_news_date")).toString(),
              QStringLiteral("2026-03-01"));
    EXPECT_EQ(page->fields.value(QStringLiteral("localgov_topic_classified")).toArray(),
              QJsonArray{QStringLiteral("Housing")});
}

TEST(FrontMatterFields, ABadReviewDateIsRefusedWithItsValue)
{
    QString problem;
    EXPECT_FALSE(FrontMatter::parse(QStringLiteral("---\nbundle: localgov_services_page\ntitle: "
                                                   "T\nreview_date: next year\n---\n"),
                                    &problem));
    EXPECT_TRUE(problem.contains(QStringLiteral("next year"))) << qPrintable(problem);
}
