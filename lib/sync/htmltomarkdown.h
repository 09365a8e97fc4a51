// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <core/page.h>

#include <QString>
#include <QStringView>

#include <optional>

namespace lga::sync {

/// Turns a body the site stores as HTML into the Markdown the app lets authors write, when
/// that can be done without changing the page.
///
/// The converter knows the elements Markdown can express (p, h2–h6, strong, em, a, ul/ol/li
/// nested, blockquote, code, pre, br, hr, tables, img) with only the attributes Markdown can
/// carry (a: href, title; img: src, alt, title; ol: start). Anything else, such as a callout
/// class or a linkit `data-entity-*` attribute, means the page stays HTML.
class HtmlToMarkdown
{
public:
    /// The Markdown for \a html, or std::nullopt when it holds something Markdown cannot say.
    static std::optional<QString> convert(QStringView html);

    struct Body
    {
        QString text;
        core::SourceFormat format = core::SourceFormat::Html;
    };

    /// The body a page gets from the site's HTML: Markdown only when rendering that Markdown
    /// back (render::BodyRenderer) gives the same sanitized HTML as the site's HTML sanitized;
    /// otherwise the HTML exactly as the site sent it.
    static Body importBody(const QString &html);

    /// True when two bodies give the same sanitized HTML, ignoring layout whitespace between
    /// blocks and line-ending style.
    static bool sameSanitizedHtml(const QString &a, core::SourceFormat formatA, const QString &b,
                                  core::SourceFormat formatB);
};

} // namespace lga::sync
