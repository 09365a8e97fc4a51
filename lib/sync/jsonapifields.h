// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <core/fielddefinition.h>

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace lga::sync {

/// How each kind of field travels: the shapes of core::Page::fields on one side and the
/// JSON:API attribute or relationship on the other (localgov.md §4.3).
class JsonApiFields
{
public:
    /// Reference kinds travel as relationships, the rest as attributes.
    static bool isRelationship(core::FieldKind kind);

    /// The app's value for a site attribute; std::nullopt when it is empty (the field is then
    /// absent from Page::fields) or has a shape the app does not understand.
    static std::optional<QJsonValue> attributeToApp(const core::FieldDefinition &definition,
                                                    const QJsonValue &attribute);

    /// The app's value for a site relationship member (`{data: …}`); std::nullopt when empty.
    /// Terms are never mapped: the site sends term ids, and the app holds names.
    static std::optional<QJsonValue> relationshipToApp(const core::FieldDefinition &definition,
                                                       const QJsonValue &relationship);

    /// The attribute to send for an app value. \a base is the attribute as last read from the
    /// site (or undefined): links that did not change are sent exactly as the site had them,
    /// keeping their options and `entity:` addresses.
    static QJsonValue attributeToSite(const core::FieldDefinition &definition,
                                      const QJsonValue &value, const QJsonValue &base);

    /// A link address as the app shows it: `internal:/x` becomes `/x` and `entity:node/N`
    /// becomes `/node/N`; others are kept.
    static QString linkUriToApp(const QString &uri);
    /// The reverse: site paths become `internal:` addresses.
    static QString linkUriToSite(const QString &uri);
};

} // namespace lga::sync
