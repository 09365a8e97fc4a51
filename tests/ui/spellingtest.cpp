// SPDX-License-Identifier: GPL-2.0-or-later
#include <ui/sourceeditor.h>
#include <ui/spellingcontroller.h>

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QCursor>
#include <QFile>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <memory>

using lga::core::SourceFormat;
using lga::spell::SpellSettings;
using lga::ui::EditorMark;
using lga::ui::MarkLayer;
using lga::ui::SourceEditor;
using lga::ui::SpellingController;

namespace {

QString actionText(const QAction *action)
{
    return action->text().remove(u'&').section(u'\t', 0, 0);
}

QAction *findAction(QMenu *menu, const QString &text)
{
    for (QAction *action : menu->actions()) {
        if (actionText(action) == text)
            return action;
    }
    return nullptr;
}

QStringList actionTexts(QMenu *menu)
{
    QStringList texts;
    for (QAction *action : menu->actions())
        texts.append(actionText(action));
    return texts;
}

// A shown editor with spelling on, the dictionary loaded and the first check done.
class SpellingTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_editor.resize(600, 300);
        m_editor.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_editor));
        m_editor.setFocus();
        SpellSettings settings;
        settings.personalDictionaryPath = personalDictionary();
        m_controller = std::make_unique<SpellingController>(&m_editor, settings);
        QSignalSpy loaded(m_controller.get(), &SpellingController::checked);
        ASSERT_TRUE(loaded.wait(10000)) << "the dictionary did not load";
    }

    QString personalDictionary() const { return m_folder.filePath(QStringLiteral("words.txt")); }

    // Waits for the check that follows the pause after the last change.
    bool waitForCheck()
    {
        QSignalSpy spy(m_controller.get(), &SpellingController::checked);
        return spy.wait(5000);
    }

    void setText(const QString &text)
    {
        m_editor.setSource(text, SourceFormat::Markdown);
        m_controller->setPage(SourceFormat::Markdown);
        ASSERT_TRUE(waitForCheck());
    }

    QStringList markedWords() const
    {
        QStringList words;
        for (const EditorMark &mark : m_editor.marks(MarkLayer::Spelling)) {
            if (mark.length > 0)
                words.append(m_editor.toPlainText().mid(mark.start, mark.length));
        }
        return words;
    }

    QTemporaryDir m_folder;
    SourceEditor m_editor;
    std::unique_ptr<SpellingController> m_controller;
};

} // namespace

TEST_F(SpellingTest, TypingAMisspellingUnderlinesItAfterAPause)
{
    QTest::keyClicks(&m_editor, QStringLiteral("The colour of the recyclling bin is "));
    EXPECT_TRUE(m_editor.marks(MarkLayer::Spelling).isEmpty()) << "marked before the pause";
    ASSERT_TRUE(waitForCheck());
    const QList<EditorMark> marks = m_editor.marks(MarkLayer::Spelling);
    ASSERT_EQ(marks.size(), 1);
    EXPECT_EQ(marks[0].start, 18);
    EXPECT_EQ(marks[0].length, 10);
    EXPECT_EQ(marks[0].kind, EditorMark::Spelling);
    EXPECT_EQ(marks[0].toolTip, QStringLiteral("Not in the British English dictionary"));
    EXPECT_EQ(m_editor.marksAt(20).size(), 1);
    EXPECT_TRUE(m_editor.marksAt(5).isEmpty());

    // Code and links are not prose; American spelling is flagged.
    QTest::keyClicks(&m_editor, QStringLiteral("`grren` on [the color page](https://x.org/colr)"));
    ASSERT_TRUE(waitForCheck());
    EXPECT_EQ(markedWords(), (QStringList{QStringLiteral("recyclling"), QStringLiteral("color")}));
}

TEST_F(SpellingTest, ASuggestionReplacesTheWordAsOneUndoStep)
{
    setText(QStringLiteral("Put the bin out on the rong day."));
    ASSERT_EQ(markedWords(), QStringList{QStringLiteral("rong")});
    std::unique_ptr<QMenu> menu(m_controller->createContextMenu(24));
    const QStringList texts = actionTexts(menu.get());
    QAction *wrong = findAction(menu.get(), QStringLiteral("wrong"));
    ASSERT_NE(wrong, nullptr) << texts.join(u',').toStdString();
    EXPECT_LE(texts.indexOf(QStringLiteral("Add to dictionary")), 7) << "at most six suggestions";
    EXPECT_NE(findAction(menu.get(), QStringLiteral("Ignore on this page")), nullptr);
    EXPECT_NE(findAction(menu.get(), QStringLiteral("Copy")), nullptr) << "standard actions kept";
    wrong->trigger();
    EXPECT_EQ(m_editor.toPlainText(), QStringLiteral("Put the bin out on the wrong day."));
    EXPECT_TRUE(markedWords().isEmpty());
    m_editor.undo();
    EXPECT_EQ(m_editor.toPlainText(), QStringLiteral("Put the bin out on the rong day."));
}

TEST_F(SpellingTest, AWordThatIsRightHasOnlyTheStandardMenu)
{
    setText(QStringLiteral("Put the bin out on the rong day."));
    std::unique_ptr<QMenu> menu(m_controller->createContextMenu(5));
    EXPECT_EQ(findAction(menu.get(), QStringLiteral("Add to dictionary")), nullptr);
    EXPECT_NE(findAction(menu.get(), QStringLiteral("Copy")), nullptr);
}

TEST_F(SpellingTest, AddToDictionaryRemovesTheMarkAndIsKept)
{
    setText(QStringLiteral("Wardown Park and Wardown House."));
    ASSERT_EQ(markedWords(), (QStringList{QStringLiteral("Wardown"), QStringLiteral("Wardown")}));
    std::unique_ptr<QMenu> menu(m_controller->createContextMenu(2));
    QAction *add = findAction(menu.get(), QStringLiteral("Add to dictionary"));
    ASSERT_NE(add, nullptr);
    add->trigger();
    EXPECT_TRUE(markedWords().isEmpty()) << "the marks must go at once";
    ASSERT_TRUE(waitForCheck());
    EXPECT_TRUE(markedWords().isEmpty());
    QFile file(personalDictionary());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("Wardown\n"));
}

TEST_F(SpellingTest, IgnoreLastsForThisPageOnly)
{
    setText(QStringLiteral("Stopsley ward meets in Stopsley."));
    std::unique_ptr<QMenu> menu(m_controller->createContextMenu(3));
    QAction *ignore = findAction(menu.get(), QStringLiteral("Ignore on this page"));
    ASSERT_NE(ignore, nullptr);
    ignore->trigger();
    EXPECT_TRUE(markedWords().isEmpty());
    ASSERT_TRUE(waitForCheck());
    EXPECT_TRUE(markedWords().isEmpty());

    setText(QStringLiteral("Stopsley library"));
    EXPECT_EQ(markedWords(), QStringList{QStringLiteral("Stopsley")});
}

TEST_F(SpellingTest, SwitchedOffShowsNoMarks)
{
    setText(QStringLiteral("Teh bin"));
    ASSERT_EQ(markedWords(), QStringList{QStringLiteral("Teh")});
    m_controller->setEnabled(false);
    EXPECT_TRUE(m_editor.marks(MarkLayer::Spelling).isEmpty());
    m_editor.moveCursor(QTextCursor::End);
    QTest::keyClicks(&m_editor, QStringLiteral(" is emptyed"));
    QSignalSpy spy(m_controller.get(), &SpellingController::checked);
    EXPECT_FALSE(spy.wait(800));
    EXPECT_TRUE(m_editor.marks(MarkLayer::Spelling).isEmpty());
    std::unique_ptr<QMenu> menu(m_controller->createContextMenu(1));
    EXPECT_EQ(findAction(menu.get(), QStringLiteral("Add to dictionary")), nullptr);

    m_controller->setEnabled(true);
    ASSERT_TRUE(waitForCheck());
    EXPECT_EQ(markedWords(), (QStringList{QStringLiteral("Teh"), QStringLiteral("emptyed")}));
}

TEST_F(SpellingTest, AResultForOldTextIsDropped)
{
    m_editor.setPlainText(QStringLiteral("Teh missed bin"));
    m_controller->checkNow();
    // Changed before that check can report: its marks would land on the wrong words.
    m_editor.setPlainText(QStringLiteral("All words fine here, nothing wrnog"));
    ASSERT_TRUE(waitForCheck());
    EXPECT_EQ(markedWords(), QStringList{QStringLiteral("wrnog")});
}

TEST_F(SpellingTest, KeyboardReachesTheMisspellingsAndTheirMenu)
{
    setText(QStringLiteral("Teh bin is emptyed on Mondays."));
    QTextCursor cursor = m_editor.textCursor();
    cursor.setPosition(0);
    m_editor.setTextCursor(cursor);
    ASSERT_TRUE(m_controller->nextMisspelling());
    EXPECT_EQ(m_editor.textCursor().selectedText(), QStringLiteral("emptyed"));
    ASSERT_TRUE(m_controller->nextMisspelling());
    EXPECT_EQ(m_editor.textCursor().selectedText(), QStringLiteral("Teh")) << "wraps round";

    // The Menu key: the platform turns it into a keyboard context menu event for the window
    // (as xcb does), which must open the spelling menu for the word at the text cursor.
    QStringList seen;
    QTimer::singleShot(300, [&seen] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            seen = actionTexts(menu);
            menu->close();
        }
    });
    QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, QPoint(), QCursor::pos());
    QCoreApplication::sendEvent(m_editor.windowHandle(), &menuKey);
    EXPECT_TRUE(seen.contains(QStringLiteral("The"))) << seen.join(u',').toStdString();
    EXPECT_TRUE(seen.contains(QStringLiteral("Add to dictionary")));

    seen.clear();
    QTimer::singleShot(300, [&seen] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            seen = actionTexts(menu);
            menu->close();
        }
    });
    m_controller->showContextMenuAtCursor();
    EXPECT_TRUE(seen.contains(QStringLiteral("The"))) << seen.join(u',').toStdString();
}

TEST(SpellingUnavailable, AMissingDictionaryIsReportedNotFatal)
{
    QTemporaryDir folder;
    SourceEditor editor;
    SpellSettings settings;
    settings.dictionaryDirectory = folder.filePath(QStringLiteral("none"));
    settings.personalDictionaryPath = folder.filePath(QStringLiteral("words.txt"));
    SpellingController controller(&editor, settings);
    QSignalSpy unavailable(&controller, &SpellingController::unavailable);
    ASSERT_TRUE(unavailable.wait(5000));
    EXPECT_TRUE(unavailable.first().first().toString().contains(QStringLiteral("en_GB")));
    EXPECT_EQ(controller.errorString(), unavailable.first().first().toString());
    editor.setPlainText(QStringLiteral("Teh bin"));
    QTest::qWait(500);
    EXPECT_TRUE(editor.marks(MarkLayer::Spelling).isEmpty());
}
