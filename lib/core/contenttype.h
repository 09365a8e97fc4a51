// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace lga::core {

/// A LocalGov Drupal node bundle that the app can author, e.g. `localgov_services_page`.
struct ContentType
{
    QString bundle; ///< Drupal machine name, also the JSON:API type suffix (`node--<bundle>`).
    QString label;  ///< Human name, translated.
    bool summaryRequired = false; ///< The site refuses a save without a body summary.

    bool operator==(const ContentType &) const = default;
};

/// The bundles every LocalGov site in scope offers, in the order a menu should list them.
QList<ContentType> contentTypes();

/// The type for a bundle, or std::nullopt-like empty bundle when unknown.
ContentType contentType(const QString &bundle);

/// True when the bundle is one the app knows.
bool isKnownBundle(const QString &bundle);

/// The bundle new pages get by default.
QString defaultBundle();

} // namespace lga::core
