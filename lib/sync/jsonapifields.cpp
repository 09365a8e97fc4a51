// SPDX-License-Identifier: GPL-2.0-or-later
#include "jsonapifields.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace lga::sync {

using core::FieldKind;

namespace {

QJsonObject appLink(const QJsonObject &link)
{
    return QJsonObject{
        {u"uri"_s, JsonApiFields::linkUriToApp(link.value(u"uri"_s).toString())},
        {u"title"_s, link.value(u"title"_s).toString()},
    };
}

QString referenceId(const QJsonValue &data)
{
    return data.toObject().value(u"id"_s).toString();
}

} // namespace

bool JsonApiFields::isRelationship(FieldKind kind)
{
    return kind == FieldKind::PageReference || kind == FieldKind::PageReferences ||
           kind == FieldKind::Terms || kind == FieldKind::MediaReference;
}

QString JsonApiFields::linkUriToApp(const QString &uri)
{
    if (uri.startsWith(u"internal:/"_s)) {
        return uri.mid(9);
    }
    if (uri.startsWith(u"entity:"_s)) {
        return u'/' + uri.mid(7);
    }
    return uri;
}

QString JsonApiFields::linkUriToSite(const QString &uri)
{
    return uri.startsWith(u'/') ? u"internal:"_s + uri : uri;
}

std::optional<QJsonValue> JsonApiFields::attributeToApp(const core::FieldDefinition &definition,
                                                        const QJsonValue &attribute)
{
    switch (definition.kind) {
    case FieldKind::Text:
    case FieldKind::LongText:
    case FieldKind::Date:
    case FieldKind::Choice: {
        // Formatted long text arrives as {value, format, processed}.
        const QJsonValue value =
            attribute.isObject() ? attribute.toObject().value(u"value"_s) : attribute;
        if (!value.isString() || value.toString().isEmpty()) {
            return std::nullopt;
        }
        return value;
    }
    case FieldKind::Boolean:
        if (!attribute.isBool()) {
            return std::nullopt;
        }
        return attribute;
    case FieldKind::Links: {
        // Single-value link fields arrive as an object, others as a list.
        const QJsonArray items = attribute.isObject() ? QJsonArray{attribute} : attribute.toArray();
        QJsonArray links;
        for (const QJsonValue &item : items) {
            if (item.isObject()) {
                links.append(appLink(item.toObject()));
            }
        }
        if (links.isEmpty()) {
            return std::nullopt;
        }
        return links;
    }
    case FieldKind::PageReference:
    case FieldKind::PageReferences:
    case FieldKind::Terms:
    case FieldKind::MediaReference:
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<QJsonValue> JsonApiFields::relationshipToApp(const core::FieldDefinition &definition,
                                                           const QJsonValue &relationship)
{
    const QJsonValue data = relationship.toObject().value(u"data"_s);
    switch (definition.kind) {
    case FieldKind::PageReference:
    case FieldKind::MediaReference: {
        const QString id = referenceId(data);
        if (id.isEmpty()) {
            return std::nullopt;
        }
        return id;
    }
    case FieldKind::PageReferences: {
        QJsonArray ids;
        for (const QJsonValue &item : data.toArray()) {
            const QString id = referenceId(item);
            if (!id.isEmpty()) {
                ids.append(id);
            }
        }
        if (ids.isEmpty()) {
            return std::nullopt;
        }
        return ids;
    }
    default:
        return std::nullopt;
    }
}

QJsonValue JsonApiFields::attributeToSite(const core::FieldDefinition &definition,
                                          const QJsonValue &value, const QJsonValue &base)
{
    switch (definition.kind) {
    case FieldKind::Links: {
        const QJsonArray baseItems = base.isObject() ? QJsonArray{base} : base.toArray();
        QJsonArray out;
        for (const QJsonValue &item : value.toArray()) {
            const QJsonObject link = item.toObject();
            QJsonValue sent(QJsonValue::Undefined);
            for (const QJsonValue &old : baseItems) {
                if (appLink(old.toObject()) == link) {
                    sent = old;
                    break;
                }
            }
            if (sent.isUndefined()) {
                sent = QJsonObject{
                    {u"uri"_s, linkUriToSite(link.value(u"uri"_s).toString())},
                    {u"title"_s, link.value(u"title"_s).toString()},
                };
            }
            out.append(sent);
        }
        if (definition.maxValues == 1) {
            return out.isEmpty() ? QJsonValue(QJsonValue::Null) : out.first();
        }
        return out;
    }
    case FieldKind::LongText:
        if (base.isObject()) {
            QJsonObject text = base.toObject();
            text.remove(u"processed"_s);
            text.insert(u"value"_s, value);
            return text;
        }
        return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
    default:
        return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
    }
}

} // namespace lga::sync
