// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace lga::render {

/// Markdown (GitHub Flavored: tables, strikethrough, autolinks, tag filter) to HTML with
/// cmark-gfm.
///
/// Raw HTML is passed through (CMARK_OPT_UNSAFE) because authors may write what the site
/// allows, such as `<p class="callout callout-primary">`; the Sanitizer, not cmark, decides
/// what survives. The output is therefore never to be shown or sent unsanitized.
/// Smart punctuation is off: the site shows what the author typed.
///
/// With source positions, block elements carry cmark's `data-sourcepos="l1:c1-l2:c2"`, and
/// each top-level raw HTML block, which cmark copies verbatim, is preceded by a comment
/// `<!--lga-sourcepos l1:c1-l2:c2-->` so that the sanitizer can still place it.
///
/// Thread-safe: cmark-gfm keeps some parser state in globals (its extension registry and its
/// table of special inline characters, toggled during every parse), so parses are serialized
/// on one mutex; rendering to HTML runs in parallel. All use of cmark-gfm in the process must
/// go through this class.
class MarkdownRenderer
{
public:
    static QString toHtml(QStringView markdown, bool sourcePositions);

    struct Result
    {
        QByteArray html;
        /// The Markdown held raw HTML (blocks or inline tags), so the output is not purely
        /// cmark's own markup (see SanitizeOptions::cmarkWithoutRawHtml).
        bool hasRawHtml = false;
    };

    /// The same, UTF-8 in and out, saying whether raw HTML was present.
    static Result toHtmlUtf8(QByteArrayView markdown, bool sourcePositions);
};

} // namespace lga::render
