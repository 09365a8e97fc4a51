// SPDX-License-Identifier: GPL-2.0-or-later
#include <review/worddiff.h>

#include <gtest/gtest.h>

#include <random>

using lga::review::DiffSegment;
using lga::review::WordDiff;

// QString lives in the global namespace, so this is where GoogleTest looks for its printer.
void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}

namespace lga::review {
// Readable failures: "[-old-][+new+]" instead of raw bytes.
void PrintTo(const DiffSegment &segment, std::ostream *os)
{
    const char *open = segment.kind == DiffSegment::Equal     ? "{"
                       : segment.kind == DiffSegment::Deleted ? "[-"
                                                              : "[+";
    const char *close = segment.kind == DiffSegment::Equal     ? "}"
                        : segment.kind == DiffSegment::Deleted ? "-]"
                                                               : "+]";
    *os << open << segment.text.toStdString() << close;
}
} // namespace lga::review

namespace {

DiffSegment eq(const QString &text)
{
    return {DiffSegment::Equal, text};
}
DiffSegment del(const QString &text)
{
    return {DiffSegment::Deleted, text};
}
DiffSegment ins(const QString &text)
{
    return {DiffSegment::Inserted, text};
}

QString side(const QList<DiffSegment> &segments, DiffSegment::Kind skipped)
{
    QString text;
    for (const DiffSegment &segment : segments) {
        if (segment.kind != skipped)
            text += segment.text;
    }
    return text;
}

// The invariants every diff must keep, whatever the input.
void expectWellFormed(const QList<DiffSegment> &segments, const QString &before,
                      const QString &after)
{
    EXPECT_EQ(side(segments, DiffSegment::Inserted), before);
    EXPECT_EQ(side(segments, DiffSegment::Deleted), after);
    for (qsizetype i = 0; i < segments.size(); ++i) {
        ASSERT_FALSE(segments[i].text.isEmpty()) << "segment " << i;
        // A boundary inside a surrogate pair would show half a character on each side.
        EXPECT_FALSE(segments[i].text.front().isLowSurrogate()) << "segment " << i;
        EXPECT_FALSE(segments[i].text.back().isHighSurrogate()) << "segment " << i;
        if (i > 0) {
            EXPECT_NE(segments[i - 1].kind, segments[i].kind) << "segment " << i;
            EXPECT_FALSE(segments[i - 1].kind == DiffSegment::Inserted &&
                         segments[i].kind == DiffSegment::Deleted)
                << "a deletion follows an insertion at " << i;
        }
    }
}

QList<DiffSegment> checkedDiff(const QString &before, const QString &after)
{
    const QList<DiffSegment> segments = WordDiff::diff(before, after);
    expectWellFormed(segments, before, after);
    return segments;
}

QString joined(const QList<DiffSegment> &segments, DiffSegment::Kind kind)
{
    QString text;
    for (const DiffSegment &segment : segments) {
        if (segment.kind == kind)
            text += segment.text + u'|';
    }
    return text;
}

TEST(WordDiff, IdenticalTextsAreOneEqualSegment)
{
    const QString text = QStringLiteral("# Bin collections\n\nPut your bin out by 7am.\n");
    EXPECT_EQ(checkedDiff(text, text), QList<DiffSegment>{eq(text)});
}

TEST(WordDiff, EmptyTexts)
{
    const QString text = QStringLiteral("Council tax bands");
    EXPECT_TRUE(checkedDiff(QString(), QString()).isEmpty());
    EXPECT_EQ(checkedDiff(QString(), text), QList<DiffSegment>{ins(text)});
    EXPECT_EQ(checkedDiff(text, QString()), QList<DiffSegment>{del(text)});
}

TEST(WordDiff, SingleChangedWordIsOneDeletionAndOneInsertion)
{
    const QList<DiffSegment> expected{eq(QStringLiteral("Bins are collected on ")),
                                      del(QStringLiteral("Monday")), ins(QStringLiteral("Tuesday")),
                                      eq(QStringLiteral("."))};
    EXPECT_EQ(checkedDiff(QStringLiteral("Bins are collected on Monday."),
                          QStringLiteral("Bins are collected on Tuesday.")),
              expected);
}

TEST(WordDiff, ChangedWordIsNotSplitIntoCharacters)
{
    // "recycling" and "rubbish" share letters; a word diff must not interleave them.
    const QList<DiffSegment> expected{eq(QStringLiteral("Put ")), del(QStringLiteral("recycling")),
                                      ins(QStringLiteral("rubbish")), eq(QStringLiteral(" out"))};
    EXPECT_EQ(checkedDiff(QStringLiteral("Put recycling out"), QStringLiteral("Put rubbish out")),
              expected);
}

TEST(WordDiff, WhitespaceBetweenChangesIsAbsorbed)
{
    const QList<DiffSegment> expected{eq(QStringLiteral("the ")), del(QStringLiteral("red big")),
                                      ins(QStringLiteral("blue small")),
                                      eq(QStringLiteral(" dog"))};
    EXPECT_EQ(checkedDiff(QStringLiteral("the red big dog"), QStringLiteral("the blue small dog")),
              expected);
}

TEST(WordDiff, LongerUnchangedRunBetweenChangesStays)
{
    const QList<DiffSegment> segments =
        checkedDiff(QStringLiteral("I saw a cat"), QStringLiteral("We saw a dog"));
    const QList<DiffSegment> expected{del(QStringLiteral("I")), ins(QStringLiteral("We")),
                                      eq(QStringLiteral(" saw a ")), del(QStringLiteral("cat")),
                                      ins(QStringLiteral("dog"))};
    EXPECT_EQ(segments, expected);
}

TEST(WordDiff, ChangesInDifferentParagraphsStayApart)
{
    const QList<DiffSegment> segments = checkedDiff(QStringLiteral("Open daily\n\nClosed Sunday"),
                                                    QStringLiteral("Open weekdays\n\nShut Sunday"));
    const QList<DiffSegment> expected{eq(QStringLiteral("Open ")),     del(QStringLiteral("daily")),
                                      ins(QStringLiteral("weekdays")), eq(QStringLiteral("\n\n")),
                                      del(QStringLiteral("Closed")),   ins(QStringLiteral("Shut")),
                                      eq(QStringLiteral(" Sunday"))};
    EXPECT_EQ(segments, expected);
}

TEST(WordDiff, WelshAndAccentedWordsAreWholeWords)
{
    const QList<DiffSegment> expected{eq(QStringLiteral("Croeso i Gyngor Sir Ddinbych – ")),
                                      del(QStringLiteral("ŵyr")), ins(QStringLiteral("ŷd")),
                                      eq(QStringLiteral(" a chaffi"))};
    EXPECT_EQ(checkedDiff(QStringLiteral("Croeso i Gyngor Sir Ddinbych – ŵyr a chaffi"),
                          QStringLiteral("Croeso i Gyngor Sir Ddinbych – ŷd a chaffi")),
              expected);

    const QList<DiffSegment> accented{eq(QStringLiteral("Le ")), del(QStringLiteral("café")),
                                      ins(QStringLiteral("théâtre")),
                                      eq(QStringLiteral(" municipal"))};
    EXPECT_EQ(
        checkedDiff(QStringLiteral("Le café municipal"), QStringLiteral("Le théâtre municipal")),
        accented);
}

TEST(WordDiff, EmojiAreNotCutApart)
{
    const QString before = QStringLiteral("Bins 🗑️ go out; family 👨‍👩‍👧 events");
    const QString after = QStringLiteral("Bins ♻️ go out; family 👩‍👩‍👦 events");
    const QList<DiffSegment> segments = checkedDiff(before, after);
    // Whatever the grouping, no change may start or end inside a surrogate pair.
    for (const DiffSegment &segment : segments) {
        EXPECT_FALSE(segment.text.front().isLowSurrogate()) << segment.text.toStdString();
        EXPECT_FALSE(segment.text.back().isHighSurrogate()) << segment.text.toStdString();
    }
    EXPECT_TRUE(joined(segments, DiffSegment::Deleted).contains(u"🗑"));
    EXPECT_TRUE(joined(segments, DiffSegment::Inserted).contains(u"♻"));
    EXPECT_TRUE(joined(segments, DiffSegment::Equal).contains(u" go out; family "));
}

TEST(WordDiff, ChineseChangeIsLocal)
{
    const QList<DiffSegment> segments =
        checkedDiff(QStringLiteral("欢迎来到市议会网站。"), QStringLiteral("欢迎来到市政府网站。"));
    EXPECT_TRUE(segments.first().kind == DiffSegment::Equal);
    EXPECT_TRUE(segments.first().text.startsWith(u"欢迎来到市"));
    EXPECT_TRUE(segments.last().kind == DiffSegment::Equal);
    EXPECT_TRUE(segments.last().text.endsWith(u"网站。"));
    EXPECT_EQ(joined(segments, DiffSegment::Deleted), QStringLiteral("议会|"));
    EXPECT_EQ(joined(segments, DiffSegment::Inserted), QStringLiteral("政府|"));
}

TEST(WordDiff, MarkdownTableCellChangeShowsOnlyThatWord)
{
    const QString before = QStringLiteral("| Day | Bin |\n| --- | --- |\n| Monday | Green |\n"
                                          "| Thursday | Blue |\n");
    const QString after = QStringLiteral("| Day | Bin |\n| --- | --- |\n| Monday | Brown |\n"
                                         "| Thursday | Blue |\n");
    const QList<DiffSegment> expected{
        eq(QStringLiteral("| Day | Bin |\n| --- | --- |\n| Monday | ")),
        del(QStringLiteral("Green")), ins(QStringLiteral("Brown")),
        eq(QStringLiteral(" |\n| Thursday | Blue |\n"))};
    EXPECT_EQ(checkedDiff(before, after), expected);
}

TEST(WordDiff, ChangesInTwoTableCellsStayInTheirCells)
{
    const QList<DiffSegment> expected{eq(QStringLiteral("| ")),     del(QStringLiteral("Mon")),
                                      ins(QStringLiteral("Tue")),   eq(QStringLiteral(" | ")),
                                      del(QStringLiteral("Green")), ins(QStringLiteral("Blue")),
                                      eq(QStringLiteral(" |"))};
    EXPECT_EQ(checkedDiff(QStringLiteral("| Mon | Green |"), QStringLiteral("| Tue | Blue |")),
              expected);
}

TEST(WordDiff, MovedParagraphIsDeletedThenInsertedElsewhere)
{
    const QString first = QStringLiteral("Recycling centres open at nine on weekdays.");
    const QString second = QStringLiteral("Garden waste permits renew every April.");
    const QString third = QStringLiteral("Bulky items need a booking online.");
    const QString before = first + u"\n\n" + second + u"\n\n" + third;
    const QString after = second + u"\n\n" + third + u"\n\n" + first;
    const QList<DiffSegment> segments = checkedDiff(before, after);

    const QList<DiffSegment> expected{del(first + u"\n\n"), eq(second + u"\n\n" + third),
                                      ins(u"\n\n" + first)};
    EXPECT_EQ(segments, expected);

    qsizetype deletedAt = -1;
    qsizetype insertedAt = -1;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (segments[i].kind == DiffSegment::Deleted && segments[i].text.contains(first))
            deletedAt = i;
        if (segments[i].kind == DiffSegment::Inserted && segments[i].text.contains(first))
            insertedAt = i;
    }
    ASSERT_GE(deletedAt, 0) << testing::PrintToString(segments);
    ASSERT_GE(insertedAt, 0) << testing::PrintToString(segments);
    EXPECT_LT(deletedAt, insertedAt);
    // The paragraphs that did not move are unchanged text between the two.
    EXPECT_TRUE(joined(segments, DiffSegment::Equal).contains(second + u"\n\n" + third));
}

TEST(WordDiff, HtmlEscapesTextAndLabelsChanges)
{
    const QList<DiffSegment> segments{eq(QStringLiteral("<p class=\"a\">Fish & ")),
                                      del(QStringLiteral("<chips>")),
                                      ins(QStringLiteral("\"peas\"")), eq(QStringLiteral("</p>"))};
    EXPECT_EQ(WordDiff::toHtml(segments),
              QStringLiteral("&lt;p class=&quot;a&quot;&gt;Fish &amp; "
                             "<del><span class=\"lga-diff-label\">deleted: </span>"
                             "&lt;chips&gt;</del>"
                             "<ins><span class=\"lga-diff-label\">inserted: </span>"
                             "&quot;peas&quot;</ins>"
                             "&lt;/p&gt;"));
    EXPECT_TRUE(WordDiff::toHtml({}).isEmpty());
}

TEST(WordDiff, HtmlOfARealDiff)
{
    const QString html = WordDiff::toHtml(WordDiff::diff(QStringLiteral("Open <b>daily</b>"),
                                                         QStringLiteral("Open <b>weekdays</b>")));
    EXPECT_EQ(html, QStringLiteral("Open &lt;b&gt;"
                                   "<del><span class=\"lga-diff-label\">deleted: </span>daily</del>"
                                   "<ins><span class=\"lga-diff-label\">inserted: </span>"
                                   "weekdays</ins>&lt;/b&gt;"));
}

// ---- Reconstruction invariant over a table of pairs ----

struct Pair
{
    const char16_t *before;
    const char16_t *after;
};

class WordDiffReconstructs : public testing::TestWithParam<Pair>
{
};

TEST_P(WordDiffReconstructs, BothSidesComeBackExactly)
{
    checkedDiff(QString::fromUtf16(GetParam().before), QString::fromUtf16(GetParam().after));
    checkedDiff(QString::fromUtf16(GetParam().after), QString::fromUtf16(GetParam().before));
}

INSTANTIATE_TEST_SUITE_P(
    Pairs, WordDiffReconstructs,
    testing::Values(
        Pair{u"", u""}, Pair{u"a", u""}, Pair{u" ", u"  "}, Pair{u"\n", u"\r\n"},
        Pair{u"one two three", u"one three"}, Pair{u"one three", u"one two three"},
        Pair{u"a b c d e", u"e d c b a"}, Pair{u"the red big dog", u"the blue small dog"},
        Pair{u"Hello, world!", u"Hello world"}, Pair{u"x  y\t\tz", u"x y z"},
        Pair{u"# Title\n\nText here.\n", u"## Title\n\nText there.\n"},
        Pair{u"- one\n- two\n- three\n", u"- one\n- 2\n- three\n- four\n"},
        Pair{u"<p>Hi <em>there</em></p>", u"<p>Hi <strong>there</strong></p>"},
        Pair{u"| a | b |\n|---|---|\n| 1 | 2 |", u"| a | b |\n|---|---|\n| 1 | 3 |"},
        Pair{u"Croeso i Gyngor Sir Ddinbych – ŵyr", u"Croeso i Gyngor Sir Ddinbych – ŷr"},
        Pair{u"🗑️👨‍👩‍👧 bins", u"👨‍👩‍👧🗑️ bins"},
        Pair{u"市议会网站", u"市政府的网站"}, Pair{u"naïve café résumé", u"naive cafe resume"},
        Pair{u"aaaa aaaa aaaa", u"aaaa aaaa aaaa aaaa"}, Pair{u"...!!!???", u"..!!??"},
        Pair{u"line one\nline two\n", u"line two\nline one\n"}, Pair{u"\u0301e", u"e\u0301"}));

// Pseudo-random pairs from a fixed seed: mostly edits of a common text, some unrelated texts.
TEST(WordDiff, ReconstructsPseudoRandomPairs)
{
    const QList<QString> vocabulary{
        QStringLiteral("bin"),  QStringLiteral("the"),     QStringLiteral("council"),
        QStringLiteral("ŵyr"),  QStringLiteral("café"),    QStringLiteral("市"),
        QStringLiteral("议会"), QStringLiteral("🗑️"), QStringLiteral("👨‍👩‍👧"),
        QStringLiteral(" "),    QStringLiteral("  "),      QStringLiteral("\n"),
        QStringLiteral("\n\n"), QStringLiteral("|"),       QStringLiteral(", "),
        QStringLiteral("."),    QStringLiteral("<b>"),     QStringLiteral("&amp;"),
        QStringLiteral("a"),    QStringLiteral("\t"),      QStringLiteral("x1"),
        QStringLiteral("Sir")};
    std::mt19937 random(20240611);
    auto pick = [&](int from, int to) {
        return std::uniform_int_distribution<int>(from, to)(random);
    };
    auto words = [&](int count) {
        QList<QString> out;
        for (int i = 0; i < count; ++i)
            out.append(vocabulary[pick(0, int(vocabulary.size()) - 1)]);
        return out;
    };

    for (int round = 0; round < 200; ++round) {
        const QList<QString> base = words(pick(0, 60));
        QList<QString> edited = base;
        if (round % 5 == 4) {
            edited = words(pick(0, 60));
        } else {
            for (int e = pick(0, 8); e > 0; --e) {
                const int at = edited.isEmpty() ? 0 : pick(0, int(edited.size()) - 1);
                switch (pick(0, 2)) {
                case 0:
                    edited.insert(at, vocabulary[pick(0, int(vocabulary.size()) - 1)]);
                    break;
                case 1:
                    if (!edited.isEmpty())
                        edited.removeAt(at);
                    break;
                default:
                    if (!edited.isEmpty())
                        edited[at] = vocabulary[pick(0, int(vocabulary.size()) - 1)];
                    break;
                }
            }
        }
        SCOPED_TRACE(round);
        checkedDiff(base.join(QString()), edited.join(QString()));
    }
}

// ---- Big inputs: must finish and still be exact (no timing asserted) ----

QString randomText(std::mt19937 &random, qsizetype size, QStringView letters, bool lines)
{
    QString text;
    text.reserve(size + 32);
    std::uniform_int_distribution<int> letter(0, int(letters.size()) - 1);
    std::uniform_int_distribution<int> length(1, 9);
    std::uniform_int_distribution<int> lineBreak(0, 11);
    while (text.size() < size) {
        for (int i = length(random); i > 0; --i)
            text += letters[letter(random)];
        text += lines && lineBreak(random) == 0 ? u'\n' : u' ';
    }
    return text;
}

TEST(WordDiff, TotallyDifferentBigInputsFinish)
{
    std::mt19937 random(7);
    const QString before = randomText(random, 200 * 1024, u"abcdefghijklm", false);
    const QString after = randomText(random, 200 * 1024, u"nopqrstuvwxyz", false);
    const QList<DiffSegment> segments = checkedDiff(before, after);
    EXPECT_FALSE(segments.isEmpty());
}

TEST(WordDiff, TotallyDifferentBigInputsWithLinesFinish)
{
    std::mt19937 random(11);
    const QString before = randomText(random, 200 * 1024, u"abcdefghijklm", true);
    const QString after = randomText(random, 200 * 1024, u"nopqrstuvwxyz", true);
    checkedDiff(before, after);
}

TEST(WordDiff, BigPageWithManyScatteredEditsKeepsUnchangedLines)
{
    std::mt19937 random(3);
    const QString before = randomText(random, 200 * 1024, u"abcdefghijklmnopqrstuvwxyz", true);
    QStringList lines = before.split(u'\n');
    // Rewrite every seventh line: far more edits than a word-level diff of the whole page may
    // make, so this goes through the line-level comparison.
    for (qsizetype i = 0; i < lines.size(); i += 7)
        lines[i] = QStringLiteral("changed ") + lines[i] + QStringLiteral(" here");
    const QString after = lines.join(u'\n');
    const QList<DiffSegment> segments = checkedDiff(before, after);
    // Unchanged lines are still shown as unchanged, not swallowed by one huge replacement.
    qsizetype equalChars = 0;
    for (const DiffSegment &segment : segments) {
        if (segment.kind == DiffSegment::Equal)
            equalChars += segment.text.size();
    }
    EXPECT_GT(equalChars, before.size() / 2);
}

TEST(WordDiff, BigPageWithEditsOnHalfItsLinesStaysWordLevel)
{
    std::mt19937 random(9);
    const QString before = randomText(random, 400 * 1024, u"abcdefghijklmnopqrstuvwxyz", true);
    QStringList lines = before.split(u'\n');
    // Thousands of changed lines: too many even for the line-level Myers pass, so the unchanged
    // lines that occur once on each side anchor the comparison.
    qsizetype changedLines = 0;
    for (qsizetype i = 0; i < lines.size(); i += 2) {
        lines[i].prepend(QStringLiteral("NEW "));
        ++changedLines;
    }
    const QString after = lines.join(u'\n');
    const QList<DiffSegment> segments = checkedDiff(before, after);
    qsizetype equalChars = 0;
    qsizetype insertedNew = 0;
    for (const DiffSegment &segment : segments) {
        if (segment.kind == DiffSegment::Equal)
            equalChars += segment.text.size();
        if (segment.kind == DiffSegment::Inserted && segment.text == u"NEW ")
            ++insertedNew;
    }
    EXPECT_GT(equalChars, before.size() * 9 / 10);
    EXPECT_GT(insertedNew, changedLines * 9 / 10);
}

TEST(WordDiff, SmallEditToBigPageIsLocal)
{
    std::mt19937 random(5);
    const QString before = randomText(random, 1024 * 1024, u"abcdefghijklmnopqrstuvwxyz", true);
    QString after = before;
    after.insert(before.size() / 2, QStringLiteral(" inserted words "));
    const QList<DiffSegment> segments = checkedDiff(before, after);
    ASSERT_EQ(segments.size(), 3);
    EXPECT_EQ(segments[1].kind, DiffSegment::Inserted);
}

} // namespace
