// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "moderationstate.h"

#include <QDateTime>
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

    /// A new, empty draft of the given bundle with a fresh client-side uuid (JSON:API accepts
    /// them).
    static Page create(const QString &bundle);

    bool operator==(const Page &) const = default;
};

/// The fields a page list shows, without the body.
struct PageSummary
{
    QUuid uuid;
    QString bundle;
    QString title;
    ModerationState state = ModerationState::Draft;
    QDateTime updated;

    bool operator==(const PageSummary &) const = default;
};

} // namespace lga::core
