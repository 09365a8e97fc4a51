// SPDX-License-Identifier: GPL-2.0-or-later
#include "patchdocument.h"

#include "jsonapifields.h"

#include <core/fielddefinition.h>
#include <render/bodyrenderer.h>

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace lga::sync {

namespace {

const QString kDefaultFormat = u"wysiwyg"_s;

QString bodyValue(const core::Page &page)
{
    // What the site receives is always what the preview showed: the sanitized rendering.
    return render::BodyRenderer::bodyHtml(page.body, page.format, false);
}

// The resource identifier for a referenced page or image, or an empty object when its type
// cannot be told.
QJsonObject identifier(const core::FieldDefinition &definition, const QString &id,
                       const QJsonValue &baseData, const PatchDocument::Options &options)
{
    const QJsonArray baseItems = baseData.isArray() ? baseData.toArray() : QJsonArray{baseData};
    for (const QJsonValue &item : baseItems) {
        if (item.toObject().value(u"id"_s).toString() == id) {
            return QJsonObject{{u"type"_s, item.toObject().value(u"type"_s)}, {u"id"_s, id}};
        }
    }
    if (definition.kind != core::FieldKind::MediaReference && options.onSite &&
        !options.onSite(id)) {
        return {};
    }
    QString type;
    if (definition.kind == core::FieldKind::MediaReference) {
        type = u"media--image"_s;
    } else if (options.bundleOf && !options.bundleOf(id).isEmpty()) {
        type = u"node--"_s + options.bundleOf(id);
    } else if (definition.targetBundles.size() == 1) {
        type = u"node--"_s + definition.targetBundles.first();
    }
    if (type.isEmpty()) {
        return {};
    }
    return QJsonObject{{u"type"_s, type}, {u"id"_s, id}};
}

PatchDocument::Result build(const core::Page &page, const RemoteMeta *base,
                            const PatchDocument::Options &options)
{
    PatchDocument::Result result;
    QJsonObject attributes;
    QJsonObject relationships;
    attributes.insert(u"title"_s, page.title);
    const QString format = base && !base->bodyFormat.isEmpty() ? base->bodyFormat : kDefaultFormat;
    attributes.insert(u"body"_s,
                      QJsonObject{
                          {u"value"_s, options.bodyToSite ? options.bodyToSite(bodyValue(page))
                                                          : bodyValue(page)},
                          {u"format"_s, format},
                          {u"summary"_s, page.summary},
                      });
    attributes.insert(u"moderation_state"_s, core::toMachineName(page.state));
    if (!options.revisionLog.isEmpty()) {
        attributes.insert(u"revision_log"_s, options.revisionLog);
    }
    if (base && !base->changed.isEmpty()) {
        attributes.insert(u"changed"_s, base->changed);
    }

    const QJsonObject baseAttributes = base ? base->attributes : QJsonObject();
    const QJsonObject baseRelationships = base ? base->relationships : QJsonObject();
    for (const core::FieldDefinition &definition : core::fieldDefinitions(page.bundle)) {
        const QString &name = definition.name;
        const bool present = page.fields.contains(name);
        const QJsonValue value = page.fields.value(name);
        if (definition.kind == core::FieldKind::Terms) {
            if (present) {
                result.unsentFields.append(name);
            }
            continue;
        }
        if (!JsonApiFields::isRelationship(definition.kind)) {
            if (present || baseAttributes.contains(name)) {
                attributes.insert(name, JsonApiFields::attributeToSite(definition, value,
                                                                       baseAttributes.value(name)));
            }
            continue;
        }
        if (!present && !baseRelationships.contains(name)) {
            continue;
        }
        const QJsonValue baseData = baseRelationships.value(name).toObject().value(u"data"_s);
        if (definition.kind == core::FieldKind::PageReferences) {
            QJsonArray data;
            bool complete = true;
            for (const QJsonValue &id : value.toArray()) {
                const QJsonObject item = identifier(definition, id.toString(), baseData, options);
                complete = complete && !item.isEmpty();
                data.append(item);
            }
            if (complete) {
                relationships.insert(name, QJsonObject{{u"data"_s, data}});
            } else {
                result.unsentFields.append(name);
            }
            continue;
        }
        if (!present) {
            relationships.insert(name, QJsonObject{{u"data"_s, QJsonValue::Null}});
            continue;
        }
        const QJsonObject item = identifier(definition, value.toString(), baseData, options);
        if (item.isEmpty()) {
            result.unsentFields.append(name);
        } else {
            relationships.insert(name, QJsonObject{{u"data"_s, item}});
        }
    }

    QJsonObject data{
        {u"type"_s, QString(u"node--"_s + page.bundle)},
        {u"id"_s, page.uuid.toString(QUuid::WithoutBraces)},
        {u"attributes"_s, attributes},
    };
    if (!relationships.isEmpty()) {
        data.insert(u"relationships"_s, relationships);
    }
    result.document = QJsonObject{{u"data"_s, data}};
    return result;
}

} // namespace

PatchDocument::Result PatchDocument::patch(const core::Page &page, const RemoteMeta &base,
                                           const Options &options)
{
    return build(page, &base, options);
}

PatchDocument::Result PatchDocument::post(const core::Page &page, const Options &options)
{
    return build(page, nullptr, options);
}

} // namespace lga::sync
