// SPDX-License-Identifier: GPL-2.0-or-later
#include "testdata.h"

#include <sync/nodedocument.h>

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using lga::core::ModerationState;
using lga::core::SourceFormat;
using lga::sync::NodeDocument;
using lga::sync::test::exampleDocument;

namespace {

TEST(NodeDocument, ReadsTheServicePageExample)
{
    const NodeDocument::Result result =
        NodeDocument::parse(exampleDocument("services_page_individual.json"));
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    const lga::core::Page &page = result.page;
    EXPECT_EQ(page.uuid, QUuid(u"5f0c3a9e-7d1b-4c2e-9a61-0b8f2d4e6c13"_s));
    EXPECT_EQ(page.bundle, u"localgov_services_page"_s);
    EXPECT_EQ(page.title, u"Report a missed bin collection"_s);
    EXPECT_EQ(page.summary,
              u"Tell us if your rubbish, recycling or garden waste was not collected."_s);
    EXPECT_EQ(page.state, ModerationState::Published);
    EXPECT_EQ(page.created, QDateTime(QDate(2023, 3, 2), QTime(11, 40, 7), Qt::UTC));
    EXPECT_EQ(page.updated, QDateTime(QDate(2024, 10, 14), QTime(9, 12, 45), Qt::UTC));
    // Callout classes, heading ids and linkit attributes have no Markdown: the body stays
    // the site's HTML, untouched.
    EXPECT_EQ(page.format, SourceFormat::Html);
    EXPECT_TRUE(page.body.startsWith(u"<p>If we have missed your bin"_s));
    EXPECT_TRUE(page.body.contains(u"data-entity-uuid=\"0d9b7a0c-3e55-4f7e-b8e2-6f1c2a9d4b70\""_s));
    EXPECT_TRUE(page.body.contains(u"\r\n"_s));
}

TEST(NodeDocument, ReadsTheSyncMetadata)
{
    const NodeDocument::Result result =
        NodeDocument::parse(exampleDocument("services_page_individual.json"));
    ASSERT_TRUE(result.ok());
    const lga::sync::RemoteMeta &meta = result.meta;
    EXPECT_EQ(meta.uuid, QUuid(u"5f0c3a9e-7d1b-4c2e-9a61-0b8f2d4e6c13"_s));
    EXPECT_EQ(meta.type, u"node--localgov_services_page"_s);
    EXPECT_EQ(meta.nid, 418);
    EXPECT_EQ(meta.vid, 2291);
    EXPECT_EQ(meta.changed, u"2024-10-14T09:12:45+00:00"_s);
    EXPECT_EQ(meta.changedAt, QDateTime(QDate(2024, 10, 14), QTime(9, 12, 45), Qt::UTC));
    EXPECT_EQ(meta.moderationState, u"published"_s);
    EXPECT_EQ(meta.pathAlias, u"/bins-and-recycling/report-missed-bin-collection"_s);
    EXPECT_EQ(meta.langcode, u"en"_s);
    EXPECT_EQ(meta.bodyFormat, u"wysiwyg"_s);
    EXPECT_TRUE(meta.knownBundle);
    EXPECT_FALSE(meta.hasWorkingCopy);
}

TEST(NodeDocument, PutsKnownFieldsInTheAppShapes)
{
    const NodeDocument::Result result =
        NodeDocument::parse(exampleDocument("services_page_individual.json"));
    ASSERT_TRUE(result.ok());
    const QJsonObject &fields = result.page.fields;
    const QJsonArray tasks = fields.value(u"localgov_common_tasks"_s).toArray();
    ASSERT_EQ(tasks.size(), 2);
    EXPECT_EQ(tasks[0].toObject(),
              (QJsonObject{{u"uri"_s, u"https://forms.example-council.gov.uk/missed-bin"_s},
                           {u"title"_s, u"Report a missed bin"_s}}));
    EXPECT_EQ(tasks[1].toObject().value(u"uri"_s).toString(), u"/node/402"_s);
    EXPECT_EQ(fields.value(u"localgov_related_links"_s).toArray()[0].toObject().value(u"uri"_s),
              u"/node/377"_s);
    EXPECT_EQ(fields.value(u"localgov_hide_related_topics"_s), QJsonValue(true));
    EXPECT_EQ(fields.value(u"localgov_override_related_links"_s), QJsonValue(false));
    EXPECT_EQ(fields.value(u"localgov_services_parent"_s),
              QJsonValue(u"3b7e9d21-6a4c-4f08-b1d5-92e0c7a8f4d6"_s));
    // Topics arrive as term ids, not names: kept aside, not guessed.
    EXPECT_FALSE(fields.contains(u"localgov_topic_classified"_s));
}

TEST(NodeDocument, KeepsUnknownMembersAside)
{
    const NodeDocument::Result result =
        NodeDocument::parse(exampleDocument("services_page_individual.json"));
    ASSERT_TRUE(result.ok());
    const lga::sync::RemoteMeta &meta = result.meta;
    for (const QString &name : {u"drupal_internal__nid"_s, u"localgov_download_links"_s,
                                u"promote"_s, u"path"_s, u"revision_log"_s}) {
        EXPECT_TRUE(meta.unmappedAttributes.contains(name)) << name.toStdString();
    }
    EXPECT_FALSE(meta.unmappedAttributes.contains(u"title"_s));
    EXPECT_FALSE(meta.unmappedAttributes.contains(u"localgov_common_tasks"_s));
    EXPECT_TRUE(meta.unmappedRelationships.contains(u"localgov_topic_classified"_s));
    EXPECT_TRUE(meta.unmappedRelationships.contains(u"localgov_page_components"_s));
    EXPECT_FALSE(meta.unmappedRelationships.contains(u"localgov_services_parent"_s));
    // The full original stays too, link options included.
    EXPECT_EQ(meta.attributes.value(u"localgov_common_tasks"_s)
                  .toArray()[0]
                  .toObject()
                  .value(u"options"_s)
                  .toObject()
                  .value(u"type"_s),
              u"action"_s);
}

QJsonObject minimalNode()
{
    return QJsonObject{
        {u"type"_s, u"node--localgov_services_page"_s},
        {u"id"_s, u"9a2f4c61-0e8b-4d7a-a3c5-6b1e2d9f8a70"_s},
        {u"attributes"_s, QJsonObject{{u"title"_s, u"Council tax"_s}}},
    };
}

TEST(NodeDocument, AcceptsANodeWithOnlyATitle)
{
    const NodeDocument::Result result = NodeDocument::fromResourceObject(minimalNode());
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ(result.page.title, u"Council tax"_s);
    EXPECT_TRUE(result.page.body.isEmpty());
    EXPECT_TRUE(result.page.fields.isEmpty());
    EXPECT_TRUE(result.meta.changed.isEmpty());
    EXPECT_FALSE(result.meta.changedAt.isValid());
}

TEST(NodeDocument, MarkdownableBodyBecomesMarkdown)
{
    QJsonObject node = minimalNode();
    QJsonObject attributes = node.value(u"attributes"_s).toObject();
    attributes.insert(u"body"_s, QJsonObject{{u"value"_s, u"<h2>Who can apply</h2>\r\n<ul><li>"
                                                          "Carers</li><li>Students</li></ul>"_s},
                                             {u"format"_s, u"wysiwyg"_s},
                                             {u"summary"_s, QJsonValue::Null}});
    node.insert(u"attributes"_s, attributes);
    const NodeDocument::Result result = NodeDocument::fromResourceObject(node);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.page.format, SourceFormat::Markdown);
    EXPECT_EQ(result.page.body, u"## Who can apply\n\n- Carers\n- Students"_s);
    EXPECT_TRUE(result.page.summary.isEmpty());
}

TEST(NodeDocument, UnknownBundleKeepsEverythingAside)
{
    QJsonObject node = minimalNode();
    node.insert(u"type"_s, u"node--event"_s);
    QJsonObject attributes = node.value(u"attributes"_s).toObject();
    attributes.insert(u"localgov_event_date"_s, u"2025-01-01"_s);
    node.insert(u"attributes"_s, attributes);
    const NodeDocument::Result result = NodeDocument::fromResourceObject(node);
    ASSERT_TRUE(result.ok());
    EXPECT_FALSE(result.meta.knownBundle);
    EXPECT_EQ(result.page.bundle, u"event"_s);
    EXPECT_TRUE(result.page.fields.isEmpty());
    EXPECT_TRUE(result.meta.unmappedAttributes.contains(u"localgov_event_date"_s));
}

TEST(NodeDocument, NoticesAPendingWorkingCopy)
{
    QJsonObject node = minimalNode();
    node.insert(u"links"_s,
                QJsonObject{{u"working-copy"_s, QJsonObject{{u"href"_s, u"https://x/y"_s}}}});
    EXPECT_TRUE(NodeDocument::fromResourceObject(node).meta.hasWorkingCopy);
}

TEST(NodeDocument, RefusesBrokenDocumentsWithAClearError)
{
    EXPECT_FALSE(NodeDocument::parse("not json").ok());
    EXPECT_FALSE(NodeDocument::parse("[]").ok());
    EXPECT_FALSE(NodeDocument::parse("{}").ok());
    EXPECT_FALSE(NodeDocument::parse(R"({"data": []})").ok());
    EXPECT_FALSE(NodeDocument::parse(R"({"data": {"type": "user--user", "id": "x"}})").ok());

    const auto broken = [](const QString &member, const QJsonValue &value) {
        QJsonObject node = minimalNode();
        if (member == u"id" || member == u"attributes" || member == u"relationships") {
            node.insert(member, value);
        } else {
            QJsonObject attributes = node.value(u"attributes"_s).toObject();
            attributes.insert(member, value);
            node.insert(u"attributes"_s, attributes);
        }
        return NodeDocument::fromResourceObject(node);
    };
    EXPECT_FALSE(broken(u"id"_s, u"not-a-uuid"_s).ok());
    EXPECT_FALSE(broken(u"attributes"_s, u"text"_s).ok());
    EXPECT_FALSE(broken(u"relationships"_s, QJsonArray()).ok());
    EXPECT_FALSE(broken(u"title"_s, 42).ok());
    EXPECT_FALSE(broken(u"title"_s, QJsonValue::Null).ok());
    EXPECT_FALSE(broken(u"body"_s, u"<p>x</p>"_s).ok());
    EXPECT_FALSE(broken(u"changed"_s, 1714521600).ok());
    EXPECT_FALSE(broken(u"drupal_internal__nid"_s, u"418"_s).ok());
    const NodeDocument::Result result = broken(u"title"_s, 42);
    EXPECT_TRUE(result.error.contains(u"title"_s)) << result.error.toStdString();
}

TEST(NodeDocument, IgnoresFieldValuesOfTheWrongShape)
{
    QJsonObject node = minimalNode();
    QJsonObject attributes = node.value(u"attributes"_s).toObject();
    attributes.insert(u"localgov_common_tasks"_s, u"not a list"_s);
    attributes.insert(u"localgov_hide_related_topics"_s, u"yes"_s);
    node.insert(u"attributes"_s, attributes);
    node.insert(u"relationships"_s,
                QJsonObject{{u"localgov_services_parent"_s, QJsonObject{{u"data"_s, 5}}}});
    const NodeDocument::Result result = NodeDocument::fromResourceObject(node);
    ASSERT_TRUE(result.ok());
    EXPECT_TRUE(result.page.fields.isEmpty());
}

} // namespace
