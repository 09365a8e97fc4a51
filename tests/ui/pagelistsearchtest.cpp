// SPDX-License-Identifier: GPL-2.0-or-later
#include <store/pagesearch.h>
#include <store/pagestore.h>
#include <ui/mainwindow.h>
#include <ui/pageeditor.h>
#include <ui/pagelistdelegate.h>
#include <ui/pagelistmodel.h>
#include <ui/pagelistpanel.h>

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace lga;

namespace {

const QString kStart(store::PageSearch::kMatchStart);
const QString kEnd(store::PageSearch::kMatchEnd);

core::Page makePage(const QString &title, const QString &body, core::ModerationState state,
                    qint64 updatedSecs)
{
    core::Page page = core::Page::create(QStringLiteral("localgov_services_page"));
    page.title = title;
    page.summary = QStringLiteral("About ") + title.toLower();
    page.body = body;
    page.state = state;
    page.created = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000LL, Qt::UTC);
    page.updated = page.created.addSecs(updatedSecs);
    return page;
}

class PageListSearchTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_store.open(m_dir.filePath(QStringLiteral("pages.sqlite"))));
        m_bins =
            makePage(QStringLiteral("Bin collections"), QStringLiteral("We collect every week.\n"),
                     core::ModerationState::Published, 30);
        m_library = makePage(QStringLiteral("Library opening hours"),
                             QStringLiteral("## Archives\n\nThe reading room has a microfiche "
                                            "reader for old newspapers.\n"),
                             core::ModerationState::Draft, 20);
        m_parking = makePage(QStringLiteral("Parking permits"),
                             QStringLiteral("Apply online for a residents' permit.\n"),
                             core::ModerationState::Published, 10);
        ASSERT_TRUE(m_store.insertMany({m_bins, m_library, m_parking}));
    }

    QTemporaryDir m_dir;
    store::PageStore m_store;
    core::Page m_bins;
    core::Page m_library;
    core::Page m_parking;
};

bool waitUntilSearched(ui::PageListPanel *panel)
{
    return QTest::qWaitFor([&] { return !panel->isSearchPending(); }, 5000);
}

} // namespace

TEST_F(PageListSearchTest, TypingFindsTheWordInABodyAndShowsThatPagesTitle)
{
    ui::MainWindow window(m_store);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ui::PageListPanel *panel = window.pageList();
    QAbstractItemModel *list = panel->view()->model();
    ASSERT_EQ(list->rowCount(), 3);

    QTest::keyClicks(panel->filterEdit(), QStringLiteral("microf"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return list->rowCount() == 1; }));
    ASSERT_TRUE(waitUntilSearched(panel));
    const QModelIndex hit = list->index(0, 0);
    EXPECT_EQ(hit.data(ui::PageListModel::UuidRole).toUuid(), m_library.uuid);
    EXPECT_EQ(hit.data(ui::PageListModel::TitleRole).toString(), m_library.title);
    // The title did not match, so none of it is bold; the line under it shows the word.
    EXPECT_EQ(hit.data(ui::PageListModel::HighlightedTitleRole).toString(), m_library.title);
    const QString snippet = hit.data(ui::PageListModel::SnippetRole).toString();
    EXPECT_TRUE(snippet.contains(kStart + QStringLiteral("microfiche") + kEnd))
        << qPrintable(snippet);
    EXPECT_TRUE(hit.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("microfiche")));
    EXPECT_TRUE(panel->view()->visualRect(hit).isValid());

    // Return opens the page found.
    QTest::keyClick(panel->filterEdit(), Qt::Key_Return);
    EXPECT_EQ(window.editor()->page().uuid, m_library.uuid);

    // Clearing the words brings back the whole list, most recently edited first.
    panel->filterEdit()->clear();
    ASSERT_TRUE(QTest::qWaitFor([&] { return list->rowCount() == 3; }));
    EXPECT_EQ(list->index(0, 0).data(ui::PageListModel::UuidRole).toUuid(), m_bins.uuid);
    EXPECT_FALSE(list->index(0, 0).data(ui::PageListModel::HighlightedTitleRole).isValid());
}

TEST_F(PageListSearchTest, TitleMatchesComeFirstWithTheMatchedWordMarked)
{
    ui::PageListModel model;
    model.setPages(m_store.summaries());
    ui::PageListPanel panel(&model);
    panel.setStorePath(m_store.path());
    panel.show();
    QAbstractItemModel *list = panel.view()->model();

    // "permit" is in the parking page's title and body; "collect" is in the bins page's title.
    QTest::keyClicks(panel.filterEdit(), QStringLiteral("perm"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return list->rowCount() == 1; }));
    ASSERT_TRUE(waitUntilSearched(&panel));
    EXPECT_EQ(list->index(0, 0).data(ui::PageListModel::HighlightedTitleRole).toString(),
              QStringLiteral("Parking ") + kStart + QStringLiteral("permits") + kEnd);
}

TEST_F(PageListSearchTest, TitleMatchesShowFirstAndBodyOnlyMatchesJoinWithTheFullSearch)
{
    // "archiv" is in this page's title, and only in the body of the library page.
    const core::Page archives =
        makePage(QStringLiteral("Archives and records"), QStringLiteral("Ask at the desk.\n"),
                 core::ModerationState::Published, 5);
    ASSERT_TRUE(m_store.insert(archives));
    ui::PageListModel model;
    model.setPages(m_store.summaries());
    ui::PageListPanel panel(&model);
    panel.setStorePath(m_store.path());
    panel.show();
    QAbstractItemModel *list = panel.view()->model();
    auto shown = [list] {
        QList<QUuid> result;
        for (int row = 0; row < list->rowCount(); ++row)
            result.append(list->index(row, 0).data(ui::PageListModel::UuidRole).toUuid());
        return result;
    };

    // What the list holds at the moment the first results are shown, and whether the search
    // still counted as pending then.
    QList<QList<QUuid>> firstLists;
    bool pendingAtFirst = false;
    QObject::connect(&panel, &ui::PageListPanel::firstResultsShown, &panel, [&] {
        firstLists.append(shown());
        pendingAtFirst = panel.isSearchPending();
    });
    int finishedCount = 0;
    QObject::connect(&panel, &ui::PageListPanel::searchFinished, &panel, [&] { ++finishedCount; });

    QTest::keyClicks(panel.filterEdit(), QStringLiteral("archiv"));
    ASSERT_TRUE(waitUntilSearched(&panel));
    ASSERT_TRUE(QTest::qWaitFor([&] { return finishedCount > 0; }));
    // The title match came first, on its own and with its word marked.
    ASSERT_FALSE(firstLists.isEmpty());
    EXPECT_EQ(firstLists.last(), QList<QUuid>{archives.uuid});
    EXPECT_TRUE(pendingAtFirst) << "the full search was still to come";
    // Once the full search landed, the body-only match joined it, below the title match.
    EXPECT_EQ(shown(), (QList<QUuid>{archives.uuid, m_library.uuid}));
    EXPECT_EQ(list->index(0, 0).data(ui::PageListModel::HighlightedTitleRole).toString(),
              kStart + QStringLiteral("Archives") + kEnd + QStringLiteral(" and records"));
    EXPECT_TRUE(list->index(1, 0)
                    .data(ui::PageListModel::SnippetRole)
                    .toString()
                    .contains(kStart + QStringLiteral("Archives") + kEnd));

    // Words in no title or summary: the pages whose text has them show first, unranked, and
    // the full search then ranks them.
    firstLists.clear();
    panel.filterEdit()->clear();
    QTest::keyClicks(panel.filterEdit(), QStringLiteral("microf"));
    ASSERT_TRUE(waitUntilSearched(&panel));
    ASSERT_FALSE(firstLists.isEmpty());
    EXPECT_EQ(firstLists.last(), QList<QUuid>{m_library.uuid});
    EXPECT_EQ(shown(), QList<QUuid>{m_library.uuid});

    // Words that match nothing anywhere show no first results at all.
    firstLists.clear();
    panel.filterEdit()->clear();
    QTest::keyClicks(panel.filterEdit(), QStringLiteral("zzyzx"));
    ASSERT_TRUE(waitUntilSearched(&panel));
    EXPECT_TRUE(firstLists.isEmpty());
    EXPECT_EQ(list->rowCount(), 0);

    // With no words (a filter alone) there is no first stage.
    panel.filterEdit()->clear();
    panel.stateFilter()->setCurrentIndex(
        panel.stateFilter()->findData(int(core::ModerationState::Published)));
    ASSERT_TRUE(waitUntilSearched(&panel));
    EXPECT_TRUE(firstLists.isEmpty());
    EXPECT_EQ(list->rowCount(), 3);
}

TEST_F(PageListSearchTest, TypeAndStateFiltersWorkFromTheKeyboardWithAndWithoutWords)
{
    ui::PageListModel model;
    model.setPages(m_store.summaries());
    ui::PageListPanel panel(&model);
    panel.setStorePath(m_store.path());
    panel.show();
    panel.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&panel));
    QAbstractItemModel *list = panel.view()->model();

    EXPECT_FALSE(panel.typeFilter()->accessibleName().isEmpty());
    EXPECT_FALSE(panel.stateFilter()->accessibleName().isEmpty());
    EXPECT_EQ(panel.typeFilter()->itemText(0), QStringLiteral("All types"));
    EXPECT_EQ(panel.stateFilter()->count(), 5);
    for (QLabel *label : panel.findChildren<QLabel *>())
        EXPECT_NE(label->buddy(), nullptr) << qPrintable(label->text());

    // Alt+E (the mnemonic of "State:") reaches the state filter; Down picks "Draft".
    panel.filterEdit()->setFocus();
    QTest::keyClick(&panel, Qt::Key_E, Qt::AltModifier);
    ASSERT_TRUE(panel.stateFilter()->hasFocus());
    QTest::keyClick(panel.stateFilter(), Qt::Key_Down);
    EXPECT_EQ(panel.stateFilter()->currentText(), QStringLiteral("Draft"));
    EXPECT_EQ(list->rowCount(), 1);
    EXPECT_EQ(list->index(0, 0).data(ui::PageListModel::UuidRole).toUuid(), m_library.uuid);

    QTest::keyClick(panel.stateFilter(), Qt::Key_Down);
    EXPECT_EQ(panel.stateFilter()->currentText(), QStringLiteral("In review"));
    EXPECT_EQ(list->rowCount(), 0);
    QTest::keyClick(panel.stateFilter(), Qt::Key_Down);
    EXPECT_EQ(list->rowCount(), 2); // Published, most recently edited first.
    EXPECT_EQ(list->index(0, 0).data(ui::PageListModel::UuidRole).toUuid(), m_bins.uuid);

    // Words and a filter together: "online" is only in the parking page, which is published.
    QTest::keyClicks(panel.filterEdit(), QStringLiteral("online"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return list->rowCount() == 1; }));
    ASSERT_TRUE(waitUntilSearched(&panel));
    EXPECT_EQ(list->index(0, 0).data(ui::PageListModel::UuidRole).toUuid(), m_parking.uuid);

    const int guides = panel.typeFilter()->findData(QStringLiteral("localgov_guides_page"));
    ASSERT_GT(guides, 0);
    panel.typeFilter()->setCurrentIndex(guides);
    ASSERT_TRUE(waitUntilSearched(&panel));
    EXPECT_EQ(list->rowCount(), 0);

    // Selecting a page the search hides clears the search and the filters.
    panel.selectPage(m_library.uuid);
    EXPECT_EQ(list->rowCount(), 3);
    EXPECT_TRUE(panel.filterEdit()->text().isEmpty());
    EXPECT_EQ(panel.typeFilter()->currentIndex(), 0);
    EXPECT_EQ(panel.currentPage(), m_library.uuid);
}

TEST_F(PageListSearchTest, ReviewDueToggleNarrowsTheListAndOverdueIsSaidInWords)
{
    const QDate today(2025, 3, 10);
    // Bins: overdue. Library: due in 10 days. Parking: due in 40 days. A fourth page has none.
    m_bins.reviewDate = today.addDays(-3);
    m_library.reviewDate = today.addDays(10);
    m_parking.reviewDate = today.addDays(40);
    for (const core::Page &page : {m_bins, m_library, m_parking})
        ASSERT_TRUE(m_store.save(page));
    const core::Page undated =
        makePage(QStringLiteral("Online payments"), QStringLiteral("Pay online.\n"),
                 core::ModerationState::Published, 5);
    ASSERT_TRUE(m_store.insert(undated));

    ui::PageListModel model;
    model.setToday(today);
    model.setPages(m_store.summaries());
    ui::PageListPanel panel(&model);
    panel.setStorePath(m_store.path());
    panel.show();
    panel.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&panel));
    QAbstractItemModel *list = panel.view()->model();
    ASSERT_EQ(list->rowCount(), 4);

    QCheckBox *toggle = panel.reviewDueFilter();
    ASSERT_NE(toggle, nullptr);
    EXPECT_FALSE(toggle->accessibleName().isEmpty());
    EXPECT_FALSE(toggle->isChecked());

    // Alt+R (the toggle's mnemonic) turns it on from the search box.
    panel.filterEdit()->setFocus();
    QTest::keyClick(&panel, Qt::Key_R, Qt::AltModifier);
    // A button's mnemonic clicks it as if pressed and released, which takes a moment.
    ASSERT_TRUE(QTest::qWaitFor([&] { return toggle->isChecked(); }));
    ASSERT_TRUE(QTest::qWaitFor([&] { return list->rowCount() == 2; }));
    EXPECT_EQ(list->index(0, 0).data(ui::PageListModel::UuidRole).toUuid(), m_bins.uuid);
    EXPECT_EQ(list->index(1, 0).data(ui::PageListModel::UuidRole).toUuid(), m_library.uuid);

    // Overdue is said in text, on the row and to a screen reader; a due page shows its date.
    const QModelIndex bins = list->index(0, 0);
    EXPECT_TRUE(bins.data(ui::PageListModel::ReviewOverdueRole).toBool());
    EXPECT_EQ(bins.data(ui::PageListModel::ReviewTextRole).toString(),
              QStringLiteral("Review overdue"));
    EXPECT_TRUE(bins.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("overdue")));
    const QModelIndex library = list->index(1, 0);
    EXPECT_FALSE(library.data(ui::PageListModel::ReviewOverdueRole).toBool());
    EXPECT_TRUE(library.data(ui::PageListModel::ReviewTextRole)
                    .toString()
                    .startsWith(QStringLiteral("Review by ")));
    EXPECT_EQ(library.data(ui::PageListModel::ReviewDateRole).toDate(), m_library.reviewDate);
    EXPECT_TRUE(panel.view()->visualRect(bins).isValid());
    panel.view()->viewport()->repaint(); // The delegate draws the review text without trouble.

    // With words too: "permit" is only in the parking page, which is not due yet; "every" is in
    // the bins page, which is.
    QTest::keyClicks(panel.filterEdit(), QStringLiteral("permit"));
    ASSERT_TRUE(waitUntilSearched(&panel));
    EXPECT_EQ(list->rowCount(), 0);
    panel.filterEdit()->clear();
    QTest::keyClicks(panel.filterEdit(), QStringLiteral("every"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return list->rowCount() == 1; }));
    ASSERT_TRUE(waitUntilSearched(&panel));
    EXPECT_EQ(list->index(0, 0).data(ui::PageListModel::UuidRole).toUuid(), m_bins.uuid);

    // Turning it off brings back every page.
    panel.filterEdit()->clear();
    toggle->setFocus();
    QTest::keyClick(toggle, Qt::Key_Space);
    EXPECT_FALSE(toggle->isChecked());
    ASSERT_TRUE(QTest::qWaitFor([&] { return list->rowCount() == 4; }));
    EXPECT_TRUE(list->index(0, 0).data(ui::PageListModel::ReviewTextRole).isValid());
    const int undatedRow = [&] {
        for (int row = 0; row < list->rowCount(); ++row) {
            if (list->index(row, 0).data(ui::PageListModel::UuidRole).toUuid() == undated.uuid)
                return row;
        }
        return -1;
    }();
    ASSERT_GE(undatedRow, 0);
    EXPECT_TRUE(
        list->index(undatedRow, 0).data(ui::PageListModel::ReviewTextRole).toString().isEmpty());
}

TEST(PageListDelegateRuns, MarkersBecomeBoldRunsAndMarkupStaysText)
{
    using Run = ui::PageListDelegate::Run;
    EXPECT_EQ(ui::PageListDelegate::runs(QStringLiteral("<b>Fish</b> & ") + kStart +
                                         QStringLiteral("chips") + kEnd + QStringLiteral(" &amp;")),
              (QList<Run>{{QStringLiteral("<b>Fish</b> & "), false},
                          {QStringLiteral("chips"), true},
                          {QStringLiteral(" &amp;"), false}}));
    // Unbalanced markers only switch the weight; line breaks become spaces.
    EXPECT_EQ(ui::PageListDelegate::runs(kEnd + QStringLiteral("a\nb") + kStart + kStart +
                                         QStringLiteral("c")),
              (QList<Run>{{QStringLiteral("a b"), false}, {QStringLiteral("c"), true}}));
    EXPECT_TRUE(ui::PageListDelegate::runs(QString()).isEmpty());
}
