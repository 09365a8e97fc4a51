// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <core/page.h>
#include <html/document.h>

#include <QStringView>

namespace lga::check {

/// The body as the Checker reads it: what the author wrote, not what the site's filter keeps.
///
/// The site's `wysiwyg` format strips iframes, video, inline styles, link targets and most ids,
/// so rules over the site's output could never see them. Here Markdown is rendered by
/// MarkdownRenderer and the author's markup is kept, except what can never be content (script,
/// style sheets, templates) and event handlers. The DOM is only read, never shown or sent.
///
/// Elements carry `data-sourcepos="l1:c1-l2:c2"` (columns in UTF-8 bytes, as cmark writes
/// them): cmark's own on Markdown blocks; on every element of an HTML body and of a raw HTML
/// block in Markdown, from where its tags are in the source.
///
/// Thread-safe.
class CheckDocument
{
public:
    static CheckDocument parse(QStringView source, core::SourceFormat format);

    const html::Document &document() const { return m_document; }
    /// The body holds markup the author typed (an HTML body, or raw HTML in Markdown), which
    /// the site's filter may remove; cmark's own output is always kept.
    bool hasAuthorMarkup() const { return m_authorMarkup; }

private:
    CheckDocument(html::Document document, bool authorMarkup)
        : m_document(std::move(document))
        , m_authorMarkup(authorMarkup)
    {}

    html::Document m_document;
    bool m_authorMarkup = false;
};

} // namespace lga::check
