// SPDX-License-Identifier: GPL-2.0-or-later
#include <core/contenttype.h>
#include <core/fielddefinition.h>
#include <core/fieldvalidator.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

#include <gtest/gtest.h>

using namespace lga::core;

namespace {

QJsonObject link(const QString &uri, const QString &title)
{
    return {{QStringLiteral("uri"), uri}, {QStringLiteral("title"), title}};
}

// Every problem's field name, in order, for compact expectations.
QStringList fieldsOf(const QList<FieldProblem> &problems)
{
    QStringList names;
    for (const FieldProblem &problem : problems)
        names.append(problem.field);
    return names;
}

Page completeServicePage()
{
    Page page = Page::create(QStringLiteral("localgov_services_page"));
    page.title = QStringLiteral("Pay your council tax");
    page.summary = QStringLiteral("How to pay council tax online, by phone or by direct debit.");
    page.body = QStringLiteral("You can pay online.");
    return page;
}

class FieldValidatorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_validator.setPageLookup([this](const QUuid &uuid) -> std::optional<QString> {
            if (!m_pages.contains(uuid))
                return std::nullopt;
            return m_pages.value(uuid);
        });
        m_validator.setImageLookup(
            [this](const QUuid &uuid) -> std::optional<FieldValidator::ImageInfo> {
                if (!m_images.contains(uuid))
                    return std::nullopt;
                return m_images.value(uuid);
            });
    }

    QUuid addPage(const QString &bundle)
    {
        const QUuid uuid = QUuid::createUuid();
        m_pages.insert(uuid, bundle);
        return uuid;
    }

    FieldValidator m_validator;
    QMap<QUuid, QString> m_pages;
    QMap<QUuid, FieldValidator::ImageInfo> m_images;
};

} // namespace

TEST_F(FieldValidatorTest, ACompleteServicePageHasNoProblems)
{
    Page page = completeServicePage();
    page.fields.insert(
        QStringLiteral("localgov_services_parent"),
        addPage(QStringLiteral("localgov_services_landing")).toString(QUuid::WithoutBraces));
    page.fields.insert(QStringLiteral("localgov_common_tasks"),
                       QJsonArray{link(QStringLiteral("/council-tax/pay"), QStringLiteral("Pay")),
                                  link(QStringLiteral("https://www.gov.uk/council-tax-bands"),
                                       QStringLiteral("Check your band"))});
    EXPECT_EQ(m_validator.validate(page), QList<FieldProblem>());
}

TEST_F(FieldValidatorTest, TheSiteRefusesAServicePageWithoutSummaryOrBody)
{
    Page page = completeServicePage();
    page.summary = QStringLiteral("  \n");
    page.body.clear();
    page.title.clear();
    const QList<FieldProblem> problems = m_validator.validate(page);
    EXPECT_EQ(fieldsOf(problems), (QStringList{QStringLiteral("title"), QStringLiteral("summary"),
                                               QStringLiteral("body")}));
    EXPECT_FALSE(FieldValidator::siteWouldAccept(problems));
    EXPECT_TRUE(problems.at(1).message.contains(QStringLiteral("summary")));
}

TEST_F(FieldValidatorTest, OptionalSummaryAndBodyAreOptionalOnLandingPages)
{
    Page page = Page::create(QStringLiteral("localgov_services_landing"));
    page.title = QStringLiteral("Bins and recycling");
    EXPECT_TRUE(m_validator.validate(page).isEmpty());
}

TEST_F(FieldValidatorTest, TopTasksTakeAtMostSixLinksEachWithTextAndAnAddress)
{
    Page page = completeServicePage();
    QJsonArray tasks;
    for (int i = 0; i < 8; ++i)
        tasks.append(link(QStringLiteral("/task-%1").arg(i), QStringLiteral("Task %1").arg(i)));
    tasks.replace(2, link(QStringLiteral("/no-text"), QString()));
    tasks.replace(3, link(QStringLiteral("council tax"), QStringLiteral("Bad address")));
    page.fields.insert(QStringLiteral("localgov_common_tasks"), tasks);
    const QList<FieldProblem> problems = m_validator.validate(page);
    ASSERT_EQ(problems.size(), 3);
    for (const FieldProblem &problem : problems) {
        EXPECT_EQ(problem.field, QStringLiteral("localgov_common_tasks"));
        EXPECT_EQ(problem.severity, FieldProblem::Severity::Blocking);
    }
    EXPECT_TRUE(problems.at(0).message.contains(QStringLiteral("at most 6")))
        << qPrintable(problems.at(0).message);
    EXPECT_TRUE(problems.at(0).message.contains(QStringLiteral("remove 2")));
    EXPECT_TRUE(problems.at(1).message.contains(QStringLiteral("Link 3")));
    EXPECT_TRUE(problems.at(2).message.contains(QStringLiteral("not a web address")));

    // Related links have no limit and their text is optional.
    page.fields.remove(QStringLiteral("localgov_common_tasks"));
    QJsonArray related;
    for (int i = 0; i < 20; ++i)
        related.append(link(QStringLiteral("https://example.gov.uk/%1").arg(i), QString()));
    page.fields.insert(QStringLiteral("localgov_related_links"), related);
    EXPECT_TRUE(m_validator.validate(page).isEmpty());
}

TEST_F(FieldValidatorTest, ParentPageMustExistAndBeALandingOrSubLandingPage)
{
    Page page = completeServicePage();
    const QString parent = QStringLiteral("localgov_services_parent");
    page.fields.insert(
        parent, addPage(QStringLiteral("localgov_news_article")).toString(QUuid::WithoutBraces));
    QList<FieldProblem> problems = m_validator.validate(page);
    ASSERT_EQ(fieldsOf(problems), QStringList{parent});
    EXPECT_TRUE(problems.at(0).message.contains(QStringLiteral("news article")));

    page.fields.insert(parent, QUuid::createUuid().toString(QUuid::WithoutBraces));
    problems = m_validator.validate(page);
    ASSERT_EQ(fieldsOf(problems), QStringList{parent});
    EXPECT_TRUE(problems.at(0).message.contains(QStringLiteral("no longer in the store")));

    page.fields.insert(
        parent,
        addPage(QStringLiteral("localgov_services_sublanding")).toString(QUuid::WithoutBraces));
    EXPECT_TRUE(m_validator.validate(page).isEmpty());
}

TEST_F(FieldValidatorTest, GuidePagesNeedTheirGuideAndSectionTitle)
{
    Page page = Page::create(QStringLiteral("localgov_guides_page"));
    page.title = QStringLiteral("Who can apply");
    EXPECT_EQ(fieldsOf(m_validator.validate(page)),
              (QStringList{QStringLiteral("localgov_guides_parent"),
                           QStringLiteral("localgov_guides_section_title")}));
    page.fields.insert(
        QStringLiteral("localgov_guides_parent"),
        addPage(QStringLiteral("localgov_guides_overview")).toString(QUuid::WithoutBraces));
    page.fields.insert(QStringLiteral("localgov_guides_section_title"), QStringLiteral("Apply"));
    EXPECT_TRUE(m_validator.validate(page).isEmpty());
}

TEST_F(FieldValidatorTest, NewsArticlesNeedAnImageWithAltTextANewsroomAndADate)
{
    Page page = Page::create(QStringLiteral("localgov_news_article"));
    EXPECT_TRUE(QDate::fromString(
                    page.fields.value(QStringLiteral("localgov_news_date")).toString(), Qt::ISODate)
                    .isValid())
        << "a new article is dated today, as the site does";
    page.title = QStringLiteral("New play park opens");
    page.summary = QStringLiteral("The park on Mill Lane is open.");
    page.body = QStringLiteral("Children can now play.");
    EXPECT_EQ(
        fieldsOf(m_validator.validate(page)),
        (QStringList{QStringLiteral("field_media_image"), QStringLiteral("localgov_newsroom")}));

    const QUuid image = QUuid::createUuid();
    m_images.insert(image, {QString(), false});
    page.fields.insert(QStringLiteral("field_media_image"), image.toString(QUuid::WithoutBraces));
    page.fields.insert(QStringLiteral("localgov_newsroom"),
                       addPage(QStringLiteral("localgov_newsroom")).toString(QUuid::WithoutBraces));
    page.fields.insert(QStringLiteral("localgov_news_date"), QStringLiteral("2026-02-30"));
    const QList<FieldProblem> problems = m_validator.validate(page);
    EXPECT_EQ(fieldsOf(problems), (QStringList{QStringLiteral("field_media_image"),
                                               QStringLiteral("localgov_news_date")}));
    EXPECT_TRUE(problems.at(0).message.contains(QStringLiteral("alt text")));

    m_images.insert(image, {QStringLiteral("Children on the new climbing frame"), false});
    page.fields.insert(QStringLiteral("localgov_news_date"), QStringLiteral("2026-02-28"));
    EXPECT_TRUE(m_validator.validate(page).isEmpty());
}

TEST_F(FieldValidatorTest, RelatedNewsTakesAtMostThreeArticles)
{
    Page page = Page::create(QStringLiteral("localgov_news_article"));
    QJsonArray related;
    for (int i = 0; i < 4; ++i)
        related.append(
            addPage(QStringLiteral("localgov_news_article")).toString(QUuid::WithoutBraces));
    page.fields.insert(QStringLiteral("localgov_news_related"), related);
    const QList<FieldProblem> problems = m_validator.validate(page);
    ASSERT_TRUE(fieldsOf(problems).contains(QStringLiteral("localgov_news_related")));
}

TEST_F(FieldValidatorTest, BodyImagesWithoutAltTextAreAdviceNotRefusal)
{
    Page page = completeServicePage();
    const QUuid decorative = QUuid::createUuid();
    m_images.insert(decorative, {QString(), true});
    page.body = QStringLiteral("![](lga-media:%1)\n\n![A map of the tip](map.png)\n")
                    .arg(decorative.toString(QUuid::WithoutBraces));
    EXPECT_TRUE(m_validator.validate(page).isEmpty()) << "decorative and described images pass";

    page.body +=
        QStringLiteral("\n![](photo.jpg)\n\n<img src=\"x.png\">\n<img alt=\"\" src=\"y\">");
    const QList<FieldProblem> problems = m_validator.validate(page);
    ASSERT_EQ(fieldsOf(problems), QStringList{QStringLiteral("body")});
    EXPECT_EQ(problems.at(0).severity, FieldProblem::Severity::Advice);
    EXPECT_TRUE(problems.at(0).message.contains(QStringLiteral("3 image")))
        << qPrintable(problems.at(0).message);
    EXPECT_TRUE(FieldValidator::siteWouldAccept(problems));
}

TEST_F(FieldValidatorTest, EveryBundleDefinesItsFieldsOnce)
{
    for (const ContentType &type : contentTypes()) {
        QStringList names;
        for (const FieldDefinition &definition : fieldDefinitions(type.bundle)) {
            EXPECT_FALSE(definition.label.isEmpty()) << qPrintable(definition.name);
            EXPECT_FALSE(names.contains(definition.name)) << qPrintable(definition.name);
            names.append(definition.name);
            if (definition.kind == FieldKind::PageReference ||
                definition.kind == FieldKind::PageReferences) {
                for (const QString &target : definition.targetBundles)
                    EXPECT_TRUE(isKnownBundle(target)) << qPrintable(target);
            }
        }
    }
    EXPECT_EQ(fieldDefinition(QStringLiteral("localgov_services_page"),
                              QStringLiteral("localgov_common_tasks"))
                  .maxValues,
              6);
}
