// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace lga::review {

/// One run of text in a diff: unchanged, only in the newer revision, or only in the older one.
struct DiffSegment
{
    enum Kind
    {
        Equal,
        Inserted,
        Deleted
    };
    Kind kind = Equal;
    QString text;

    friend bool operator==(const DiffSegment &, const DiffSegment &) = default;
};

/// Word-level comparison of two revisions of a page's source (Markdown, HTML or plain text), for
/// the history panel and the reviewer's "what changed" view.
class WordDiff
{
public:
    /// Segments in reading order. Joining the Equal and Deleted texts gives `before` exactly;
    /// joining the Equal and Inserted texts gives `after` exactly. Within one change the deletion
    /// comes before the insertion, segments are never empty and neighbours never share a kind.
    /// Two empty texts give no segments. Bounded in time: a change too large for a word-level
    /// diff is compared line by line, and failing that shown as all deleted plus all inserted.
    static QList<DiffSegment> diff(QStringView before, QStringView after);

    /// HTML fragment with changes in `<ins>`/`<del>`. Each carries a
    /// `<span class="lga-diff-label">` naming the change in words, so the diff does not rely on
    /// colour alone (WCAG 1.4.1); the page's stylesheet should hide that class visually but keep
    /// it for screen readers. Whitespace is left as is: show the fragment with
    /// `white-space: pre-wrap`.
    static QString toHtml(const QList<DiffSegment> &segments);
};

} // namespace lga::review
