// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace lga::core {

/// The kind of value a field holds, which decides its JSON shape in core::Page::fields and the
/// control that edits it.
enum class FieldKind
{
    Text,           ///< A JSON string on one line.
    LongText,       ///< A JSON string, several lines.
    Date,           ///< A JSON string `YYYY-MM-DD`.
    Links,          ///< A JSON array of `{"uri": …, "title": …}` objects.
    PageReference,  ///< A JSON string: the uuid of another page in the store.
    PageReferences, ///< A JSON array of page uuids, in order.
    Terms,          ///< A JSON array of taxonomy term names (topics).
    Choice,         ///< A JSON string, one of FieldDefinition::choices.
    Boolean,        ///< A JSON bool.
    MediaReference, ///< A JSON string: the uuid of an image in the store's media.
};

/// One value a Choice field may take.
struct FieldChoice
{
    QString value; ///< What the site stores.
    QString label; ///< What the author sees, translated.

    bool operator==(const FieldChoice &) const = default;
};

/// One field of a content type as the LocalGov Drupal site defines it (its field config):
/// machine name, label, kind, how many values it takes and whether the site requires it.
struct FieldDefinition
{
    static constexpr int kUnlimited = -1;

    QString name;  ///< Drupal field machine name, e.g. `localgov_common_tasks`.
    QString label; ///< Translated label.
    QString help;  ///< Translated one-line guidance shown under the control.
    FieldKind kind = FieldKind::Text;
    int maxValues = 1; ///< Cardinality: 1, a number, or kUnlimited.
    bool required = false;
    /// For links: the site refuses a link without a title.
    bool linkTitleRequired = false;
    /// For page references: the bundles the site accepts as targets.
    QStringList targetBundles;
    /// For Choice fields.
    QList<FieldChoice> choices;
    /// The value a new page starts with, if any (JSON null means none).
    QJsonValue defaultValue;
};

/// The fields a bundle has beyond title, summary and body, in the order its edit form shows
/// them. Unknown bundles have none.
QList<FieldDefinition> fieldDefinitions(const QString &bundle);

/// The definition of one field of a bundle; an empty name when the bundle has no such field.
FieldDefinition fieldDefinition(const QString &bundle, const QString &field);
/// The label the content type's edit form gives \a field, or else its machine name in words
/// ("localgov_common_tasks" reads "Common tasks"): a field a site added still reads as words.
QString fieldLabel(const QString &bundle, const QString &field);

/// The field values a new page of \a bundle starts with: the site's defaults, with "today" for
/// dates the site fills with the current date.
QJsonObject defaultFields(const QString &bundle, const QDate &today);

/// True when the site requires the body (and not only its summary) for this bundle.
bool bodyRequired(const QString &bundle);

} // namespace lga::core
