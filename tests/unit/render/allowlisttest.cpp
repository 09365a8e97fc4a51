// SPDX-License-Identifier: GPL-2.0-or-later
#include <render/allowlist.h>

#include <gtest/gtest.h>

using lga::render::AllowList;

namespace {

QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(u' ', Qt::SkipEmptyParts);
}

} // namespace

TEST(SanitizerAllowList, LocalGovWysiwygHasExactlyTheSitesTagsPlusBrHrDel)
{
    QStringList expected = words("em strong cite blockquote code ol li dl dt dd h1 h2 h3 h4 h5 h6 "
                                 "pre mark u p a ul img drupal-media table caption tbody thead "
                                 "tfoot th td tr br hr del");
    expected.sort();
    EXPECT_EQ(AllowList::localGovWysiwyg().tags(), expected);
}

TEST(SanitizerAllowList, LocalGovWysiwygAttributes)
{
    const AllowList list = AllowList::localGovWysiwyg();
    EXPECT_TRUE(list.allowsAttribute(u"blockquote", u"cite"));
    EXPECT_TRUE(list.allowsAttribute(u"ol", u"type"));
    EXPECT_TRUE(list.allowsAttribute(u"ol", u"start"));
    EXPECT_FALSE(list.allowsAttribute(u"h1", u"id"));
    for (const char *heading : {"h2", "h3", "h4", "h5", "h6"})
        EXPECT_TRUE(list.allowsAttribute(QString::fromLatin1(heading), u"id")) << heading;
    for (const char *name : {"href", "hreflang", "data-entity-substitution", "data-entity-type",
                             "data-entity-uuid", "title", "class"})
        EXPECT_TRUE(list.allowsAttribute(u"a", QString::fromLatin1(name))) << name;
    EXPECT_FALSE(list.allowsAttribute(u"a", u"target"));
    for (const char *name :
         {"src", "alt", "data-entity-type", "data-entity-uuid", "data-align", "data-caption"})
        EXPECT_TRUE(list.allowsAttribute(u"img", QString::fromLatin1(name))) << name;
    EXPECT_FALSE(list.allowsAttribute(u"img", u"title"));
    for (const char *name : {"data-entity-type", "data-entity-uuid", "data-view-mode", "data-align",
                             "data-caption", "alt", "title"})
        EXPECT_TRUE(list.allowsAttribute(u"drupal-media", QString::fromLatin1(name))) << name;
    EXPECT_FALSE(list.allowsAttribute(u"td", u"align"));
    EXPECT_FALSE(list.allowsAttribute(u"th", u"align"));
    EXPECT_FALSE(list.allowsAttribute(u"code", u"class"));
    EXPECT_FALSE(list.allowsAttribute(u"p", u"style"));
    EXPECT_TRUE(list.allowedValues(u"ol", u"start").isEmpty());
}

TEST(SanitizerAllowList, LocalGovWysiwygClasses)
{
    const AllowList list = AllowList::localGovWysiwyg();
    EXPECT_EQ(list.allowedValues(u"p", u"class"),
              words("alert alert-info alert-danger alert-primary alert-success callout "
                    "callout-primary callout-success callout-danger callout-teal callout-carbon "
                    "callout-yellow"));
    EXPECT_EQ(list.allowedValues(u"a", u"class"),
              words("external-link pdf-link btn btn-start col-sm-6 mt-3"));
    EXPECT_EQ(list.allowedValues(u"ul", u"class"), words("list-checked"));
    // The editor offers alert-fail, but the filter does not allow it.
    EXPECT_FALSE(list.allowedValues(u"p", u"class").contains(u"alert-fail"));
}

TEST(SanitizerAllowList, ReadsDrupalNotation)
{
    const AllowList list = AllowList::fromDrupalAllowedHtml(
        u"<A HREF class='x  y'> <em>\n<p data-* class=\"lead\"> <img src alt/> <  > <span title>");
    EXPECT_EQ(list.tags(), words("a em img p span"));
    EXPECT_TRUE(list.allowsTag(u"A"));
    EXPECT_TRUE(list.allowsAttribute(u"a", u"href"));
    EXPECT_EQ(list.allowedValues(u"a", u"class"), words("x y"));
    EXPECT_EQ(list.allowedValues(u"p", u"class"), words("lead"));
    // Wildcards are not supported, so they allow nothing.
    EXPECT_FALSE(list.allowsAttribute(u"p", u"data-x"));
    EXPECT_TRUE(list.allowsAttribute(u"img", u"alt"));
    EXPECT_TRUE(list.allowsAttribute(u"span", u"title"));
}

TEST(SanitizerAllowList, BuildsByHandAndComparesByValue)
{
    AllowList list;
    EXPECT_FALSE(list.allowsTag(u"p"));
    list.allowTag(u"p", {QStringLiteral("class")});
    list.allowValues(u"p", u"class", {QStringLiteral("lead")});
    list.allowTag(u"b");
    EXPECT_TRUE(list.allowsTag(u"b"));
    EXPECT_FALSE(list.allowsAttribute(u"b", u"class"));
    EXPECT_EQ(list.allowedValues(u"p", u"class"), words("lead"));
    EXPECT_EQ(list, AllowList::fromDrupalAllowedHtml(u"<b> <p class=\"lead\">"));
    EXPECT_NE(list, AllowList::localGovWysiwyg());
    EXPECT_EQ(AllowList::localGovWysiwyg(), AllowList::localGovWysiwyg());
}
