// SPDX-License-Identifier: GPL-2.0-or-later
#include "nodedocument.h"

#include "htmltomarkdown.h"
#include "jsonapifields.h"

#include <core/contenttype.h>
#include <core/fielddefinition.h>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::Literals::StringLiterals;

namespace lga::sync {

namespace {

NodeDocument::Result failure(const QString &error)
{
    NodeDocument::Result result;
    result.error = error;
    return result;
}

QString wrongType(const char *member)
{
    return QCoreApplication::translate("lga::sync::NodeDocument",
                                       "The site sent a page whose “%1” has the wrong type.")
        .arg(QLatin1StringView(member));
}

QDateTime timestamp(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate).toUTC();
}

// Members the page itself holds, apart from the bundle's fields.
bool mappedToPage(const QString &name)
{
    return name == u"title" || name == u"body" || name == u"moderation_state";
}

} // namespace

NodeDocument::Result NodeDocument::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return failure(QCoreApplication::translate("lga::sync::NodeDocument",
                                                   "The site's answer is not JSON."));
    }
    const QJsonValue data = document.object().value(u"data"_s);
    if (!data.isObject()) {
        return failure(QCoreApplication::translate("lga::sync::NodeDocument",
                                                   "The site's answer holds no page."));
    }
    return fromResourceObject(data.toObject());
}

NodeDocument::Result NodeDocument::fromResourceObject(const QJsonObject &resource)
{
    const QString type = resource.value(u"type"_s).toString();
    if (!type.startsWith(u"node--"_s) || type.size() <= 6) {
        return failure(QCoreApplication::translate("lga::sync::NodeDocument",
                                                   "The site sent something that is not a page."));
    }
    const QUuid uuid(resource.value(u"id"_s).toString());
    if (uuid.isNull()) {
        return failure(QCoreApplication::translate("lga::sync::NodeDocument",
                                                   "The site sent a page without a valid id."));
    }
    const QJsonValue attributesValue = resource.value(u"attributes"_s);
    const QJsonValue relationshipsValue = resource.value(u"relationships"_s);
    if (!attributesValue.isObject()) {
        return failure(wrongType("attributes"));
    }
    if (!relationshipsValue.isUndefined() && !relationshipsValue.isObject()) {
        return failure(wrongType("relationships"));
    }
    const QJsonObject attributes = attributesValue.toObject();
    const QJsonObject relationships = relationshipsValue.toObject();

    // Check the members the page is built from before using any.
    const QJsonValue title = attributes.value(u"title"_s);
    if (!title.isString()) {
        return failure(wrongType("title"));
    }
    const QJsonValue body = attributes.value(u"body"_s);
    if (!body.isUndefined() && !body.isNull() && !body.isObject()) {
        return failure(wrongType("body"));
    }
    for (const char *member : {"changed", "created", "moderation_state", "langcode"}) {
        const QJsonValue value = attributes.value(QLatin1StringView(member));
        if (!value.isUndefined() && !value.isString()) {
            return failure(wrongType(member));
        }
    }
    for (const char *member : {"drupal_internal__nid", "drupal_internal__vid"}) {
        const QJsonValue value = attributes.value(QLatin1StringView(member));
        if (!value.isUndefined() && !value.isDouble()) {
            return failure(wrongType(member));
        }
    }
    const QJsonValue path = attributes.value(u"path"_s);
    if (!path.isUndefined() && !path.isNull() && !path.isObject()) {
        return failure(wrongType("path"));
    }

    Result result;
    RemoteMeta &meta = result.meta;
    meta.uuid = uuid;
    meta.type = type;
    meta.nid = attributes.value(u"drupal_internal__nid"_s).toInt();
    meta.vid = attributes.value(u"drupal_internal__vid"_s).toInt();
    meta.changed = attributes.value(u"changed"_s).toString();
    meta.changedAt = timestamp(meta.changed);
    meta.moderationState = attributes.value(u"moderation_state"_s).toString();
    meta.pathAlias = path.toObject().value(u"alias"_s).toString();
    meta.langcode = attributes.value(u"langcode"_s).toString();
    meta.attributes = attributes;
    meta.relationships = relationships;
    meta.hasWorkingCopy = resource.value(u"links"_s).toObject().contains(u"working-copy"_s);

    core::Page &page = result.page;
    page.uuid = uuid;
    page.bundle = type.mid(6);
    meta.knownBundle = core::isKnownBundle(page.bundle);
    page.title = title.toString();
    const QJsonObject bodyObject = body.toObject();
    meta.bodyFormat = bodyObject.value(u"format"_s).toString();
    page.summary = bodyObject.value(u"summary"_s).toString();
    const HtmlToMarkdown::Body imported =
        HtmlToMarkdown::importBody(bodyObject.value(u"value"_s).toString());
    page.body = imported.text;
    page.format = imported.format;
    page.state = core::moderationStateFromMachineName(meta.moderationState)
                     .value_or(core::ModerationState::Draft);
    page.created = timestamp(attributes.value(u"created"_s));
    page.updated = meta.changedAt;

    QJsonObject unmappedAttributes = attributes;
    QJsonObject unmappedRelationships = relationships;
    for (const QString &name : attributes.keys()) {
        if (mappedToPage(name)) {
            unmappedAttributes.remove(name);
        }
    }
    const QList<core::FieldDefinition> definitions = core::fieldDefinitions(page.bundle);
    for (const core::FieldDefinition &definition : definitions) {
        const bool isRelationship = JsonApiFields::isRelationship(definition.kind);
        if (definition.kind == core::FieldKind::Terms) {
            continue; // Needs term names, which the node does not carry; kept aside.
        }
        if (isRelationship && relationships.contains(definition.name)) {
            if (const auto value = JsonApiFields::relationshipToApp(
                    definition, relationships.value(definition.name))) {
                page.fields.insert(definition.name, *value);
            }
            unmappedRelationships.remove(definition.name);
        } else if (!isRelationship && attributes.contains(definition.name)) {
            if (const auto value =
                    JsonApiFields::attributeToApp(definition, attributes.value(definition.name))) {
                page.fields.insert(definition.name, *value);
            }
            unmappedAttributes.remove(definition.name);
        }
    }
    meta.unmappedAttributes = unmappedAttributes;
    meta.unmappedRelationships = unmappedRelationships;
    return result;
}

} // namespace lga::sync
