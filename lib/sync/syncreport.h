// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QUuid>

namespace lga::sync {

/// A problem with one page, in plain words, with what to do about it.
struct PageProblem
{
    QUuid page;
    QString title;
    QString message;
};

/// What one sync did.
struct SyncReport
{
    /// Empty when the sync ran to the end; otherwise why it stopped, in plain words. Pages
    /// already pulled or pushed stay so.
    QString error;
    bool canceled = false;
    int pulled = 0;              ///< Pages new or changed on the site, written to the store.
    int unchanged = 0;           ///< Pages the site sent that the store already had.
    int merged = 0;              ///< Pages changed on both sides and merged cleanly.
    int created = 0;             ///< Pages created on the site.
    int updated = 0;             ///< Pages written to the site.
    int conflicts = 0;           ///< Pages left in conflict for the author to resolve.
    QList<PageProblem> problems; ///< Pages the site refused, and why.
    int requests = 0;            ///< HTTP requests sent, retries included.

    bool ok() const { return error.isEmpty() && !canceled; }
};

} // namespace lga::sync
