// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <core/moderationstate.h>
#include <core/page.h>
#include <store/storeerror.h>

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace lga::store {

class PageStore;

/// Which pages a search may return. A default filter lets every page through.
///
/// "Review due within 30 days" is not here yet: pages have no review date to filter on.
struct SearchFilter
{
    QString bundle; ///< A bundle machine name; empty for every content type.
    std::optional<core::ModerationState> state;

    bool isEmpty() const { return bundle.isEmpty() && !state; }
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
    explicit PageSearch(QSqlDatabase db);

    /// Pages matching every word of \a userText and \a filter, best match first, at most
    /// \a limit of them (a negative limit means all). Without words it lists the pages that
    /// pass the filter, most recently updated first. An empty list with lastError() set means
    /// the store could not be read.
    QList<SearchHit> search(const QString &userText, const SearchFilter &filter = {},
                            int limit = 200) const;

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
    QList<SearchHit> searchText(const QString &match, const SearchFilter &filter, int limit) const;
    void fail(const QString &detail) const;

    const PageStore *m_store = nullptr;
    QSqlDatabase m_db;
    mutable StoreError m_error;
};

} // namespace lga::store
