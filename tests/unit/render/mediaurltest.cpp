// SPDX-License-Identifier: GPL-2.0-or-later
// Media in the store is referred to by lga-media: URLs, which the sanitiser lets through for
// images and links while every other unknown scheme is still dropped.
#include <core/mediaitem.h>
#include <render/bodyrenderer.h>
#include <render/markdownrenderer.h>
#include <render/sanitizer.h>

#include <gtest/gtest.h>

using namespace lga;
using namespace lga::render;

namespace {

const QString kUuid = QStringLiteral("0b6c2c5e-4f3a-4d7e-9a51-2f0d8e6b1c3a");

QString clean(const QString &html)
{
    return Sanitizer::sanitize(html, AllowList::localGovWysiwyg());
}

} // namespace

TEST(MediaUrl, LgaMediaIsASafeScheme)
{
    EXPECT_TRUE(Sanitizer::isSafeUrl(QString(QStringLiteral("lga-media:") + kUuid)));
    EXPECT_TRUE(Sanitizer::isSafeUrl(QString(QStringLiteral("LGA-Media:") + kUuid)));
    for (const char *url : {"lga-mediax:1", "lga-medi:1", "lga:1", "media:1", "chrome:x",
                            "qrc:/preview/preview.html", "blob:x", "filesystem:x", "file:/x"})
        EXPECT_FALSE(Sanitizer::isSafeUrl(QString::fromUtf8(url))) << url;
}

TEST(MediaUrl, ImageSourceAndLinkKeepTheirLgaMediaUrl)
{
    const QString img = QStringLiteral("<img src=\"lga-media:%1\" alt=\"Bins\">").arg(kUuid);
    EXPECT_EQ(clean(img), img);
    const QString link =
        QStringLiteral("<a href=\"lga-media:%1\">Leaflet (PDF, 1 KB)</a>").arg(kUuid);
    EXPECT_EQ(clean(link), link);
}

TEST(MediaUrl, OtherUnknownSchemesAreStillDropped)
{
    EXPECT_EQ(clean(QStringLiteral("<img src=\"qrc:/icons/x.svg\" alt=\"a\">"
                                   "<img src=\"file:///etc/passwd\" alt=\"b\">"
                                   "<a href=\"lga-mediax:%1\">c</a>"
                                   "<a href=\"chrome://settings\">d</a>")
                        .arg(kUuid)),
              QStringLiteral("<img alt=\"a\"><img alt=\"b\"><a>c</a><a>d</a>"));
}

TEST(MediaUrl, MarkdownFromTheInsertDialogRendersAsImageAndLink)
{
    core::MediaItem image;
    image.uuid = QUuid::fromString(kUuid);
    image.alt = QStringLiteral("A green [recycling] bin");
    core::MediaItem leaflet;
    leaflet.uuid = image.uuid;
    leaflet.kind = core::MediaKind::Document;
    leaflet.fileName = QStringLiteral("l.pdf");
    leaflet.mimeType = QStringLiteral("application/pdf");
    leaflet.size = 1258291;
    const QString markdown =
        core::MediaMarkdown::image(image) + QStringLiteral("\n\n") +
        core::MediaMarkdown::documentLink(leaflet, QStringLiteral("Council tax leaflet"));
    const QString html = BodyRenderer::bodyHtml(markdown, core::SourceFormat::Markdown, false);
    EXPECT_TRUE(html.contains(
        QStringLiteral("<img src=\"lga-media:%1\" alt=\"A green [recycling] bin\">").arg(kUuid)))
        << html.toStdString();
    EXPECT_TRUE(html.contains(
        QStringLiteral("<a href=\"lga-media:%1\">Council tax leaflet (PDF, 1.2 MB)</a>")
            .arg(kUuid)))
        << html.toStdString();

    // The preview reads cmark's own output with the fast scanner; it must agree.
    const MarkdownRenderer::Result rendered = MarkdownRenderer::toHtmlUtf8(markdown.toUtf8(), true);
    ASSERT_FALSE(rendered.hasRawHtml);
    SanitizeOptions options;
    options.cmarkWithoutRawHtml = true;
    const QList<Block> blocks =
        Sanitizer::sanitizeToBlocks(rendered.html, AllowList::localGovWysiwyg(), options);
    ASSERT_EQ(blocks.size(), 2);
    EXPECT_TRUE(blocks[0].html.contains(QStringLiteral("src=\"lga-media:") + kUuid));
    EXPECT_TRUE(blocks[1].html.contains(QStringLiteral("href=\"lga-media:") + kUuid));
}

TEST(MediaUrl, DecorativeImageHasAnEmptyAlt)
{
    core::MediaItem image;
    image.uuid = QUuid::fromString(kUuid);
    image.alt = QStringLiteral("ignored");
    image.decorative = true;
    EXPECT_EQ(core::MediaMarkdown::image(image), QStringLiteral("![](lga-media:%1)").arg(kUuid));
}

TEST(MediaUrl, ReplaceImageAltChangesOnlyThatImage)
{
    const QUuid uuid = QUuid::fromString(kUuid);
    const QString other = QStringLiteral("![Keep](lga-media:11111111-2222-3333-4444-555555555555)");
    const QString body = QStringLiteral("Intro ![Old \\] alt](lga-media:%1) and ").arg(kUuid) +
                         other +
                         QStringLiteral(" [link](lga-media:%1) ![x](lga-media:%1)").arg(kUuid);
    EXPECT_EQ(core::MediaMarkdown::imageReferences(body, uuid), 2);
    int count = 0;
    const QString result =
        core::MediaMarkdown::replaceImageAlt(body, uuid, QStringLiteral("New"), &count);
    EXPECT_EQ(count, 2);
    EXPECT_EQ(result, QStringLiteral("Intro ![New](lga-media:%1) and ").arg(kUuid) + other +
                          QStringLiteral(" [link](lga-media:%1) ![New](lga-media:%1)").arg(kUuid));
}

TEST(MediaUrl, HumanSizes)
{
    EXPECT_EQ(core::MediaMarkdown::humanSize(980), QStringLiteral("980 bytes"));
    EXPECT_EQ(core::MediaMarkdown::humanSize(20 * 1024), QStringLiteral("20 KB"));
    EXPECT_EQ(core::MediaMarkdown::humanSize(1258291), QStringLiteral("1.2 MB"));
    EXPECT_EQ(core::MediaMarkdown::humanSize(50 * 1024 * 1024), QStringLiteral("50 MB"));
}
