// SPDX-License-Identifier: GPL-2.0-or-later
#include <ui/builtinhighlighter.h>

#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <gtest/gtest.h>

using lga::ui::BuiltinHighlighter;

namespace {

// The format the highlighter gave the character at `column` of line `line`.
QTextCharFormat formatAt(const QTextDocument &document, int line, int column)
{
    const QTextBlock block = document.findBlockByNumber(line);
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (column >= range.start && column < range.start + range.length)
            return range.format;
    }
    return {};
}

} // namespace

TEST(BuiltinHighlighter, MarksHeadingsStrongAndEmphasisDistinctly)
{
    QTextDocument document;
    document.setPlainText(
        QStringLiteral("## Bin days\nPut bins out by **7am** or *earlier*.\nplain"));
    BuiltinHighlighter highlighter(&document, BuiltinHighlighter::Markdown);
    highlighter.rehighlight();
    EXPECT_EQ(formatAt(document, 0, 4).fontWeight(), QFont::Bold);
    const QTextCharFormat strong = formatAt(document, 1, 18); // "7am"
    EXPECT_EQ(strong.fontWeight(), QFont::Bold);
    EXPECT_FALSE(strong.fontItalic()) << "strong text must not also look like emphasis";
    EXPECT_TRUE(formatAt(document, 1, 28).fontItalic()); // "earlier"
    EXPECT_FALSE(formatAt(document, 2, 1).fontItalic());
    EXPECT_NE(formatAt(document, 2, 1).fontWeight(), QFont::Bold);
}

TEST(BuiltinHighlighter, FencedCodeAndHtmlCommentsSpanLines)
{
    QTextDocument document;
    document.setPlainText(QStringLiteral("```\n## not a heading\n```\n## heading"));
    BuiltinHighlighter markdown(&document, BuiltinHighlighter::Markdown);
    markdown.rehighlight();
    EXPECT_NE(formatAt(document, 1, 3).fontWeight(), QFont::Bold);
    EXPECT_EQ(formatAt(document, 3, 3).fontWeight(), QFont::Bold);

    QTextDocument html;
    html.setPlainText(QStringLiteral("<p>a</p><!-- start\nstill a comment\nend -->\n<p>b</p>"));
    BuiltinHighlighter highlighter(&html, BuiltinHighlighter::Html);
    highlighter.rehighlight();
    EXPECT_TRUE(formatAt(html, 1, 3).fontItalic());
    EXPECT_FALSE(formatAt(html, 3, 4).fontItalic());
}
