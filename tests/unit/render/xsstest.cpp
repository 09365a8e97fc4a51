// SPDX-License-Identifier: GPL-2.0-or-later
// Filter-evasion payloads in the style of OWASP's cheat sheet, each sent through both the
// Markdown and the HTML path, for the site and for the preview. The output is parsed again
// like a browser would and every node is checked (htmlcheck.h).
#include "htmlcheck.h"

#include <render/bodyrenderer.h>
#include <render/previewblocks.h>

#include <gtest/gtest.h>

using namespace lga;
using namespace lga::render;

namespace {

struct Payload
{
    const char *name;
    const char *source;
};

const Payload payloads[] = {
    {"ScriptTag", "<script>alert(1)</script>"},
    {"ScriptUpperCase", "<SCRIPT>alert(1)</SCRIPT>"},
    {"ScriptMixedCase", "<ScRiPt>alert(1)</sCrIpT>"},
    {"ScriptSplitBySelf", "<scr<script>ipt>alert(1)</script>"},
    {"ScriptNestedName", "<scrscriptipt>alert(1)</scrscriptipt>"},
    {"ScriptExternal", "<script src=//evil.example/x.js></script>"},
    {"ScriptSlashAttribute", "<script/xss src=\"http://evil.example/x.js\"></script>"},
    {"ScriptDoubleOpen", "<<script>alert(1);//<</script>"},
    {"ScriptUnclosed", "<p>text <script>alert(1)"},
    {"ScriptInTextarea", "<textarea><script>alert(1)</script></textarea>"},
    {"ScriptInTemplate", "<template><script>alert(1)</script></template>"},
    {"ScriptInComment", "<!-- <script>alert(1)</script> -->"},
    {"ConditionalComment", "<!--[if gte IE 4]><script>alert(1)</script><![endif]-->"},
    {"CommentBreakout", "<!--><script>alert(1)</script>-->"},
    {"ImgOnerror", "<img src=x onerror=alert(1)>"},
    {"ImgOnerrorMixedCase", "<IMG SRC=x OnErRoR=alert(1)>"},
    {"ImgOnerrorSlashSeparated", "<img/src=x/onerror=alert(1)>"},
    {"ImgJavascriptSrc", "<img src=\"javascript:alert(1)\">"},
    {"ImgJavascriptMixedCase", "<img src=JaVaScRiPt:alert(1)>"},
    {"ImgDecimalEntities",
     "<img src=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;"
     "&#114;&#116;&#40;&#49;&#41;>"},
    {"ImgHexEntitiesNoSemicolons",
     "<img src=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74"
     "&#x28&#x31&#x29>"},
    {"ImgDynsrc", "<img dynsrc=\"javascript:alert(1)\" lowsrc=\"javascript:alert(1)\">"},
    {"SvgOnload", "<svg onload=alert(1)>"},
    {"SvgScript", "<svg><script>alert(1)</script></svg>"},
    {"SvgXlinkHref", "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>"},
    {"MathXlinkHref", "<math><a xlink:href=\"javascript:alert(1)\">x</a></math>"},
    {"MathMutation", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"},
    {"NoscriptMutation", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"},
    {"HrefJavascript", "<a href=\"javascript:alert(1)\">x</a>"},
    {"HrefJavascriptUpperCase", "<a href=\"JAVASCRIPT:alert(1)\">x</a>"},
    {"HrefTabEntity", "<a href=\"jav&#x09;ascript:alert(1)\">x</a>"},
    {"HrefNewlineEntity", "<a href=\"jav&#x0A;ascript:alert(1)\">x</a>"},
    {"HrefNamedTabEntity", "<a href=\"java&Tab;script:alert(1)\">x</a>"},
    {"HrefLiteralNewline", "<a href=\"java\nscript:alert(1)\">x</a>"},
    {"HrefLeadingSpaceAndControl", "<a href=\" &#x01;&#14; javascript:alert(1)\">x</a>"},
    {"HrefColonEntity", "<a href=\"javascript&colon;alert(1)\">x</a>"},
    {"HrefColonDecimalNoSemicolon", "<a href=\"javascript&#58alert(1)\">x</a>"},
    {"HrefPaddedDecimalEntities",
     "<a href=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112"
     "&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000049&#0000041\">"
     "x</a>"},
    {"HrefVbscript", "<a href=\"vbscript:msgbox(1)\">x</a>"},
    {"HrefDataHtml",
     "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>"},
    {"HrefDataMixedCase", "<a href=\"DaTa:text/html,<script>alert(1)</script>\">x</a>"},
    {"HrefDataSvg", "<a href=\"data:image/svg+xml;base64,PHN2Zz4=\">x</a>"},
    {"ImgDataUrl", "<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"a\">"},
    {"AnchorOnmouseover", "<a href=\"https://ok.example/\" onmouseover=\"alert(1)\">ok</a>"},
    {"AttributeBreakout",
     "<a href=\"https://ok.example/\" title=\"x&quot; onmouseover=&quot;alert(1)\">ok</a>"},
    {"AllowedClassWithHandler", "<p class=\"callout\" onclick=\"alert(1)\">x</p>"},
    {"IframeJavascript", "<iframe src=\"javascript:alert(1)\"></iframe>"},
    {"IframeSrcdoc", "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>"},
    {"ObjectData", "<object data=\"javascript:alert(1)\"></object>"},
    {"EmbedSrc", "<embed src=\"javascript:alert(1)\">"},
    {"AppletCode", "<applet code=\"Evil.class\"></applet>"},
    {"FramesetFrame", "<frameset><frame src=\"javascript:alert(1)\"></frameset>"},
    {"FormAction", "<form action=\"javascript:alert(1)\"><button>go</button></form>"},
    {"ButtonFormaction", "<button formaction=\"javascript:alert(1)\">go</button>"},
    {"InputAutofocus", "<input autofocus onfocus=alert(1)>"},
    {"IsindexAction", "<isindex action=javascript:alert(1) type=image>"},
    {"StyleExpression", "<p style=\"width: expression(alert(1))\">x</p>"},
    {"StyleUrl", "<div style=\"background:url(javascript:alert(1))\">x</div>"},
    {"StyleBehavior", "<xss style=\"behavior: url(xss.htc);\">x</xss>"},
    {"StyleTagImport", "<style>@import 'http://evil.example/x.css';</style>"},
    {"TableBackground", "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>"},
    {"MetaRefresh", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">"},
    {"BaseHref", "<base href=\"javascript:alert(1)//\">"},
    {"LinkImport", "<link rel=\"import\" href=\"http://evil.example/x.html\">"},
    {"BodyOnload", "<body onload=alert(1)>"},
    {"DetailsOntoggle", "<details open ontoggle=alert(1)>"},
    {"MarqueeOnstart", "<marquee onstart=alert(1)>x</marquee>"},
    {"UnclosedAnchor", "<a href=\"javascript:alert(1)\""},
    {"NestedUnclosed", "<p><em><a href=\"javascript:alert(1)\"><strong>x</p>"},
    {"DrupalMediaHandler", "<drupal-media data-entity-uuid=\"x\" onerror=\"alert(1)\" "
                           "data-caption=\"<script>x</script>\">"
                           "</drupal-media>"},
    {"MarkdownLink", "[x](javascript:alert(1))"},
    {"MarkdownLinkMixedCase", "[x](JaVaScRiPt:alert(1))"},
    {"MarkdownLinkAngle", "[x](<javascript:alert(1)>)"},
    {"MarkdownLinkEntity", "[x](javascript&#58;alert(1))"},
    {"MarkdownLinkEscapedColon", "[x](javascript\\:alert(1))"},
    {"MarkdownImage", "![x](javascript:alert(1))"},
    {"MarkdownImageData", "![x](data:image/svg+xml;base64,PHN2Zz4=)"},
    {"MarkdownReference", "[x]\n\n[x]: javascript:alert(1)"},
    {"MarkdownVbscript", "[x](vbscript:msgbox(1))"},
    {"MarkdownDataLink", "[x](data:text/html;base64,PHNjcmlwdD4=)"},
    {"MarkdownAutolink", "<javascript:alert(1)>"},
    {"MarkdownAutolinkData", "<data:text/html,alert(1)>"},
    {"MarkdownTitleBreakout", "[x](https://ok.example/ \"a\\\" onmouseover=\\\"alert(1)\")"},
    {"MarkdownCodeSpan", "`<script>alert(1)</script>`"},
    {"MarkdownHtmlBlockThenScript", "<div>\n<script>alert(1)</script>\n</div>"},
    {"MarkdownTableCellScript", "| a |\n|---|\n| <img src=x onerror=alert(1)> |"},
};

class SanitizerXss : public testing::TestWithParam<Payload>
{
};

void expectSafe(const QString &source, core::SourceFormat format)
{
    const char *path = format == core::SourceFormat::Markdown ? "Markdown" : "HTML";
    const QString body = BodyRenderer::bodyHtml(source, format, false);
    EXPECT_EQ(test::unsafeParts(body), QString()) << path << " body: " << body.toStdString();

    const QString preview = BodyRenderer::bodyHtml(source, format, true);
    EXPECT_EQ(test::unsafeParts(preview, true), QString())
        << path << " preview: " << preview.toStdString();

    QString blocks;
    for (const Block &block : PreviewBlocks::render(source, format))
        blocks += block.html;
    EXPECT_EQ(test::unsafeParts(blocks), QString()) << path << " blocks: " << blocks.toStdString();
}

} // namespace

TEST_P(SanitizerXss, MarkdownPathIsSafe)
{
    expectSafe(QString::fromUtf8(GetParam().source), core::SourceFormat::Markdown);
}

TEST_P(SanitizerXss, HtmlPathIsSafe)
{
    expectSafe(QString::fromUtf8(GetParam().source), core::SourceFormat::Html);
}

TEST_P(SanitizerXss, SafeInsideAllowedMarkupToo)
{
    const QString wrapped = QStringLiteral("<p class=\"callout\">before ") +
                            QString::fromUtf8(GetParam().source) + QStringLiteral(" after</p>");
    expectSafe(wrapped, core::SourceFormat::Html);
    expectSafe(QStringLiteral("> quoted\n>\n> ") + QString::fromUtf8(GetParam().source),
               core::SourceFormat::Markdown);
}

INSTANTIATE_TEST_SUITE_P(Payloads, SanitizerXss, testing::ValuesIn(payloads),
                         [](const testing::TestParamInfo<Payload> &info) {
                             return std::string(info.param.name);
                         });

TEST(SanitizerXssCorpus, HasAtLeastFortyDistinctPayloads)
{
    QSet<QByteArray> distinct;
    for (const Payload &payload : payloads)
        distinct.insert(payload.source);
    EXPECT_GE(distinct.size(), 40);
    EXPECT_EQ(distinct.size(), qsizetype(std::size(payloads)));
}

TEST(SanitizerXssCorpus, TheCheckerCatchesWhatItShould)
{
    // The structural check itself must see through the same tricks, or the tests above prove
    // nothing.
    EXPECT_FALSE(test::unsafeParts(u"<p onclick=\"x\">a</p>").isEmpty());
    EXPECT_FALSE(test::unsafeParts(u"<a href=\" JaVa&#x09;script:x\">a</a>").isEmpty());
    EXPECT_FALSE(test::unsafeParts(u"<img src=\"data:x\">").isEmpty());
    EXPECT_FALSE(test::unsafeParts(u"<p style=\"x\">a</p>").isEmpty());
    EXPECT_FALSE(test::unsafeParts(u"<svg></svg>").isEmpty());
    EXPECT_FALSE(test::unsafeParts(u"<iframe></iframe>").isEmpty());
    EXPECT_FALSE(test::unsafeParts(u"<p data-sourcepos=\"1:1-1:2\">a</p>").isEmpty());
    EXPECT_TRUE(test::unsafeParts(u"<p data-sourcepos=\"1:1-1:2\">a</p>", true).isEmpty());
    EXPECT_TRUE(test::unsafeParts(u"<p>&lt;script&gt; javascript:alert(1)</p>").isEmpty());
}
