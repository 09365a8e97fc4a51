// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace lga::sync {

/// What the app remembers about the site's copy of a page, next to the core::Page it made from
/// it: the identifiers, the revision the edit is based on, and every member of the resource
/// object the page does not hold, so that nothing is lost on the way back.
struct RemoteMeta
{
    QUuid uuid;
    QString type; ///< JSON:API type, `node--<bundle>`.
    int nid = 0;  ///< drupal_internal__nid; 0 when absent.
    int vid = 0;  ///< drupal_internal__vid; 0 when absent.
    /// `changed` exactly as the site wrote it: a PATCH sends it back unchanged, and the site
    /// answers 403 on /data/attributes/changed when it is stale.
    QString changed;
    QDateTime changedAt;     ///< The same instant, parsed (UTC); invalid when absent.
    QString moderationState; ///< Machine name as sent, also when the app does not know it.
    QString pathAlias;
    QString langcode;
    QString bodyFormat; ///< The body's text format, e.g. `wysiwyg`.
    /// The bundle is one of core::contentTypes(); otherwise the page has no fields.
    bool knownBundle = false;
    /// The site has a newer, not yet default revision: PATCH would be refused (400).
    bool hasWorkingCopy = false;
    /// Every attribute as the site sent it, mapped or not.
    QJsonObject attributes;
    /// Every relationship as the site sent it, mapped or not.
    QJsonObject relationships;
    /// The attributes and relationships the page does not hold (read-only members, fields the
    /// app does not edit, fields of unknown bundles).
    QJsonObject unmappedAttributes;
    QJsonObject unmappedRelationships;

    bool operator==(const RemoteMeta &) const = default;
};

} // namespace lga::sync
