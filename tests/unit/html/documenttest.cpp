// SPDX-License-Identifier: GPL-2.0-or-later
#include <html/document.h>

#include <gtest/gtest.h>

#include <utility>

using namespace lga::html;

TEST(HtmlDocument, RootHoldsTheFragmentsTopLevelNodesInOrder)
{
    const Document document(u"<p>One</p>text<!-- note --><h2>Two</h2>");
    const QList<Node> top = document.root().children();
    ASSERT_EQ(top.size(), 4);
    EXPECT_EQ(top[0].tagName(), QStringLiteral("p"));
    EXPECT_TRUE(top[1].isText());
    EXPECT_TRUE(top[2].isComment());
    EXPECT_EQ(top[3].tagName(), QStringLiteral("h2"));
}

TEST(HtmlDocument, FragmentGetsNoImpliedHeadOrBody)
{
    const Document document(u"<li>loose item");
    const QList<Node> top = document.root().children();
    ASSERT_EQ(top.size(), 1);
    EXPECT_EQ(top[0].tagName(), QStringLiteral("li"));
    EXPECT_EQ(top[0].textContent(), QStringLiteral("loose item"));
}

TEST(HtmlDocument, EmptyInputGivesAnEmptyRoot)
{
    const Document document(u"");
    EXPECT_FALSE(document.root().isNull());
    EXPECT_EQ(document.root().childCount(), 0);
}

TEST(HtmlDocument, MovingKeepsNodesValid)
{
    Document first(u"<p>kept <em>across</em> moves</p>");
    const Node paragraph = first.root().child(0);
    Document second(std::move(first));
    EXPECT_EQ(paragraph.textContent(), QStringLiteral("kept across moves"));
    Document third(u"<p>other</p>");
    third = std::move(second);
    EXPECT_EQ(third.root().child(0), paragraph);
    EXPECT_EQ(paragraph.textContent(), QStringLiteral("kept across moves"));
}

TEST(HtmlDocument, FromUtf8KeepsItsOwnCopyOfTheBytes)
{
    QByteArray bytes("<p title=\"caf\xc3\xa9\">x</p>");
    const Document document = Document::fromUtf8(bytes);
    bytes.fill('z');
    EXPECT_EQ(document.root().child(0).attribute(u"title"), QString::fromUtf8("caf\xc3\xa9"));
    EXPECT_EQ(document.utf8().left(2), QByteArray("<p"));
}

TEST(HtmlDocument, MalformedInputIsRepairedLikeABrowserWould)
{
    const Document document(u"<p>one<p>two</b></i><table><tr><td>cell</table>");
    const QList<Node> top = document.root().children();
    ASSERT_EQ(top.size(), 3);
    EXPECT_EQ(top[0].textContent(), QStringLiteral("one"));
    EXPECT_EQ(top[1].textContent(), QStringLiteral("two"));
    const Node table = top[2];
    EXPECT_EQ(table.tagName(), QStringLiteral("table"));
    // The parser inserts the missing tbody where the row that needed it starts.
    const Node tbody = table.child(0);
    EXPECT_EQ(tbody.tagName(), QStringLiteral("tbody"));
    EXPECT_TRUE(tbody.isParserInserted());
    EXPECT_FALSE(table.isParserInserted());
    const Node row = tbody.child(0);
    EXPECT_FALSE(row.isParserInserted());
    EXPECT_EQ(tbody.sourceOffset(), row.sourceOffset());
}

TEST(HtmlDocument, DeepNestingDoesNotExhaustTheStack)
{
    QString html;
    for (int i = 0; i < 3000; ++i)
        html += QStringLiteral("<div>");
    html += QStringLiteral("deep");
    const Document document(html);
    EXPECT_EQ(document.root().textContent(), QStringLiteral("deep"));
}
