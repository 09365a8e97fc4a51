// SPDX-License-Identifier: GPL-2.0-or-later
#include <check/checker.h>

#include <gtest/gtest.h>

#include <ostream>

// Readable failure messages: GoogleTest finds this through the argument's (global) namespace.
void PrintTo(const QStringList &list, std::ostream *out)
{
    *out << '[' << qPrintable(list.join(QStringLiteral(", "))) << ']';
}

using lga::check::Checker;
using lga::check::Finding;
using lga::core::Page;
using lga::core::SourceFormat;

namespace {

QList<Finding> check(const char *body, SourceFormat format = SourceFormat::Markdown)
{
    Page page = Page::create(QStringLiteral("localgov_services_page"));
    page.title = QStringLiteral("Bins and recycling");
    page.body = QString::fromUtf8(body);
    page.format = format;
    return Checker().check(page);
}

QStringList ruleIds(const QList<Finding> &findings)
{
    QStringList ids;
    for (const Finding &finding : findings)
        ids.append(finding.ruleId);
    return ids;
}

struct RuleCase
{
    const char *rule;
    const char *body;
    SourceFormat format = SourceFormat::Markdown;
};

std::ostream &operator<<(std::ostream &out, const RuleCase &c)
{
    return out << c.rule << ": " << c.body;
}

// Each input holds one mistake, so it must give exactly that rule and nothing else.
const RuleCase positives[] = {
    {"alt-missing", "See the map: <img src=\"map.png\">"},
    {"alt-file-name", "![IMG_1234](bins.jpg)"},
    {"alt-file-name", "![recycling-centre.JPEG](centre.jpg)"},
    {"alt-placeholder", "![Image](bins.jpg)"},
    {"alt-placeholder", "![logo.](council.png)"},
    {"alt-redundant-prefix", "![Image of a green garden waste bin](bin.jpg)"},
    {"alt-redundant-prefix", "![photo of the library entrance](library.jpg)"},
    {"alt-too-long",
     "![A green wheelie bin with a brown lid standing at the kerb outside a row of terraced "
     "houses on collection day, with a recycling box beside it full of flattened cardboard and "
     "glass bottles](bin.jpg)"},
    {"alt-whitespace", "The map <img src=\"map.png\" alt=\"   \"> shows the routes."},
    {"alt-decorative", "![](divider.png) Collections resume on Monday."},
    {"link-empty", "Contact us [](https://www.example.gov.uk/contact) today."},
    {"link-empty", "[![](logo.png)](https://www.example.gov.uk/)"},
    {"link-generic-text", "To report a missed bin, [click here](/report)."},
    {"link-generic-text", "[Read more](/bins)"},
    {"link-generic-text", "More about recycling: [more info...](/recycling)"},
    {"link-url-text", "Visit [https://www.example.gov.uk/bins](https://www.example.gov.uk/bins)."},
    {"link-url-text", "Go to www.example.gov.uk for details."},
    {"link-document-type", "[Download the collection calendar](/files/calendar.pdf)"},
    {"link-document-type", "[Fees and charges](/files/fees.xlsx?version=2)"},
    {"heading-empty", "Intro\n\n##\n\nText"},
    {"heading-empty", "<h2> </h2>", SourceFormat::Html},
    {"heading-skipped-level", "## Bins\n\nText\n\n#### Garden waste\n\nText"},
    {"heading-skipped-level", "### Starts too deep\n\nText"},
    {"heading-h1-in-body", "# Bins and recycling\n\nText"},
    {"heading-too-long",
     "## How to apply for an assisted bin collection if you cannot move your bins to the kerb "
     "yourself because of a disability, illness or age, and nobody else at home or nearby is able "
     "to help you"},
};

// Near misses: each is close to a rule but right, so it must give no finding at all.
const RuleCase negatives[] = {
    {"alt-missing", "![A green wheelie bin](bin.jpg)"},
    {"alt-file-name", "![Map of the Wardown Park recycling centre](map.png)"},
    {"alt-file-name", "![Opening hours for 2024 at the tip](hours.png)"},
    {"alt-placeholder", "![Luton Borough Council logo](council.png)"},
    {"alt-placeholder", "![A photographer's image of the town hall clock](clock.jpg)"},
    {"alt-redundant-prefix", "![Images from the 1950s show the market hall](market.jpg)"},
    {"alt-too-long", "![A green wheelie bin with a brown lid at the kerb](bin.jpg)"},
    {"link-empty", "[Contact us](https://www.example.gov.uk/contact)"},
    {"link-empty", "[![Luton Borough Council home page](logo.png)](https://www.example.gov.uk/)"},
    {"link-generic-text", "[Report a missed bin collection](/report)"},
    {"link-generic-text", "[Read more about garden waste](/garden)"},
    {"link-url-text", "[Example Council website](https://www.example.gov.uk)"},
    {"link-url-text", "Email [bins@example.gov.uk](mailto:bins@example.gov.uk)"},
    {"link-document-type", "[Download the leaflet (PDF, 1 MB)](/files/leaflet.pdf)"},
    {"link-document-type", "[Fees and charges (Excel spreadsheet, 20 KB)](/files/fees.xlsx)"},
    {"link-document-type", "[Collection calendar as a Word document](/files/calendar.docx)"},
    {"link-document-type", "[How we use PDF forms](/pdf-forms)"},
    {"heading-empty", "## Garden waste\n\nText"},
    {"heading-skipped-level", "## Bins\n\n### Garden waste\n\n## Recycling\n\n### Glass"},
    {"heading-skipped-level", "## Bins\n\n### Garden\n\n#### Bags\n\n## Fees"},
    {"heading-h1-in-body", "## Bins and recycling\n\nText"},
    {"heading-too-long", "## How to apply for an assisted bin collection"},
};

class CheckerPositive : public testing::TestWithParam<RuleCase>
{
};
class CheckerNegative : public testing::TestWithParam<RuleCase>
{
};

} // namespace

TEST_P(CheckerPositive, GivesExactlyThisRule)
{
    const RuleCase &c = GetParam();
    EXPECT_EQ(ruleIds(check(c.body, c.format)), QStringList{QString::fromLatin1(c.rule)});
}

TEST_P(CheckerNegative, GivesNothing)
{
    const RuleCase &c = GetParam();
    EXPECT_EQ(ruleIds(check(c.body, c.format)), QStringList{});
}

INSTANTIATE_TEST_SUITE_P(Rules, CheckerPositive, testing::ValuesIn(positives));
INSTANTIATE_TEST_SUITE_P(Rules, CheckerNegative, testing::ValuesIn(negatives));

TEST(Checker, FindingsCarryRuleMetadata)
{
    const QList<Finding> findings =
        check("<img src=\"map.png\">\n\n[](/x)\n\n## Bins\n\n#### Bags");
    ASSERT_EQ(findings.size(), 3);
    EXPECT_EQ(findings[0].ruleId, u"alt-missing");
    EXPECT_EQ(findings[0].severity, Finding::Error);
    EXPECT_EQ(findings[0].wcag, u"1.1.1");
    EXPECT_EQ(findings[0].axeRule, u"image-alt");
    EXPECT_EQ(findings[1].ruleId, u"link-empty");
    EXPECT_EQ(findings[1].severity, Finding::Error);
    EXPECT_EQ(findings[1].wcag, u"2.4.4, 4.1.2");
    EXPECT_EQ(findings[1].axeRule, u"link-name");
    EXPECT_EQ(findings[2].ruleId, u"heading-skipped-level");
    EXPECT_EQ(findings[2].severity, Finding::Warning);
    EXPECT_EQ(findings[2].axeRule, u"heading-order");
    for (const Finding &finding : findings) {
        EXPECT_FALSE(finding.message.isEmpty()) << qPrintable(finding.ruleId);
        EXPECT_FALSE(finding.why.isEmpty()) << qPrintable(finding.ruleId);
    }
}

TEST(Checker, PinsFindingsToTheSourceBlock)
{
    const QList<Finding> findings = check("## Bins\n"
                                          "\n"
                                          "Put your bin out by 7am.\n"
                                          "\n"
                                          "If we missed it,\n"
                                          "[click here](/report) to tell us.\n"
                                          "\n"
                                          "- Glass\n"
                                          "- Paper ![photo](paper.jpg)\n"
                                          "\n"
                                          "  #### Card\n");
    ASSERT_EQ(ruleIds(findings),
              (QStringList{QStringLiteral("link-generic-text"), QStringLiteral("alt-placeholder"),
                           QStringLiteral("heading-skipped-level")}));
    // Each is narrowed from its block to the words it is about: the link text, the image's
    // file and the heading's text.
    EXPECT_EQ(findings[0].line, 6);
    EXPECT_EQ(findings[0].column, 2);
    EXPECT_EQ(findings[0].endLine, 6);
    EXPECT_EQ(findings[0].endColumn, 11);
    EXPECT_EQ(findings[1].line, 9);
    EXPECT_EQ(findings[1].column, 18);
    EXPECT_EQ(findings[1].endColumn, 26);
    EXPECT_EQ(findings[2].line, 11);
    EXPECT_EQ(findings[2].column, 8);
    EXPECT_EQ(findings[2].endColumn, 11);
}

TEST(Checker, PinsFindingsInHtmlBodies)
{
    const QList<Finding> findings =
        check("<h2>Bins</h2>\n<p>Text</p>\n<p><a href=\"/x\">here</a></p>", SourceFormat::Html);
    ASSERT_EQ(ruleIds(findings), QStringList{QStringLiteral("link-generic-text")});
    EXPECT_EQ(findings[0].line, 3);
}

TEST(Checker, CleanCouncilPageHasNoErrors)
{
    const QList<Finding> findings = check(
        "Your general waste and recycling are collected on alternate weeks.\n"
        "\n"
        "## Check your collection day\n"
        "\n"
        "[Find your bin collection day](/bins/collection-day) by entering your postcode.\n"
        "\n"
        "![A green wheelie bin for garden waste next to a blue recycling box](garden-bin.jpg)\n"
        "\n"
        "## What goes in each bin\n"
        "\n"
        "### Blue box\n"
        "\n"
        "- paper and card\n"
        "- glass bottles and jars\n"
        "- [full list of what you can recycle (PDF, 240 KB)](/files/recycling-guide.pdf)\n"
        "\n"
        "### Green bin\n"
        "\n"
        "Grass cuttings, hedge trimmings and leaves. The service costs £45 a year.\n"
        "\n"
        "| Bin | Collected |\n"
        "| --- | --- |\n"
        "| Black | Every other Tuesday |\n"
        "| Blue | Every other Tuesday |\n"
        "\n"
        "## Missed collections\n"
        "\n"
        "[Report a missed bin](/bins/report-missed) within 2 working days. You can also call "
        "[01582 546000](tel:01582546000) or email "
        "[bins@luton.gov.uk](mailto:bins@luton.gov.uk).\n");
    EXPECT_EQ(ruleIds(findings), QStringList{});
}
