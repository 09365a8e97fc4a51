// SPDX-License-Identifier: GPL-2.0-or-later
#include <sync/htmltomarkdown.h>
#include <sync/medialinks.h>

#include <render/bodyrenderer.h>

#include <gtest/gtest.h>

using namespace lga;
using namespace lga::sync;
using namespace Qt::Literals::StringLiterals;

namespace {

const QUuid kImage = QUuid::fromString(u"0c1b5e2a-7d3f-4e8a-9b6c-5d4e3f2a1b0c"_s);
const QUuid kDocument = QUuid::fromString(u"1c1b5e2a-7d3f-4e8a-9b6c-5d4e3f2a1b0c"_s);
const QString kFileUrl = u"/sites/default/files/2026-11/bin-rules.pdf"_s;

const QString kMarkdown =
    u"Put your bin out by 7am.\n\n"
    "![A green wheelie bin](lga-media:0c1b5e2a-7d3f-4e8a-9b6c-5d4e3f2a1b0c)\n\n"
    "Read the [bin rules (PDF, 1 MB)](lga-media:1c1b5e2a-7d3f-4e8a-9b6c-5d4e3f2a1b0c).\n"_s;

TEST(MediaLinks, TheSiteGetsLocalGovEmbedsAndFileAddresses)
{
    const MediaLinks links(
        {{kImage, u"/sites/default/files/2026-11/bin.png"_s}, {kDocument, kFileUrl}},
        {kImage, kDocument});
    const QString html = links.toSite(
        render::BodyRenderer::bodyHtml(kMarkdown, core::SourceFormat::Markdown, false));
    EXPECT_TRUE(html.contains(u"<drupal-media data-entity-type=\"media\" data-entity-uuid=\""
                              "0c1b5e2a-7d3f-4e8a-9b6c-5d4e3f2a1b0c\" alt=\"A green wheelie "
                              "bin\"></drupal-media>"_s))
        << html.toStdString();
    EXPECT_TRUE(html.contains(u"href=\"/sites/default/files/2026-11/bin-rules.pdf\""_s));
    EXPECT_FALSE(html.contains(u"lga-media"_s));
}

TEST(MediaLinks, ThePulledPageNamesTheStoresMediaAgainAndIsMarkdownAgain)
{
    const MediaLinks links(
        {{kImage, u"/sites/default/files/2026-11/bin.png"_s}, {kDocument, kFileUrl}},
        {kImage, kDocument});
    const QString sent = links.toSite(
        render::BodyRenderer::bodyHtml(kMarkdown, core::SourceFormat::Markdown, false));
    const QString back = links.toLocal(sent);
    EXPECT_TRUE(HtmlToMarkdown::sameSanitizedHtml(kMarkdown, core::SourceFormat::Markdown, back,
                                                  core::SourceFormat::Html))
        << back.toStdString();
    const HtmlToMarkdown::Body body = HtmlToMarkdown::importBody(back);
    EXPECT_EQ(body.format, core::SourceFormat::Markdown) << body.text.toStdString();
    EXPECT_TRUE(body.text.contains(u"lga-media:0c1b5e2a-7d3f-4e8a-9b6c-5d4e3f2a1b0c"_s));
}

TEST(MediaLinks, MediaThisComputerDoesNotHaveStayAsTheSiteHasThem)
{
    const MediaLinks links({}, {});
    const QString html = u"<drupal-media data-entity-type=\"media\" data-entity-uuid="
                         "\"9c1b5e2a-7d3f-4e8a-9b6c-5d4e3f2a1b0c\"></drupal-media>"_s;
    EXPECT_EQ(links.toLocal(html), html);
    // Not sent yet: the store's names stay until the upload is done.
    const QString local = u"<p><img src=\"lga-media:0c1b5e2a-7d3f-4e8a-9b6c-5d4e3f2a1b0c\" "
                          "alt=\"A bin\"></p>"_s;
    EXPECT_EQ(links.toSite(local), local);
}

TEST(MediaLinks, APageUsesTheMediaInItsBodyAndItsFields)
{
    core::Page page = core::Page::create(u"localgov_news_article"_s);
    page.body = kMarkdown;
    EXPECT_EQ(MediaLinks::usedBy(page), (QList<QUuid>{kImage, kDocument}));
}

} // namespace
