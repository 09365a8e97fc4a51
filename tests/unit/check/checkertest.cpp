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
    /// The site's filter will remove markup the case needs (a style, a target, an iframe), so
    /// markup-removed-by-site is expected too.
    bool removedBySite = false;
};

std::ostream &operator<<(std::ostream &out, const RuleCase &c)
{
    return out << c.rule << (c.format == SourceFormat::Html ? " (HTML): " : ": ") << c.body;
}

constexpr SourceFormat Html = SourceFormat::Html;
constexpr SourceFormat Md = SourceFormat::Markdown;

QStringList expected(std::initializer_list<const char *> rules, bool removedBySite)
{
    QStringList ids;
    for (const char *rule : rules)
        ids.append(QString::fromLatin1(rule));
    if (removedBySite)
        ids.append(QStringLiteral("markup-removed-by-site"));
    ids.sort();
    return ids;
}

QStringList sortedRuleIds(const QList<Finding> &findings)
{
    QStringList ids = ruleIds(findings);
    ids.sort();
    return ids;
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
    {"link-image-no-alt", "[![](logo.png)](https://www.example.gov.uk/)"},
    {"link-image-no-alt", "<a href=\"/\"><img src=\"logo.png\" alt=\"\"></a>", Html},
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
    {"alt-repeats-link-text", "[![Pay your council tax](pay.png) Pay your council tax](/pay)"},
    {"alt-repeats-link-text",
     "<p><a href=\"/bins\"><img src=\"bin.png\" alt=\"Bin collection days\">Bin collection "
     "days</a></p>",
     Html},
    {"link-new-window", "<p><a href=\"/bins\" target=\"_blank\">Bin collection days</a></p>", Html,
     true},
    {"link-new-window", "See <a href=\"/fees\" target=\"fees\">our fees</a>.", Md, true},
    {"link-same-text-different-target",
     "[Apply for a permit](/parking/apply) or [apply for a permit](/bins/apply)."},
    {"link-same-text-different-target",
     "<ul><li><a href=\"/a\">Opening times</a></li><li><a href=\"/b\">Opening "
     "times</a></li></ul>",
     Html},
    {"link-broken-anchor", "## Fees\n\nSee [the fees](#charges)."},
    {"link-broken-anchor", "<h2 id=\"fees\">Fees</h2><p>See <a href=\"#fee\">the fees</a>.</p>",
     Html},
    {"heading-fake-bold", "**Garden waste**\n\nWe collect it every other week."},
    {"heading-fake-bold", "<p><strong>Garden waste</strong></p><p>We collect it weekly.</p>", Html},
    {"heading-fake-blockquote", "> Garden waste\n\nWe collect it every other week."},
    {"heading-fake-blockquote", "<blockquote><p>Opening times</p></blockquote>", Html},
    {"list-fake", "\u2022 Bring proof of address\n\u2022 Bring photo ID"},
    {"list-fake", "You will need:\\\na) proof of address\\\nb) photo ID"},
    {"list-fake", "<p>- proof of address<br>- photo ID<br>- the fee</p>", Html},
    {"list-fake", "<p>1. Fill in the form.</p>\n<p>2. Send it to us.</p>", Html},
    {"table-no-headers",
     "<table><tr><td>Monday</td><td>Blue</td></tr><tr><td>Tuesday</td>"
     "<td>Black</td></tr></table>",
     Html},
    {"table-empty-header", "| | Collected |\n| --- | --- |\n| Black | Tuesday |"},
    {"table-empty-header",
     "<table><tr><th></th><th>Day</th></tr><tr><td>Black</td><td>Tuesday</td></tr></table>", Html},
    {"table-heading-in-cell",
     "<table><tr><th>Bin</th></tr><tr><td><h2>Black bin</h2></td></tr>"
     "</table>",
     Html},
    {"table-layout", "<table><tr><td>Opening times</td><td>Monday to Friday</td></tr></table>",
     Html},
    {"table-layout",
     "<table><tr><td><img src=\"a.jpg\" alt=\"The library\"><p>Our library</p></td><td>Open "
     "daily</td></tr><tr><td>Text</td><td>More</td></tr></table>",
     Html},
    {"text-all-caps", "PLEASE PUT YOUR BIN OUT by 7am."},
    {"text-all-caps", "<p>The tip is CLOSED ON BANK HOLIDAYS.</p>", Html},
    {"text-underline", "Put your bin out <u>by 7am</u>."},
    {"text-underline",
     "<p>Put it out <span style=\"text-decoration: underline\">by 7am</span>.</p>", Html, true},
    {"id-duplicate", "<h2 id=\"fees\">Fees</h2><h2 id=\"fees\">Charges</h2>", Html},
    {"iframe-no-title", "<iframe src=\"https://maps.example.org/park\"></iframe>", Html, true},
    {"media-video", "<video src=\"tour.mp4\" controls></video>", Html, true},
    {"media-video",
     "<iframe src=\"https://www.youtube.com/embed/abc\" title=\"Tour of the library\"></iframe>",
     Html, true},
    {"media-video", "Watch [our tour of the library](https://vimeo.com/12345)."},
    {"media-audio", "<audio src=\"meeting.mp3\" controls></audio>", Html, true},
    {"media-audio", "Listen to [the council meeting](https://soundcloud.com/council/meeting)."},
    {"contrast-low", "<p style=\"color: #777\">Collections resume on Monday.</p>", Html, true},
    {"contrast-low", "Collections <span style=\"color:rgb(153,153,153)\">resume on Monday</span>.",
     Md, true},
    {"contrast-low", "<p style=\"color: white; background: yellow\">Closed today</p>", Html, true},
    {"markup-removed-by-site", "<p>Opening <b>times</b></p>", Html},
    {"markup-removed-by-site", "Opening <sub>times</sub>."},
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
    {"link-image-no-alt", "[![Luton Borough Council home page](logo.png)](/)"},
    {"alt-repeats-link-text", "[![Council logo](logo.png) Luton Borough Council home page](/)"},
    {"alt-repeats-link-text", "[![](bin.png) Bin collection days](/bins)"},
    {"link-new-window",
     "<p><a href=\"/bins\" target=\"_blank\">Bin days (opens in a new tab)</a></p>", Html, true},
    {"link-new-window", "<p><a href=\"/bins\" target=\"_self\">Bin days</a></p>", Html, true},
    {"link-same-text-different-target",
     "[Apply for a permit](/parking/apply) and then [apply for a permit](/parking/apply/)."},
    {"link-broken-anchor", "<h2 id=\"fees\">Fees</h2><p>See <a href=\"#fees\">the fees</a>.</p>",
     Html},
    {"link-broken-anchor", "[Back to top](#top)"},
    {"link-broken-anchor", "<p><a name=\"start\"></a>Text. <a href=\"#start\">Start</a></p>", Html,
     true},
    {"heading-fake-bold", "**Bins must be out by 7am.**\n\nWe collect them weekly."},
    {"heading-fake-bold", "Put your bin out by **7am** on collection day"},
    {"heading-fake-bold", "**[Report a missed bin](/report)**"},
    {"heading-fake-blockquote",
     "> We have collected more garden waste this year than ever before.\n\n\u2014 Head of waste"},
    {"list-fake", "- Bring proof of address\n- Bring photo ID"},
    {"list-fake", "\u2022 Bring proof of address, and your photo ID."},
    {"list-fake", "Temperatures of -5 degrees\\\n-4 degrees overnight are expected."},
    {"list-fake", "<p>1. Fill in the form.</p>\n<p>Then wait for 3. weeks.</p>", Html},
    {"table-no-headers", "| Day | Bin |\n| --- | --- |\n| Monday | Blue |"},
    {"table-no-headers",
     "<table role=\"presentation\"><tr><td>Monday</td><td>Blue</td></tr><tr><td>Tue</td>"
     "<td>Black</td></tr></table>",
     Html, true},
    {"table-empty-header",
     "<table><tr><th>Day</th><th>Bin</th></tr><tr><td>Mon</td><td>Blue</td>"
     "</tr></table>",
     Html},
    {"table-heading-in-cell", "## Bins\n\n| Day | Bin |\n| --- | --- |\n| Monday | Blue |"},
    {"text-all-caps", "Contact the NHS or DVLA about your BLUE BADGE."},
    {"text-all-caps", "Ask the NHS, DWP, HMRC, DVLA or council."},
    {"text-all-caps", "Pay by 31 MARCH 2025 at the latest."},
    {"text-underline", "<p><u><a href=\"/bins\">Bin collection days</a></u></p>", Html},
    {"id-duplicate", "<h2 id=\"fees\">Fees</h2><h2 id=\"charges\">Charges</h2>", Html},
    {"iframe-no-title",
     "<iframe src=\"https://maps.example.org/park\" title=\"Map of Wardown Park\"></iframe>", Html,
     true},
    {"media-video",
     "<video src=\"tour.mp4\" controls><track kind=\"captions\" src=\"tour.vtt\"></video>", Html,
     true},
    {"media-video", "Watch [our videos](/videos) about recycling."},
    {"media-audio",
     "<p><audio src=\"meeting.mp3\" controls></audio> Read the <a href=\"/t\">transcript of the "
     "meeting</a>.</p>",
     Html, true},
    {"contrast-low", "<p style=\"color: #767676\">Collections resume on Monday.</p>", Html, true},
    {"contrast-low", "<h2 style=\"color: #949494\">Bins</h2>", Html, true},
    {"contrast-low", "<p style=\"color: rgba(0, 0, 0, 0.3)\">Faint</p>", Html, true},
    {"contrast-low", "<p><font color=\"navy\">Collections resume on Monday.</font></p>", Html,
     true},
    {"markup-removed-by-site", "<h2 id=\"fees\">Fees</h2><p>Pay <strong>online</strong>.</p>",
     Html},
    {"markup-removed-by-site", "<div><span>Opening times</span></div>", Html},
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
    EXPECT_EQ(sortedRuleIds(check(c.body, c.format)), expected({c.rule}, c.removedBySite));
}

TEST_P(CheckerNegative, GivesNothing)
{
    const RuleCase &c = GetParam();
    EXPECT_EQ(sortedRuleIds(check(c.body, c.format)), expected({}, c.removedBySite));
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

TEST(Checker, ReportsAnImageWithoutAltInALinkOnImageAndLink)
{
    // As axe: the image has no alt attribute (image-alt) and the link has no name (link-name).
    const QList<Finding> findings = check("[<img src=\"logo.png\">](/)");
    EXPECT_EQ(sortedRuleIds(findings),
              (QStringList{QStringLiteral("alt-missing"), QStringLiteral("link-image-no-alt")}));
}

TEST(Checker, ContrastTakesTheBackgroundFromAnAncestor)
{
    const QList<Finding> findings = check(
        "<div style=\"background-color: #ffdd00\">\n<p style=\"color: #ffffff\">Closed today</p>\n"
        "<p style=\"color: #0b0c0c\">Open tomorrow</p>\n</div>",
        SourceFormat::Html);
    QStringList contrast;
    for (const Finding &finding : findings) {
        if (finding.ruleId == u"contrast-low")
            contrast.append(finding.anchor);
    }
    EXPECT_EQ(contrast, QStringList{QStringLiteral("Closed today")});
}

TEST(Checker, LargeTextNeedsLessContrast)
{
    // #949494 on white is 3.03:1: enough for 24px bold text, not for body text.
    EXPECT_EQ(ruleIds(check("<p style=\"color:#949494;font-size:24px\">Closed today</p>",
                            SourceFormat::Html)),
              QStringList{QStringLiteral("markup-removed-by-site")});
    EXPECT_EQ(
        sortedRuleIds(check("<p style=\"color:#949494;font-size:18px\">Closed today</p>",
                            SourceFormat::Html)),
        (QStringList{QStringLiteral("contrast-low"), QStringLiteral("markup-removed-by-site")}));
}

TEST(Checker, MessagesUseTheSettingsThresholds)
{
    lga::check::CheckSettings settings;
    settings.maxAltLength = 20;
    settings.maxHeadingLength = 30;
    Page page = Page::create(QStringLiteral("localgov_services_page"));
    page.body = QStringLiteral("## Garden waste collections and charges\n\n"
                               "![A green bin at the kerb on collection day](bin.jpg)");
    const QList<Finding> findings = Checker(settings).check(page);
    ASSERT_EQ(ruleIds(findings),
              (QStringList{QStringLiteral("heading-too-long"), QStringLiteral("alt-too-long")}));
    EXPECT_TRUE(findings[0].message.contains(u"30")) << qPrintable(findings[0].message);
    EXPECT_TRUE(findings[1].message.contains(u"20")) << qPrintable(findings[1].message);
    EXPECT_FALSE(findings[1].message.contains(u"160"));
}

TEST(Checker, PinsNewRulesToTheirWords)
{
    const QList<Finding> findings = check("## Bins\n"
                                          "\n"
                                          "Put your bin out. PLEASE DO NOT BLOCK the path.\n"
                                          "\n"
                                          "Read [the charges](#charges) first.\n");
    ASSERT_EQ(ruleIds(findings),
              (QStringList{QStringLiteral("text-all-caps"), QStringLiteral("link-broken-anchor")}));
    EXPECT_EQ(findings[0].anchor, u"PLEASE DO NOT BLOCK");
    EXPECT_EQ(findings[0].line, 3);
    EXPECT_EQ(findings[0].column, 19);
    EXPECT_EQ(findings[0].endColumn, 37);
    EXPECT_EQ(findings[1].line, 5);
    EXPECT_EQ(findings[1].column, 7);
    EXPECT_EQ(findings[1].endColumn, 17);
}

TEST(Checker, PinsNewRulesInHtmlBodies)
{
    const QList<Finding> findings =
        check("<h2>Bins</h2>\n"
              "<p>Text</p>\n"
              "<div>\n"
              "  <iframe src=\"https://maps.example.org/park\"></iframe>\n"
              "  <p>Put it out <u>by 7am</u>.</p>\n"
              "</div>",
              SourceFormat::Html);
    ASSERT_EQ(ruleIds(findings), (QStringList{QStringLiteral("iframe-no-title"),
                                              QStringLiteral("markup-removed-by-site"),
                                              QStringLiteral("text-underline")}));
    // The iframe's finding is narrowed to its address, the underline to its words.
    EXPECT_EQ(findings[0].line, 4);
    EXPECT_EQ(findings[0].column, 16);
    EXPECT_EQ(findings[0].endColumn, 44);
    EXPECT_EQ(findings[2].line, 5);
    EXPECT_EQ(findings[2].column, 20);
    EXPECT_EQ(findings[2].endColumn, 25);
}

TEST(Checker, PinsRawHtmlBlocksInMarkdown)
{
    const QList<Finding> findings = check("## Bins\n"
                                          "\n"
                                          "<table>\n"
                                          "<tr><td>Monday</td><td>Blue</td></tr>\n"
                                          "<tr><td>Tuesday</td><td><u>Black</u></td></tr>\n"
                                          "</table>\n"
                                          "\n"
                                          "Text.\n");
    ASSERT_EQ(ruleIds(findings),
              (QStringList{QStringLiteral("table-no-headers"), QStringLiteral("text-underline")}));
    EXPECT_EQ(findings[0].line, 3);
    EXPECT_EQ(findings[0].endLine, 6);
    EXPECT_EQ(findings[1].line, 5);
    EXPECT_EQ(findings[1].column, 28);
}

TEST(Checker, FakeListCoversAllItsLines)
{
    const QList<Finding> findings = check("Text.\n"
                                          "\n"
                                          "\u2022 Bring proof of address\n"
                                          "\n"
                                          "\u2022 Bring photo ID\n"
                                          "\n"
                                          "\u2022 Pay the fee\n"
                                          "\n"
                                          "More text.\n");
    ASSERT_EQ(ruleIds(findings), QStringList{QStringLiteral("list-fake")});
    EXPECT_EQ(findings[0].line, 3);
    EXPECT_EQ(findings[0].column, 1);
    EXPECT_EQ(findings[0].endLine, 7);
}

TEST(Checker, ReportsTheSecondLinkWithTheSameText)
{
    const QList<Finding> findings =
        check("[Apply](/a), [apply](/b) and [Apply](/a) again, then [APPLY](/c).");
    ASSERT_EQ(ruleIds(findings), (QStringList{QStringLiteral("link-same-text-different-target"),
                                              QStringLiteral("link-same-text-different-target")}));
    EXPECT_EQ(findings[0].column, 15);
    EXPECT_EQ(findings[1].column, 55);
}
