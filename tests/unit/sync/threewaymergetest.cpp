// SPDX-License-Identifier: GPL-2.0-or-later
#include <sync/threewaymerge.h>

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace lga;
using sync::ThreeWayMerge;
using Choice = ThreeWayMerge::Choice;
using Part = ThreeWayMerge::Part;
using Resolution = ThreeWayMerge::Resolution;

namespace {

core::Page pageWith(const QString &body, const QString &title = QStringLiteral("Bin collections"))
{
    core::Page page;
    page.uuid = QUuid(QStringLiteral("{5b6b2f1e-2a9e-4d37-9d0b-6d0f6f6b1c11}"));
    page.bundle = QStringLiteral("localgov_services_page");
    page.title = title;
    page.summary = QStringLiteral("When your bins are collected.");
    page.body = body;
    return page;
}

ThreeWayMerge::Result mergeBodies(const QString &base, const QString &mine, const QString &theirs)
{
    return ThreeWayMerge::merge(pageWith(base), pageWith(mine), pageWith(theirs));
}

const QString kBase = QStringLiteral("## When we collect\n\n"
                                     "We collect every week.\n\n"
                                     "Put your bin out by 7am.\n\n"
                                     "Contact us if we miss it.\n");

} // namespace

TEST(ThreeWayMergeTest, EditsInDifferentParagraphsMergeCleanly)
{
    const QString mine = QStringLiteral("## When we collect\n\n"
                                        "We collect every fortnight.\n\n"
                                        "Put your bin out by 7am.\n\n"
                                        "Contact us if we miss it.\n");
    const QString theirs = QStringLiteral("## When we collect\n\n"
                                          "We collect every week.\n\n"
                                          "Put your bin out by 6am.\n\n"
                                          "Contact us if we miss it.\n");
    const auto result = mergeBodies(kBase, mine, theirs);
    ASSERT_TRUE(result.clean);
    EXPECT_TRUE(result.conflicts.isEmpty());
    // Neighbouring paragraphs changed by different people do not overlap.
    EXPECT_EQ(result.page.body, QStringLiteral("## When we collect\n\n"
                                               "We collect every fortnight.\n\n"
                                               "Put your bin out by 6am.\n\n"
                                               "Contact us if we miss it.\n"));
}

TEST(ThreeWayMergeTest, SameParagraphEditedDifferentlyIsAConflictWithAllThreeTexts)
{
    const QString mine =
        QString(kBase).replace(QStringLiteral("every week"), QStringLiteral("every fortnight"));
    const QString theirs =
        QString(kBase).replace(QStringLiteral("every week"), QStringLiteral("on Mondays"));
    const auto result = mergeBodies(kBase, mine, theirs);
    EXPECT_FALSE(result.clean);
    ASSERT_EQ(result.conflicts.size(), 1);
    const auto &conflict = result.conflicts.first();
    EXPECT_EQ(conflict.part, Part::Body);
    EXPECT_EQ(conflict.base, QStringLiteral("We collect every week.\n\n"));
    EXPECT_EQ(conflict.mine, QStringLiteral("We collect every fortnight.\n\n"));
    EXPECT_EQ(conflict.theirs, QStringLiteral("We collect on Mondays.\n\n"));
    ASSERT_GE(conflict.region, 0);
    EXPECT_EQ(result.body.at(conflict.region).conflict, 0);
    // Until it is resolved the page holds the author's own words, not the site's.
    EXPECT_EQ(result.page.body, mine);
}

TEST(ThreeWayMergeTest, IdenticalEditsOnBothSidesAreTakenOnce)
{
    const QString edited = QString(kBase).replace(QStringLiteral("7am"), QStringLiteral("6am"));
    const auto result = mergeBodies(kBase, edited, edited);
    ASSERT_TRUE(result.clean);
    EXPECT_EQ(result.page.body, edited);
}

TEST(ThreeWayMergeTest, InsertionsAtTheSamePoint)
{
    const QString insertedTwice = QString(kBase).replace(
        QStringLiteral("Put your"), QStringLiteral("Garden waste is extra.\n\nPut your"));
    const auto same = mergeBodies(kBase, insertedTwice, insertedTwice);
    ASSERT_TRUE(same.clean);
    EXPECT_EQ(same.page.body, insertedTwice);
    EXPECT_EQ(same.page.body.count(QStringLiteral("Garden waste")), 1);

    const QString other = QString(kBase).replace(
        QStringLiteral("Put your"), QStringLiteral("Glass goes in the box.\n\nPut your"));
    const auto different = mergeBodies(kBase, insertedTwice, other);
    EXPECT_FALSE(different.clean);
    ASSERT_EQ(different.conflicts.size(), 1);
    EXPECT_EQ(different.conflicts[0].base, QString());
    EXPECT_EQ(different.conflicts[0].mine, QStringLiteral("Garden waste is extra.\n\n"));
    EXPECT_EQ(different.conflicts[0].theirs, QStringLiteral("Glass goes in the box.\n\n"));
}

TEST(ThreeWayMergeTest, DeletionOnOneSideAndEditOnTheOtherIsAConflict)
{
    const QString deleted = QString(kBase).remove(QStringLiteral("Put your bin out by 7am.\n\n"));
    const QString edited = QString(kBase).replace(QStringLiteral("7am"), QStringLiteral("6am"));
    const auto result = mergeBodies(kBase, deleted, edited);
    EXPECT_FALSE(result.clean);
    ASSERT_EQ(result.conflicts.size(), 1);
    EXPECT_EQ(result.conflicts[0].mine, QString());
    EXPECT_EQ(result.conflicts[0].theirs, QStringLiteral("Put your bin out by 6am.\n\n"));

    // And the other way round.
    const auto reversed = mergeBodies(kBase, edited, deleted);
    EXPECT_FALSE(reversed.clean);
    EXPECT_EQ(reversed.conflicts.size(), 1);
}

TEST(ThreeWayMergeTest, OneSideOnlyChangedGivesThatSideVerbatim)
{
    // Odd spacing, a missing final newline and trailing spaces survive untouched.
    const QString changed = QStringLiteral("## When we collect\n\n\n"
                                           "We collect every week.   \n\n"
                                           "New paragraph.\n\n"
                                           "Contact us if we miss it.");
    const auto mineOnly = mergeBodies(kBase, changed, kBase);
    ASSERT_TRUE(mineOnly.clean);
    EXPECT_EQ(mineOnly.page.body, changed);
    const auto theirsOnly = mergeBodies(kBase, kBase, changed);
    ASSERT_TRUE(theirsOnly.clean);
    EXPECT_EQ(theirsOnly.page.body, changed);
}

TEST(ThreeWayMergeTest, AddingAtTheEndKeepsParagraphsApart)
{
    const QString base = QStringLiteral("First.\n\nLast.\n");
    const QString mine = QStringLiteral("First.\n\nLast, edited.\n");
    const QString theirs = QStringLiteral("First.\n\nLast.\n\nAdded on the site.\n");
    const auto result = mergeBodies(base, mine, theirs);
    ASSERT_TRUE(result.clean);
    EXPECT_EQ(result.page.body, QStringLiteral("First.\n\nLast, edited.\n\nAdded on the site.\n"));
}

TEST(ThreeWayMergeTest, FencedCodeListsAndTablesAreWholeBlocks)
{
    const QString body = QStringLiteral("Intro.\n\n"
                                        "```\ncode\n\nmore code\n```\n\n"
                                        "- one\n\n- two\n\n  continued\n\n"
                                        "| A | B |\n|---|---|\n| 1 | 2 |\n\n"
                                        "End.");
    const QStringList blocks = ThreeWayMerge::splitBlocks(body, core::SourceFormat::Markdown);
    ASSERT_EQ(blocks.size(), 5) << qPrintable(blocks.join(QStringLiteral("|||")));
    EXPECT_EQ(blocks[1], QStringLiteral("```\ncode\n\nmore code\n```\n\n"));
    EXPECT_EQ(blocks[2], QStringLiteral("- one\n\n- two\n\n  continued\n\n"));
    EXPECT_EQ(blocks[3], QStringLiteral("| A | B |\n|---|---|\n| 1 | 2 |\n\n"));
    EXPECT_EQ(blocks.join(QString()), body);

    // Two people changing different items of one list is a conflict: the list is one block.
    const QString base = QStringLiteral("Bring:\n\n- proof of address\n\n- photo ID\n");
    const auto result = mergeBodies(
        base, QString(base).replace(QStringLiteral("address"), QStringLiteral("residence")),
        QString(base).replace(QStringLiteral("photo"), QStringLiteral("signed")));
    EXPECT_FALSE(result.clean);
}

TEST(ThreeWayMergeTest, HtmlBodiesSplitAtTopLevelElements)
{
    const QString base = QStringLiteral("<p>One.</p>\n<div class=\"x\">\n<p>Two.</p>\n\n<p>Three."
                                        "</p>\n</div>\n<p>Four.<br>\nline</p>\n");
    const QStringList blocks = ThreeWayMerge::splitBlocks(base, core::SourceFormat::Html);
    ASSERT_EQ(blocks.size(), 3);
    EXPECT_EQ(blocks[0], QStringLiteral("<p>One.</p>\n"));
    EXPECT_EQ(blocks[2], QStringLiteral("<p>Four.<br>\nline</p>\n"));

    core::Page basePage = pageWith(base);
    basePage.format = core::SourceFormat::Html;
    core::Page mine = basePage;
    mine.body.replace(QStringLiteral("One."), QStringLiteral("Uno."));
    core::Page theirs = basePage;
    theirs.body.replace(QStringLiteral("Four."), QStringLiteral("Pedwar."));
    const auto result = ThreeWayMerge::merge(basePage, mine, theirs);
    ASSERT_TRUE(result.clean);
    EXPECT_EQ(result.page.format, core::SourceFormat::Html);
    EXPECT_EQ(result.page.body, QString(base)
                                    .replace(QStringLiteral("One."), QStringLiteral("Uno."))
                                    .replace(QStringLiteral("Four."), QStringLiteral("Pedwar.")));
}

TEST(ThreeWayMergeTest, TitleSummaryStateReviewDateAndFields)
{
    core::Page base = pageWith(kBase);
    base.fields.insert(QStringLiteral("localgov_common_tasks"),
                       QJsonArray{QStringLiteral("Report a missed bin")});
    base.fields.insert(QStringLiteral("localgov_hide_related_topics"), false);
    base.fields.insert(QStringLiteral("localgov_override_related_links"), false);
    base.reviewDate = QDate(2026, 6, 1);
    core::Page mine = base;
    core::Page theirs = base;
    mine.title = QStringLiteral("Bin days");
    theirs.summary = QStringLiteral("Find your bin day.");
    mine.state = core::ModerationState::Review;
    theirs.state = core::ModerationState::Review;
    theirs.reviewDate = QDate(2026, 9, 1);
    mine.fields.insert(QStringLiteral("localgov_hide_related_topics"), true);
    theirs.fields.insert(QStringLiteral("localgov_hide_related_topics"), true);
    mine.fields.remove(QStringLiteral("localgov_override_related_links"));
    theirs.fields.insert(QStringLiteral("localgov_services_parent"),
                         QJsonObject{{QStringLiteral("id"), QStringLiteral("abc")}});

    const auto clean = ThreeWayMerge::merge(base, mine, theirs);
    ASSERT_TRUE(clean.clean);
    EXPECT_EQ(clean.page.title, QStringLiteral("Bin days"));
    EXPECT_EQ(clean.page.summary, QStringLiteral("Find your bin day."));
    EXPECT_EQ(clean.page.state, core::ModerationState::Review);
    EXPECT_EQ(clean.page.reviewDate, QDate(2026, 9, 1));
    EXPECT_EQ(clean.page.fields.value(QStringLiteral("localgov_hide_related_topics")),
              QJsonValue(true));
    EXPECT_FALSE(clean.page.fields.contains(QStringLiteral("localgov_override_related_links")));
    EXPECT_TRUE(clean.page.fields.contains(QStringLiteral("localgov_services_parent")));
    EXPECT_EQ(clean.page.fields.value(QStringLiteral("localgov_common_tasks")),
              base.fields.value(QStringLiteral("localgov_common_tasks")));

    theirs.title = QStringLiteral("Collection days");
    theirs.fields.insert(QStringLiteral("localgov_common_tasks"),
                         QJsonArray{QStringLiteral("Order a new bin")});
    mine.fields.insert(QStringLiteral("localgov_common_tasks"), QJsonArray{});
    mine.reviewDate = QDate(2026, 12, 1);
    const auto conflicted = ThreeWayMerge::merge(base, mine, theirs);
    EXPECT_FALSE(conflicted.clean);
    ASSERT_EQ(conflicted.conflicts.size(), 3);
    EXPECT_EQ(conflicted.conflicts[0].part, Part::Title);
    EXPECT_EQ(conflicted.conflicts[0].base, QStringLiteral("Bin collections"));
    EXPECT_EQ(conflicted.conflicts[0].mine, QStringLiteral("Bin days"));
    EXPECT_EQ(conflicted.conflicts[0].theirs, QStringLiteral("Collection days"));
    EXPECT_EQ(conflicted.conflicts[1].part, Part::ReviewDate);
    EXPECT_EQ(conflicted.conflicts[1].mine, QStringLiteral("2026-12-01"));
    EXPECT_EQ(conflicted.conflicts[1].theirs, QStringLiteral("2026-09-01"));
    EXPECT_EQ(conflicted.conflicts[2].part, Part::Field);
    EXPECT_EQ(conflicted.conflicts[2].field, QStringLiteral("localgov_common_tasks"));
    EXPECT_EQ(conflicted.conflicts[2].mineValue, QJsonValue(QJsonArray{}));
    EXPECT_EQ(conflicted.conflicts[2].theirsValue,
              QJsonValue(QJsonArray{QStringLiteral("Order a new bin")}));
    EXPECT_EQ(conflicted.conflicts[2].baseValue,
              base.fields.value(QStringLiteral("localgov_common_tasks")));
    // Clean parts are merged even when others conflict.
    EXPECT_EQ(conflicted.page.summary, QStringLiteral("Find your bin day."));

    const core::Page resolved = ThreeWayMerge::resolve(
        conflicted, {Resolution::use(Choice::Theirs), Resolution::use(Choice::Base),
                     Resolution::customValue(QJsonArray{})});
    EXPECT_EQ(resolved.title, QStringLiteral("Collection days"));
    EXPECT_EQ(resolved.reviewDate, QDate(2026, 6, 1));
    EXPECT_EQ(resolved.fields.value(QStringLiteral("localgov_common_tasks")),
              QJsonValue(QJsonArray{}));
    EXPECT_EQ(resolved.summary, QStringLiteral("Find your bin day."));
}

TEST(ThreeWayMergeTest, WelshEmojiAndCrlfAreKept)
{
    const QString base = QStringLiteral("Casglu biniau\r\n\r\nRydym yn casglu bob wythnos.\r\n\r\n"
                                        "Diolch 🙂\r\n");
    const QString mine =
        QStringLiteral("Casglu biniau ♻️\r\n\r\nRydym yn casglu bob wythnos.\r\n\r\n"
                       "Diolch 🙂\r\n");
    const QString theirs =
        QStringLiteral("Casglu biniau\r\n\r\nRydym yn casglu bob wythnos.\r\n\r\n"
                       "Diolch yn fawr — ŵ ŷ â 🙂\r\n");
    const auto result = mergeBodies(base, mine, theirs);
    ASSERT_TRUE(result.clean);
    EXPECT_EQ(result.page.body,
              QStringLiteral("Casglu biniau ♻️\r\n\r\nRydym yn casglu bob wythnos.\r\n\r\n"
                             "Diolch yn fawr — ŵ ŷ â 🙂\r\n"));

    // A paragraph added at the end is separated with CRLF too.
    const auto appended = mergeBodies(QStringLiteral("Un.\r\n\r\nDau."),
                                      QStringLiteral("Un, wedi newid.\r\n\r\nDau."),
                                      QStringLiteral("Un.\r\n\r\nDau.\r\n\r\nTri.\r\n"));
    ASSERT_TRUE(appended.clean);
    EXPECT_EQ(appended.page.body, QStringLiteral("Un, wedi newid.\r\n\r\nDau.\r\n\r\nTri.\r\n"));
}

TEST(ThreeWayMergeTest, ResolveWithEachChoice)
{
    const QString mine = QString(kBase).replace(QStringLiteral("7am"), QStringLiteral("6am"));
    const QString theirs = QString(kBase).replace(QStringLiteral("7am"), QStringLiteral("8am"));
    const auto result = mergeBodies(kBase, mine, theirs);
    ASSERT_EQ(result.conflicts.size(), 1);
    const auto bodyWith = [](const QString &region) {
        return QString(kBase).replace(QStringLiteral("Put your bin out by 7am.\n\n"), region);
    };
    EXPECT_EQ(ThreeWayMerge::resolve(result, {Resolution::use(Choice::Mine)}).body, mine);
    EXPECT_EQ(ThreeWayMerge::resolve(result, {Resolution::use(Choice::Theirs)}).body, theirs);
    EXPECT_EQ(ThreeWayMerge::resolve(result, {Resolution::use(Choice::Base)}).body, kBase);
    EXPECT_EQ(ThreeWayMerge::resolve(result, {Resolution::use(Choice::Both)}).body,
              bodyWith(QStringLiteral("Put your bin out by 6am.\n\nPut your bin out by 8am.\n\n")));
    // Hand-edited text without its blank line still stays its own paragraph.
    EXPECT_EQ(
        ThreeWayMerge::resolve(result, {Resolution::customText(QStringLiteral("Out by 6:30am."))})
            .body,
        bodyWith(QStringLiteral("Out by 6:30am.\n\n")));
    // No decision keeps the author's version.
    EXPECT_EQ(ThreeWayMerge::resolve(result, {}).body, mine);

    // Both, at the very end of the body, where neither version ends in a blank line.
    const auto atEnd = mergeBodies(QStringLiteral("A.\n\nB."), QStringLiteral("A.\n\nB mine."),
                                   QStringLiteral("A.\n\nB theirs."));
    ASSERT_EQ(atEnd.conflicts.size(), 1);
    EXPECT_EQ(ThreeWayMerge::resolve(atEnd, {Resolution::use(Choice::Both)}).body,
              QStringLiteral("A.\n\nB mine.\n\nB theirs."));
}

TEST(ThreeWayMergeTest, FormatChangedOnBothSidesConflictsAsAWhole)
{
    core::Page base = pageWith(QStringLiteral("Hello.\n"));
    core::Page mine = base;
    mine.body = QStringLiteral("Hello there.\n");
    core::Page theirs = base;
    theirs.format = core::SourceFormat::Html;
    theirs.body = QStringLiteral("<p>Hello.</p>\n");

    const auto result = ThreeWayMerge::merge(base, mine, theirs);
    ASSERT_EQ(result.conflicts.size(), 1);
    EXPECT_TRUE(result.conflicts[0].wholeBody);
    const core::Page theirsChosen =
        ThreeWayMerge::resolve(result, {Resolution::use(Choice::Theirs)});
    EXPECT_EQ(theirsChosen.format, core::SourceFormat::Html);
    EXPECT_EQ(theirsChosen.body, theirs.body);
    const core::Page mineChosen = ThreeWayMerge::resolve(result, {Resolution::use(Choice::Mine)});
    EXPECT_EQ(mineChosen.format, core::SourceFormat::Markdown);
    EXPECT_EQ(mineChosen.body, mine.body);

    // A format change on one side only, with the body untouched on the other, is taken.
    const auto oneSide = ThreeWayMerge::merge(base, base, theirs);
    ASSERT_TRUE(oneSide.clean);
    EXPECT_EQ(oneSide.page.format, core::SourceFormat::Html);
    EXPECT_EQ(oneSide.page.body, theirs.body);
}

TEST(ThreeWayMergeTest, LongPageMergesBlockByBlock)
{
    // About 5,000 words in 250 paragraphs; each side edits and inserts in different places.
    QStringList paragraphs;
    for (int p = 0; p < 250; ++p) {
        QStringList words;
        for (int w = 0; w < 20; ++w)
            words.append(QStringLiteral("word%1x%2").arg(p).arg(w));
        paragraphs.append(words.join(u' '));
    }
    const QString base = paragraphs.join(QStringLiteral("\n\n")) + u'\n';
    QStringList mine = paragraphs;
    mine[10] = QStringLiteral("Mine changed ten.");
    mine[120] = QStringLiteral("Mine changed one hundred and twenty.");
    mine.removeAt(200);
    QStringList theirs = paragraphs;
    theirs[50] = QStringLiteral("Theirs changed fifty.");
    theirs.insert(180, QStringLiteral("Theirs inserted."));
    const auto result = mergeBodies(base, mine.join(QStringLiteral("\n\n")) + u'\n',
                                    theirs.join(QStringLiteral("\n\n")) + u'\n');
    ASSERT_TRUE(result.clean);
    QStringList expected = paragraphs;
    expected[10] = QStringLiteral("Mine changed ten.");
    expected[50] = QStringLiteral("Theirs changed fifty.");
    expected[120] = QStringLiteral("Mine changed one hundred and twenty.");
    expected.removeAt(200);
    expected.insert(180, QStringLiteral("Theirs inserted."));
    EXPECT_EQ(result.page.body, expected.join(QStringLiteral("\n\n")) + u'\n');
}

TEST(ThreeWayMergeTest, OverlappingChangesConflictAsOneRegion)
{
    // Mine rewrites two paragraphs as one; the site edits the second of them.
    const QString mine = QStringLiteral("## When we collect\n\n"
                                        "We collect every week: put your bin out by 7am.\n\n"
                                        "Contact us if we miss it.\n");
    const QString theirs = QString(kBase).replace(QStringLiteral("7am"), QStringLiteral("6am"));
    const auto result = mergeBodies(kBase, mine, theirs);
    ASSERT_EQ(result.conflicts.size(), 1);
    EXPECT_EQ(result.conflicts[0].base,
              QStringLiteral("We collect every week.\n\nPut your bin out by 7am.\n\n"));
    EXPECT_EQ(result.conflicts[0].mine,
              QStringLiteral("We collect every week: put your bin out by 7am.\n\n"));
    EXPECT_EQ(result.conflicts[0].theirs,
              QStringLiteral("We collect every week.\n\nPut your bin out by 6am.\n\n"));
    EXPECT_EQ(ThreeWayMerge::resolve(result, {Resolution::use(Choice::Theirs)}).body, theirs);

    // A paragraph the site added between two paragraphs mine replaced is inside mine's change.
    const QString inserted = QString(kBase).replace(
        QStringLiteral("Put your"), QStringLiteral("Glass goes in the box.\n\nPut your"));
    EXPECT_FALSE(mergeBodies(kBase, mine, inserted).clean);
}
