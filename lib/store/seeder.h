// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <core/page.h>

#include <QList>
#include <QStringList>

namespace lga::store {

class PageStore;

/// Fills an empty store with demo pages written as Markdown files with front matter:
///
///     ---
///     uuid: 8d2f…            (optional; a fixed one keeps a seed's identity stable)
///     bundle: localgov_services_page
///     title: Bin collections
///     summary: "Find your bin collection day"
///     state: published      (optional, default draft)
///     format: markdown      (optional)
///     ---
///     Markdown body…
///
/// Values may be wrapped in double quotes (with \" and \\ inside). CRLF line ends are accepted.
class Seeder
{
public:
    /// The pages of the files that parse, in the order given. A file that cannot be read, has no
    /// front matter, an unknown bundle, no title, a malformed uuid, or a uuid already used by an
    /// earlier file is skipped with a warning. Created and updated are set to now.
    static QList<core::Page> pagesFromMarkdownFiles(const QStringList &paths);

    /// Inserts the pages of \a paths when the store has no pages, with `updated` times spread
    /// over the last few days: the first file is the most recently edited. Returns how many pages
    /// were inserted, 0 when the store already had pages, and -1 when the store failed (see
    /// PageStore::lastError()).
    static int seedIfEmpty(PageStore &store, const QStringList &paths);
};

} // namespace lga::store
