// SPDX-License-Identifier: GPL-2.0-or-later
#include "storetestsupport.h"

#include <store/pagesearch.h>
#include <store/pagestore.h>
#include <store/schema.h>

#include <QSqlDatabase>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

using namespace lga;
using namespace lga::store;
using namespace lga::store::test;

namespace {

const QString kStart(PageSearch::kMatchStart);
const QString kEnd(PageSearch::kMatchEnd);

QString marked(const QString &word)
{
    return kStart + word + kEnd;
}

core::Page page(const QString &title, const QString &summary, const QString &body,
                qint64 updatedSecs = 0)
{
    core::Page page = makePage(title, body);
    page.summary = summary;
    page.created = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000LL, Qt::UTC);
    page.updated = page.created.addSecs(updatedSecs);
    return page;
}

QList<QUuid> uuids(const QList<SearchHit> &hits)
{
    QList<QUuid> result;
    for (const SearchHit &hit : hits)
        result.append(hit.page.uuid);
    return result;
}

class PageSearchTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_store.open(m_dir.filePath(QStringLiteral("store.sqlite"))))
            << qPrintable(m_store.lastError().message);
    }

    QList<SearchHit> find(const QString &text, const SearchFilter &filter = {})
    {
        PageSearch search(m_store);
        QList<SearchHit> hits = search.search(text, filter);
        EXPECT_FALSE(search.lastError().isError())
            << qPrintable(text) << ": " << qPrintable(search.lastError().detail);
        return hits;
    }

    QList<SearchHit> findHeadings(const QString &text, const SearchFilter &filter = {})
    {
        PageSearch search(m_store);
        QList<SearchHit> hits = search.search(text, filter, 200, PageSearch::Scope::Headings);
        EXPECT_FALSE(search.lastError().isError())
            << qPrintable(text) << ": " << qPrintable(search.lastError().detail);
        return hits;
    }

    /// FTS5's own check that the index holds exactly the text of the `pages` table.
    bool indexMatchesPages()
    {
        RawConnection raw(m_store.path());
        return raw.exec(QStringLiteral(
            "INSERT INTO pages_fts (pages_fts, rank) VALUES ('integrity-check', 1)"));
    }

    /// The same check for the index of titles and summaries.
    bool headingIndexMatchesPages()
    {
        RawConnection raw(m_store.path());
        return raw.exec(QStringLiteral("INSERT INTO pages_heading_fts (pages_heading_fts, rank)"
                                       " VALUES ('integrity-check', 1)"));
    }

    QTemporaryDir m_dir;
    PageStore m_store;
};

} // namespace

TEST(PageSearchSqlite, Fts5WithTheUnicodeTokenizerIsAvailableThroughQsqlite)
{
    QTemporaryDir dir;
    RawConnection raw(dir.filePath(QStringLiteral("fts.sqlite")));
    ASSERT_TRUE(raw.isOpen());
    EXPECT_TRUE(raw.exec(QStringLiteral("CREATE VIRTUAL TABLE probe USING fts5(text, tokenize = "
                                        "'unicode61 remove_diacritics 2')")));
    EXPECT_TRUE(raw.exec(QStringLiteral("INSERT INTO probe (text) VALUES ('Café opening hours')")));
    EXPECT_EQ(
        raw.scalar(QStringLiteral("SELECT count(*) FROM probe WHERE probe MATCH 'cafe'")).toInt(),
        1);
    const QString version = raw.scalar(QStringLiteral("SELECT sqlite_version()")).toString();
    EXPECT_FALSE(version.isEmpty());
}

TEST_F(PageSearchTest, TheStoreHasTheIndexAndItsTriggers)
{
    RawConnection raw(m_store.path());
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN"
                                        " ('pages_fts', 'pages_fts_after_insert',"
                                        " 'pages_fts_after_delete', 'pages_fts_after_update')"))
                  .toInt(),
              4);
}

TEST_F(PageSearchTest, TheStoreHasTheHeadingIndexAndItsTriggers)
{
    RawConnection raw(m_store.path());
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN"
                                        " ('pages_heading_fts', 'pages_heading_fts_after_insert',"
                                        " 'pages_heading_fts_after_delete',"
                                        " 'pages_heading_fts_after_update')"))
                  .toInt(),
              4);
}

TEST_F(PageSearchTest, HeadingSearchRanksTitleAboveSummaryAndIgnoresBodies)
{
    const core::Page inTitle = page(QStringLiteral("Garden waste collections"),
                                    QStringLiteral("Brown bins"), QStringLiteral("x"), 1);
    const core::Page inSummary =
        page(QStringLiteral("Bin days"), QStringLiteral("Garden and food waste"),
             QStringLiteral("x"), 2);
    const core::Page inBody = page(QStringLiteral("Allotments"), QStringLiteral("Rent a plot"),
                                   QStringLiteral("A garden of your own."), 3);
    ASSERT_TRUE(m_store.insertMany({inTitle, inSummary, inBody}));

    // Prefixes, as typed: the title match first, the body-only page not at all.
    const QList<SearchHit> hits = findHeadings(QStringLiteral("gard"));
    EXPECT_EQ(uuids(hits), (QList<QUuid>{inTitle.uuid, inSummary.uuid}));
    ASSERT_EQ(hits.size(), 2);
    EXPECT_GT(hits.at(0).rank, hits.at(1).rank);
    EXPECT_EQ(hits.at(0).titleHighlighted,
              marked(QStringLiteral("Garden")) + QStringLiteral(" waste collections"));
    // The line under the title is the summary, marked where it matched.
    EXPECT_EQ(hits.at(0).snippet, QStringLiteral("Brown bins"));
    EXPECT_EQ(hits.at(1).titleHighlighted, QStringLiteral("Bin days"));
    EXPECT_EQ(hits.at(1).snippet,
              marked(QStringLiteral("Garden")) + QStringLiteral(" and food waste"));
    // The full search finds the body match as well.
    EXPECT_EQ(uuids(find(QStringLiteral("gard"))).size(), 3);

    // Every word must match, each as a prefix, across title and summary.
    EXPECT_EQ(uuids(findHeadings(QStringLiteral("wa co"))), QList<QUuid>{inTitle.uuid});
    EXPECT_EQ(uuids(findHeadings(QStringLiteral("food bin"))), QList<QUuid>{inSummary.uuid});
    EXPECT_TRUE(findHeadings(QStringLiteral("own")).isEmpty());
    // What is typed stays plain words here too.
    EXPECT_TRUE(findHeadings(QStringLiteral("\"gard* OR NOT (")).isEmpty());
    EXPECT_EQ(findHeadings(QStringLiteral("gard OR")).size(), 0);

    // Without words the scope makes no difference: the filtered list, newest first.
    EXPECT_EQ(uuids(findHeadings(QString())), uuids(find(QString())));
}

TEST_F(PageSearchTest, HeadingSearchAppliesTheFilters)
{
    const QDate today(2025, 3, 10);
    core::Page draft = page(QStringLiteral("Recycling centre"), {}, QStringLiteral("x"), 1);
    draft.reviewDate = today.addDays(5);
    core::Page published = page(QStringLiteral("Recycling bins"), {}, QStringLiteral("x"), 2);
    published.state = core::ModerationState::Published;
    core::Page guide = page(QStringLiteral("Recycling guide"), {}, QStringLiteral("x"), 3);
    guide.bundle = QStringLiteral("localgov_guides_page");
    guide.reviewDate = today.addDays(60);
    ASSERT_TRUE(m_store.insertMany({draft, published, guide}));

    auto sorted = [](QList<QUuid> list) {
        std::sort(list.begin(), list.end());
        return list;
    };
    EXPECT_EQ(findHeadings(QStringLiteral("recyc")).size(), 3);
    SearchFilter state;
    state.state = core::ModerationState::Published;
    EXPECT_EQ(uuids(findHeadings(QStringLiteral("recyc"), state)), QList<QUuid>{published.uuid});
    SearchFilter bundle;
    bundle.bundle = QStringLiteral("localgov_guides_page");
    EXPECT_EQ(uuids(findHeadings(QStringLiteral("recyc"), bundle)), QList<QUuid>{guide.uuid});
    SearchFilter due;
    due.reviewDueBy = SearchFilter::reviewDueByFor(today);
    EXPECT_EQ(uuids(findHeadings(QStringLiteral("recyc"), due)), QList<QUuid>{draft.uuid});
    SearchFilter draftsNotGuides;
    draftsNotGuides.state = core::ModerationState::Draft;
    EXPECT_EQ(sorted(uuids(findHeadings(QStringLiteral("recyc"), draftsNotGuides))),
              sorted({draft.uuid, guide.uuid}));
    draftsNotGuides.bundle = draft.bundle;
    EXPECT_EQ(uuids(findHeadings(QStringLiteral("recyc"), draftsNotGuides)),
              QList<QUuid>{draft.uuid});
}

TEST_F(PageSearchTest, TriggersKeepTheHeadingIndexInStepWithSaveAndRemove)
{
    core::Page library = page(QStringLiteral("Libraries"), QStringLiteral("Opening hours"),
                              QStringLiteral("Millbrook library opens late on Thursdays."));
    ASSERT_TRUE(m_store.insert(library));
    EXPECT_EQ(findHeadings(QStringLiteral("librar")).size(), 1);
    EXPECT_EQ(findHeadings(QStringLiteral("opening")).size(), 1);
    EXPECT_TRUE(findHeadings(QStringLiteral("thursday")).isEmpty());
    EXPECT_TRUE(headingIndexMatchesPages());

    // A new title.
    library.title = QStringLiteral("Archives");
    ASSERT_TRUE(m_store.save(library));
    EXPECT_TRUE(findHeadings(QStringLiteral("librar")).isEmpty());
    EXPECT_EQ(findHeadings(QStringLiteral("archiv")).size(), 1);
    EXPECT_TRUE(headingIndexMatchesPages());

    // A new summary.
    library.summary = QStringLiteral("Local history records");
    ASSERT_TRUE(m_store.save(library));
    EXPECT_TRUE(findHeadings(QStringLiteral("opening")).isEmpty());
    EXPECT_EQ(findHeadings(QStringLiteral("records")).size(), 1);
    EXPECT_TRUE(headingIndexMatchesPages());

    // A new body alone and a workflow step leave it as it was, with the page's new state.
    library.body = QStringLiteral("Closed on Mondays.");
    library.state = core::ModerationState::Published;
    ASSERT_TRUE(m_store.save(library));
    const QList<SearchHit> hits = findHeadings(QStringLiteral("archives"));
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits.at(0).page.state, core::ModerationState::Published);
    EXPECT_TRUE(findHeadings(QStringLiteral("closed")).isEmpty());
    EXPECT_TRUE(headingIndexMatchesPages());

    ASSERT_TRUE(m_store.remove(library.uuid));
    EXPECT_TRUE(findHeadings(QStringLiteral("archives")).isEmpty());
    EXPECT_TRUE(findHeadings(QStringLiteral("records")).isEmpty());
    EXPECT_TRUE(headingIndexMatchesPages());
}

TEST_F(PageSearchTest, UnrankedSearchFindsTheSamePagesAsTheRankedOneUpToItsLimit)
{
    QList<core::Page> pages;
    for (int i = 0; i < 12; ++i) {
        core::Page p = page(QStringLiteral("Page %1").arg(i), QString(),
                            i % 3 == 0 ? QStringLiteral("Microfilm readers are in the basement.")
                                       : QStringLiteral("Nothing about it here."),
                            i);
        p.state = i % 2 ? core::ModerationState::Published : core::ModerationState::Draft;
        pages.append(p);
    }
    ASSERT_TRUE(m_store.insertMany(pages));
    PageSearch search(m_store);
    auto sorted = [](QList<QUuid> list) {
        std::sort(list.begin(), list.end());
        return list;
    };
    const QList<SearchHit> ranked = search.search(QStringLiteral("microf"));
    const QList<SearchHit> unranked =
        search.search(QStringLiteral("microf"), {}, 200, PageSearch::Scope::Unranked);
    EXPECT_EQ(ranked.size(), 4);
    EXPECT_EQ(sorted(uuids(unranked)), sorted(uuids(ranked)));
    for (const SearchHit &hit : unranked)
        EXPECT_TRUE(hit.snippet.contains(marked(QStringLiteral("Microfilm"))))
            << qPrintable(hit.snippet);

    SearchFilter published;
    published.state = core::ModerationState::Published;
    const QList<SearchHit> filtered =
        search.search(QStringLiteral("microf"), published, 200, PageSearch::Scope::Unranked);
    EXPECT_EQ(sorted(uuids(filtered)),
              sorted(uuids(search.search(QStringLiteral("microf"), published))));
    EXPECT_EQ(search.search(QStringLiteral("microf"), {}, 2, PageSearch::Scope::Unranked).size(),
              2);
}

TEST_F(PageSearchTest, MigratingAVersionOneStoreIndexesItsPages)
{
    m_store.close();
    const QString file = m_dir.filePath(QStringLiteral("old.sqlite"));
    const core::Page old = page(QStringLiteral("Allotments"), QStringLiteral("Rent a plot"),
                                QStringLiteral("Waiting lists for the Millbrook allotments."));
    {
        RawConnection raw(file);
        ASSERT_TRUE(raw.isOpen());
        for (const QString &statement : schema::migrations().at(0))
            ASSERT_TRUE(raw.exec(statement));
        ASSERT_TRUE(raw.exec(QStringLiteral("PRAGMA user_version = 1")));
        ASSERT_TRUE(raw.exec(
            QStringLiteral("INSERT INTO pages (uuid, bundle, title, summary, body, created,"
                           " updated) VALUES ('%1', 'localgov_services_page', 'Allotments',"
                           " 'Rent a plot', 'Waiting lists for the Millbrook allotments.', 1, 2)")
                .arg(old.uuid.toString(QUuid::WithoutBraces))));
    }
    ASSERT_TRUE(m_store.open(file)) << qPrintable(m_store.lastError().message);
    const QList<SearchHit> hits = find(QStringLiteral("millbrook"));
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits.at(0).page.uuid, old.uuid);
    EXPECT_EQ(hits.at(0).page.title, QStringLiteral("Allotments"));
    EXPECT_TRUE(indexMatchesPages());
    // The heading index (step 7) is built from the pages already there, too.
    EXPECT_EQ(uuids(findHeadings(QStringLiteral("allot"))), QList<QUuid>{old.uuid});
    EXPECT_TRUE(findHeadings(QStringLiteral("millbrook")).isEmpty());
    EXPECT_TRUE(headingIndexMatchesPages());
    // The rebuilt table still refuses a second page with the same uuid.
    core::Page twin = old;
    EXPECT_FALSE(m_store.insert(twin));
    EXPECT_EQ(m_store.lastError().kind, StoreError::Invalid);
}

TEST_F(PageSearchTest, ATitleMatchRanksAboveABodyOnlyMatch)
{
    // The body-only page is newer and mentions the word more often, and still comes second.
    const core::Page inBody =
        page(QStringLiteral("Libraries"), QStringLiteral("Opening hours"),
             QStringLiteral("Parking is free. Parking at the library is limited."), 100);
    const core::Page inTitle =
        page(QStringLiteral("Parking permits"), QStringLiteral("Apply for a permit"),
             QStringLiteral("Residents in a controlled zone can apply."), 0);
    const core::Page neither = page(QStringLiteral("Council tax"), QStringLiteral("Bands"),
                                    QStringLiteral("Pay online."), 50);
    ASSERT_TRUE(m_store.insertMany({inBody, inTitle, neither}));
    const QList<SearchHit> hits = find(QStringLiteral("parking"));
    ASSERT_EQ(uuids(hits), (QList<QUuid>{inTitle.uuid, inBody.uuid}));
    EXPECT_GT(hits.at(0).rank, hits.at(1).rank);
}

TEST_F(PageSearchTest, EachWordIsAPrefixAndAllWordsMustMatch)
{
    const core::Page tax = page(QStringLiteral("Council tax"), QStringLiteral("Bands and bills"),
                                QStringLiteral("Pay your bill online."));
    const core::Page bins = page(QStringLiteral("Bin collections"), QStringLiteral("Days"),
                                 QStringLiteral("The council collects bins weekly."));
    ASSERT_TRUE(m_store.insertMany({tax, bins}));
    EXPECT_EQ(find(QStringLiteral("coun")).size(), 2);
    EXPECT_EQ(find(QStringLiteral("c")).size(), 2);
    EXPECT_EQ(uuids(find(QStringLiteral("coun onl"))), QList<QUuid>{tax.uuid});
    EXPECT_EQ(uuids(find(QStringLiteral("COUNCIL Weekly"))), QList<QUuid>{bins.uuid});
    EXPECT_TRUE(find(QStringLiteral("councillor")).isEmpty());
}

TEST_F(PageSearchTest, AccentsAreIgnoredBothWays)
{
    const core::Page cafe = page(QStringLiteral("Café at the museum"), QStringLiteral(""),
                                 QStringLiteral("The café is open daily."));
    const core::Page naive = page(QStringLiteral("Events"), QStringLiteral("Art and crafts"),
                                  QStringLiteral("A naive art exhibition."));
    ASSERT_TRUE(m_store.insertMany({cafe, naive}));
    EXPECT_EQ(uuids(find(QStringLiteral("cafe"))), QList<QUuid>{cafe.uuid});
    EXPECT_EQ(uuids(find(QStringLiteral("CAFÉ"))), QList<QUuid>{cafe.uuid});
    EXPECT_EQ(uuids(find(QStringLiteral("naïve"))), QList<QUuid>{naive.uuid});
    const QList<SearchHit> hits = find(QStringLiteral("caf"));
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits.at(0).titleHighlighted,
              marked(QStringLiteral("Café")) + QStringLiteral(" at the museum"));
}

TEST_F(PageSearchTest, FiltersByBundleAndState)
{
    core::Page draftGuide = page(QStringLiteral("Recycling guide"), {}, QStringLiteral("x"), 1);
    draftGuide.bundle = QStringLiteral("localgov_guides_page");
    core::Page publishedGuide =
        page(QStringLiteral("Recycling centres"), {}, QStringLiteral("x"), 2);
    publishedGuide.bundle = QStringLiteral("localgov_guides_page");
    publishedGuide.state = core::ModerationState::Published;
    core::Page publishedService =
        page(QStringLiteral("Recycling bins"), {}, QStringLiteral("x"), 3);
    publishedService.state = core::ModerationState::Published;
    core::Page otherWords = page(QStringLiteral("Libraries"), {}, QStringLiteral("x"), 4);
    otherWords.bundle = QStringLiteral("localgov_guides_page");
    ASSERT_TRUE(m_store.insertMany({draftGuide, publishedGuide, publishedService, otherWords}));

    SearchFilter guides;
    guides.bundle = QStringLiteral("localgov_guides_page");
    SearchFilter published;
    published.state = core::ModerationState::Published;
    SearchFilter publishedGuides = guides;
    publishedGuides.state = core::ModerationState::Published;
    SearchFilter archived;
    archived.state = core::ModerationState::Archived;
    auto sorted = [](QList<QUuid> list) {
        std::sort(list.begin(), list.end());
        return list;
    };
    EXPECT_EQ(sorted(uuids(find(QStringLiteral("recyc"), guides))),
              sorted({draftGuide.uuid, publishedGuide.uuid}));
    EXPECT_EQ(sorted(uuids(find(QStringLiteral("recyc"), published))),
              sorted({publishedGuide.uuid, publishedService.uuid}));
    EXPECT_EQ(uuids(find(QStringLiteral("recyc"), publishedGuides)),
              QList<QUuid>{publishedGuide.uuid});
    EXPECT_TRUE(find(QStringLiteral("recyc"), archived).isEmpty());

    // Without words a filter lists every page it lets through, most recently updated first.
    EXPECT_EQ(uuids(find(QString(), guides)),
              (QList<QUuid>{otherWords.uuid, publishedGuide.uuid, draftGuide.uuid}));
    EXPECT_EQ(uuids(find(QStringLiteral("  "), published)),
              (QList<QUuid>{publishedService.uuid, publishedGuide.uuid}));
    // And without a filter either, it is the page list as PageStore gives it.
    QList<QUuid> all;
    for (const core::PageSummary &summary : m_store.summaries())
        all.append(summary.uuid);
    EXPECT_EQ(uuids(find(QString())), all);
    const QList<SearchHit> plain = find(QString());
    EXPECT_EQ(plain.at(0).titleHighlighted, QStringLiteral("Libraries"));
    EXPECT_TRUE(plain.at(0).snippet.isEmpty());
}

TEST_F(PageSearchTest, ReviewDueKeepsPagesDueWithinThirtyDaysAndOverdueOnes)
{
    const QDate today(2025, 3, 10);
    core::Page dueSoon = page(QStringLiteral("Recycling due soon"), {}, QStringLiteral("x"), 1);
    dueSoon.reviewDate = today.addDays(10);
    core::Page dueLater = page(QStringLiteral("Recycling due later"), {}, QStringLiteral("x"), 2);
    dueLater.reviewDate = today.addDays(40);
    core::Page overdue = page(QStringLiteral("Recycling overdue"), {}, QStringLiteral("x"), 3);
    overdue.reviewDate = today.addDays(-5);
    overdue.state = core::ModerationState::Published;
    core::Page undated = page(QStringLiteral("Recycling undated"), {}, QStringLiteral("x"), 4);
    core::Page edge = page(QStringLiteral("Libraries on the day"), {}, QStringLiteral("x"), 5);
    edge.reviewDate = today.addDays(SearchFilter::kReviewDueDays);
    edge.bundle = QStringLiteral("localgov_guides_page");
    core::Page dayAfter = page(QStringLiteral("Libraries a day late"), {}, QStringLiteral("x"), 6);
    dayAfter.reviewDate = today.addDays(SearchFilter::kReviewDueDays + 1);
    ASSERT_TRUE(m_store.insertMany({dueSoon, dueLater, overdue, undated, edge, dayAfter}));

    SearchFilter due;
    due.reviewDueBy = SearchFilter::reviewDueByFor(today);
    EXPECT_FALSE(due.isEmpty());
    EXPECT_TRUE(due.acceptsReviewDate(today.addDays(10)));
    EXPECT_FALSE(due.acceptsReviewDate(today.addDays(40)));
    EXPECT_TRUE(due.acceptsReviewDate(today.addDays(-400)));
    EXPECT_FALSE(due.acceptsReviewDate(QDate()));

    // Without words: every due page, overdue included, most recently updated first; the date
    // 30 days ahead is in, the day after is not, and a page without a date never is.
    EXPECT_EQ(uuids(find(QString(), due)), (QList<QUuid>{edge.uuid, overdue.uuid, dueSoon.uuid}));
    // The hits carry the review date, as PageStore::summaries() does.
    const QList<SearchHit> listed = find(QString(), due);
    ASSERT_EQ(listed.size(), 3);
    EXPECT_EQ(listed.at(1).page.reviewDate, overdue.reviewDate);

    // With words.
    auto sorted = [](QList<QUuid> list) {
        std::sort(list.begin(), list.end());
        return list;
    };
    const QList<SearchHit> found = find(QStringLiteral("recyc"), due);
    EXPECT_EQ(sorted(uuids(found)), sorted({dueSoon.uuid, overdue.uuid}));
    for (const SearchHit &hit : found)
        EXPECT_TRUE(hit.page.reviewDate.isValid());
    EXPECT_EQ(uuids(find(QStringLiteral("librar"), due)), QList<QUuid>{edge.uuid});

    // Combined with the state and type filters.
    SearchFilter duePublished = due;
    duePublished.state = core::ModerationState::Published;
    EXPECT_EQ(uuids(find(QStringLiteral("recyc"), duePublished)), QList<QUuid>{overdue.uuid});
    EXPECT_EQ(uuids(find(QString(), duePublished)), QList<QUuid>{overdue.uuid});
    SearchFilter dueGuides = due;
    dueGuides.bundle = QStringLiteral("localgov_guides_page");
    EXPECT_EQ(uuids(find(QString(), dueGuides)), QList<QUuid>{edge.uuid});
    EXPECT_TRUE(find(QStringLiteral("recyc"), dueGuides).isEmpty());

    // A later "today" brings the later page in.
    SearchFilter laterDue;
    laterDue.reviewDueBy = SearchFilter::reviewDueByFor(today.addDays(10));
    EXPECT_EQ(sorted(uuids(find(QStringLiteral("recyc"), laterDue))),
              sorted({dueSoon.uuid, dueLater.uuid, overdue.uuid}));
}

TEST_F(PageSearchTest, TheLimitCapsTheHitsAndANegativeLimitMeansAll)
{
    QList<core::Page> pages;
    for (int i = 0; i < 30; ++i)
        pages.append(
            page(QStringLiteral("Ward %1 councillors").arg(i), {}, QStringLiteral("x"), i));
    ASSERT_TRUE(m_store.insertMany(pages));
    PageSearch search(m_store);
    EXPECT_EQ(search.search(QStringLiteral("ward"), {}, 5).size(), 5);
    EXPECT_EQ(search.search(QStringLiteral("ward"), {}, -1).size(), 30);
    EXPECT_EQ(search.search(QString(), {}, 7).size(), 7);
    EXPECT_EQ(search.search(QString(), {}, -1).size(), 30);
}

TEST_F(PageSearchTest, AConnectionOfItsOwnReusesStatementsAndSeesLaterSaves)
{
    QList<core::Page> pages;
    for (int i = 0; i < 12; ++i)
        pages.append(page(QStringLiteral("Ward %1 councillors").arg(i), {},
                          QStringLiteral("Surgery on Mondays."), i));
    pages[3].state = core::ModerationState::Published;
    ASSERT_TRUE(m_store.insertMany(pages));

    // A read-only connection of its own, as the page list's worker thread has.
    const QString name = QStringLiteral("pagesearchtest.own");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_store.path());
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        ASSERT_TRUE(db.open());
        {
            PageSearch own(db);
            PageSearch fresh(m_store);
            SearchFilter published;
            published.state = core::ModerationState::Published;
            // The same statements run again with other values give what a new search gives.
            for (int round = 0; round < 2; ++round) {
                for (const QString &text :
                     {QStringLiteral("ward"), QStringLiteral("mon"), QString()}) {
                    for (int limit : {3, -1}) {
                        EXPECT_EQ(uuids(own.search(text, {}, limit)),
                                  uuids(fresh.search(text, {}, limit)))
                            << qPrintable(text) << " " << limit;
                        EXPECT_EQ(uuids(own.search(text, published, limit)),
                                  uuids(fresh.search(text, published, limit)))
                            << qPrintable(text) << " " << limit;
                        EXPECT_FALSE(own.lastError().isError());
                    }
                }
            }
            // A reused statement holds no snapshot: a save after the last search is seen.
            pages[5].body = QStringLiteral("Surgery on Thursdays.");
            ASSERT_TRUE(m_store.save(pages[5]));
            EXPECT_EQ(uuids(own.search(QStringLiteral("thursday"))), QList<QUuid>{pages[5].uuid});
            EXPECT_EQ(own.search(QStringLiteral("mon"), {}, -1).size(), 11);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

TEST_F(PageSearchTest, TriggersKeepTheIndexInStepWithSaveAndRemove)
{
    core::Page library = page(QStringLiteral("Libraries"), QStringLiteral("Opening hours"),
                              QStringLiteral("Millbrook library opens late on Thursdays."));
    ASSERT_TRUE(m_store.insert(library));
    EXPECT_EQ(find(QStringLiteral("thursday")).size(), 1);

    library.body = QStringLiteral("Millbrook library opens late on Fridays.");
    library.title = QStringLiteral("Libraries and archives");
    ASSERT_TRUE(m_store.save(library));
    EXPECT_TRUE(find(QStringLiteral("thursday")).isEmpty());
    EXPECT_EQ(find(QStringLiteral("friday")).size(), 1);
    EXPECT_EQ(find(QStringLiteral("archives")).size(), 1);
    EXPECT_TRUE(indexMatchesPages());

    // A workflow step changes no text; the page is still found with its new state.
    library.state = core::ModerationState::Published;
    ASSERT_TRUE(m_store.save(library));
    const QList<SearchHit> hits = find(QStringLiteral("friday"));
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits.at(0).page.state, core::ModerationState::Published);
    EXPECT_TRUE(indexMatchesPages());

    ASSERT_TRUE(m_store.remove(library.uuid));
    EXPECT_TRUE(find(QStringLiteral("friday")).isEmpty());
    EXPECT_TRUE(find(QStringLiteral("millbrook")).isEmpty());
    EXPECT_TRUE(indexMatchesPages());
}

TEST_F(PageSearchTest, MarkersSurroundTheMatchedWordsOnly)
{
    const core::Page tax =
        page(QStringLiteral("Council tax bands"), QStringLiteral("What you pay"),
             QStringLiteral("Pay your council tax online or by direct debit each month."));
    ASSERT_TRUE(m_store.insert(tax));

    QList<SearchHit> hits = find(QStringLiteral("tax"));
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits.at(0).titleHighlighted, QStringLiteral("Council ") +
                                               marked(QStringLiteral("tax")) +
                                               QStringLiteral(" bands"));
    EXPECT_TRUE(hits.at(0).snippet.contains(
        QStringLiteral("council ") + marked(QStringLiteral("tax")) + QStringLiteral(" online")))
        << qPrintable(hits.at(0).snippet);
    EXPECT_EQ(hits.at(0).snippet.count(kStart), 1);
    EXPECT_EQ(hits.at(0).snippet.count(kEnd), 1);

    // A prefix marks the whole word it matched; a word only in the body leaves the title plain.
    hits = find(QStringLiteral("deb"));
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits.at(0).titleHighlighted, tax.title);
    EXPECT_TRUE(hits.at(0).snippet.contains(marked(QStringLiteral("debit"))))
        << qPrintable(hits.at(0).snippet);
    EXPECT_EQ(PageSearch::withoutMarkers(hits.at(0).snippet).count(kStart), 0);

    // A title-only match shows the summary under it.
    hits = find(QStringLiteral("bands"));
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits.at(0).snippet, QStringLiteral("What you pay"));
}

TEST_F(PageSearchTest, MatchExpressionQuotesEveryWordAsAPrefix)
{
    EXPECT_EQ(PageSearch::matchExpression(QStringLiteral("coun")), QStringLiteral("\"coun\"*"));
    EXPECT_EQ(PageSearch::matchExpression(QStringLiteral(" bin  day ")),
              QStringLiteral("\"bin\"* AND \"day\"*"));
    EXPECT_EQ(PageSearch::matchExpression(QStringLiteral("say \"hi\"")),
              QStringLiteral("\"say\"* AND \"\"\"hi\"\"\"*"));
    EXPECT_TRUE(PageSearch::matchExpression(QStringLiteral(" * - ( ) \" ")).isEmpty());
    EXPECT_TRUE(PageSearch::matchExpression(kStart + kEnd).isEmpty());
}

namespace {

struct NastyInput
{
    const char *name;
    QString text;
    bool findsTheTaxPage; ///< The council tax page, whose words are listed in its body below.
};

void PrintTo(const NastyInput &input, std::ostream *os)
{
    *os << input.name;
}

class NastyInputTest : public PageSearchTest, public ::testing::WithParamInterface<NastyInput>
{
};

} // namespace

TEST_P(NastyInputTest, NeverFailsAndIsReadAsPlainWords)
{
    const core::Page tax =
        page(QStringLiteral("Council tax"), QStringLiteral("Bands and bills"),
             QStringLiteral("Do not pay late, or near the end of the month; see title: council "
                            "tax. Band A costs £1,200 (about 100 a month) for 2024-25."));
    const core::Page other = page(QStringLiteral("Libraries"), QStringLiteral("Opening hours"),
                                  QStringLiteral("Books and computers."));
    ASSERT_TRUE(m_store.insertMany({tax, other}));
    PageSearch search(m_store);
    const QList<SearchHit> hits = search.search(GetParam().text, {});
    EXPECT_FALSE(search.lastError().isError()) << qPrintable(search.lastError().detail);
    EXPECT_EQ(uuids(hits).contains(tax.uuid), GetParam().findsTheTaxPage);
}

INSTANTIATE_TEST_SUITE_P(
    PageSearch, NastyInputTest,
    ::testing::Values(NastyInput{"lone_quote", QStringLiteral("\""), true},
                      NastyInput{"two_quotes", QStringLiteral("\"\""), true},
                      NastyInput{"open_quote", QStringLiteral("\"council"), true},
                      NastyInput{"close_quote", QStringLiteral("council\""), true},
                      NastyInput{"quoted_phrase", QStringLiteral("\"council tax\""), true},
                      NastyInput{"and_alone", QStringLiteral("AND"), true},
                      NastyInput{"or_alone", QStringLiteral("OR"), true},
                      NastyInput{"not_alone", QStringLiteral("NOT"), true},
                      NastyInput{"near_alone", QStringLiteral("NEAR"), true},
                      NastyInput{"trailing_and", QStringLiteral("council AND"), true},
                      NastyInput{"leading_or", QStringLiteral("OR council"), true},
                      NastyInput{"not_as_word", QStringLiteral("council NOT tax"), true},
                      NastyInput{"near_call", QStringLiteral("NEAR(council tax, 2)"), false},
                      NastyInput{"open_paren", QStringLiteral("("), true},
                      NastyInput{"close_paren", QStringLiteral(")"), true},
                      NastyInput{"paren_word", QStringLiteral("(council"), true},
                      NastyInput{"column_filter", QStringLiteral("title:council"), true},
                      NastyInput{"unknown_column", QStringLiteral("nosuchcolumn:council"), false},
                      NastyInput{"column_set", QStringLiteral("{title body}: tax"), false},
                      NastyInput{"minus", QStringLiteral("-"), true},
                      NastyInput{"minus_word", QStringLiteral("-council"), true},
                      NastyInput{"star", QStringLiteral("*"), true},
                      NastyInput{"star_word", QStringLiteral("coun*"), true},
                      NastyInput{"stars", QStringLiteral("** *c*"), true},
                      NastyInput{"caret", QStringLiteral("^council"), true},
                      NastyInput{"plus", QStringLiteral("council + tax"), true},
                      NastyInput{"apostrophe", QStringLiteral("council's"), false},
                      NastyInput{"sql_quote", QStringLiteral("'; DROP TABLE pages; --"), false},
                      NastyInput{"backslash", QStringLiteral("\\"), true},
                      NastyInput{"currency", QStringLiteral("£1,200"), true},
                      NastyInput{"hyphenated", QStringLiteral("2024-25"), true},
                      NastyInput{"markers", kStart + QStringLiteral("tax") + kEnd, true},
                      NastyInput{"nul", QStringLiteral("tax") + QChar(u'\0'), true},
                      NastyInput{"tabs_and_newlines", QStringLiteral("\tcouncil\n tax\r\n"), true},
                      NastyInput{"emoji", QStringLiteral("🏠 council"), true},
                      NastyInput{"long", QStringLiteral("tax ").repeated(500), true}),
    [](const ::testing::TestParamInfo<NastyInput> &info) { return std::string(info.param.name); });
