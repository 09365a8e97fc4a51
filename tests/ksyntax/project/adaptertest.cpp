// SPDX-License-Identifier: GPL-2.0-or-later
#include "ksyntaxhighlighteradapter.h"

#include <QGuiApplication>
#include <QSyntaxHighlighter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <gtest/gtest.h>

namespace {

// The formats the highlighter put on a block, after it has run.
QVector<QTextLayout::FormatRange> formatsOf(const QTextDocument &document, int block)
{
    return document.findBlockByNumber(block).layout()->formats();
}

} // namespace

TEST(KSyntaxHighlightingAdapter, HighlightsMarkdownHeadingsAndEmphasis)
{
    QTextDocument document;
    document.setPlainText(QStringLiteral("## Bin collections\n\nPut your bin out by **7am**.\n"));
    QSyntaxHighlighter *highlighter = lga::ui::createKSyntaxHighlighter(&document, false);
    ASSERT_NE(highlighter, nullptr);
    highlighter->rehighlight();
    const auto heading = formatsOf(document, 0);
    ASSERT_FALSE(heading.isEmpty());
    const auto text = formatsOf(document, 2);
    ASSERT_FALSE(text.isEmpty());
    // The heading and the bold run are drawn differently from the plain words around them.
    bool boldRunDiffers = false;
    for (const auto &range : text)
        boldRunDiffers |= range.start >= 20 && range.format.fontWeight() > QFont::Normal;
    EXPECT_TRUE(boldRunDiffers);
}

TEST(KSyntaxHighlightingAdapter, HighlightsHtmlTags)
{
    QTextDocument document;
    document.setPlainText(QStringLiteral("<p class=\"callout\">Roads closed</p>"));
    QSyntaxHighlighter *highlighter = lga::ui::createKSyntaxHighlighter(&document, true);
    ASSERT_NE(highlighter, nullptr);
    highlighter->rehighlight();
    const auto ranges = formatsOf(document, 0);
    ASSERT_FALSE(ranges.isEmpty());
    EXPECT_EQ(ranges.first().start, 0); // the tag itself is coloured
}

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
