// SPDX-License-Identifier: GPL-2.0-or-later
#include <store/pagesearch.h>

#include <store/pagestore.h>
#include <store/storelog.h>

#include <QRegularExpression>
#include <QSqlError>

namespace lga::store {

namespace {

// Enough words for any real search; a longer paste would only make a slower query.
constexpr int kMaxWords = 16;
// About one line of the page list.
constexpr int kSnippetTokens = 10;

core::PageSummary summaryFromRow(const QSqlQuery &query)
{
    core::PageSummary summary;
    summary.uuid = QUuid::fromString(query.value(0).toString());
    summary.bundle = query.value(1).toString();
    summary.title = query.value(2).toString();
    summary.state = core::moderationStateFromMachineName(query.value(3).toString())
                        .value_or(core::ModerationState::Draft);
    summary.updated = QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), Qt::UTC);
    if (const QVariant review = query.value(5); !review.isNull())
        summary.reviewDate = QDate::fromString(review.toString(), Qt::ISODate);
    return summary;
}

// The filter as SQL conditions on `pages` (aliased p) with positional placeholders; the values
// are bound by bindFilter() in the same order.
QString filterClause(const SearchFilter &filter)
{
    QString clause;
    if (!filter.bundle.isEmpty())
        clause += QStringLiteral(" AND p.bundle = ?");
    if (filter.state)
        clause += QStringLiteral(" AND p.state = ?");
    // ISO dates compare as text in date order, and the column's CHECK keeps them ISO; NULL
    // (no review date) fails the comparison, so those pages are left out.
    if (filter.reviewDueBy)
        clause += QStringLiteral(" AND p.review_date <= ?");
    return clause;
}

// Binds by position rather than with addBindValue(), because a reused statement must have its
// values replaced, not appended to.
void bindFilter(QSqlQuery &query, const SearchFilter &filter, int &position)
{
    if (!filter.bundle.isEmpty())
        query.bindValue(position++, filter.bundle);
    if (filter.state)
        query.bindValue(position++, core::toMachineName(*filter.state));
    if (filter.reviewDueBy)
        query.bindValue(position++, filter.reviewDueBy->toString(Qt::ISODate));
}

bool hasMarker(const QString &text)
{
    return text.contains(PageSearch::kMatchStart);
}

} // namespace

PageSearch::PageSearch(const PageStore &store)
    : m_store(&store)
{}

PageSearch::PageSearch(QSqlDatabase db)
    : m_db(std::move(db))
{}

QSqlDatabase PageSearch::database() const
{
    return m_store ? m_store->database() : m_db;
}

QString PageSearch::matchExpression(const QString &userText)
{
    // Control characters count as spaces: FTS5 reads its query as a C string, so a NUL would
    // end it inside a quoted term and make a syntax error of it.
    static const QRegularExpression whitespace(QStringLiteral("[\\s\\p{Cc}]+"));
    static const QRegularExpression wordCharacter(QStringLiteral("[\\p{L}\\p{N}]"));
    const QStringList chunks = withoutMarkers(userText).split(whitespace, Qt::SkipEmptyParts);
    QStringList terms;
    for (const QString &chunk : chunks) {
        // A chunk of punctuation alone would be an empty phrase, which FTS5 treats as an
        // error; it could never match a word anyway. Anything else goes inside double quotes,
        // where FTS5 reads no syntax at all: the tokenizer splits it into words, which then
        // must appear together as a phrase, the last one as a prefix.
        if (!chunk.contains(wordCharacter))
            continue;
        QString quoted = chunk;
        quoted.replace(u'"', QStringLiteral("\"\""));
        terms.append(u'"' + quoted + QStringLiteral("\"*"));
        if (terms.size() == kMaxWords)
            break;
    }
    return terms.join(QStringLiteral(" AND "));
}

QString PageSearch::withoutMarkers(QString text)
{
    text.remove(kMatchStart);
    text.remove(kMatchEnd);
    return text;
}

QList<SearchHit> PageSearch::search(const QString &userText, const SearchFilter &filter, int limit,
                                    Scope scope) const
{
    m_error = {};
    if (!database().isOpen()) {
        m_error = StoreError{StoreError::Io, tr("The store is not open."), {}};
        return {};
    }
    const QString match = matchExpression(userText);
    QList<SearchHit> hits = match.isEmpty() ? listFiltered(filter, limit)
                            : scope == Scope::Headings
                                ? searchHeadings(match, filter, limit)
                                : searchText(match, filter, limit, scope == Scope::Everything);
    if (m_store) {
        m_prepared.clear();
        m_failed.reset();
    }
    return hits;
}

QSqlQuery &PageSearch::preparedQuery(const QString &sql, bool *ok) const
{
    // Preparing the FTS5 statement again for every keystroke costs time for nothing; a
    // prepared statement takes new values on the next exec().
    if (const auto it = m_prepared.find(sql); it != m_prepared.end()) {
        *ok = true;
        return *it->second;
    }
    // The filters make only a few different statements; a bound keeps it so.
    if (m_prepared.size() >= 16)
        m_prepared.clear();
    auto query = std::make_unique<QSqlQuery>(database());
    query->setForwardOnly(true);
    *ok = query->prepare(sql);
    QSqlQuery &result = *query;
    // A statement that failed to prepare is not kept, so the next search tries again.
    if (*ok)
        m_prepared.emplace(sql, std::move(query));
    else
        m_failed = std::move(query);
    return result;
}

QList<SearchHit> PageSearch::listFiltered(const SearchFilter &filter, int limit) const
{
    // The uuid breaks ties as in PageStore::summaries(), so the order is the page list's.
    // SQLite reads a negative LIMIT as no limit.
    bool ok = false;
    QSqlQuery &query = preparedQuery(QStringLiteral("SELECT p.uuid, p.bundle, p.title, p.state,"
                                                    " p.updated, p.review_date FROM pages AS p"
                                                    " WHERE 1") +
                                         filterClause(filter) +
                                         QStringLiteral(" ORDER BY p.updated DESC, p.uuid LIMIT ?"),
                                     &ok);
    if (!ok) {
        fail(query.lastError().text());
        return {};
    }
    int position = 0;
    bindFilter(query, filter, position);
    query.bindValue(position++, limit);
    QList<SearchHit> hits;
    if (!query.exec()) {
        fail(query.lastError().text());
        return {};
    }
    while (query.next()) {
        SearchHit hit;
        hit.page = summaryFromRow(query);
        hit.titleHighlighted = hit.page.title;
        hits.append(hit);
    }
    if (!endRows(query))
        return {};
    return hits;
}

QList<SearchHit> PageSearch::searchText(const QString &match, const SearchFilter &filter, int limit,
                                        bool ranked) const
{
    // CROSS JOIN keeps the index as the outer loop, so FTS5 itself sorts by rank and the LIMIT
    // stops it early: highlight() and snippet() then run only for the rows returned, not for
    // every page that matches a one-letter prefix. bm25() still scores every matching page,
    // and that is most of the time a search takes. The weights make a word in the title count
    // ten times one in the body, and one in the summary five times.
    bool ok = false;
    QSqlQuery &query = preparedQuery(
        QStringLiteral("SELECT p.uuid, p.bundle, p.title, p.state, p.updated,"
                       " p.review_date, highlight(pages_fts, 0, ?, ?),"
                       " snippet(pages_fts, 1, ?, ?, ?, ?),"
                       " snippet(pages_fts, 2, ?, ?, ?, ?),"
                       " p.summary <> '', rank"
                       " FROM pages_fts CROSS JOIN pages AS p ON p.id = pages_fts.rowid"
                       " WHERE pages_fts MATCH ?") +
            (ranked ? QStringLiteral(" AND rank MATCH 'bm25(10.0, 5.0, 1.0)'") : QString()) +
            filterClause(filter) +
            (ranked ? QStringLiteral(" ORDER BY rank LIMIT ?") : QStringLiteral(" LIMIT ?")),
        &ok);
    if (!ok) {
        fail(query.lastError().text());
        return {};
    }
    const QString start(kMatchStart);
    const QString end(kMatchEnd);
    const QString ellipsis(QChar(0x2026));
    int position = 0;
    query.bindValue(position++, start);
    query.bindValue(position++, end);
    for (int column = 1; column <= 2; ++column) {
        query.bindValue(position++, start);
        query.bindValue(position++, end);
        query.bindValue(position++, ellipsis);
        query.bindValue(position++, kSnippetTokens);
    }
    query.bindValue(position++, match);
    bindFilter(query, filter, position);
    query.bindValue(position++, limit);
    if (!query.exec()) {
        fail(query.lastError().text());
        return {};
    }
    QList<SearchHit> hits;
    hits.reserve(limit > 0 ? limit : 0);
    while (query.next()) {
        SearchHit hit;
        hit.page = summaryFromRow(query);
        hit.titleHighlighted = query.value(6).toString();
        const QString summary = query.value(7).toString();
        const QString body = query.value(8).toString();
        const bool hasSummary = query.value(9).toBool();
        // The line under the title shows where the words were found; when only the title
        // matched, the summary says what the page is about better than the body's first words.
        if (hasMarker(body))
            hit.snippet = body;
        else if (hasMarker(summary) || hasSummary)
            hit.snippet = summary;
        else
            hit.snippet = body;
        hit.snippet = hit.snippet.simplified();
        hit.rank = -query.value(10).toDouble();
        hits.append(hit);
    }
    if (!endRows(query))
        return {};
    return hits;
}

QList<SearchHit> PageSearch::searchHeadings(const QString &match, const SearchFilter &filter,
                                            int limit) const
{
    // As searchText(), over the index of titles and summaries alone, with the same weights
    // for those two columns so that a page ranks against the others as it would there.
    bool ok = false;
    QSqlQuery &query = preparedQuery(
        QStringLiteral("SELECT p.uuid, p.bundle, p.title, p.state, p.updated,"
                       " p.review_date, highlight(pages_heading_fts, 0, ?, ?),"
                       " snippet(pages_heading_fts, 1, ?, ?, ?, ?), rank"
                       " FROM pages_heading_fts CROSS JOIN pages AS p"
                       " ON p.id = pages_heading_fts.rowid"
                       " WHERE pages_heading_fts MATCH ? AND rank MATCH 'bm25(10.0, 5.0)'") +
            filterClause(filter) + QStringLiteral(" ORDER BY rank LIMIT ?"),
        &ok);
    if (!ok) {
        fail(query.lastError().text());
        return {};
    }
    int position = 0;
    query.bindValue(position++, QString(kMatchStart));
    query.bindValue(position++, QString(kMatchEnd));
    query.bindValue(position++, QString(kMatchStart));
    query.bindValue(position++, QString(kMatchEnd));
    query.bindValue(position++, QString(QChar(0x2026)));
    query.bindValue(position++, kSnippetTokens);
    query.bindValue(position++, match);
    bindFilter(query, filter, position);
    query.bindValue(position++, limit);
    if (!query.exec()) {
        fail(query.lastError().text());
        return {};
    }
    QList<SearchHit> hits;
    hits.reserve(limit > 0 ? limit : 0);
    while (query.next()) {
        SearchHit hit;
        hit.page = summaryFromRow(query);
        hit.titleHighlighted = query.value(6).toString();
        // The summary is the line under the title here whether or not it matched: the body is
        // not in this index to show words from.
        hit.snippet = query.value(7).toString().simplified();
        hit.rank = -query.value(8).toDouble();
        hits.append(hit);
    }
    if (!endRows(query))
        return {};
    return hits;
}

bool PageSearch::endRows(QSqlQuery &query) const
{
    const QSqlError error = query.lastError();
    // A statement left unfinished would keep its read transaction open and hold back WAL
    // checkpoints until the next search.
    query.finish();
    if (error.isValid()) {
        fail(error.text());
        return false;
    }
    return true;
}

void PageSearch::fail(const QString &detail) const
{
    m_error =
        StoreError{StoreError::Io,
                   tr("The search could not be run because the store could not be read."), detail};
    qCWarning(lcStore).noquote() << "search failed:" << detail;
}

} // namespace lga::store
