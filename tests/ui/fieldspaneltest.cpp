// SPDX-License-Identifier: GPL-2.0-or-later
#include <store/pagestore.h>
#include <ui/appactions.h>
#include <ui/choicefieldeditor.h>
#include <ui/fieldspanel.h>
#include <ui/linklisteditor.h>
#include <ui/mainwindow.h>
#include <ui/pageeditor.h>
#include <ui/reviewdateeditor.h>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDockWidget>
#include <QJsonArray>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace lga;

namespace {

const QString kTasks = QStringLiteral("localgov_common_tasks");
const QString kParent = QStringLiteral("localgov_services_parent");

class FieldsPanelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_store.open(m_dir.filePath(QStringLiteral("pages.sqlite"))));
        m_landing = core::Page::create(QStringLiteral("localgov_services_landing"));
        m_landing.title = QStringLiteral("Council tax");
        m_news = core::Page::create(QStringLiteral("localgov_news_article"));
        m_news.title = QStringLiteral("Leisure centre reopens");
        m_page = core::Page::create(QStringLiteral("localgov_services_page"));
        m_page.title = QStringLiteral("Pay your council tax");
        m_page.summary = QStringLiteral("How to pay.");
        m_page.body = QStringLiteral("Pay online.");
        m_page.updated = m_page.updated.addSecs(60); // newest, so it opens first
        ASSERT_TRUE(m_store.insertMany({m_landing, m_news, m_page}));
        m_window = std::make_unique<ui::MainWindow>(m_store);
        m_window->resize(1400, 800);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        ASSERT_EQ(m_window->currentPage(), m_page.uuid);
    }

    ui::FieldsPanel *panel() const { return m_window->fieldsPanel(); }

    core::Page saved()
    {
        m_window->actions()->saveNow->trigger();
        return m_store.page(m_page.uuid).value_or(core::Page());
    }

    QTemporaryDir m_dir;
    store::PageStore m_store;
    core::Page m_landing;
    core::Page m_news;
    core::Page m_page;
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace

TEST_F(FieldsPanelTest, ThePanelShowsTheContentTypesFieldsAndSavesWhatIsChosen)
{
    ASSERT_TRUE(panel()->isVisible());
    auto *parent = panel()->editor(kParent)->findChild<QComboBox *>();
    ASSERT_TRUE(parent);
    // Only landing and sub-landing pages may be a service page's parent.
    EXPECT_GE(parent->findText(QStringLiteral("Council tax"), Qt::MatchStartsWith), 0);
    EXPECT_LT(parent->findText(QStringLiteral("Leisure centre reopens"), Qt::MatchStartsWith), 0);
    parent->setFocus();
    parent->setCurrentIndex(parent->findText(QStringLiteral("Council tax"), Qt::MatchStartsWith));

    auto *tasks = qobject_cast<ui::LinkListEditor *>(panel()->editor(kTasks));
    ASSERT_TRUE(tasks);
    QTest::mouseClick(tasks->addButton(), Qt::LeftButton);
    tasks->table()->item(0, 0)->setText(QStringLiteral("Pay online"));
    tasks->table()->item(0, 1)->setText(QStringLiteral("/council-tax/pay"));

    const core::Page page = saved();
    EXPECT_EQ(page.fields.value(kParent).toString(), m_landing.uuid.toString(QUuid::WithoutBraces));
    EXPECT_EQ(
        page.fields.value(kTasks).toArray(),
        (QJsonArray{QJsonObject{{QStringLiteral("title"), QStringLiteral("Pay online")},
                                {QStringLiteral("uri"), QStringLiteral("/council-tax/pay")}}}));
    EXPECT_TRUE(page.fields.value(QStringLiteral("localgov_hide_related_topics")).toBool())
        << "the site's default is kept";

    // Reopening the page shows what was saved.
    m_window->openPage(m_landing.uuid);
    m_window->openPage(m_page.uuid);
    parent = panel()->editor(kParent)->findChild<QComboBox *>();
    EXPECT_TRUE(parent->currentText().startsWith(QStringLiteral("Council tax")));
    EXPECT_EQ(qobject_cast<ui::LinkListEditor *>(panel()->editor(kTasks))->table()->rowCount(), 1);
}

TEST_F(FieldsPanelTest, ProblemsAreShownAtTheirFieldInWordsAndGoAwayWhenFixed)
{
    auto *tasks = qobject_cast<ui::LinkListEditor *>(panel()->editor(kTasks));
    ASSERT_TRUE(tasks);
    for (int i = 0; i < 6; ++i)
        QTest::mouseClick(tasks->addButton(), Qt::LeftButton);
    EXPECT_FALSE(tasks->addButton()->isEnabled()) << "a seventh top task cannot be added";
    tasks->table()->item(0, 0)->setText(QStringLiteral("Pay"));
    tasks->table()->item(0, 1)->setText(QStringLiteral("pay online"));

    auto *summary = m_window->editor()->findChild<QPlainTextEdit *>(QStringLiteral("summaryEdit"));
    ASSERT_TRUE(summary);
    summary->clear();

    ASSERT_TRUE(QTest::qWaitFor([&] { return !panel()->problemText(kTasks).isEmpty(); }, 3000));
    EXPECT_TRUE(panel()->problemText(kTasks).startsWith(QStringLiteral("Must fix:")))
        << qPrintable(panel()->problemText(kTasks));
    EXPECT_TRUE(panel()->problemText(kTasks).contains(QStringLiteral("not a web address")));
    EXPECT_TRUE(panel()->pageProblemText().contains(QStringLiteral("requires a summary")))
        << qPrintable(panel()->pageProblemText());
    EXPECT_EQ(tasks->table()->accessibleDescription(), panel()->problemText(kTasks))
        << "screen readers hear the problem on the field itself";

    tasks->table()->item(0, 1)->setText(QStringLiteral("/council-tax/pay"));
    summary->setPlainText(QStringLiteral("How to pay."));
    ASSERT_TRUE(QTest::qWaitFor([&] { return panel()->problemText(kTasks).isEmpty(); }, 3000));
    EXPECT_TRUE(panel()->pageProblemText().isEmpty());
}

TEST_F(FieldsPanelTest, ReviewDateIsSetFromTheSitesIntervalsAndReachesTheStore)
{
    ui::ReviewDateEditor *review = panel()->reviewDateEditor();
    ASSERT_TRUE(review);
    const QDate today(2026, 11, 28);
    review->setToday(today);
    EXPECT_FALSE(review->enabledBox()->isChecked());
    QComboBox *interval = review->intervalBox();
    const int sixMonths = interval->findData(6);
    ASSERT_GE(sixMonths, 0);
    interval->setFocus();
    interval->setCurrentIndex(sixMonths);
    Q_EMIT interval->activated(sixMonths);
    EXPECT_TRUE(review->enabledBox()->isChecked());
    EXPECT_EQ(saved().reviewDate, QDate(2027, 5, 28));

    review->enabledBox()->setChecked(false);
    EXPECT_FALSE(saved().reviewDate.isValid()) << "turning the review off clears the date";
}

TEST_F(FieldsPanelTest, F9HidesAndShowsThePanelAndEveryControlHasAName)
{
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("fieldsDock"));
    ASSERT_TRUE(dock);
    EXPECT_EQ(m_window->actions()->toggleFields->shortcut(), QKeySequence(Qt::Key_F9));
    m_window->actions()->toggleFields->trigger();
    EXPECT_FALSE(dock->isVisible());
    m_window->actions()->toggleFields->trigger();
    EXPECT_TRUE(dock->isVisible());

    const QList<QWidget *> controls = panel()->findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *control : controls) {
        if (!qobject_cast<QComboBox *>(control) && !qobject_cast<QTableWidget *>(control) &&
            !qobject_cast<QToolButton *>(control) && !qobject_cast<QCheckBox *>(control) &&
            !qobject_cast<QDateEdit *>(control))
            continue;
        ++checked;
        EXPECT_FALSE(control->accessibleName().isEmpty())
            << control->metaObject()->className() << " " << qPrintable(control->objectName());
    }
    EXPECT_GT(checked, 10);
}

TEST_F(FieldsPanelTest, EachContentTypeGetsItsOwnFields)
{
    m_window->openPage(m_news.uuid);
    EXPECT_TRUE(panel()->editor(QStringLiteral("localgov_newsroom")));
    EXPECT_TRUE(panel()->editor(QStringLiteral("localgov_news_date")));
    EXPECT_FALSE(panel()->editor(kTasks));
    // A new article is missing its image and newsroom, which the site requires.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return !panel()->problemText(QStringLiteral("localgov_newsroom")).isEmpty(); },
        3000));
    EXPECT_TRUE(panel()
                    ->problemText(QStringLiteral("localgov_newsroom"))
                    .contains(QStringLiteral("required")));
}

TEST_F(FieldsPanelTest, AHiddenPanelStaysHiddenNextTime)
{
    m_window->actions()->toggleFields->trigger();
    ASSERT_FALSE(m_window->actions()->toggleFields->isChecked());
    m_window->close();
    m_window.reset();

    ui::MainWindow again(m_store);
    again.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&again));
    auto *dock = again.findChild<QDockWidget *>(QStringLiteral("fieldsDock"));
    EXPECT_FALSE(dock->isVisible());
    EXPECT_FALSE(again.actions()->toggleFields->isChecked()) << "the menu says what is shown";
    again.actions()->toggleFields->trigger();
    EXPECT_TRUE(dock->isVisible());
    // Leave the layout as other tests expect it.
    again.close();
}
