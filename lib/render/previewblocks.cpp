// SPDX-License-Identifier: GPL-2.0-or-later
#include <render/previewblocks.h>

#include <render/markdownrenderer.h>
#include <render/sanitizer.h>

namespace lga::render {

QList<Block> PreviewBlocks::split(QStringView sanitizedHtml, const AllowList &allowList)
{
    return Sanitizer::sanitizeToBlocks(sanitizedHtml.toUtf8(), allowList);
}

QList<Block> PreviewBlocks::render(QStringView source, core::SourceFormat format)
{
    static const AllowList allowList = AllowList::localGovWysiwyg();
    const QByteArray utf8 = source.toUtf8();
    SanitizeOptions options;
    if (format == core::SourceFormat::Html) {
        options.positions = SanitizeOptions::Positions::FromInput;
        return Sanitizer::sanitizeToBlocks(utf8, allowList, options);
    }
    const MarkdownRenderer::Result markdown = MarkdownRenderer::toHtmlUtf8(utf8, true);
    options.cmarkWithoutRawHtml = !markdown.hasRawHtml;
    return Sanitizer::sanitizeToBlocks(markdown.html, allowList, options);
}

} // namespace lga::render
