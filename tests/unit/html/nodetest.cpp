// SPDX-License-Identifier: GPL-2.0-or-later
#include <html/document.h>

#include <gtest/gtest.h>

using namespace lga::html;

TEST(HtmlNode, NullNodeAnswersNo)
{
    const Node node;
    EXPECT_TRUE(node.isNull());
    EXPECT_FALSE(node.isElement());
    EXPECT_FALSE(node.isText());
    EXPECT_FALSE(node.isComment());
    EXPECT_TRUE(node.tagName().isEmpty());
    EXPECT_TRUE(node.attribute(u"href").isNull());
    EXPECT_EQ(node.childCount(), 0);
    EXPECT_TRUE(node.child(0).isNull());
    EXPECT_TRUE(node.parent().isNull());
    EXPECT_FALSE(node.hasSourcePosition());
}

TEST(HtmlNode, TagNamesAreLowerCaseIncludingUnknownElements)
{
    const Document document(u"<P>a</P><DRUPAL-MEDIA "
                            u"data-entity-uuid=\"u1\"></DRUPAL-MEDIA><Callout-Box></Callout-Box>");
    const QList<Node> top = document.root().children();
    ASSERT_EQ(top.size(), 3);
    EXPECT_EQ(top[0].tagName(), QStringLiteral("p"));
    EXPECT_EQ(top[1].tagName(), QStringLiteral("drupal-media"));
    EXPECT_EQ(top[1].attribute(u"data-entity-uuid"), QStringLiteral("u1"));
    EXPECT_EQ(top[2].tagName(), QStringLiteral("callout-box"));
}

TEST(HtmlNode, AttributesAreDecodedInSourceOrderAndLookedUpCaseInsensitively)
{
    const Document document(
        u"<a HREF=\"/a?x=1&amp;y=2\" title='Tom &quot;T&quot;' data-x hreflang=en>x</a>");
    const Node a = document.root().child(0);
    const QList<Node::Attribute> expected{
        {QStringLiteral("href"), QStringLiteral("/a?x=1&y=2")},
        {QStringLiteral("title"), QStringLiteral("Tom \"T\"")},
        {QStringLiteral("data-x"), QString()},
        {QStringLiteral("hreflang"), QStringLiteral("en")},
    };
    EXPECT_EQ(a.attributes(), expected);
    EXPECT_EQ(a.attribute(u"Href"), QStringLiteral("/a?x=1&y=2"));
    EXPECT_TRUE(a.hasAttribute(u"data-x"));
    EXPECT_FALSE(a.attribute(u"data-x").isNull());
    EXPECT_FALSE(a.hasAttribute(u"target"));
}

TEST(HtmlNode, TextIsDecodedAndTextContentConcatenatesDescendants)
{
    const Document document(u"<p>Fish &amp; chips <em>&lt;hot&gt;</em><!-- no --> &pound;5</p>");
    const Node p = document.root().child(0);
    EXPECT_EQ(p.child(0).text(), QStringLiteral("Fish & chips "));
    EXPECT_EQ(p.textContent(), QString::fromUtf8("Fish & chips <hot> \xc2\xa3"
                                                 "5"));
    EXPECT_EQ(p.child(2).text(), QStringLiteral(" no "));
    EXPECT_TRUE(p.text().isEmpty());
}

TEST(HtmlNode, ChildrenAndParentNavigate)
{
    const Document document(u"<ul><li>a</li><li>b</li></ul>");
    const Node ul = document.root().child(0);
    ASSERT_EQ(ul.childCount(), 2);
    EXPECT_EQ(ul.children().size(), 2);
    EXPECT_EQ(ul.child(1).parent(), ul);
    EXPECT_EQ(ul.parent(), document.root());
    EXPECT_TRUE(ul.child(2).isNull());
    EXPECT_TRUE(ul.child(-1).isNull());
}

TEST(HtmlNode, WhitespaceTextIsTextToo)
{
    const Document document(u"<p>a</p>\n  <p>b</p>");
    const Node gap = document.root().child(1);
    EXPECT_TRUE(gap.isText());
    EXPECT_TRUE(gap.isWhitespace());
    EXPECT_EQ(gap.text(), QStringLiteral("\n  "));
}

TEST(HtmlNode, ForeignContentIsMarked)
{
    const Document document(u"<svg><circle r=\"1\"></circle></svg><math></math><p>x</p>");
    EXPECT_TRUE(document.root().child(0).isForeign());
    EXPECT_TRUE(document.root().child(0).child(0).isForeign());
    EXPECT_TRUE(document.root().child(1).isForeign());
    EXPECT_FALSE(document.root().child(2).isForeign());
}

TEST(HtmlNode, PositionsAreLinesColumnsAndUtf8ByteOffsets)
{
    // "é" is two bytes in UTF-8 but one column; the tab is one column too.
    const QString html =
        QString::fromUtf8("<p>\xc3\xa9</p>\n\t<h2 id=\"x\">T</h2>\n<ul>\n<li>i</li>\n</ul>");
    const Document document(html);
    const QList<Node> top = document.root().children();
    ASSERT_EQ(top.size(), 5);

    const Node p = top[0];
    EXPECT_EQ(p.sourceLine(), 1);
    EXPECT_EQ(p.sourceColumn(), 1);
    EXPECT_EQ(p.sourceOffset(), 0);
    EXPECT_EQ(p.child(0).sourceOffset(), 3);
    EXPECT_EQ(p.endSourceLine(), 1);
    EXPECT_EQ(p.endSourceOffset(), 5);

    const Node h2 = top[2];
    EXPECT_EQ(h2.sourceLine(), 2);
    EXPECT_EQ(h2.sourceColumn(), 2);
    EXPECT_EQ(h2.sourceOffset(), 11);
    EXPECT_EQ(document.utf8().mid(h2.sourceOffset(), 3), QByteArray("<h2"));

    const Node ul = top[4];
    EXPECT_EQ(ul.sourceLine(), 3);
    EXPECT_EQ(ul.endSourceLine(), 5);
    EXPECT_EQ(ul.child(1).sourceLine(), 4);
}

TEST(HtmlNode, ImplicitlyClosedElementHasNoEndPosition)
{
    const Document document(u"<p>one\n<p>two");
    const Node first = document.root().child(0);
    EXPECT_EQ(first.sourceLine(), 1);
    EXPECT_EQ(first.endSourceLine(), 0);
    EXPECT_EQ(first.endSourceOffset(), 0);
}
