// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "moderationstate.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace lga::core {

/// How the author writes the body: Markdown (GFM) or, for pages that do not round-trip, HTML.
enum class SourceFormat
{
    Markdown,
    Html,
};

QString toMachineName(SourceFormat format);
std::optional<SourceFormat> sourceFormatFromMachineName(const QString &name);

/// The fields a page list shows, without the body.
struct PageSummary
{
    QUuid uuid;
    QString bundle;
    QString title;
    ModerationState state = ModerationState::Draft;
    QDateTime updated;
    QDate reviewDate;

    bool operator==(const PageSummary &) const = default;
};

/// One page of the council site, as the app holds it. A value type passed between layers.
struct Page
{
    QUuid uuid;
    QString bundle;
    QString title;
    QString summary;
    QString body;
    SourceFormat format = SourceFormat::Markdown;
    ModerationState state = ModerationState::Draft;
    QDateTime created;
    QDateTime updated;
    /// The bundle's other fields, by Drupal machine name (see core/fielddefinition.h for
    /// which fields each bundle has and the JSON shape of each kind of value). Fields
    /// without a value are absent.
    QJsonObject fields;
    /// When the page is next due for review (localgov_review_date); null when none is set.
    QDate reviewDate;

    /// A new, empty draft of the given bundle with a fresh client-side uuid (JSON:API accepts
    /// them).
    static Page create(const QString &bundle);

    /// What the page list shows of this page.
    PageSummary toSummary() const;

    bool operator==(const Page &) const = default;
};

/// A title as the last part of a web address: lower-case letters and digits, accents dropped,
/// everything else one hyphen ("Bins & recycling" -> "bins-recycling"), as LocalGov's path
/// aliases are made. Empty for a title with no letters or digits.
QString titleSlug(const QString &title);

} // namespace lga::core
