// SPDX-License-Identifier: GPL-2.0-or-later
#include "htmlcheck.h"

#include <html/document.h>
#include <render/markdownrenderer.h>

#include <QtConcurrent/QtConcurrentMap>

#include <gtest/gtest.h>

using lga::html::Document;
using lga::html::Node;
using lga::render::MarkdownRenderer;
using lga::test::elementsNamed;
using lga::test::sourceLines;

namespace {

Document renderMarkdown(const char *markdown)
{
    return Document(MarkdownRenderer::toHtml(QString::fromUtf8(markdown), true));
}

Node only(const Document &document, QStringView tag)
{
    const QList<Node> found = elementsNamed(document.root(), tag);
    EXPECT_EQ(found.size(), 1) << "one <" << tag.toString().toStdString() << "> expected";
    return found.value(0);
}

} // namespace

TEST(MarkdownRenderer, HeadingsCarryTheirLines)
{
    const Document document = renderMarkdown("# Bins\n\nText.\n\n## When\n\n### Where\n");
    EXPECT_EQ(sourceLines(only(document, u"h1")), QStringLiteral("1-1"));
    EXPECT_EQ(sourceLines(only(document, u"h2")), QStringLiteral("5-5"));
    EXPECT_EQ(sourceLines(only(document, u"h3")), QStringLiteral("7-7"));
    EXPECT_EQ(sourceLines(only(document, u"p")), QStringLiteral("3-3"));
}

TEST(MarkdownRenderer, EmphasisInsideAParagraphSpanningLines)
{
    const Document document = renderMarkdown("Intro.\n\nSome *em* and\n**strong** and _em too_.\n");
    const QList<Node> paragraphs = elementsNamed(document.root(), u"p");
    ASSERT_EQ(paragraphs.size(), 2);
    EXPECT_EQ(sourceLines(paragraphs[1]), QStringLiteral("3-4"));
    EXPECT_EQ(elementsNamed(paragraphs[1], u"em").size(), 2);
    EXPECT_EQ(only(document, u"strong").textContent(), QStringLiteral("strong"));
}

TEST(MarkdownRenderer, BulletListAndItems)
{
    const Document document = renderMarkdown("Text\n\n- one\n- two\n- three\n");
    const Node ul = only(document, u"ul");
    EXPECT_EQ(sourceLines(ul), QStringLiteral("3-5"));
    const QList<Node> items = elementsNamed(ul, u"li");
    ASSERT_EQ(items.size(), 3);
    EXPECT_EQ(sourceLines(items[0]), QStringLiteral("3-3"));
    EXPECT_EQ(sourceLines(items[2]), QStringLiteral("5-5"));
}

TEST(MarkdownRenderer, OrderedListKeepsItsStart)
{
    const Document document = renderMarkdown("3. three\n4. four\n");
    const Node ol = only(document, u"ol");
    EXPECT_EQ(ol.attribute(u"start"), QStringLiteral("3"));
    EXPECT_EQ(sourceLines(ol), QStringLiteral("1-2"));
    EXPECT_EQ(elementsNamed(ol, u"li").size(), 2);
}

TEST(MarkdownRenderer, FencedAndIndentedCodeBlocks)
{
    const Document document =
        renderMarkdown("Text\n\n```sh\nrm -rf <dir> && echo\n```\n\n    indented\n");
    const QList<Node> pres = elementsNamed(document.root(), u"pre");
    ASSERT_EQ(pres.size(), 2);
    EXPECT_EQ(sourceLines(pres[0]), QStringLiteral("3-5"));
    EXPECT_EQ(pres[0].textContent(), QStringLiteral("rm -rf <dir> && echo\n"));
    EXPECT_EQ(elementsNamed(pres[0], u"code").size(), 1);
    EXPECT_EQ(sourceLines(pres[1]), QStringLiteral("7-7"));
}

TEST(MarkdownRenderer, Blockquote)
{
    const Document document = renderMarkdown("Text\n\n> Quoted\n> twice\n");
    const Node quote = only(document, u"blockquote");
    EXPECT_EQ(sourceLines(quote), QStringLiteral("3-4"));
    EXPECT_EQ(sourceLines(elementsNamed(quote, u"p").value(0)), QStringLiteral("3-4"));
}

TEST(MarkdownRenderer, TableRendersHeadBodyAndCells)
{
    const Document document = renderMarkdown(
        "Fees\n\n| Item | Cost |\n|:-----|-----:|\n| Bin  | £25  |\n| Box  | £5   |\n");
    const Node table = only(document, u"table");
    EXPECT_EQ(sourceLines(table), QStringLiteral("3-6"));
    EXPECT_EQ(elementsNamed(table, u"thead").size(), 1);
    EXPECT_EQ(elementsNamed(table, u"tbody").size(), 1);
    const QList<Node> headers = elementsNamed(table, u"th");
    ASSERT_EQ(headers.size(), 2);
    EXPECT_EQ(headers[0].textContent(), QStringLiteral("Item"));
    const QList<Node> rows = elementsNamed(table, u"tr");
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(sourceLines(rows[2]), QStringLiteral("6-6"));
    const QList<Node> cells = elementsNamed(table, u"td");
    ASSERT_EQ(cells.size(), 4);
    EXPECT_EQ(cells[1].textContent(), QString::fromUtf8("\xc2\xa3"
                                                        "25"));
    // cmark-gfm writes the column alignment as an attribute; the sanitizer decides its fate.
    EXPECT_EQ(cells[1].attribute(u"align"), QStringLiteral("right"));
}

TEST(MarkdownRenderer, StrikethroughBecomesDel)
{
    const Document document = renderMarkdown("Was ~~£30~~ now £25.\n");
    EXPECT_EQ(only(document, u"del").textContent(), QString::fromUtf8("\xc2\xa3"
                                                                      "30"));
    EXPECT_EQ(sourceLines(only(document, u"p")), QStringLiteral("1-1"));
}

TEST(MarkdownRenderer, AutolinksForWwwHttpsAndEmail)
{
    const Document document =
        renderMarkdown("Intro\n\nSee www.example.gov.uk or https://example.gov.uk/bins?day=1 or "
                       "ask@example.gov.uk\n");
    const QList<Node> links = elementsNamed(document.root(), u"a");
    ASSERT_EQ(links.size(), 3);
    EXPECT_EQ(links[0].attribute(u"href"), QStringLiteral("http://www.example.gov.uk"));
    EXPECT_EQ(links[1].attribute(u"href"), QStringLiteral("https://example.gov.uk/bins?day=1"));
    EXPECT_EQ(links[2].attribute(u"href"), QStringLiteral("mailto:ask@example.gov.uk"));
    EXPECT_EQ(sourceLines(links[0].parent()), QStringLiteral("3-3"));
}

TEST(MarkdownRenderer, TagFilterDefusesScriptButRawHtmlIsOtherwiseKept)
{
    const Document document = renderMarkdown("<script>alert(1)</script>\n\n"
                                             "<p class=\"callout callout-primary\">Note</p>\n\n"
                                             "Text <textarea>x</textarea> <mark>hi</mark>\n");
    EXPECT_TRUE(elementsNamed(document.root(), u"script").isEmpty());
    EXPECT_TRUE(elementsNamed(document.root(), u"textarea").isEmpty());
    EXPECT_TRUE(document.root().textContent().contains(u"<script>alert(1)</script>"));
    const QList<Node> paragraphs = elementsNamed(document.root(), u"p");
    ASSERT_EQ(paragraphs.size(), 2);
    EXPECT_EQ(paragraphs[0].attribute(u"class"), QStringLiteral("callout callout-primary"));
    EXPECT_EQ(only(document, u"mark").textContent(), QStringLiteral("hi"));
}

TEST(MarkdownRenderer, RawHtmlBlocksArePrecededByAPositionNote)
{
    const QString html =
        MarkdownRenderer::toHtml(u"Intro\n\n<p class=\"callout\">\nNote\n</p>\n\nAfter\n", true);
    EXPECT_TRUE(html.contains(u"<!--lga-sourcepos 3:1-5:4-->\n<p class=\"callout\">"))
        << html.toStdString();
    EXPECT_FALSE(MarkdownRenderer::toHtml(u"Intro\n\n<p>x</p>\n", false).contains(u"<!--"));
}

TEST(MarkdownRenderer, RawHtmlIsReported)
{
    EXPECT_FALSE(
        MarkdownRenderer::toHtmlUtf8("# Plain *text*\n\n| a |\n|---|\n| 1 |\n", true).hasRawHtml);
    EXPECT_TRUE(MarkdownRenderer::toHtmlUtf8("Text <b>bold</b>\n", false).hasRawHtml);
    EXPECT_TRUE(MarkdownRenderer::toHtmlUtf8("<div>\nblock\n</div>\n", false).hasRawHtml);
    EXPECT_FALSE(MarkdownRenderer::toHtmlUtf8("`<b>` in code\n", false).hasRawHtml);
}

TEST(MarkdownRenderer, WithoutSourcePositionsThereAreNone)
{
    const QString html = MarkdownRenderer::toHtml(u"# A\n\n- b\n\n| c |\n|---|\n| d |\n", false);
    EXPECT_FALSE(html.contains(u"data-sourcepos"));
    EXPECT_TRUE(html.contains(u"<td>d</td>"));
}

TEST(MarkdownRenderer, NoSmartPunctuation)
{
    const QString html = MarkdownRenderer::toHtml(u"\"Quotes\" -- and 'apostrophes'...", false);
    EXPECT_EQ(html, QStringLiteral("<p>&quot;Quotes&quot; -- and 'apostrophes'...</p>\n"));
}

TEST(MarkdownRenderer, WindowsLineEndingsCountLikeUnixOnes)
{
    const Document document = renderMarkdown("# A\r\n\r\nText\r\n\r\n```\r\ncode\r\n```\r\n");
    EXPECT_EQ(sourceLines(only(document, u"p")), QStringLiteral("3-3"));
    EXPECT_EQ(sourceLines(only(document, u"pre")), QStringLiteral("5-7"));
    EXPECT_EQ(only(document, u"pre").textContent(), QStringLiteral("code\n"));
}

TEST(MarkdownRenderer, ParallelRendersGiveTheSameResult)
{
    // cmark-gfm toggles global parser tables during each parse; without serializing parses,
    // strikethrough or autolinks go missing at random when threads overlap.
    const QByteArray markdown = "# T\n\n~~old~~ www.example.com https://a.example/x\n\n"
                                "| a | b |\n|---|---|\n| ~~c~~ | www.d.example |\n";
    const QByteArray expected = MarkdownRenderer::toHtmlUtf8(markdown, true).html;
    QList<int> runs(400);
    const QList<QByteArray> results = QtConcurrent::blockingMapped(
        runs, [&markdown](int) { return MarkdownRenderer::toHtmlUtf8(markdown, true).html; });
    for (const QByteArray &html : results)
        ASSERT_EQ(html, expected);
}
