// SPDX-License-Identifier: GPL-2.0-or-later
#include "htmlcheck.h"

#include <render/blockdiff.h>
#include <render/previewblocks.h>

#include <gtest/gtest.h>

using namespace lga;
using namespace lga::render;

namespace {

QString tenParagraphs()
{
    QString markdown;
    for (int i = 1; i <= 10; ++i)
        markdown += QStringLiteral("Paragraph number %1 about bins.\n\n").arg(i);
    return markdown;
}

QList<Block> blocks(const QString &markdown)
{
    return PreviewBlocks::render(markdown, core::SourceFormat::Markdown);
}

} // namespace

TEST(BlockDiff, EqualListsGiveAnEmptySplice)
{
    const QList<Block> list = blocks(tenParagraphs());
    const Splice splice = BlockDiff::diff(list, list);
    EXPECT_TRUE(splice.isEmpty());
    EXPECT_EQ(splice, Splice{});
    EXPECT_TRUE(BlockDiff::diff({}, {}).isEmpty());
}

TEST(BlockDiff, TypingOneCharacterInBlockThreeReplacesOnlyThatBlock)
{
    const QString before = tenParagraphs();
    QString after = before;
    after.replace(QStringLiteral("number 3 about"), QStringLiteral("number 3x about"));
    const QList<Block> afterBlocks = blocks(after);
    const Splice splice = BlockDiff::diff(blocks(before), afterBlocks);
    EXPECT_EQ(splice.start, 2);
    EXPECT_EQ(splice.removeCount, 1);
    ASSERT_EQ(splice.insert.size(), 1);
    EXPECT_EQ(splice.insert[0], afterBlocks[2]);
    EXPECT_TRUE(splice.insert[0].html.contains(u"number 3x about"));
}

TEST(BlockDiff, InsertingAParagraphInsertsOneBlock)
{
    const QString before = tenParagraphs();
    QString after = before;
    after.replace(QStringLiteral("Paragraph number 6"),
                  QStringLiteral("A new paragraph.\n\nParagraph number 6"));
    const Splice splice = BlockDiff::diff(blocks(before), blocks(after));
    EXPECT_EQ(splice.start, 5);
    EXPECT_EQ(splice.removeCount, 0);
    ASSERT_EQ(splice.insert.size(), 1);
    EXPECT_EQ(splice.insert[0].html, QStringLiteral("<p>A new paragraph.</p>"));
    EXPECT_EQ(splice.insert[0].firstLine, 11);
}

TEST(BlockDiff, DeletingAParagraphRemovesOneBlock)
{
    const QString before = tenParagraphs();
    QString after = before;
    after.remove(QStringLiteral("Paragraph number 10 about bins.\n\n"));
    const Splice splice = BlockDiff::diff(blocks(before), blocks(after));
    EXPECT_EQ(splice.start, 9);
    EXPECT_EQ(splice.removeCount, 1);
    EXPECT_TRUE(splice.insert.isEmpty());
}

TEST(BlockDiff, MovingLinesChangesLineNumbersButNoHtml)
{
    const QList<Block> before = blocks(tenParagraphs());
    const QList<Block> after = blocks(QStringLiteral("\n\n\n") + tenParagraphs());
    ASSERT_EQ(before.size(), after.size());
    EXPECT_TRUE(BlockDiff::diff(before, after).isEmpty());
    for (qsizetype i = 0; i < before.size(); ++i) {
        EXPECT_EQ(before[i].html, after[i].html);
        EXPECT_EQ(before[i].firstLine + 3, after[i].firstLine);
        EXPECT_EQ(before[i].lastLine + 3, after[i].lastLine);
    }
}

TEST(BlockDiff, SplittingAParagraphReplacesOneWithTwo)
{
    const QString before = tenParagraphs();
    QString after = before;
    after.replace(QStringLiteral("number 4 about"), QStringLiteral("number 4\n\nabout"));
    const Splice splice = BlockDiff::diff(blocks(before), blocks(after));
    EXPECT_EQ(splice.start, 3);
    EXPECT_EQ(splice.removeCount, 1);
    EXPECT_EQ(splice.insert.size(), 2);
}

TEST(BlockDiff, RepeatedBlocksDoNotOverlapPrefixAndSuffix)
{
    const Block a{QStringLiteral("<p>a</p>"), 1, 1};
    const Block b{QStringLiteral("<p>b</p>"), 3, 3};
    const Splice splice = BlockDiff::diff({a, b, a}, {a, a});
    EXPECT_EQ(splice.start, 1);
    EXPECT_EQ(splice.removeCount, 1);
    EXPECT_TRUE(splice.insert.isEmpty());

    const Splice grow = BlockDiff::diff({a}, {a, a, a});
    EXPECT_EQ(grow.start, 1);
    EXPECT_EQ(grow.removeCount, 0);
    EXPECT_EQ(grow.insert.size(), 2);
}

TEST(BlockDiff, EverythingDifferentReplacesEverything)
{
    const Splice splice = BlockDiff::diff(blocks(QStringLiteral("a\n\nb\n")),
                                          blocks(QStringLiteral("# c\n\n- d\n\ne\n")));
    EXPECT_EQ(splice.start, 0);
    EXPECT_EQ(splice.removeCount, 2);
    EXPECT_EQ(splice.insert.size(), 3);
    const Splice fromEmpty = BlockDiff::diff({}, blocks(QStringLiteral("x\n")));
    EXPECT_EQ(fromEmpty.start, 0);
    EXPECT_EQ(fromEmpty.insert.size(), 1);
}
