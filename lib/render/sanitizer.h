// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <render/allowlist.h>
#include <render/previewblocks.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

namespace lga::render {

struct SanitizeOptions
{
    /// Where source positions come from.
    enum class Positions
    {
        /// The input's own `data-sourcepos` attributes, as cmark-gfm writes them, plus the
        /// comments MarkdownRenderer puts before raw HTML blocks.
        FromAttributes,
        /// The place of each top-level element in the input itself: the author wrote HTML.
        FromInput,
    };

    /// Keep `data-sourcepos` on elements, for the preview's scroll sync. Never for the site.
    bool keepSourcePositions = false;
    Positions positions = Positions::FromAttributes;
    /// The input is cmark-gfm's output for Markdown that holds no raw HTML
    /// (MarkdownRenderer::Result::hasRawHtml is false). It is then read by a strict scanner of
    /// that output instead of the HTML5 parser, several times faster. The scanner hands any
    /// markup it does not expect back to the parser, and the same allow-list is applied either
    /// way, so a wrong claim costs time, never safety.
    bool cmarkWithoutRawHtml = false;
};

/// Applies a text format's allow-list to HTML, the way the site's filter_html would, and
/// serializes the result deterministically.
///
/// The input is parsed as a body fragment with the HTML5 algorithm (gumbo), so the sanitizer
/// sees what a browser would. Then:
/// - allowed elements keep only their allowed attributes; `class`-like attributes keep only
///   allowed tokens and are dropped when none is left;
/// - elements that are not allowed are unwrapped (their allowed content stays), except those
///   whose content is code, a document or a form (script, style, iframe, svg …), which go with
///   all they hold;
/// - `on…` event handlers and `style` never survive, whatever the allow-list says;
/// - URLs in href, src, cite and the like must be http, https, mailto, tel, lga-media (media in
///   the store), relative or a fragment (see isSafeUrl());
/// - comments are dropped; text is escaped (& < >), attribute values too (& " < >); void
///   elements have no end tag.
///
/// All functions are thread-safe.
class Sanitizer
{
public:
    static QString sanitize(QStringView html, const AllowList &allowList,
                            SanitizeOptions options = {});
    /// The same, UTF-8 in and out: the body pipeline keeps its text in UTF-8 until the end.
    static QByteArray sanitizeUtf8(QByteArrayView html, const AllowList &allowList,
                                   SanitizeOptions options = {});
    /// Sanitizes and cuts the result into top-level blocks in the same pass (see Block).
    /// options.keepSourcePositions is ignored: blocks never carry data-sourcepos.
    static QList<Block> sanitizeToBlocks(QByteArrayView html, const AllowList &allowList,
                                         SanitizeOptions options = {});

    /// True when a link to the URL cannot run code: its scheme, read after dropping ASCII
    /// whitespace and control characters anywhere before the first `:` (browsers ignore some of
    /// them), is http, https, mailto, tel or lga-media, or it has none (relative URLs and
    /// fragments).
    /// Character references must already be decoded, as the HTML parser does.
    static bool isSafeUrl(QStringView url);
};

} // namespace lga::render
