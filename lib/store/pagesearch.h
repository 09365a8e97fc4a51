// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <core/moderationstate.h>
#include <core/page.h>
#include <store/storeerror.h>

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <map>
#include <memory>
#include <optional>

namespace lga::store {

class PageStore;

/// Which pages a search may return. A default filter lets every page through.
struct SearchFilter
{
    /// How far ahead "review due" looks: a page is due when its review date is at most this
    /// many days after today. Overdue pages are due too.
    static constexpr int kReviewDueDays = 30;

    QString bundle; ///< A bundle machine name; empty for every content type.
    std::optional<core::ModerationState> state;
    /// Only pages with a review date on or before this day, overdue ones included; pages with
    /// no review date never pass. The caller passes the day, so tests can fix "today".
    std::optional<QDate> reviewDueBy;

    /// The filter for "review due within kReviewDueDays days" as seen on \a today.
    static QDate reviewDueByFor(const QDate &today) { return today.addDays(kReviewDueDays); }
    /// True when a page with review date \a reviewDate passes reviewDueBy.
    bool acceptsReviewDate(const QDate &reviewDate) const
    {
        return !reviewDueBy || (reviewDate.isValid() && reviewDate <= *reviewDueBy);
    }

    bool isEmpty() const { return bundle.isEmpty() && !state && !reviewDueBy; }
    bool operator==(const SearchFilter &) const = default;
};

/// One page that a search found.
struct SearchHit
{
    core::PageSummary page;
    /// The title with every matched word between PageSearch::kMatchStart and kMatchEnd.
    QString titleHighlighted;
    /// A few words of the body or summary around the best match, marked the same way; empty
    /// when the search had no words (a filter-only list).
    QString snippet;
    /// How well the page matches: higher is better (bm25, sign flipped). 0 without words.
    double rank = 0.0;
};

/// Full-text search over the pages' titles, summaries and bodies (the store's FTS5 index).
///
/// What the user types is never handed to FTS5 as query syntax: each word becomes a quoted
/// prefix term, so quotes, AND/OR/NOT/NEAR, brackets, colons, minus signs and asterisks are
/// plain text and every page containing words that start with all the typed words is found.
/// Use a PageSearch on the thread that owns its connection.
class PageSearch
{
    Q_DECLARE_TR_FUNCTIONS(lga::store::PageSearch)

public:
    /// Private-use characters that never occur in page text, around each matched word in
    /// SearchHit::titleHighlighted and SearchHit::snippet. The UI escapes the text for HTML
    /// first and then turns these into tags, so a title cannot inject markup.
    static constexpr QChar kMatchStart{0xE000};
    static constexpr QChar kMatchEnd{0xE001};

    /// Searches the store's own connection; \a store must outlive this object.
    explicit PageSearch(const PageStore &store);
    /// Searches through \a db, e.g. a worker thread's own read connection to the store file.
    /// Statements are prepared once and reused by later searches, so keep one PageSearch for
    /// the connection's lifetime and destroy it before closing \a db.
    explicit PageSearch(QSqlDatabase db);

    /// What a search with words looks through.
    enum class Scope
    {
        /// Titles and summaries only, in their own small index (schema step 7): a page whose
        /// words are only in its body is not found, but ranking takes a few milliseconds where
        /// Everything takes tens on a large store. Search-as-you-type shows these first.
        Headings,
        /// Titles, summaries and bodies.
        Everything,
        /// Titles, summaries and bodies, in the index's own order rather than best first: FTS5
        /// stops at the limit instead of scoring every matching page, so this takes a few
        /// milliseconds too. Search-as-you-type shows these first when no title or summary
        /// matches, until the ranked list arrives.
        Unranked,
    };

    /// Pages matching every word of \a userText and \a filter within \a scope, best match
    /// first, at most \a limit of them (a negative limit means all). Without words it lists the
    /// pages that pass the filter, most recently updated first, whatever the scope. An empty
    /// list with lastError() set means the store could not be read.
    QList<SearchHit> search(const QString &userText, const SearchFilter &filter = {},
                            int limit = 200, Scope scope = Scope::Everything) const;

    StoreError lastError() const { return m_error; }

    /// The FTS5 query for \a userText: each whitespace-separated word with a letter or digit in
    /// it as a quoted prefix term (`"word"*`), the words joined by AND. Empty when nothing in
    /// \a userText can match a word.
    static QString matchExpression(const QString &userText);

    /// \a text with the match markers removed.
    static QString withoutMarkers(QString text);

private:
    QSqlDatabase database() const;
    QList<SearchHit> listFiltered(const SearchFilter &filter, int limit) const;
    QList<SearchHit> searchText(const QString &match, const SearchFilter &filter, int limit,
                                bool ranked) const;
    QList<SearchHit> searchHeadings(const QString &match, const SearchFilter &filter,
                                    int limit) const;
    /// The query for \a sql, prepared unless lastError() of it says why not.
    QSqlQuery &preparedQuery(const QString &sql, bool *ok) const;
    /// Finishes reading \a query's rows; false, with the error recorded, when reading failed.
    bool endRows(QSqlQuery &query) const;
    void fail(const QString &detail) const;

    const PageStore *m_store = nullptr;
    QSqlDatabase m_db;
    /// Prepared statements by their SQL. For a connection of our own (m_db) they are kept from
    /// one search to the next; the store's connection may be closed or reopened behind our
    /// back, so for it they go at the end of each search.
    mutable std::map<QString, std::unique_ptr<QSqlQuery>> m_prepared;
    /// The last statement that could not be prepared, kept for its lastError().
    mutable std::unique_ptr<QSqlQuery> m_failed;
    mutable StoreError m_error;
};

} // namespace lga::store
