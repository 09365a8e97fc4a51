// SPDX-License-Identifier: GPL-2.0-or-later
#include "testdata.h"

#include <sync/collectionpage.h>
#include <sync/htmltomarkdown.h>
#include <sync/nodedocument.h>
#include <sync/patchdocument.h>

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using lga::core::ModerationState;
using lga::core::Page;
using lga::core::SourceFormat;
using lga::sync::NodeDocument;
using lga::sync::PatchDocument;
using lga::sync::test::exampleDocument;

namespace {

NodeDocument::Result example()
{
    return NodeDocument::parse(exampleDocument("services_page_individual.json"));
}

QJsonObject attributesOf(const PatchDocument::Result &result)
{
    return result.document.value(u"data"_s).toObject().value(u"attributes"_s).toObject();
}

QJsonObject relationshipsOf(const PatchDocument::Result &result)
{
    return result.document.value(u"data"_s).toObject().value(u"relationships"_s).toObject();
}

TEST(PatchDocument, RoundTripKeepsWhatTheAuthorEdited)
{
    const NodeDocument::Result base = example();
    ASSERT_TRUE(base.ok());
    Page page = base.page;
    page.title = u"Report a missed bin"_s;
    page.summary = u"Tell us within 2 working days."_s;
    page.body = u"## What to do\n\nTell us **today**.\n\n- Black bin\n- Blue bin"_s;
    page.format = SourceFormat::Markdown;
    page.state = ModerationState::Review;
    QJsonArray tasks = page.fields.value(u"localgov_common_tasks"_s).toArray();
    tasks.append(QJsonObject{{u"uri"_s, u"/bins/new"_s}, {u"title"_s, u"Order a bin"_s}});
    page.fields.insert(u"localgov_common_tasks"_s, tasks);
    page.fields.insert(u"localgov_hide_related_topics"_s, false);

    const PatchDocument::Result patch =
        PatchDocument::patch(page, base.meta, {u"Shorter title"_s, {}, {}, {}});
    EXPECT_TRUE(patch.unsentFields.isEmpty());
    const NodeDocument::Result back =
        NodeDocument::fromResourceObject(patch.document.value(u"data"_s).toObject());
    ASSERT_TRUE(back.ok()) << back.error.toStdString();
    EXPECT_EQ(back.page.uuid, page.uuid);
    EXPECT_EQ(back.page.bundle, page.bundle);
    EXPECT_EQ(back.page.title, page.title);
    EXPECT_EQ(back.page.summary, page.summary);
    EXPECT_EQ(back.page.body, page.body);
    EXPECT_EQ(back.page.format, SourceFormat::Markdown);
    EXPECT_EQ(back.page.state, ModerationState::Review);
    EXPECT_EQ(back.page.fields, page.fields);
}

TEST(PatchDocument, UneditedHtmlBodyComesBackTheSame)
{
    const NodeDocument::Result base = example();
    ASSERT_TRUE(base.ok());
    const PatchDocument::Result patch = PatchDocument::patch(base.page, base.meta, {});
    const NodeDocument::Result back =
        NodeDocument::fromResourceObject(patch.document.value(u"data"_s).toObject());
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back.page.format, SourceFormat::Html);
    EXPECT_TRUE(lga::sync::HtmlToMarkdown::sameSanitizedHtml(back.page.body, SourceFormat::Html,
                                                             base.page.body, SourceFormat::Html));
    EXPECT_TRUE(back.page.body.contains(u"data-entity-substitution=\"canonical\""_s));
    EXPECT_TRUE(back.page.body.contains(u"callout callout-primary"_s));
    EXPECT_EQ(back.page.fields, base.page.fields);
}

TEST(PatchDocument, SendsTheConcurrencyAndWorkflowMembers)
{
    const NodeDocument::Result base = example();
    ASSERT_TRUE(base.ok());
    const PatchDocument::Result patch =
        PatchDocument::patch(base.page, base.meta, {u"Offline edit"_s, {}, {}, {}});
    const QJsonObject data = patch.document.value(u"data"_s).toObject();
    EXPECT_EQ(data.value(u"type"_s), u"node--localgov_services_page"_s);
    EXPECT_EQ(data.value(u"id"_s), u"5f0c3a9e-7d1b-4c2e-9a61-0b8f2d4e6c13"_s);
    const QJsonObject attributes = attributesOf(patch);
    EXPECT_EQ(attributes.value(u"changed"_s), u"2024-10-14T09:12:45+00:00"_s);
    EXPECT_EQ(attributes.value(u"moderation_state"_s), u"published"_s);
    EXPECT_EQ(attributes.value(u"revision_log"_s), u"Offline edit"_s);
    const QJsonObject body = attributes.value(u"body"_s).toObject();
    EXPECT_EQ(body.keys(), (QStringList{u"format"_s, u"summary"_s, u"value"_s}));
    EXPECT_EQ(body.value(u"format"_s), u"wysiwyg"_s);
}

TEST(PatchDocument, NeverSendsReadOnlyMembers)
{
    const NodeDocument::Result base = example();
    ASSERT_TRUE(base.ok());
    for (const PatchDocument::Result &result :
         {PatchDocument::patch(base.page, base.meta, {}), PatchDocument::post(base.page, {})}) {
        const QJsonObject attributes = attributesOf(result);
        for (const QString &name : attributes.keys()) {
            EXPECT_FALSE(name.startsWith(u"drupal_internal__"_s)) << name.toStdString();
        }
        for (const QString &name : {u"created"_s, u"status"_s, u"path"_s, u"promote"_s, u"sticky"_s,
                                    u"revision_timestamp"_s, u"langcode"_s, u"default_langcode"_s,
                                    u"localgov_download_links"_s}) {
            EXPECT_FALSE(attributes.contains(name)) << name.toStdString();
        }
        const QJsonObject relationships = relationshipsOf(result);
        for (const QString &name : {u"uid"_s, u"revision_uid"_s, u"node_type"_s}) {
            EXPECT_FALSE(relationships.contains(name)) << name.toStdString();
        }
    }
}

// The pull keeps the owner's name in the base (for the review queue); a write never sends the
// owner back, named or not.
TEST(PatchDocument, NeverSendsTheOwnerThePullNamed)
{
    QJsonObject resource = QJsonDocument::fromJson(exampleDocument("services_page_individual.json"))
                               .object()
                               .value(u"data"_s)
                               .toObject();
    const QString ownerId =
        resource.value(u"relationships"_s)[u"uid"_s][u"data"_s][u"id"_s].toString();
    ASSERT_FALSE(ownerId.isEmpty());
    const QJsonObject collection{
        {u"data"_s, QJsonArray{resource}},
        {u"included"_s, QJsonArray{QJsonObject{
                            {u"type"_s, u"user--user"_s},
                            {u"id"_s, ownerId},
                            {u"attributes"_s, QJsonObject{{u"display_name"_s, u"Rhys Owen"_s}}}}}}};
    const lga::sync::CollectionPage page =
        lga::sync::CollectionPage::parse(QJsonDocument(collection).toJson());
    ASSERT_TRUE(page.ok());
    const QJsonObject named = page.withOwnerName(page.resources().first());
    ASSERT_EQ(named.value(u"relationships"_s)[u"uid"_s][u"data"_s][u"meta"_s][u"display_name"_s]
                  .toString(),
              u"Rhys Owen"_s);
    const NodeDocument::Result base = NodeDocument::fromResourceObject(named);
    ASSERT_TRUE(base.ok()) << base.error.toStdString();
    Page edited = base.page;
    edited.title = u"Report a missed bin"_s;
    for (const PatchDocument::Result &result :
         {PatchDocument::patch(edited, base.meta, {u"Edited"_s, {}, {}, {}}),
          PatchDocument::post(edited, {})}) {
        EXPECT_FALSE(relationshipsOf(result).contains(u"uid"_s));
        EXPECT_FALSE(attributesOf(result).contains(u"uid"_s));
        const QByteArray sent = QJsonDocument(result.document).toJson(QJsonDocument::Compact);
        EXPECT_FALSE(sent.contains("Rhys Owen")) << sent.toStdString();
        EXPECT_FALSE(sent.contains("display_name")) << sent.toStdString();
        EXPECT_FALSE(sent.contains(ownerId.toUtf8())) << sent.toStdString();
    }
}

TEST(PatchDocument, UnchangedLinksKeepTheSiteOptionsAndAddresses)
{
    const NodeDocument::Result base = example();
    ASSERT_TRUE(base.ok());
    Page page = base.page;
    QJsonArray related = page.fields.value(u"localgov_related_links"_s).toArray();
    related.append(QJsonObject{{u"uri"_s, u"/council-tax"_s}, {u"title"_s, u"Council tax"_s}});
    page.fields.insert(u"localgov_related_links"_s, related);
    const QJsonObject attributes = attributesOf(PatchDocument::patch(page, base.meta, {}));
    const QJsonArray tasks = attributes.value(u"localgov_common_tasks"_s).toArray();
    EXPECT_EQ(tasks, base.meta.attributes.value(u"localgov_common_tasks"_s).toArray());
    const QJsonArray sent = attributes.value(u"localgov_related_links"_s).toArray();
    ASSERT_EQ(sent.size(), 2);
    EXPECT_EQ(sent[0].toObject().value(u"uri"_s), u"entity:node/377"_s);
    EXPECT_EQ(sent[1].toObject().value(u"uri"_s), u"internal:/council-tax"_s);
}

TEST(PatchDocument, ClearedFieldsAreSentEmpty)
{
    const NodeDocument::Result base = example();
    ASSERT_TRUE(base.ok());
    Page page = base.page;
    page.fields.remove(u"localgov_related_links"_s);
    page.fields.remove(u"localgov_services_parent"_s);
    const PatchDocument::Result patch = PatchDocument::patch(page, base.meta, {});
    EXPECT_EQ(attributesOf(patch).value(u"localgov_related_links"_s), QJsonArray());
    EXPECT_TRUE(relationshipsOf(patch)
                    .value(u"localgov_services_parent"_s)
                    .toObject()
                    .value(u"data"_s)
                    .isNull());
}

TEST(PatchDocument, ParentReferenceTypes)
{
    const NodeDocument::Result base = example();
    ASSERT_TRUE(base.ok());
    // Unchanged: the type the site gave.
    const QJsonObject unchanged = relationshipsOf(PatchDocument::patch(base.page, base.meta, {}))
                                      .value(u"localgov_services_parent"_s)
                                      .toObject()
                                      .value(u"data"_s)
                                      .toObject();
    EXPECT_EQ(unchanged.value(u"type"_s), u"node--localgov_services_sublanding"_s);
    EXPECT_EQ(unchanged.value(u"id"_s), u"3b7e9d21-6a4c-4f08-b1d5-92e0c7a8f4d6"_s);

    // A new parent: the type comes from the store; unknown, the field is not sent.
    Page page = base.page;
    const QString landing = u"2a4c6e80-1b3d-4f5a-8c7e-9d0f1a2b3c4d"_s;
    page.fields.insert(u"localgov_services_parent"_s, landing);
    PatchDocument::Options options;
    options.bundleOf = [&](const QString &uuid) {
        return uuid == landing ? u"localgov_services_landing"_s : QString();
    };
    const QJsonObject changed = relationshipsOf(PatchDocument::patch(page, base.meta, options))
                                    .value(u"localgov_services_parent"_s)
                                    .toObject()
                                    .value(u"data"_s)
                                    .toObject();
    EXPECT_EQ(changed.value(u"type"_s), u"node--localgov_services_landing"_s);
    EXPECT_EQ(changed.value(u"id"_s), landing);

    const PatchDocument::Result unknown = PatchDocument::patch(page, base.meta, {});
    EXPECT_FALSE(relationshipsOf(unknown).contains(u"localgov_services_parent"_s));
    EXPECT_EQ(unknown.unsentFields, QStringList{u"localgov_services_parent"_s});
}

TEST(PatchDocument, TopicNamesAreNotSentYet)
{
    Page page = Page::create(u"localgov_services_page"_s);
    page.fields.insert(u"localgov_topic_classified"_s, QJsonArray{u"Bins"_s});
    const PatchDocument::Result post = PatchDocument::post(page, {});
    EXPECT_EQ(post.unsentFields, QStringList{u"localgov_topic_classified"_s});
    EXPECT_FALSE(relationshipsOf(post).contains(u"localgov_topic_classified"_s));
}

TEST(PatchDocument, PostUsesTheClientUuidAndNoChanged)
{
    Page page = Page::create(u"localgov_services_page"_s);
    page.title = u"Apply for a blue badge"_s;
    page.summary = u"How to apply"_s;
    page.body = u"You can apply online."_s;
    const PatchDocument::Result post =
        PatchDocument::post(page, {u"Created offline"_s, {}, {}, {}});
    const QJsonObject data = post.document.value(u"data"_s).toObject();
    EXPECT_EQ(data.value(u"id"_s), page.uuid.toString(QUuid::WithoutBraces));
    EXPECT_EQ(data.value(u"type"_s), u"node--localgov_services_page"_s);
    const QJsonObject attributes = data.value(u"attributes"_s).toObject();
    EXPECT_FALSE(attributes.contains(u"changed"_s));
    EXPECT_EQ(attributes.value(u"moderation_state"_s), u"draft"_s);
    EXPECT_EQ(attributes.value(u"revision_log"_s), u"Created offline"_s);
    const QJsonObject body = attributes.value(u"body"_s).toObject();
    EXPECT_EQ(body.value(u"value"_s).toString().trimmed(), u"<p>You can apply online.</p>"_s);
    EXPECT_EQ(body.value(u"format"_s), u"wysiwyg"_s);
    EXPECT_EQ(body.value(u"summary"_s), u"How to apply"_s);
}

} // namespace
