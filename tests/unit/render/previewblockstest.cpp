// SPDX-License-Identifier: GPL-2.0-or-later
#include "htmlcheck.h"

#include <render/bodyrenderer.h>
#include <render/previewblocks.h>

#include <gtest/gtest.h>

using namespace lga;
using namespace lga::render;

namespace {

QList<Block> markdownBlocks(const char *markdown)
{
    return PreviewBlocks::render(QString::fromUtf8(markdown), core::SourceFormat::Markdown);
}

QList<Block> htmlBlocks(const char *html)
{
    return PreviewBlocks::render(QString::fromUtf8(html), core::SourceFormat::Html);
}

Block block(const char *html, int first, int last)
{
    return Block{QString::fromUtf8(html), first, last};
}

const char *const page = "# Bin collections\n"
                         "\n"
                         "Bins are emptied **weekly**.\n"
                         "Put them out by 7am.\n"
                         "\n"
                         "- Green: garden waste\n"
                         "- Blue: recycling\n"
                         "\n"
                         "> Collections move after bank holidays.\n"
                         "\n"
                         "| Day | Area |\n"
                         "|-----|------|\n"
                         "| Mon | North |\n"
                         "\n"
                         "<p class=\"callout callout-primary\">\n"
                         "Missed a bin? Report it.\n"
                         "</p>\n"
                         "\n"
                         "---\n";

} // namespace

TEST(PreviewBlocks, TopLevelBlocksWithTheirLinesAndNoPositionsInside)
{
    const QList<Block> blocks = markdownBlocks(page);
    const QList<Block> expected{
        block("<h1>Bin collections</h1>", 1, 1),
        block("<p>Bins are emptied <strong>weekly</strong>.\nPut them out by 7am.</p>", 3, 4),
        block("<ul>\n<li>Green: garden waste</li>\n<li>Blue: recycling</li>\n</ul>", 6, 7),
        block("<blockquote>\n<p>Collections move after bank holidays.</p>\n</blockquote>", 9, 9),
        block("<table>\n<thead>\n<tr>\n<th>Day</th>\n<th>Area</th>\n</tr>\n</thead>\n<tbody>\n"
              "<tr>\n<td>Mon</td>\n<td>North</td>\n</tr>\n</tbody>\n</table>",
              11, 13),
        block("<p class=\"callout callout-primary\">\nMissed a bin? Report it.\n</p>", 15, 17),
        block("<hr>", 19, 19),
    };
    EXPECT_EQ(blocks, expected);
}

TEST(PreviewBlocks, SplittingTheSanitizedPreviewBodyGivesTheSameBlocks)
{
    const char *const sources[] = {
        page,
        "plain\n",
        "Intro\n\n<div>\n<p>unwrapped</p>\n</div>\n\nText <b>inline</b> html\n",
        "<!-- only a comment -->\n\n# Then a heading\n",
        "1. a\n2. b\n\n\n\n   c\n",
    };
    for (const char *source : sources) {
        const QString body =
            BodyRenderer::bodyHtml(QString::fromUtf8(source), core::SourceFormat::Markdown, true);
        EXPECT_EQ(PreviewBlocks::split(body), markdownBlocks(source)) << source;
    }
    const char *const html = "<h2>Title</h2>\n<p>One\ntwo</p>\n<div><ul>\n<li>x</li>\n</ul></div>";
    EXPECT_EQ(PreviewBlocks::split(
                  BodyRenderer::bodyHtml(QString::fromUtf8(html), core::SourceFormat::Html, true)),
              htmlBlocks(html));
}

TEST(PreviewBlocks, LinesMoveWhenLinesAreInsertedAboveButHtmlDoesNot)
{
    const QList<Block> before = markdownBlocks(page);
    const QList<Block> after = PreviewBlocks::render(
        QString(QStringLiteral("\n\n") + QString::fromUtf8(page)), core::SourceFormat::Markdown);
    ASSERT_EQ(before.size(), after.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        EXPECT_EQ(after[i].html, before[i].html);
        EXPECT_EQ(after[i].firstLine, before[i].firstLine + 2);
        EXPECT_EQ(after[i].lastLine, before[i].lastLine + 2);
    }
}

TEST(PreviewBlocks, ListsEndingInABlankLineEndOnTheirLastTextLine)
{
    // cmark-gfm reports this list as "1:1-3:0".
    EXPECT_EQ(markdownBlocks("1. a\n2. b\n\nText\n").value(0).lastLine, 2);
}

TEST(PreviewBlocks, RawHtmlBlocksTakeTheirLinesFromTheSource)
{
    const QList<Block> blocks =
        markdownBlocks("Intro\n\n<div class=\"wrapper\">\n<p>one</p>\n<p>two</p>\n</div>\n\nEnd\n");
    const QList<Block> expected{
        block("<p>Intro</p>", 1, 1),
        block("<p>one</p>", 3, 6),
        block("<p>two</p>", 3, 6),
        block("<p>End</p>", 8, 8),
    };
    EXPECT_EQ(blocks, expected);
}

TEST(PreviewBlocks, HtmlSourceTakesLinesFromElementPositions)
{
    const QList<Block> blocks =
        htmlBlocks("<h2>Fees</h2>\n<p>One\ntwo</p>\n\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n<hr>");
    const QList<Block> expected{
        block("<h2>Fees</h2>", 1, 1),
        block("<p>One\ntwo</p>", 2, 3),
        block("<ul>\n<li>a</li>\n<li>b</li>\n</ul>", 5, 8),
        block("<hr>", 9, 9),
    };
    EXPECT_EQ(blocks, expected);
}

TEST(PreviewBlocks, TopLevelTextIsABlockAndWhitespaceIsNot)
{
    const QList<Block> blocks =
        htmlBlocks("<p>para</p>\n\n  Hello <b>bold</b>\n world\n\n<p>para</p>\n  \n");
    const QList<Block> expected{
        block("<p>para</p>", 1, 1),
        block("Hello bold\n world", 3, 4),
        block("<p>para</p>", 6, 6),
    };
    EXPECT_EQ(blocks, expected);
}

TEST(PreviewBlocks, UnwrappedAndDroppedElementsLeaveTheirAllowedContent)
{
    const QList<Block> blocks = htmlBlocks(
        "<div>\n<p>in a div</p>\n</div>\n<script>\nx()\n</script>\n<section><h2>T</h2></section>");
    const QList<Block> expected{
        block("<p>in a div</p>", 2, 2),
        block("<h2>T</h2>", 7, 7),
    };
    EXPECT_EQ(blocks, expected);
}

TEST(PreviewBlocks, BlocksWithoutPositionsFollowThePreviousOne)
{
    const QList<Block> expected{block("<p>a</p>", 4, 5), block("<p>b</p>", 5, 5)};
    EXPECT_EQ(PreviewBlocks::split(u"<p data-sourcepos=\"4:1-5:3\">a</p><p>b</p>"), expected);
    EXPECT_EQ(PreviewBlocks::split(u"<p>a</p>").value(0), block("<p>a</p>", 1, 1));
}

TEST(PreviewBlocks, FilteredTagsBecomeATextBlockAtTheirLines)
{
    const QList<Block> expected{
        block("<p>Intro</p>", 1, 1),
        block("&lt;script&gt;alert(1)&lt;/script&gt;", 3, 3),
        block("<p>End</p>", 5, 5),
    };
    EXPECT_EQ(markdownBlocks("Intro\n\n<script>alert(1)</script>\n\nEnd\n"), expected);
}

TEST(PreviewBlocks, RawHtmlBlocksOfEveryKindEndOnTheirLastLine)
{
    const QList<Block> blocks = markdownBlocks("a\n\n<script>\nx\n</script>\n\n"
                                               "<!-- note\n-->\n<p class=\"callout\">\nc\n</p>\n\n"
                                               "<div>\n\n*md*\n\n</div>\n");
    const QList<Block> expected{
        block("<p>a</p>", 1, 1),
        block("&lt;script&gt;\nx\n&lt;/script&gt;", 3, 5),
        block("<p class=\"callout\">\nc\n</p>", 9, 11),
        block("<p><em>md</em></p>", 15, 15),
    };
    EXPECT_EQ(blocks, expected);
}

TEST(PreviewBlocks, EmptySourceHasNoBlocks)
{
    EXPECT_TRUE(markdownBlocks("").isEmpty());
    EXPECT_TRUE(markdownBlocks("\n\n   \n").isEmpty());
    EXPECT_TRUE(htmlBlocks("").isEmpty());
    EXPECT_TRUE(htmlBlocks("<!-- c -->").isEmpty());
}

TEST(BodyRenderer, MarkdownBecomesTheSitesHtml)
{
    const QString body = BodyRenderer::bodyHtml(
        u"## Fees\n\n| Item | Cost |\n|:--|--:|\n| Bin | £25 |\n\n~~£30~~ www.example.gov.uk\n\n"
        u"```js\ncode\n```\n\n<p class=\"callout callout-primary big\" style=\"x\">Note</p>\n",
        core::SourceFormat::Markdown, false);
    EXPECT_EQ(body, QString::fromUtf8(
                        "<h2>Fees</h2>\n<table>\n<thead>\n<tr>\n<th>Item</th>\n<th>Cost</th>\n"
                        "</tr>\n</thead>\n<tbody>\n<tr>\n<td>Bin</td>\n<td>\xc2\xa3"
                        "25</td>\n</tr>\n"
                        "</tbody>\n</table>\n<p><del>\xc2\xa3"
                        "30</del> <a href=\"http://www.example.gov.uk\">"
                        "www.example.gov.uk</a></p>\n<pre><code>code\n</code></pre>\n"
                        "<p class=\"callout callout-primary\">Note</p>\n"));
}

TEST(BodyRenderer, HtmlSourceIsSanitizedOnly)
{
    EXPECT_EQ(BodyRenderer::bodyHtml(u"<p class=\"alert alert-info\" id=\"x\">Hi <span>there</span>"
                                     u"</p>\n*not markdown*",
                                     core::SourceFormat::Html, false),
              QStringLiteral("<p class=\"alert alert-info\">Hi there</p>\n*not markdown*"));
}

TEST(BodyRenderer, HtmlSourceInThePreviewGetsPositionsOnTopLevelElements)
{
    EXPECT_EQ(
        BodyRenderer::bodyHtml(u"<p>a</p>\n<ul>\n<li data-sourcepos=\"9:9-9:9\">b</li>\n</ul>",
                               core::SourceFormat::Html, true),
        QStringLiteral("<p data-sourcepos=\"1:1-1:8\">a</p>\n"
                       "<ul data-sourcepos=\"2:1-4:5\">\n<li>b</li>\n</ul>"));
}

TEST(BodyRenderer, LargeInputDoesNotBreakIt)
{
    QString markdown;
    for (int i = 0; i < 2000; ++i)
        markdown += QStringLiteral("> ");
    markdown += QStringLiteral("deep\n\n");
    for (int i = 0; i < 500; ++i)
        markdown += QStringLiteral("%1- nested\n").arg(QString(i * 2, u' '));
    const QString body = BodyRenderer::bodyHtml(markdown, core::SourceFormat::Markdown, false);
    EXPECT_TRUE(body.contains(u"deep"));
    EXPECT_FALSE(PreviewBlocks::render(markdown, core::SourceFormat::Markdown).isEmpty());
}
