// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace lga::store {

class PageStore;

/// What an export or import did, for the command line and the UI to report.
struct FolderReport
{
    bool ok = true;       ///< False when the folder or the store could not be used at all.
    QString message;      ///< Plain-English summary or the reason for failure (translated).
    int written = 0;      ///< Export: files written.
    int created = 0;      ///< Import: new pages.
    int updated = 0;      ///< Import: pages changed as a local edit.
    int unchanged = 0;    ///< Import: files identical to the page in the store.
    int media = 0;        ///< Media files written (export), or added or changed (import).
    QStringList problems; ///< One line per file that was skipped, naming the file and why.
};

/// A folder of Markdown files with front matter (see FrontMatter), one file per page: the way
/// pages leave the store for other tools and come back.
///
/// Images and documents go into `media/` beside the pages, each as `<uuid>-<file name>`, with
/// `media/media.json` listing each file's uuid, original name, kind, alt text and decorative
/// choice, so that bodies' `lga-media:<uuid>` links still work after a round trip.
class MarkdownFolder
{
    Q_DECLARE_TR_FUNCTIONS(lga::store::MarkdownFolder)
public:
    /// Writes every page to `folder` (created if missing). A page already exported there keeps
    /// its file, found by uuid, so renaming a page never leaves a stale copy behind.
    static FolderReport exportTo(PageStore &store, const QString &folder);

    /// Reads every `*.md` file in `folder`. A uuid the store knows updates that page as a local
    /// edit (unless nothing changed); a new uuid, or none, creates a page. Either way the page's
    /// history gains an Import revision. Media listed in `media/media.json` come in first, by
    /// uuid in the same way. Files that cannot be read are listed and skipped; the others still
    /// come in.
    static FolderReport importFrom(PageStore &store, const QString &folder);
};

} // namespace lga::store
