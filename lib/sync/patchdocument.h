// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "remotemeta.h"

#include <core/page.h>

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace lga::sync {

/// Builds the bodies of the writes sync sends (localgov.md §4.5): the PATCH of a page the site
/// has, and the POST of a new page with the uuid the app gave it.
///
/// Only members the author may write are sent: title, body {value, format, summary},
/// moderation_state (always, so the site checks the transition), revision_log, the bundle's
/// fields, and on PATCH `changed` exactly as last read, which the site uses to refuse a stale
/// edit. Read-only members (drupal_internal__*, created, status, path, uid…) never are.
class PatchDocument
{
public:
    struct Options
    {
        QString revisionLog;
        /// The bundle of another page by uuid, for the `type` of a page reference the site
        /// has not seen yet; an empty string when unknown.
        std::function<QString(const QString &uuid)> bundleOf;
        /// Whether another page is on the site yet. A reference to one that is not is left out
        /// (its field is listed in unsentFields), since the site refuses a reference to a page
        /// it does not have. Unset: every reference is sent.
        std::function<bool(const QString &uuid)> onSite;
        /// Turns the rendered body into what the site stores (MediaLinks::toSite); unset: as is.
        std::function<QString(const QString &html)> bodyToSite;
    };

    struct Result
    {
        QJsonObject document;
        /// Fields that could not be sent (topics, or references whose target type is unknown).
        QStringList unsentFields;
    };

    static Result patch(const core::Page &page, const RemoteMeta &base, const Options &options);
    static Result post(const core::Page &page, const Options &options);
};

} // namespace lga::sync
