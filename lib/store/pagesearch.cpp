// SPDX-License-Identifier: GPL-2.0-or-later
#include <store/pagesearch.h>

#include <store/pagestore.h>
#include <store/storelog.h>

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

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
    return clause;
}

void bindFilter(QSqlQuery &query, const SearchFilter &filter)
{
    if (!filter.bundle.isEmpty())
        query.addBindValue(filter.bundle);
    if (filter.state)
        query.addBindValue(core::toMachineName(*filter.state));
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

QList<SearchHit> PageSearch::search(const QString &userText, const SearchFilter &filter,
                                    int limit) const
{
    m_error = {};
    if (!database().isOpen()) {
        m_error = StoreError{StoreError::Io, tr("The store is not open."), {}};
        return {};
    }
    const QString match = matchExpression(userText);
    return match.isEmpty() ? listFiltered(filter, limit) : searchText(match, filter, limit);
}

QList<SearchHit> PageSearch::listFiltered(const SearchFilter &filter, int limit) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    // The uuid breaks ties as in PageStore::summaries(), so the order is the page list's.
    // SQLite reads a negative LIMIT as no limit.
    query.prepare(QStringLiteral("SELECT p.uuid, p.bundle, p.title, p.state, p.updated"
                                 " FROM pages AS p WHERE 1") +
                  filterClause(filter) +
                  QStringLiteral(" ORDER BY p.updated DESC, p.uuid LIMIT ?"));
    bindFilter(query, filter);
    query.addBindValue(limit);
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
    if (query.lastError().isValid()) {
        fail(query.lastError().text());
        return {};
    }
    return hits;
}

QList<SearchHit> PageSearch::searchText(const QString &match, const SearchFilter &filter,
                                        int limit) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    // CROSS JOIN keeps the index as the outer loop, so FTS5 itself sorts by rank and the LIMIT
    // stops it early: highlight() and snippet() then run only for the rows returned, not for
    // every page that matches a one-letter prefix. The weights make a word in the title count
    // ten times one in the body, and one in the summary five times.
    query.prepare(QStringLiteral("SELECT p.uuid, p.bundle, p.title, p.state, p.updated,"
                                 " highlight(pages_fts, 0, ?, ?),"
                                 " snippet(pages_fts, 1, ?, ?, ?, ?),"
                                 " snippet(pages_fts, 2, ?, ?, ?, ?),"
                                 " p.summary <> '', rank"
                                 " FROM pages_fts CROSS JOIN pages AS p ON p.id = pages_fts.rowid"
                                 " WHERE pages_fts MATCH ? AND rank MATCH 'bm25(10.0, 5.0, 1.0)'") +
                  filterClause(filter) + QStringLiteral(" ORDER BY rank LIMIT ?"));
    const QString start(kMatchStart);
    const QString end(kMatchEnd);
    const QString ellipsis(QChar(0x2026));
    query.addBindValue(start);
    query.addBindValue(end);
    for (int column = 1; column <= 2; ++column) {
        query.addBindValue(start);
        query.addBindValue(end);
        query.addBindValue(ellipsis);
        query.addBindValue(kSnippetTokens);
    }
    query.addBindValue(match);
    bindFilter(query, filter);
    query.addBindValue(limit);
    if (!query.exec()) {
        fail(query.lastError().text());
        return {};
    }
    QList<SearchHit> hits;
    while (query.next()) {
        SearchHit hit;
        hit.page = summaryFromRow(query);
        hit.titleHighlighted = query.value(5).toString();
        const QString summary = query.value(6).toString();
        const QString body = query.value(7).toString();
        const bool hasSummary = query.value(8).toBool();
        // The line under the title shows where the words were found; when only the title
        // matched, the summary says what the page is about better than the body's first words.
        if (hasMarker(body))
            hit.snippet = body;
        else if (hasMarker(summary) || hasSummary)
            hit.snippet = summary;
        else
            hit.snippet = body;
        hit.snippet = hit.snippet.simplified();
        hit.rank = -query.value(9).toDouble();
        hits.append(hit);
    }
    if (query.lastError().isValid()) {
        fail(query.lastError().text());
        return {};
    }
    return hits;
}

void PageSearch::fail(const QString &detail) const
{
    m_error =
        StoreError{StoreError::Io,
                   tr("The search could not be run because the store could not be read."), detail};
    qCWarning(lcStore).noquote() << "search failed:" << detail;
}

} // namespace lga::store
