// SPDX-License-Identifier: GPL-2.0-or-later
#include <render/bodyrenderer.h>

#include <render/allowlist.h>
#include <render/markdownrenderer.h>
#include <render/sanitizer.h>

namespace lga::render {

QString BodyRenderer::bodyHtml(QStringView source, core::SourceFormat format, bool sourcePositions)
{
    static const AllowList allowList = AllowList::localGovWysiwyg();
    const QByteArray utf8 = source.toUtf8();
    SanitizeOptions options;
    options.keepSourcePositions = sourcePositions;
    if (format == core::SourceFormat::Html) {
        options.positions = SanitizeOptions::Positions::FromInput;
        return QString::fromUtf8(Sanitizer::sanitizeUtf8(utf8, allowList, options));
    }
    const MarkdownRenderer::Result markdown = MarkdownRenderer::toHtmlUtf8(utf8, sourcePositions);
    options.cmarkWithoutRawHtml = !markdown.hasRawHtml;
    return QString::fromUtf8(Sanitizer::sanitizeUtf8(markdown.html, allowList, options));
}

} // namespace lga::render
