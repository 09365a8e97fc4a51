// SPDX-License-Identifier: GPL-2.0-or-later
#include "support/previewprobe.h"

#include <store/pagestore.h>
#include <store/revisionstore.h>
#include <ui/historydialog.h>
#include <ui/mainwindow.h>
#include <ui/pageeditor.h>
#include <ui/pagelistpanel.h>
#include <ui/sourceeditor.h>

#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>

#include <gtest/gtest.h>

using namespace lga;

namespace {

core::Page binsPage()
{
    core::Page page = core::Page::create(QStringLiteral("localgov_services_page"));
    page.title = QStringLiteral("Bin collections");
    page.summary = QStringLiteral("Find your collection day.");
    page.body = QStringLiteral("## When we collect\n\nWe collect every week.\n");
    return page;
}

class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("pages.sqlite"));
    }

    std::unique_ptr<store::PageStore> openStore()
    {
        auto store = std::make_unique<store::PageStore>();
        EXPECT_TRUE(store->open(m_path)) << qPrintable(store->lastError().message);
        return store;
    }

    static bool waitReady(ui::MainWindow &window)
    {
        return QTest::qWaitFor([&] { return window.preview()->isReady(); }, 20000);
    }

    /// A window on a page with `body`, once the preview shows `lastText`.
    std::unique_ptr<ui::MainWindow> showPage(store::PageStore &store, const QString &body,
                                             const QString &lastText)
    {
        core::Page page = binsPage();
        page.body = body;
        EXPECT_TRUE(store.insert(page));
        auto window = std::make_unique<ui::MainWindow>(store);
        window->resize(1200, 700);
        window->show();
        EXPECT_TRUE(waitReady(*window));
        EXPECT_TRUE(test::waitForPreviewText(window->preview(), lastText));
        return window;
    }

    QTemporaryDir m_dir;
    QString m_path;
};

} // namespace

TEST_F(MainWindowTest, TypedTextReachesThePreviewAndSurvivesARestart)
{
    const core::Page page = binsPage();
    {
        auto store = openStore();
        ASSERT_TRUE(store->insert(page));
        ui::MainWindow window(*store);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        ASSERT_TRUE(waitReady(window));
        EXPECT_EQ(window.currentPage(), page.uuid);
        ASSERT_TRUE(
            test::waitForPreviewText(window.preview(), QStringLiteral("We collect every week.")));

        ui::SourceEditor *editor = window.editor()->bodyEditor();
        editor->setFocus();
        editor->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor, QStringLiteral("Put your bin out by 7am."));
        EXPECT_TRUE(
            test::waitForPreviewText(window.preview(), QStringLiteral("Put your bin out by 7am.")));

        QTest::keyClicks(window.editor()->titleEdit(), QStringLiteral(" and recycling"));
        EXPECT_TRUE(test::waitForPreviewText(window.preview(),
                                             QStringLiteral("Bin collections and recycling")));
        window.close(); // saves on quit
    }
    auto store = openStore();
    ui::MainWindow window(*store);
    window.show();
    const core::Page &reopened = window.editor()->page();
    EXPECT_EQ(reopened.uuid, page.uuid);
    EXPECT_EQ(reopened.title, QStringLiteral("Bin collections and recycling"));
    EXPECT_TRUE(reopened.body.endsWith(QStringLiteral("Put your bin out by 7am.")));
    EXPECT_TRUE(window.editor()->bodyEditor()->toPlainText().contains(QStringLiteral("7am")));
    ASSERT_TRUE(waitReady(window));
    EXPECT_TRUE(
        test::waitForPreviewText(window.preview(), QStringLiteral("Put your bin out by 7am.")));
}

TEST_F(MainWindowTest, EditingOneBlockPatchesOnlyThatBlockAndNeverJumpsToTheTop)
{
    QString body;
    for (int i = 1; i <= 120; ++i)
        body += QStringLiteral("Paragraph %1 about waste and recycling in Ashwick.\n\n").arg(i);
    auto store = openStore();
    const auto shown = showPage(*store, body, QStringLiteral("Paragraph 120 about"));
    ui::MainWindow &window = *shown;

    // Mark the DOM nodes, then scroll the preview down.
    ui::PreviewView *preview = window.preview();
    test::evaluate(preview,
                   QStringLiteral("for (const p of document.getElementById('body').children) "
                                  "p.lgaMark = true; window.scrollTo(0, 2000); 0"));
    const double before = test::evaluate(preview, QStringLiteral("window.scrollY")).toDouble();
    ASSERT_GT(before, 1000);

    // Type into paragraph 60 (source line 119), away from the editor's own scrolling.
    ui::SourceEditor *editor = window.editor()->bodyEditor();
    QTextCursor cursor(editor->document()->findBlockByNumber(118));
    cursor.movePosition(QTextCursor::EndOfBlock);
    editor->setTextCursor(cursor);
    test::evaluate(preview, QStringLiteral("window.scrollTo(0, 2000); 0"));
    QTest::keyClicks(editor, QStringLiteral(" Edited"));
    ASSERT_TRUE(test::waitForPreviewText(
        preview, QStringLiteral("Paragraph 60 about waste and recycling in Ashwick. Edited")));

    // Only the edited block was replaced: every other node is the same object as before.
    const QVariant unmarked = test::evaluate(
        preview, QStringLiteral("Array.from(document.getElementById('body').children)"
                                ".filter(p => !p.lgaMark).map(p => p.textContent)"));
    const QStringList replaced = unmarked.toStringList();
    ASSERT_EQ(replaced.size(), 1);
    EXPECT_TRUE(replaced.first().startsWith(QStringLiteral("Paragraph 60 ")));
    EXPECT_EQ(
        test::evaluate(preview, QStringLiteral("document.getElementById('body').children.length"))
            .toInt(),
        120);
}

TEST_F(MainWindowTest, NewDuplicateAndFilterWorkFromTheKeyboard)
{
    auto store = openStore();
    ASSERT_TRUE(store->insert(binsPage()));
    ui::MainWindow window(*store);
    window.show();
    window.activateWindow();
    // Shortcuts reach only the active window.
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));

    QTest::keySequence(&window, QKeySequence::New);
    EXPECT_EQ(store->summaries().size(), 2);
    EXPECT_TRUE(window.editor()->titleEdit()->hasFocus());
    QTest::keyClicks(window.editor()->titleEdit(), QStringLiteral("Parking permits"));
    QTest::keySequence(&window, QKeySequence(QStringLiteral("Ctrl+Shift+D")));
    EXPECT_EQ(window.editor()->page().title, QStringLiteral("Copy of Parking permits"));
    EXPECT_EQ(store->summaries().size(), 3);

    QTest::keySequence(&window, QKeySequence(QStringLiteral("Ctrl+P")));
    QLineEdit *filter = window.pageList()->filterEdit();
    EXPECT_TRUE(filter->hasFocus());
    QTest::keyClicks(filter, QStringLiteral("bin"));
    // The search runs a moment after the last key, on a worker thread.
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return window.pageList()->view()->model()->rowCount() == 1; }));
    QTest::keyClick(filter, Qt::Key_Return);
    EXPECT_EQ(window.editor()->page().title, QStringLiteral("Bin collections"));
}

TEST_F(MainWindowTest, EditorAndPreviewScrollTogether)
{
    QString body;
    for (int i = 1; i <= 150; ++i)
        body += QStringLiteral("## Heading %1\n\nParagraph %1 about council tax bands.\n\n").arg(i);
    auto store = openStore();
    const auto shown = showPage(*store, body, QStringLiteral("Paragraph 150 about"));
    ui::MainWindow &window = *shown;
    ui::PreviewView *preview = window.preview();
    ui::SourceEditor *editor = window.editor()->bodyEditor();

    // Scrolling the editor to "Heading 100" (source line 397) brings that block into view.
    editor->scrollToLine(397, 0.0);
    editor->verticalScrollBar()->setValue(editor->verticalScrollBar()->value() + 1);
    const auto headingTop = [&] {
        return test::evaluate(preview, QStringLiteral("Array.from(document.querySelectorAll('h2'))"
                                                      ".find(h => h.textContent === 'Heading 100')"
                                                      ".getBoundingClientRect().top"))
            .toDouble();
    };
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            const double top = headingTop();
            return top > -50 && top < 700;
        },
        5000))
        << "Heading 100 is at " << headingTop();

    // The preview reports the line it shows, and the editor can follow it there.
    const int line = test::evaluate(preview, QStringLiteral("lga.lineAt(1/3)")).toInt();
    EXPECT_GT(line, 370);
    EXPECT_LT(line, 430);
    editor->scrollToLine(41, 0.0);
    EXPECT_NEAR(editor->firstVisibleLine(), 41, 2);
}

TEST_F(MainWindowTest, SavesBecomeRevisionsAndSaveVersionKeepsAMessage)
{
    auto store = openStore();
    const core::Page page = binsPage();
    ASSERT_TRUE(store->insert(page));
    ui::MainWindow window(*store);
    window.show();
    ui::SourceEditor *editor = window.editor()->bodyEditor();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, QStringLiteral("Green bins are collected on Mondays."));
    // The autosave lands within a second and opens an editing burst in the history.
    store::RevisionStore revisions(*store);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            const auto history = revisions.history(page.uuid);
            return !history.isEmpty() &&
                   history.first().snapshot.body.contains(QStringLiteral("Mondays"));
        },
        5000));

    QTest::keyClicks(editor, QStringLiteral(" Black bins on Thursdays."));
    ASSERT_TRUE(window.saveVersion(QStringLiteral("Added collection days")));
    const auto history = revisions.history(page.uuid);
    ASSERT_FALSE(history.isEmpty());
    EXPECT_EQ(history.first().kind, store::RevisionStore::Kind::Version);
    EXPECT_EQ(history.first().message, QStringLiteral("Added collection days"));
    EXPECT_TRUE(history.first().snapshot.body.endsWith(QStringLiteral("Black bins on Thursdays.")));
}

TEST_F(MainWindowTest, HistoryShowsWhatChangedAndRestoresAnEarlierVersion)
{
    auto store = openStore();
    core::Page page = binsPage();
    ASSERT_TRUE(store->insert(page));
    store::RevisionStore revisions(*store);
    ASSERT_TRUE(revisions.saveVersion(page, QStringLiteral("First draft")));
    page.body = QStringLiteral("## When we collect\n\nWe collect every fortnight.\n");
    ASSERT_TRUE(store->save(page));
    ASSERT_TRUE(revisions.saveVersion(page, QStringLiteral("Fortnightly now")));

    ui::MainWindow window(*store);
    window.show();
    ASSERT_EQ(window.editor()->page().body, page.body);
    {
        ui::HistoryDialog dialog(revisions, window.editor()->page());
        ASSERT_EQ(dialog.revisionList()->count(), 2);
        EXPECT_TRUE(
            dialog.revisionList()->item(0)->text().contains(QStringLiteral("Fortnightly now")));
        const QString changes = dialog.changes()->toPlainText();
        EXPECT_TRUE(changes.contains(QStringLiteral("week"))) << changes.toStdString();
        EXPECT_TRUE(changes.contains(QStringLiteral("fortnight"))) << changes.toStdString();
    }

    // Restore the first draft from the real dialog, opened with the shortcut.
    QTimer::singleShot(0, &window, [] {
        auto *open = qobject_cast<ui::HistoryDialog *>(QApplication::activeModalWidget());
        if (!open) {
            ADD_FAILURE() << "the history dialog did not open";
            return;
        }
        open->revisionList()->setCurrentRow(1);
        EXPECT_TRUE(open->restoreSelected());
    });
    window.showHistory();
    EXPECT_EQ(window.editor()->page().body,
              QStringLiteral("## When we collect\n\nWe collect every week.\n"));
    EXPECT_EQ(store->page(page.uuid)->body, window.editor()->page().body);
    EXPECT_EQ(revisions.history(page.uuid).size(), 3) << "restoring adds a revision, losing none";
}
