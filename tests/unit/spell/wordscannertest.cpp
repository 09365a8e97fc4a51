// SPDX-License-Identifier: GPL-2.0-or-later
#include <spell/wordscanner.h>

#include <QStringList>

#include <gtest/gtest.h>

#include <ostream>

using lga::core::SourceFormat;
using lga::spell::ScannedWord;
using lga::spell::WordScanner;

namespace {

// The words found, as written, so a failure shows what was taken or missed.
std::string words(const QString &text, SourceFormat format = SourceFormat::Markdown)
{
    QStringList found;
    for (const ScannedWord &word : WordScanner::scan(text, format))
        found.append(text.mid(word.start, word.length));
    return found.join(u'|').toStdString();
}

} // namespace

TEST(WordScanner, FindsProseWordsWithTheirOffsets)
{
    const QString text = QStringLiteral("## Bin days\n\nPut your *wheelie* bin out.");
    const QList<ScannedWord> found = WordScanner::scan(text, SourceFormat::Markdown);
    ASSERT_EQ(found.size(), 7);
    EXPECT_EQ(found[0], (ScannedWord{3, 3}));  // "Bin"
    EXPECT_EQ(found[4], (ScannedWord{23, 7})); // "wheelie", inside the emphasis
    EXPECT_EQ(text.mid(found[6].start, found[6].length), QStringLiteral("out"));
}

TEST(WordScanner, SkipsLinkDestinationsButKeepsLinkText)
{
    EXPECT_EQ(words(QStringLiteral("Read [our recyclling guide](https://luton.gov.uk/bins-guide) "
                                   "and ![a brown bin](media/brwn-bin.jpg \"Brown bin\") today")),
              "Read|our|recyclling|guide|and|brown|bin|today");
    EXPECT_EQ(
        words(QStringLiteral("See [the form][formref].\n\n[formref]: https://x.org/frm \"Frm\"")),
        "See|the|form");
}

TEST(WordScanner, SkipsCodeSpansAndCodeBlocks)
{
    EXPECT_EQ(words(QStringLiteral("Type `recyclng --help` or ``a ` b`` now")), "Type|or|now");
    EXPECT_EQ(words(QStringLiteral("Before\n\n```bash\nechho wrongg\n```\n\nAfter")),
              "Before|After");
    EXPECT_EQ(words(QStringLiteral("Before\n\n~~~~\nechho\n~~~\nstill codde\n~~~~\nAfter")),
              "Before|After");
    EXPECT_EQ(words(QStringLiteral("Para one\n\n    indentd codde\n\nPara two")),
              "Para|one|Para|two");
    // Continuation lines of a list item are prose, not code.
    EXPECT_EQ(words(QStringLiteral("- item one\n\n    more about itemm\n")),
              "item|one|more|about|itemm");
}

TEST(WordScanner, SkipsUrlsAndEmailAddresses)
{
    EXPECT_EQ(words(QStringLiteral("Email bins@luton.gov.uk or visit https://www.luton.gov.uk/"
                                   "bns?x=1 or www.lutn.gov.uk today")),
              "Email|or|visit|or|today");
    EXPECT_EQ(words(QStringLiteral("Go to <https://examplle.org> now")), "Go|to|now");
}

TEST(WordScanner, SkipsHtmlTagsAttributesEntitiesAndCode)
{
    const QString html = QStringLiteral(
        "<p class=\"leed\" title='Tittle > here'>Bins &amp; recyclling&nbsp;day</p>\n"
        "<!-- a commment -->\n<pre>codde\nmore</pre><p>Use <code>rmm</code> carefully</p>");
    EXPECT_EQ(words(html, SourceFormat::Html), "Bins|recyclling|day|Use|carefully");
    // Inline HTML in Markdown is skipped the same way; backticks in HTML are only text.
    EXPECT_EQ(words(QStringLiteral("A <span lang=\"cy\">word</span> &#x2019; &#8217;")), "word");
    EXPECT_EQ(words(QStringLiteral("a `plain` tick"), SourceFormat::Html), "plain|tick");
}

TEST(WordScanner, SkipsFrontMatter)
{
    EXPECT_EQ(words(QStringLiteral("---\ntitel: Binns\n---\nCollection day")), "Collection|day");
}

TEST(WordScanner, SkipsAcronymsNumbersIdentifiersAndSingleLetters)
{
    EXPECT_EQ(words(QStringLiteral("The NHS and DVLA's office opens 9am on the 2nd; "
                                   "see form_a1 and report.pdf, e.g. now, a I x")),
              "The|and|office|opens|on|the|see|and|now");
}

TEST(WordScanner, KeepsApostrophesAndHyphensInsideWords)
{
    EXPECT_EQ(words(QStringLiteral("Don’t put the residents' 'green' bins out – it's "
                                   "council-run, not co-operative.")),
              "Don’t|put|the|residents|green|bins|out|it's|council-run|not|co-operative");
}

TEST(WordScanner, IsCheckableRejectsAcronymsAndDigits)
{
    EXPECT_TRUE(WordScanner::isCheckable(u"colour"));
    EXPECT_TRUE(WordScanner::isCheckable(u"Luton"));
    EXPECT_FALSE(WordScanner::isCheckable(u"NHS"));
    EXPECT_FALSE(WordScanner::isCheckable(u"NHS's"));
    EXPECT_FALSE(WordScanner::isCheckable(u"A4"));
    EXPECT_FALSE(WordScanner::isCheckable(u"a"));
}
