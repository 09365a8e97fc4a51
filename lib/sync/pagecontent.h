// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <core/page.h>

#include <QJsonObject>

namespace lga::sync {

/// Whether two copies of a page say the same thing to the site: title, summary, state, review
/// date, fields, and a body that gives the same HTML (so Markdown that the site's HTML was
/// turned into equals that HTML).
class PageContent
{
public:
    static bool same(const core::Page &a, const core::Page &b);

    /// \a resource, as the site sent it back after a write of \a sent, with the author's own
    /// source of the body beside it. The site only holds HTML; without the source, the base of
    /// a later merge would be that HTML turned back into Markdown, which may be written
    /// differently from the author's Markdown and so look changed everywhere.
    static QJsonObject withSource(QJsonObject resource, const core::Page &sent);
    /// The page a stored base resource stands for: as the site's copy reads, with the author's
    /// source of the body where it still gives the site's HTML. A null page (no uuid) when the
    /// resource cannot be read.
    static core::Page basePage(const QJsonObject &resource);
};

} // namespace lga::sync
