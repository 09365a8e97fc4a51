// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <core/page.h>
#include <store/pagesearch.h>

#include <QAbstractListModel>
#include <QDate>
#include <QHash>

namespace lga::ui {

/// The pages of the store, most recently edited first. Rows are summaries; the model never holds
/// a body, so ten thousand pages stay cheap.
///
/// While a search is set, the pages it found carry their highlighted title, snippet and rank;
/// a proxy (PageListPanel's) shows only those, best first. The rows themselves never change
/// with a search, so the page list's own bookkeeping (upsert, remove) goes on as usual.
class PageListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        UuidRole = Qt::UserRole + 1,
        UpdatedRole,
        TitleRole,
        DetailRole, ///< Page type and status, e.g. "Service page · Draft".
        BundleRole,
        StateRole, ///< core::ModerationState as int.
        /// The title with PageSearch's match markers, while a search found the page; else
        /// invalid.
        HighlightedTitleRole,
        SnippetRole,       ///< A line of the page around the match, with markers; else invalid.
        RankRole,          ///< The search rank (higher is better) while a search found the page.
        ReviewDateRole,    ///< The page's review date (QDate); invalid when it has none.
        ReviewOverdueRole, ///< True when the review date is before today().
        /// What the list shows about the review: "Review overdue" or "Review by <date>";
        /// empty when the page has no review date.
        ReviewTextRole,
        SyncStateRole,   ///< SyncState as int.
        SyncTextRole,    ///< The badge: "Conflict", "Changed here"…; empty when in step.
        SyncMessageRole, ///< Why a page is in conflict or in error, in plain words.
    };

    /// Where a page stands against the site, as the list shows it.
    enum class SyncState
    {
        None,        ///< Not connected to a site, or the same as on the site.
        NotOnSite,   ///< Never sent to the site.
        ChangedHere, ///< Edited here since the last sync.
        Conflict,
        Error,
        DraftOnSite, ///< The site holds a newer draft; changes here wait for it.
    };

    struct SyncBadge
    {
        SyncState state = SyncState::None;
        QString message;
        bool operator==(const SyncBadge &) const = default;
    };

    explicit PageListModel(QObject *parent = nullptr);

    void setPages(QList<core::PageSummary> pages);
    /// Adds or refreshes a page and moves it to the top, as the page just edited.
    void upsert(const core::PageSummary &page);
    void remove(const QUuid &uuid);
    int rowOf(const QUuid &uuid) const;
    const core::PageSummary &at(int row) const { return m_pages.at(row); }

    /// Marks the pages \a hits found; every other page is out of the search until clearSearch().
    void setSearchHits(const QList<store::SearchHit> &hits);
    void clearSearch();
    bool isSearching() const { return m_searching; }
    /// True when no search is set or the search found the page in \a row.
    bool isInSearch(int row) const;
    double rankAt(int row) const;

    /// The day that overdue reviews and the "review due" filter count from: \a today, or the
    /// system's current date while \a today is invalid (the default). Tests fix it.
    void setToday(const QDate &today);
    QDate today() const;

    /// The pages' sync states; pages missing from \a badges are shown as in step.
    void setSyncStates(QHash<QUuid, SyncBadge> badges);
    /// A page saved here: it now has changes the site has not seen, unless it already says more.
    void markChangedHere(const QUuid &uuid);
    SyncBadge syncBadge(const QUuid &uuid) const { return m_sync.value(uuid); }
    static QString syncText(SyncState state);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    /// The search hits changed: which rows are in the search, and their highlights.
    void searchChanged();

private:
    struct Match
    {
        QString title;
        QString snippet;
        double rank = 0.0;
        bool operator==(const Match &) const = default;
    };

    const Match *matchAt(int row) const;
    /// Emits dataChanged for the search roles of every row whose match differs between
    /// \a before and the current search, in runs of neighbouring rows.
    void emitSearchRolesChanged(const QHash<QUuid, Match> &before);
    /// "Review overdue" (with \a withDate, since when) or "Review by <date>".
    QString reviewText(const core::PageSummary &page, bool withDate) const;

    QList<core::PageSummary> m_pages;
    QHash<QUuid, Match> m_matches;
    bool m_searching = false;
    QDate m_today;
    QHash<QUuid, SyncBadge> m_sync;
};

} // namespace lga::ui
