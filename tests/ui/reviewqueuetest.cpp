// SPDX-License-Identifier: GPL-2.0-or-later
#include <check/checker.h>
#include <check/checksettings.h>
#include <store/pagestore.h>
#include <store/syncstore.h>
#include <sync/syncreport.h>
#include <ui/appactions.h>
#include <ui/mainwindow.h>
#include <ui/pageeditor.h>
#include <ui/reviewqueuemodel.h>
#include <ui/reviewqueuepanel.h>
#include <ui/sourceeditor.h>
#include <ui/synccontroller.h>

#include <QAction>
#include <QDockWidget>
#include <QJsonObject>
#include <QLabel>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace lga;

namespace {

const QDateTime kNow(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);

core::Page makePage(const QString &title, core::ModerationState state, const QDateTime &updated,
                    const QString &body)
{
    core::Page page = core::Page::create(QStringLiteral("localgov_services_page"));
    page.title = title;
    page.summary = QStringLiteral("What the page is about.");
    page.body = body;
    page.state = state;
    page.created = updated.addDays(-30);
    page.updated = updated;
    return page;
}

class ReviewQueueTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_store.open(m_dir.filePath(QStringLiteral("pages.sqlite"))));
        // Three in review, inserted newest first so the queue's order is its own doing.
        m_newest = makePage(QStringLiteral("Parking permits"), core::ModerationState::Review,
                            kNow.addDays(-1),
                            QStringLiteral("## Apply\n\nApply online. Click here to "
                                           "[apply](https://example.org).\n"));
        m_newest.reviewDate = QDate(2026, 1, 15);
        m_middle = makePage(
            QStringLiteral("Council tax"), core::ModerationState::Review, kNow.addDays(-5),
            QStringLiteral("# Council tax\n\n![IMG_2041.jpg](https://example.org/a.png)\n\nWe will "
                           "endeavour to facilitate your payment going forward and we will "
                           "utilise every channel available to us so that you can pay on time.\n"));
        m_middle.reviewDate = QDate(2027, 6, 1);
        m_oldest = makePage(QStringLiteral("Bin collections"), core::ModerationState::Review,
                            kNow.addDays(-2), QStringLiteral("We collect every week.\n"));
        for (const core::Page &page : {m_newest, m_middle, m_oldest})
            ASSERT_TRUE(m_store.insert(page));
        ASSERT_TRUE(
            m_store.insert(makePage(QStringLiteral("Draft one"), core::ModerationState::Draft,
                                    kNow.addDays(-20), QStringLiteral("Not ready.\n"))));
        ASSERT_TRUE(
            m_store.insert(makePage(QStringLiteral("Draft two"), core::ModerationState::Draft,
                                    kNow.addDays(-30), QStringLiteral("Not ready either.\n"))));
        // The oldest was submitted on the site ten days ago, though saved here two days ago:
        // the site's `changed` of its base is when it was submitted.
        // Its owner is named as the pull keeps the name: the emulator's "author" user.
        store::SyncStore sync(m_store);
        ASSERT_TRUE(sync.setBase(m_oldest.uuid, QStringLiteral("https://council.example"),
                                 inReviewOnSite(m_oldest, QStringLiteral("author")),
                                 kNow.addDays(-10).toSecsSinceEpoch(), 7, false, true));
        // The newest is in review on the site too, but the site did not say whose it is.
        ASSERT_TRUE(sync.setBase(m_newest.uuid, QStringLiteral("https://council.example"),
                                 inReviewOnSite(m_newest, {}), kNow.addDays(-1).toSecsSinceEpoch(),
                                 9, false, true));
        // The middle one was submitted here and is not sent yet: its author is the user signed
        // in here.
        QSettings().setValue(QStringLiteral("Sync/UserName"), QStringLiteral("Gwen Price"));
    }

    void TearDown() override { QSettings().remove(QStringLiteral("Sync/UserName")); }

    // The base the pull keeps of a page in review on the site, owned by the user named
    // \a owner (by a user the site did not name when empty).
    static QJsonObject inReviewOnSite(const core::Page &page, const QString &owner)
    {
        QJsonObject meta{{QStringLiteral("drupal_internal__target_id"), 28}};
        if (!owner.isEmpty())
            meta.insert(QStringLiteral("display_name"), owner);
        return QJsonObject{
            {QStringLiteral("type"), QStringLiteral("node--localgov_services_page")},
            {QStringLiteral("id"), page.uuid.toString(QUuid::WithoutBraces)},
            {QStringLiteral("attributes"),
             QJsonObject{{QStringLiteral("moderation_state"), QStringLiteral("review")}}},
            {QStringLiteral("relationships"),
             QJsonObject{
                 {QStringLiteral("uid"),
                  QJsonObject{{QStringLiteral("data"),
                               QJsonObject{{QStringLiteral("type"), QStringLiteral("user--user")},
                                           {QStringLiteral("id"),
                                            QStringLiteral("5b0f2a43-2c1e-4e77-9a3b-8d6c1f0e2a28")},
                                           {QStringLiteral("meta"), meta}}}}}}}};
    }

    static std::pair<int, int> checkerCounts(const core::Page &page)
    {
        QSettings settings;
        const check::CheckResult result =
            check::Checker(check::CheckSettings::fromSettings(settings)).run(page);
        return {int(result.count(check::Finding::Error)),
                int(result.count(check::Finding::Warning))};
    }

    static bool waitChecked(ui::ReviewQueueModel *model)
    {
        return QTest::qWaitFor([model] { return !model->isChecking(); }, 20000);
    }

    QTemporaryDir m_dir;
    store::PageStore m_store;
    core::Page m_newest;
    core::Page m_middle;
    core::Page m_oldest;
};

} // namespace

TEST_F(ReviewQueueTest, ListsOnlyPagesInReviewOldestFirstWithTheCheckersCounts)
{
    QSettings settings;
    ui::ReviewQueueModel model(m_store, check::CheckSettings::fromSettings(settings));
    model.setClock([] { return kNow; });
    model.refresh();
    ASSERT_TRUE(waitChecked(&model));

    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.at(0).page.uuid, m_oldest.uuid);
    EXPECT_EQ(model.at(1).page.uuid, m_middle.uuid);
    EXPECT_EQ(model.at(2).page.uuid, m_newest.uuid);
    EXPECT_EQ(model.at(0).submitted, kNow.addDays(-10));
    EXPECT_EQ(model.at(1).submitted, m_middle.updated);
    EXPECT_EQ(model.at(2).submitted, kNow.addDays(-1));

    bool someProblems = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto [errors, warnings] = checkerCounts(model.at(row).page);
        EXPECT_EQ(model.at(row).errors, errors) << row;
        EXPECT_EQ(model.at(row).warnings, warnings) << row;
        someProblems = someProblems || errors + warnings > 0;
    }
    // The pages were written to have findings, so the counts compare something real.
    EXPECT_TRUE(someProblems);
    // The image named by its file name is an error the reviewer sees counted.
    EXPECT_GT(model.at(1).errors, 0);
    EXPECT_TRUE(model.index(1, ui::ReviewQueueModel::FindingsColumn)
                    .data()
                    .toString()
                    .contains(QString::number(model.at(1).errors)));

    // Overdue is said in words, not only shown.
    EXPECT_TRUE(model.index(2, ui::ReviewQueueModel::ReviewDateColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Overdue")));
    EXPECT_FALSE(model.index(1, ui::ReviewQueueModel::ReviewDateColumn)
                     .data()
                     .toString()
                     .contains(QStringLiteral("Overdue")));
    EXPECT_TRUE(model.index(2, ui::ReviewQueueModel::SubmittedColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Yesterday")));
}

TEST_F(ReviewQueueTest, EachPageNamesItsAuthorOrSaysWhyItCannot)
{
    QSettings settings;
    ui::ReviewQueueModel model(m_store, check::CheckSettings::fromSettings(settings));
    model.refresh();
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.headerData(ui::ReviewQueueModel::AuthorColumn, Qt::Horizontal).toString(),
              QStringLiteral("Author"));
    auto author = [&](int row, int role = Qt::DisplayRole) {
        return model.index(row, ui::ReviewQueueModel::AuthorColumn).data(role).toString();
    };

    // Submitted on the site: the page's owner, by the name the site gave.
    EXPECT_EQ(author(0), QStringLiteral("author"));
    EXPECT_FALSE(model.at(0).submittedHere);
    EXPECT_EQ(author(0, Qt::ToolTipRole), QStringLiteral("Submitted on the site"));
    // Submitted here and not sent yet: the user signed in here.
    EXPECT_EQ(author(1), QStringLiteral("Gwen Price"));
    EXPECT_TRUE(model.at(1).submittedHere);
    EXPECT_EQ(author(1, Qt::ToolTipRole),
              QStringLiteral("Submitted from this computer, not sent yet"));
    // On the site without a name: unknown, and the tooltip (read by screen readers too) says why.
    EXPECT_EQ(author(2), QStringLiteral("Unknown"));
    EXPECT_TRUE(
        author(2, Qt::ToolTipRole).contains(QStringLiteral("did not give the owner's name")))
        << qPrintable(author(2, Qt::ToolTipRole));
    EXPECT_EQ(author(2, Qt::AccessibleDescriptionRole), author(2, Qt::ToolTipRole));

    // The signed-in user given by the app, and then nobody signed in.
    model.setSignedInUser([] { return QStringLiteral("Rhian Morgan"); });
    model.refresh();
    EXPECT_EQ(author(1), QStringLiteral("Rhian Morgan"));
    model.setSignedInUser([] { return QString(); });
    model.refresh();
    EXPECT_EQ(author(1), QStringLiteral("Unknown"));
    EXPECT_TRUE(author(1, Qt::ToolTipRole).contains(QStringLiteral("not signed in")));
    // The order is still the submission's, whoever the authors are.
    EXPECT_EQ(model.at(0).page.uuid, m_oldest.uuid);
    EXPECT_EQ(model.at(2).page.uuid, m_newest.uuid);
    ASSERT_TRUE(waitChecked(&model));
}

TEST_F(ReviewQueueTest, AnUnchangedPageIsNotCheckedAgainButAnEditedOneIs)
{
    QSettings settings;
    ui::ReviewQueueModel model(m_store, check::CheckSettings::fromSettings(settings));
    model.refresh();
    ASSERT_TRUE(waitChecked(&model));
    EXPECT_EQ(model.at(model.rowOf(m_newest.uuid)).errors, checkerCounts(m_newest).first);

    core::Page fixed = m_newest;
    fixed.body = QStringLiteral("## Apply\n\n[Apply for a parking permit](https://example.org).\n");
    ASSERT_TRUE(m_store.save(fixed));
    model.refresh();
    // Only the edited page waits for its counts; the others keep theirs at once.
    EXPECT_EQ(model.at(model.rowOf(m_middle.uuid)).errors, checkerCounts(m_middle).first);
    EXPECT_EQ(model.at(model.rowOf(fixed.uuid)).errors, -1);
    ASSERT_TRUE(waitChecked(&model));
    EXPECT_EQ(model.at(model.rowOf(fixed.uuid)).errors, checkerCounts(fixed).first);
    EXPECT_EQ(model.at(model.rowOf(fixed.uuid)).warnings, checkerCounts(fixed).second);
}

TEST_F(ReviewQueueTest, TheWindowsQueueOpensPagesFromTheKeyboardAndFollowsTheStore)
{
    ui::MainWindow window(m_store);
    // The window names the user signed in to the site as the author of what was submitted here.
    sync::Credentials credentials;
    credentials.site = QUrl(QStringLiteral("https://council.example"));
    credentials.method = sync::AuthMethod::Basic;
    credentials.userName = QStringLiteral("Gwen Price");
    window.syncController()->setCredentials(credentials, false);
    window.resize(1400, 900);
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    ui::ReviewQueuePanel *panel = window.reviewQueue();
    QDockWidget *dock = window.reviewQueueDock();
    ASSERT_NE(panel, nullptr);
    EXPECT_FALSE(dock->isVisible());
    EXPECT_FALSE(dock->accessibleName().isEmpty());
    EXPECT_FALSE(panel->view()->accessibleName().isEmpty());

    // The View menu's shortcut shows the queue and puts the focus in it.
    const QKeySequence shortcut = window.actions()->toggleReviewQueue->shortcut();
    ASSERT_FALSE(shortcut.isEmpty());
    QTest::keySequence(&window, shortcut);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dock->isVisible(); }, 2000));
    EXPECT_TRUE(panel->view()->hasFocus());
    ASSERT_TRUE(waitChecked(panel->model()));
    EXPECT_EQ(panel->heading()->text(), QStringLiteral("Waiting for review (3)"));
    QTableView *view = panel->view();
    ASSERT_EQ(view->model()->rowCount(), 3);
    EXPECT_EQ(view->model()->index(0, 0).data().toString(), m_oldest.title);
    EXPECT_EQ(view->model()->index(1, 0).data().toString(), m_middle.title);
    EXPECT_EQ(view->model()->index(2, 0).data().toString(), m_newest.title);
    // The reviewer sees who wrote each page.
    EXPECT_EQ(view->model()->headerData(ui::ReviewQueueModel::AuthorColumn, Qt::Horizontal),
              QStringLiteral("Author"));
    EXPECT_EQ(view->model()->index(0, ui::ReviewQueueModel::AuthorColumn).data().toString(),
              QStringLiteral("author"));
    EXPECT_EQ(view->model()->index(1, ui::ReviewQueueModel::AuthorColumn).data().toString(),
              QStringLiteral("Gwen Price"));

    // A picture to look at, when asked for: LGA_REVIEW_SCREENSHOT=FILE.
    if (const QString shot = qEnvironmentVariable("LGA_REVIEW_SCREENSHOT"); !shot.isEmpty()) {
        EXPECT_TRUE(window.grab().save(shot));
    }

    // Down to the second row, Enter: that page is open in the editor.
    EXPECT_EQ(panel->currentPage(), m_oldest.uuid);
    QTest::keyClick(view, Qt::Key_Down);
    EXPECT_EQ(panel->currentPage(), m_middle.uuid);
    QTest::keyClick(view, Qt::Key_Return);
    EXPECT_EQ(window.currentPage(), m_middle.uuid);
    EXPECT_EQ(window.editor()->bodyEditor()->toPlainText(), m_middle.body);

    // Published (here by a sync that brought the site's decision in), it leaves the queue,
    // and the status bar says how many pages still wait.
    core::Page published = m_middle;
    published.state = core::ModerationState::Published;
    ASSERT_TRUE(m_store.save(published));
    Q_EMIT window.syncController()->finished(sync::SyncReport{});
    EXPECT_EQ(panel->model()->rowCount(), 2);
    EXPECT_EQ(panel->model()->rowOf(m_middle.uuid), -1);
    EXPECT_EQ(panel->heading()->text(), QStringLiteral("Waiting for review (2)"));
    const QString message = window.statusBar()->currentMessage();
    EXPECT_TRUE(message.startsWith(QStringLiteral("2 page"))) << qPrintable(message);
    EXPECT_TRUE(message.contains(QStringLiteral("waiting for review"))) << qPrintable(message);

    // The same shortcut hides it again.
    window.activateWindow();
    QTest::keySequence(&window, shortcut);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !dock->isVisible(); }, 2000));
    EXPECT_FALSE(window.actions()->toggleReviewQueue->isChecked());
}

TEST_F(ReviewQueueTest, AnEmptyQueueSaysSo)
{
    for (const core::Page &page : {m_newest, m_middle, m_oldest}) {
        core::Page published = page;
        published.state = core::ModerationState::Published;
        ASSERT_TRUE(m_store.save(published));
    }
    QSettings settings;
    ui::ReviewQueueModel model(m_store, check::CheckSettings::fromSettings(settings));
    ui::ReviewQueuePanel panel(&model);
    model.refresh();
    panel.resize(600, 300);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    EXPECT_EQ(panel.heading()->text(), QStringLiteral("Waiting for review (0)"));
    EXPECT_FALSE(panel.view()->isVisible());
    const auto *empty = panel.findChild<QLabel *>(QStringLiteral("reviewQueueEmpty"));
    ASSERT_NE(empty, nullptr);
    EXPECT_TRUE(empty->isVisible());
    EXPECT_EQ(empty->text(), QStringLiteral("No pages are waiting for review."));
}
