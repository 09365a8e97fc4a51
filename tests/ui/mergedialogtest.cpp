// SPDX-License-Identifier: GPL-2.0-or-later
#include <sync/threewaymerge.h>
#include <ui/mergedialog.h>

#include "../support/qtprinters.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

#include <functional>

#include <gtest/gtest.h>

using namespace lga;
using sync::ThreeWayMerge;

namespace {

// Two body passages and the title changed differently on both sides; the summary and the third
// paragraph merge cleanly.
ThreeWayMerge::Result conflictedMerge()
{
    core::Page base = core::Page::create(QStringLiteral("localgov_services_page"));
    base.title = QStringLiteral("Bin collections");
    base.summary = QStringLiteral("When we collect.");
    base.body = QStringLiteral("We collect every week.\n\n"
                               "Put your bin out by 7am.\n\n"
                               "Bins must have lids.\n\n"
                               "Contact us if we miss it.\n");
    core::Page mine = base;
    mine.title = QStringLiteral("Bin days");
    mine.body = QStringLiteral("We collect every fortnight.\n\n"
                               "Put your bin out by 7am.\n\n"
                               "Bins must have closed lids.\n\n"
                               "Contact us if we miss it.\n");
    core::Page theirs = base;
    theirs.title = QStringLiteral("Collection days");
    theirs.summary = QStringLiteral("When and how we collect.");
    theirs.body = QStringLiteral("We collect on Mondays.\n\n"
                                 "Put your bin out by 7am.\n\n"
                                 "Bins must have lids that shut.\n\n"
                                 "Contact us if we miss it.\n");
    return ThreeWayMerge::merge(base, mine, theirs);
}

void showAndActivate(QWidget &widget)
{
    widget.show();
    widget.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&widget));
}

// A button's mnemonic clicks it as if pressed and released, which takes a moment.
void pressMnemonic(ui::MergeDialog &dialog, Qt::Key key, const std::function<bool()> &done)
{
    QTest::keyClick(&dialog, key, Qt::AltModifier);
    EXPECT_TRUE(QTest::qWaitFor(done)) << "Alt+" << QKeySequence(key).toString().toStdString();
}

} // namespace

TEST(MergeDialogTest, ChoicesAndHandEditsMakeTheResolvedPage)
{
    const ThreeWayMerge::Result merge = conflictedMerge();
    ASSERT_EQ(merge.conflicts.size(), 3);
    ui::MergeDialog dialog(merge);
    showAndActivate(dialog);

    EXPECT_EQ(dialog.countLabel()->text(), QStringLiteral("Conflict 1 of 3"));
    EXPECT_EQ(dialog.minePane()->toPlainText(), QStringLiteral("Bin days"));
    EXPECT_EQ(dialog.theirsPane()->toPlainText(), QStringLiteral("Collection days"));
    EXPECT_EQ(dialog.basePane()->toPlainText(), QStringLiteral("Bin collections"));
    EXPECT_FALSE(dialog.useBothButton()->isVisible()) << "Both is for body passages only";
    EXPECT_FALSE(dialog.okButton()->isEnabled());

    // The title, typed by hand.
    dialog.resultPane()->setFocus();
    QTest::keyClicks(dialog.resultPane(), QStringLiteral("Bin collection days"));
    EXPECT_TRUE(dialog.isDecided(0));
    EXPECT_FALSE(dialog.okButton()->isEnabled());

    // F8 to the first body passage; Alt+M uses mine.
    QTest::keyClick(&dialog, Qt::Key_F8);
    EXPECT_EQ(dialog.countLabel()->text(), QStringLiteral("Conflict 2 of 3"));
    EXPECT_EQ(dialog.minePane()->toPlainText(), QStringLiteral("We collect every fortnight.\n\n"));
    EXPECT_EQ(dialog.theirsPane()->toPlainText(), QStringLiteral("We collect on Mondays.\n\n"));
    EXPECT_TRUE(dialog.useBothButton()->isVisible());
    pressMnemonic(dialog, Qt::Key_M, [&] { return dialog.isDecided(1); });
    EXPECT_TRUE(dialog.isDecided(1));
    EXPECT_EQ(dialog.resultPane()->toPlainText(),
              QStringLiteral("We collect every fortnight.\n\n"));
    EXPECT_FALSE(dialog.okButton()->isEnabled());

    // Alt+N to the second passage; the site's version with the mouse.
    pressMnemonic(dialog, Qt::Key_N, [&] { return dialog.currentConflict() == 2; });
    EXPECT_EQ(dialog.countLabel()->text(), QStringLiteral("Conflict 3 of 3"));
    EXPECT_FALSE(dialog.nextButton()->isEnabled());
    QTest::mouseClick(dialog.useTheirsButton(), Qt::LeftButton);
    EXPECT_TRUE(dialog.okButton()->isEnabled());

    // Back with Shift+F8: the earlier decision is still shown.
    QTest::keyClick(&dialog, Qt::Key_F8, Qt::ShiftModifier);
    EXPECT_EQ(dialog.currentConflict(), 1);
    EXPECT_EQ(dialog.resultPane()->toPlainText(),
              QStringLiteral("We collect every fortnight.\n\n"));

    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    const core::Page page = dialog.resolvedPage();
    EXPECT_EQ(page.title, QStringLiteral("Bin collection days"));
    EXPECT_EQ(page.summary, QStringLiteral("When and how we collect."));
    EXPECT_EQ(page.body, QStringLiteral("We collect every fortnight.\n\n"
                                        "Put your bin out by 7am.\n\n"
                                        "Bins must have lids that shut.\n\n"
                                        "Contact us if we miss it.\n"));
}

TEST(MergeDialogTest, OkStaysOffUntilEveryConflictIsDecided)
{
    ui::MergeDialog dialog(conflictedMerge());
    showAndActivate(dialog);
    EXPECT_FALSE(dialog.previousButton()->isEnabled());
    QTest::keyClick(&dialog, Qt::Key_F8);
    pressMnemonic(dialog, Qt::Key_O, [&] { return dialog.isDecided(1); }); // Use both.
    QTest::keyClick(&dialog, Qt::Key_F8);
    pressMnemonic(dialog, Qt::Key_B, [&] { return dialog.isDecided(2); }); // Use base.
    EXPECT_FALSE(dialog.okButton()->isEnabled()) << "the title is not decided";
    // Enter does not accept while a conflict is open.
    QTest::keyClick(&dialog, Qt::Key_Return);
    EXPECT_TRUE(dialog.isVisible());

    pressMnemonic(dialog, Qt::Key_P, [&] { return dialog.currentConflict() == 1; });
    pressMnemonic(dialog, Qt::Key_P, [&] { return dialog.currentConflict() == 0; });
    EXPECT_EQ(dialog.countLabel()->text(), QStringLiteral("Conflict 1 of 3"));
    pressMnemonic(dialog, Qt::Key_T, [&] { return dialog.isDecided(0); });
    EXPECT_TRUE(dialog.okButton()->isEnabled());
    EXPECT_EQ(dialog.resultPane()->toPlainText(), QStringLiteral("Collection days"));

    const core::Page page = dialog.resolvedPage();
    EXPECT_EQ(page.title, QStringLiteral("Collection days"));
    EXPECT_EQ(page.body, QStringLiteral("We collect every fortnight.\n\n"
                                        "We collect on Mondays.\n\n"
                                        "Put your bin out by 7am.\n\n"
                                        "Bins must have lids.\n\n"
                                        "Contact us if we miss it.\n"));
}

TEST(MergeDialogTest, EveryControlHasAnAccessibleName)
{
    ui::MergeDialog dialog(conflictedMerge());
    for (QWidget *control : std::initializer_list<QWidget *>{
             dialog.minePane(), dialog.theirsPane(), dialog.basePane(), dialog.resultPane(),
             dialog.useMineButton(), dialog.useTheirsButton(), dialog.useBothButton(),
             dialog.useBaseButton(), dialog.previousButton(), dialog.nextButton(),
             dialog.okButton()})
        EXPECT_FALSE(control->accessibleName().isEmpty()) << control->metaObject()->className();
    // Read-only panes can still be read with the keyboard.
    EXPECT_TRUE(dialog.minePane()->textInteractionFlags() & Qt::TextSelectableByKeyboard);
}

TEST(MergeDialogTest, FieldConflictsShowReadableValuesAndTakeTheChosenOne)
{
    core::Page base = core::Page::create(QStringLiteral("localgov_services_page"));
    base.title = QStringLiteral("Bin collections");
    base.fields.insert(QStringLiteral("localgov_hide_related_topics"), false);
    const QJsonObject missed{{QStringLiteral("uri"), QStringLiteral("https://example.org/missed")},
                             {QStringLiteral("title"), QStringLiteral("Report a missed bin")}};
    const QJsonObject order{{QStringLiteral("uri"), QStringLiteral("https://example.org/order")},
                            {QStringLiteral("title"), QStringLiteral("Order a new bin")}};
    base.fields.insert(QStringLiteral("localgov_common_tasks"), QJsonArray{missed});
    core::Page mine = base;
    mine.fields.insert(QStringLiteral("localgov_common_tasks"), QJsonArray{});
    core::Page theirs = base;
    theirs.fields.insert(QStringLiteral("localgov_common_tasks"), QJsonArray{missed, order});
    theirs.fields.insert(QStringLiteral("localgov_hide_related_topics"), true);

    ui::MergeDialog dialog(ThreeWayMerge::merge(base, mine, theirs));
    ASSERT_EQ(dialog.conflictCount(), 1);
    EXPECT_EQ(dialog.countLabel()->text(), QStringLiteral("Conflict 1 of 1"));
    EXPECT_EQ(dialog.minePane()->toPlainText(), QStringLiteral("(none)"));
    EXPECT_EQ(dialog.theirsPane()->toPlainText(),
              QStringLiteral("Report a missed bin (https://example.org/missed); "
                             "Order a new bin (https://example.org/order)"));
    EXPECT_TRUE(dialog.resultPane()->isReadOnly()) << "a list of links is not edited as text";
    EXPECT_FALSE(dialog.useBothButton()->isVisibleTo(&dialog));

    dialog.useTheirsButton()->click();
    ASSERT_TRUE(dialog.okButton()->isEnabled());
    EXPECT_EQ(dialog.resultPane()->toPlainText(), dialog.theirsPane()->toPlainText());
    const core::Page page = dialog.resolvedPage();
    EXPECT_EQ(page.fields.value(QStringLiteral("localgov_common_tasks")),
              QJsonValue(QJsonArray{missed, order}));
    // The clean change from the site is kept too.
    EXPECT_EQ(page.fields.value(QStringLiteral("localgov_hide_related_topics")), QJsonValue(true));
}
