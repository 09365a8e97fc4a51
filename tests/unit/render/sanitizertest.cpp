// SPDX-License-Identifier: GPL-2.0-or-later
#include "htmlcheck.h"

#include <render/bodyrenderer.h>
#include <render/htmlwriter.h>
#include <render/markdownrenderer.h>
#include <render/markupscanner.h>
#include <render/sanitizer.h>

#include <QByteArrayList>

#include <gtest/gtest.h>

using namespace lga;
using namespace lga::render;

namespace {

QString clean(const QString &html)
{
    return Sanitizer::sanitize(html, AllowList::localGovWysiwyg());
}

QString clean(const char *html)
{
    return clean(QString::fromUtf8(html));
}

// Markdown using every construct cmark-gfm emits without raw HTML.
const char *const gfmCorpus[] = {
    "# Bins\n\nCollected *weekly*, **early** and ~~late~~.\n",
    "- one\n- two\n  - nested\n\n3. three\n4. four\n",
    "1. loose\n\n2. list\n\n   with paragraphs\n",
    "> quote\n>\n> > nested quote\n",
    "```js\nif (a < b && c > d) { s = \"x\"; }\n```\n\n    indented <code>\n",
    "| Item | Cost |\n|:-----|:----:|\n| Bin  | £25 |\n| `x` | **y** |\n",
    "See www.example.gov.uk, https://example.gov.uk/a?b=1&c=2 and ask@example.gov.uk.\n",
    "[Pay](https://example.gov.uk/pay \"Pay \\\"now\\\"\") and ![Map](/map.png \"t\") "
    "[rel](../a b) [q](<a b> 'x')\n",
    "Line one  \nline two\\\nline three\n\n---\n\n***\n",
    "Entities: &copy; &amp; &lt;b&gt; &#x27; &quot; & < > \" '\n",
    "Smart \"quotes\" -- and... ‘unicode’ é 中文 😀\n",
    "Setext\n======\n\nSub\n---\n\n###### Six\n",
    "[ref]\n\n[ref]: https://example.gov.uk/ref \"Ref\"\n",
    "Text with `code & <tags>` and \\*escaped\\*.\n",
    "<https://example.gov.uk/auto> and <mailto:x@example.gov.uk>\n",
};

} // namespace

TEST(Sanitizer, KeepsAllowedElementsAndAttributes)
{
    EXPECT_EQ(
        clean("<h2 id=\"when\">When</h2><blockquote cite=\"https://x.example/\">q</blockquote>"
              "<ol type=\"a\" start=\"2\"><li>x</li></ol>"),
        QStringLiteral("<h2 id=\"when\">When</h2><blockquote cite=\"https://x.example/\">q"
                       "</blockquote><ol type=\"a\" start=\"2\"><li>x</li></ol>"));
    EXPECT_EQ(clean("<a href=\"/node/1\" data-entity-type=\"node\" data-entity-uuid=\"u\" "
                    "data-entity-substitution=\"canonical\" hreflang=\"cy\" title=\"T\">l</a>"),
              QStringLiteral("<a href=\"/node/1\" data-entity-type=\"node\" data-entity-uuid=\"u\" "
                             "data-entity-substitution=\"canonical\" hreflang=\"cy\" title=\"T\">"
                             "l</a>"));
    EXPECT_EQ(clean("<drupal-media data-entity-type=\"media\" data-entity-uuid=\"m1\" "
                    "data-view-mode=\"default\" data-align=\"center\"></drupal-media>"),
              QStringLiteral("<drupal-media data-entity-type=\"media\" data-entity-uuid=\"m1\" "
                             "data-view-mode=\"default\" data-align=\"center\"></drupal-media>"));
}

TEST(Sanitizer, DropsAttributesTheFormatDoesNotList)
{
    EXPECT_EQ(clean("<p id=\"x\" title=\"t\" lang=\"en\">a</p><h1 id=\"top\">b</h1>"
                    "<td align=\"right\">c</td><a href=\"/x\" target=\"_blank\" rel=\"x\">d</a>"),
              QStringLiteral("<p>a</p><h1>b</h1>c<a href=\"/x\">d</a>"));
}

TEST(Sanitizer, ClassesAreFilteredToTheAllowedOnes)
{
    EXPECT_EQ(clean("<p class=\"callout callout-primary\">a</p>"),
              QStringLiteral("<p class=\"callout callout-primary\">a</p>"));
    EXPECT_EQ(clean("<p class=\"  shiny callout\tcallout-yellow callout big \">a</p>"),
              QStringLiteral("<p class=\"callout callout-yellow\">a</p>"));
    EXPECT_EQ(clean("<p class=\"shiny alert-fail\">a</p>"), QStringLiteral("<p>a</p>"));
    EXPECT_EQ(clean("<p class=\"\">a</p>"), QStringLiteral("<p>a</p>"));
    EXPECT_EQ(clean("<a href=\"/start\" class=\"btn btn-start\">Start now</a>"),
              QStringLiteral("<a href=\"/start\" class=\"btn btn-start\">Start now</a>"));
    EXPECT_EQ(clean("<ul class=\"list-checked fancy\"><li>x</li></ul>"),
              QStringLiteral("<ul class=\"list-checked\"><li>x</li></ul>"));
    // Classes allowed on one element are not allowed on another.
    EXPECT_EQ(clean("<ol class=\"list-checked\"><li>x</li></ol><h2 class=\"callout\">h</h2>"),
              QStringLiteral("<ol><li>x</li></ol><h2>h</h2>"));
}

TEST(Sanitizer, UnknownElementsAreUnwrappedKeepingAllowedContent)
{
    EXPECT_EQ(clean("<div class=\"x\"><p>One <span style=\"color:red\">two</span></p></div>"),
              QStringLiteral("<p>One two</p>"));
    EXPECT_EQ(clean("<section><h2>T</h2><font color=red><b>bold</b></font></section>"),
              QStringLiteral("<h2>T</h2>bold"));
}

TEST(Sanitizer, DangerousElementsGoWithTheirContent)
{
    const char *const cases[] = {
        "<script>alert(1)</script>",
        "<style>p{}</style>",
        "<iframe src=\"https://x\">fallback</iframe>",
        "<object data=\"x\"><p>fallback</p></object>",
        "<embed src=\"x\">",
        "<form><p>field</p></form>",
        "<input value=\"x\">",
        "<button>Go</button>",
        "<textarea>text</textarea>",
        "<select><option>o</option></select>",
        "<template><p>t</p></template>",
        "<noscript><p>n</p></noscript>",
        "<svg><text>s</text></svg>",
        "<math><mi>x</mi></math>",
        "<applet>a</applet>",
        "<noembed>n</noembed>",
    };
    for (const char *html : cases)
        EXPECT_EQ(clean(QString::fromUtf8(html) + u"<p>kept</p>"), QStringLiteral("<p>kept</p>"))
            << html;
}

TEST(Sanitizer, EscapesTextAndAttributeValues)
{
    EXPECT_EQ(clean("<p>1 &lt; 2 &amp;&amp; 3 &gt; 2 \"q\" 'a'</p>"),
              QStringLiteral("<p>1 &lt; 2 &amp;&amp; 3 &gt; 2 \"q\" 'a'</p>"));
    EXPECT_EQ(clean("<a href=\"/a?x=1&amp;y=2\" title='say \"hi\" <b> & go'>x</a>"),
              QStringLiteral("<a href=\"/a?x=1&amp;y=2\" title=\"say &quot;hi&quot; &lt;b&gt; "
                             "&amp; go\">x</a>"));
    EXPECT_EQ(clean("<p>caf&eacute; &nbsp;&pound;5</p>"),
              QString::fromUtf8("<p>caf\xc3\xa9 \xc2\xa0\xc2\xa3"
                                "5</p>"));
}

TEST(Sanitizer, LeadingLineFeedInPreSurvivesTheNextParse)
{
    // The parser eats the first line feed after <pre>; the second is content.
    const QString once = clean("<pre>\n\n  indented</pre><pre>\nplain</pre>");
    EXPECT_EQ(once, QStringLiteral("<pre>\n\n  indented</pre><pre>plain</pre>"));
    EXPECT_EQ(clean(once), once);
}

TEST(Sanitizer, VoidElementsHaveNoEndTag)
{
    EXPECT_EQ(clean("<p>a<br/>b<br></br>c</p><hr /><img src=\"/a.png\" alt=\"A\"></img>"),
              QStringLiteral("<p>a<br>b<br><br>c</p><hr><img src=\"/a.png\" alt=\"A\">"));
}

TEST(Sanitizer, CommentsAreDropped)
{
    EXPECT_EQ(clean("<p>a<!-- secret --></p><!--lga-sourcepos 1:1-1:5--><p>b</p>"),
              QStringLiteral("<p>a</p><p>b</p>"));
}

TEST(Sanitizer, EventHandlersAndStylesNeverSurviveWhateverTheListSays)
{
    AllowList reckless = AllowList::fromDrupalAllowedHtml(
        u"<p onclick style class> <script> <svg onload> <a href onmouseover>");
    EXPECT_EQ(
        Sanitizer::sanitize(u"<p onclick=\"x()\" ONCLICK=\"y\" style=\"color:red\" "
                            u"class=\"c\">a</p><script>alert(1)</script>"
                            u"<svg onload=\"x()\"></svg><a href=\"/\" onmouseover=\"x\">l</a>",
                            reckless),
        QStringLiteral("<p class=\"c\">a</p><a href=\"/\">l</a>"));
}

TEST(Sanitizer, UrlPolicy)
{
    const char *const safe[] = {
        "https://example.gov.uk/",
        "HTTP://example.gov.uk/",
        "mailto:ask@example.gov.uk",
        "tel:+441234567890",
        "/node/12",
        "../a/b.pdf",
        "page.html",
        "#section",
        "?q=bins",
        "//cdn.example.gov.uk/x.png",
        "",
        "a/b:c",
        "  https://example.gov.uk/",
    };
    for (const char *url : safe)
        EXPECT_TRUE(Sanitizer::isSafeUrl(QString::fromUtf8(url))) << url;
    const char *const unsafe[] = {
        "javascript:alert(1)",        "JaVaScRiPt:alert(1)",
        " \t\njavascript:alert(1)",   "java\tscript:alert(1)",
        "java\nscript:alert(1)",      "java\rscript:alert(1)",
        "\x01javascript:alert(1)",    "javascript\x7f:alert(1)",
        "vbscript:msgbox(1)",         "data:text/html;base64,PHNjcmlwdD4=",
        "DATA:image/png;base64,AAAA", "file:///etc/passwd",
        "ftp://example.gov.uk/",      "livescript:x",
        "jav ascript:alert(1)",       "javascript\xc2\xa0:alert(1)",
        "somethingverylongscheme:x",
    };
    for (const char *url : unsafe)
        EXPECT_FALSE(Sanitizer::isSafeUrl(QString::fromUtf8(url))) << url;
}

TEST(Sanitizer, UnsafeUrlsDropOnlyTheAttribute)
{
    EXPECT_EQ(clean("<a href=\"javascript:alert(1)\" title=\"t\">x</a>"
                    "<img src=\"data:image/png;base64,AA\" alt=\"a\">"
                    "<blockquote cite=\"vbscript:x\">q</blockquote>"),
              QStringLiteral("<a title=\"t\">x</a><img alt=\"a\"><blockquote>q</blockquote>"));
}

TEST(Sanitizer, SourcePositionsOnlyWhenAsked)
{
    const QString html =
        MarkdownRenderer::toHtml(u"# T\n\n- a\n- b\n\n| x |\n|---|\n| y |\n", true);
    const QString forSite = Sanitizer::sanitize(html, AllowList::localGovWysiwyg());
    EXPECT_FALSE(forSite.contains(u"data-sourcepos"));
    SanitizeOptions preview;
    preview.keepSourcePositions = true;
    const QString forPreview = Sanitizer::sanitize(html, AllowList::localGovWysiwyg(), preview);
    EXPECT_TRUE(forPreview.contains(u"<h1 data-sourcepos=\"1:1-1:3\">T</h1>"));
    EXPECT_TRUE(forPreview.contains(u"<td data-sourcepos=\"8:2-8:4\">y</td>"));
    // Author-written positions that are not cmark's format are refused.
    EXPECT_EQ(Sanitizer::sanitize(u"<p data-sourcepos=\"x\" >a</p>", AllowList::localGovWysiwyg(),
                                  preview),
              QStringLiteral("<p>a</p>"));
}

TEST(Sanitizer, TheSiteNeverReceivesSourcePositions)
{
    for (const char *markdown : gfmCorpus) {
        for (auto format : {core::SourceFormat::Markdown, core::SourceFormat::Html}) {
            const QString body = BodyRenderer::bodyHtml(QString::fromUtf8(markdown), format, false);
            EXPECT_FALSE(body.contains(u"sourcepos")) << markdown;
        }
    }
    const QString withRawHtml =
        BodyRenderer::bodyHtml(u"Intro\n\n<p class=\"callout\" data-sourcepos=\"1:1-1:1\">x</p>\n",
                               core::SourceFormat::Markdown, false);
    EXPECT_FALSE(withRawHtml.contains(u"sourcepos"));
}

TEST(Sanitizer, OutputIsDeterministicAndIdempotent)
{
    const QString messy = QStringLiteral(
        "<div><p class=\"callout x callout-primary\" onclick=\"y\">A <b>b</b> <i>c</i><p>d"
        "<table><tr><td>cell<td>cell2</table><ul><li>one<li>two</ul><a href=\" /x \">l</a>"
        "<img src=x alt=\"&quot;\"><br><hr><drupal-media data-entity-uuid=\"u\">");
    const QString once = clean(messy);
    EXPECT_EQ(clean(messy), once);
    EXPECT_EQ(clean(once), once);
    for (const char *markdown : gfmCorpus) {
        const QString body = BodyRenderer::bodyHtml(QString::fromUtf8(markdown),
                                                    core::SourceFormat::Markdown, false);
        EXPECT_EQ(clean(body), body) << markdown;
        EXPECT_TRUE(test::unsafeParts(body).isEmpty()) << markdown;
    }
}

TEST(Sanitizer, CmarkScannerAgreesWithTheHtmlParser)
{
    QByteArray everything;
    for (const char *markdown : gfmCorpus)
        everything += QByteArray(markdown) + "\n\n";
    QList<QByteArray> inputs;
    for (const char *markdown : gfmCorpus)
        inputs.append(markdown);
    inputs.append(everything);
    for (const QByteArray &markdown : std::as_const(inputs)) {
        for (const bool positions : {false, true}) {
            const MarkdownRenderer::Result rendered =
                MarkdownRenderer::toHtmlUtf8(markdown, positions);
            ASSERT_FALSE(rendered.hasRawHtml) << markdown.constData();
            const AllowList list = AllowList::localGovWysiwyg();
            HtmlWriter probe(list, {}, HtmlWriter::Output::Body);
            EXPECT_TRUE(MarkupScanner::scan(rendered.html, probe)) << markdown.constData();
            SanitizeOptions parsed;
            parsed.keepSourcePositions = positions;
            SanitizeOptions scanned = parsed;
            scanned.cmarkWithoutRawHtml = true;
            EXPECT_EQ(Sanitizer::sanitizeUtf8(rendered.html, list, scanned),
                      Sanitizer::sanitizeUtf8(rendered.html, list, parsed))
                << markdown.constData();
            EXPECT_EQ(Sanitizer::sanitizeToBlocks(rendered.html, list, scanned),
                      Sanitizer::sanitizeToBlocks(rendered.html, list, parsed))
                << markdown.constData();
        }
    }
}

TEST(Sanitizer, CmarkScannerAgreesOnMixedUpMarkdown)
{
    // Lines of the corpus shuffled into new documents: lists inside quotes, tables after
    // headings, half-finished constructs. Wherever cmark's output has no raw HTML, the scanner
    // and the parser must read it the same way.
    QByteArrayList lines;
    for (const char *markdown : gfmCorpus)
        lines += QByteArray(markdown).split('\n');
    const QByteArrayList prefixes{"", "", "", "> ", "- ", "1. ", "   ", "  - ", "> - "};
    quint32 state = 12345;
    const auto next = [&state](quint32 bound) {
        state = state * 1664525u + 1013904223u;
        return (state >> 8) % bound;
    };
    const AllowList list = AllowList::localGovWysiwyg();
    int checked = 0;
    for (int document = 0; document < 300; ++document) {
        QByteArray markdown;
        const quint32 count = 3 + next(25);
        for (quint32 i = 0; i < count; ++i)
            markdown += prefixes[next(quint32(prefixes.size()))] +
                        lines[next(quint32(lines.size()))] + '\n';
        const MarkdownRenderer::Result rendered = MarkdownRenderer::toHtmlUtf8(markdown, true);
        if (rendered.hasRawHtml)
            continue;
        ++checked;
        // The scanner does read it (agreeing by always giving up would prove nothing).
        HtmlWriter probe(list, {}, HtmlWriter::Output::Body);
        EXPECT_TRUE(MarkupScanner::scan(rendered.html, probe)) << rendered.html.constData();
        SanitizeOptions parsed;
        parsed.keepSourcePositions = true;
        SanitizeOptions scanned = parsed;
        scanned.cmarkWithoutRawHtml = true;
        ASSERT_EQ(Sanitizer::sanitizeUtf8(rendered.html, list, scanned),
                  Sanitizer::sanitizeUtf8(rendered.html, list, parsed))
            << markdown.constData();
        ASSERT_EQ(Sanitizer::sanitizeToBlocks(rendered.html, list, scanned),
                  Sanitizer::sanitizeToBlocks(rendered.html, list, parsed))
            << markdown.constData();
    }
    EXPECT_GT(checked, 200);
}

TEST(Sanitizer, AWrongScannerClaimCostsTimeNotSafety)
{
    SanitizeOptions claim;
    claim.cmarkWithoutRawHtml = true;
    const AllowList list = AllowList::localGovWysiwyg();
    const char *const inputs[] = {
        "<p>a</p><script>alert(1)</script>",
        "<p onclick=\"x\">a</p><!-- c -->",
        "<p>a<p>b</p></p>",
        "<img src=x onerror=alert(1)>",
        "<a href='javascript:alert(1)'>x</a>",
        "<p>&eacute;</p>",
        "<P>x</P>",
    };
    for (const char *html : inputs) {
        EXPECT_EQ(Sanitizer::sanitizeUtf8(html, list, claim), Sanitizer::sanitizeUtf8(html, list))
            << html;
    }
}
