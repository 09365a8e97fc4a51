// SPDX-License-Identifier: GPL-2.0-or-later
#include <check/sourcelocator.h>

#include <gtest/gtest.h>

using lga::check::Finding;
using lga::check::SourceLocator;

namespace {

Finding inBlock(int line, int column, int endLine, int endColumn, const char *anchor)
{
    Finding finding;
    finding.line = line;
    finding.column = column;
    finding.endLine = endLine;
    finding.endColumn = endColumn;
    finding.anchor = QString::fromUtf8(anchor);
    return finding;
}

} // namespace

TEST(SourceLocator, NarrowsToTheAnchorAcrossLineBreaksAndEmphasis)
{
    const QString source = QStringLiteral("Intro.\n\nTo pay, **click**\nhere and wait.\n");
    const SourceLocator locator(source);
    Finding finding = inBlock(3, 1, 4, 14, "click here");
    locator.narrow(finding);
    EXPECT_EQ(finding.line, 3);
    EXPECT_EQ(finding.column, 11);
    EXPECT_EQ(finding.endLine, 4);
    EXPECT_EQ(finding.endColumn, 4);
}

TEST(SourceLocator, TakesTheRequestedOccurrence)
{
    const QString source = QStringLiteral("[here](/a) and [here](/b)");
    const SourceLocator locator(source);
    Finding second = inBlock(1, 1, 1, 25, "here");
    locator.narrow(second, 1);
    EXPECT_EQ(second.column, 17);
    EXPECT_EQ(second.endColumn, 20);
}

TEST(SourceLocator, PrefersTheExactCaseThenIgnoresCase)
{
    const QString source = QStringLiteral("read more about it. Read More");
    const SourceLocator locator(source);
    Finding exact = inBlock(1, 1, 1, 29, "Read More");
    locator.narrow(exact);
    EXPECT_EQ(exact.column, 21);
    Finding anyCase = inBlock(1, 1, 1, 29, "READ MORE");
    locator.narrow(anyCase);
    EXPECT_EQ(anyCase.column, 1);
}

TEST(SourceLocator, ConvertsCmarkByteColumnsToCharacters)
{
    // "£" and "é" are two bytes each in UTF-8, one character each in the editor.
    const QString source = QStringLiteral("£5 café\n- **Bold** item");
    const SourceLocator locator(source);
    Finding block = inBlock(1, 1, 1, 9, "");
    locator.narrow(block);
    EXPECT_EQ(block.column, 1);
    EXPECT_EQ(block.endColumn, 7);
}

TEST(SourceLocator, KeepsTheBlockWhenTheAnchorIsGone)
{
    const QString source = QStringLiteral("# Title\n\nSome text\nmore text\n");
    const SourceLocator locator(source);
    Finding finding = inBlock(3, 1, 4, 9, "click here");
    locator.narrow(finding);
    EXPECT_EQ(finding.line, 3);
    EXPECT_EQ(finding.column, 1);
    EXPECT_EQ(finding.endLine, 4);
    EXPECT_EQ(finding.endColumn, 9);
}

TEST(SourceLocator, MapsOffsetsAndLinesBothWays)
{
    const QString source = QStringLiteral("ab\r\ncd\nef");
    const SourceLocator locator(source);
    EXPECT_EQ(locator.lineCount(), 3);
    EXPECT_EQ(locator.offset(2, 2), 5);
    EXPECT_EQ(locator.lineColumn(5), std::make_pair(2, 2));
    EXPECT_EQ(locator.offset(3, 99), 9);
    EXPECT_EQ(locator.offset(0, 1), -1);
}

TEST(SourceLocator, PrefersTheWordsOutsideTags)
{
    // A link whose text is its address: the squiggle belongs under the text, not the href.
    const QString source =
        QStringLiteral("<p>See <a href=\"https://example.gov.uk\">https://example.gov.uk</a></p>");
    const SourceLocator locator(source);
    Finding link = inBlock(1, 1, 1, 70, "https://example.gov.uk");
    EXPECT_TRUE(locator.narrow(link));
    EXPECT_EQ(link.column, 41);
    // An image's address is only inside its tag, and is found there.
    const QString image = QStringLiteral("<p><img src=\"map.png\"></p>");
    const SourceLocator imageLocator(image);
    Finding img = inBlock(1, 1, 1, 26, "map.png");
    EXPECT_TRUE(imageLocator.narrow(img));
    EXPECT_EQ(img.column, 14);
}
