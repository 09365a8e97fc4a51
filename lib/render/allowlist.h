// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <string>
#include <string_view>
#include <vector>

namespace lga::render {

/// The HTML a text format allows: which elements, which attributes on each, and for an
/// attribute such as `class` which space-separated values. A value type.
///
/// It reads Drupal's own `allowed_html` notation, so a site's filter_html setting can be pasted
/// in as it is: `<a href hreflang class="external-link pdf-link"> <em> <ol type start>`.
/// An attribute listed without values allows any value; with values, only those tokens survive.
class AllowList
{
public:
    struct AttributeRule
    {
        std::string name;                ///< Lower-case.
        std::vector<std::string> values; ///< Allowed tokens; empty means any value.

        bool operator==(const AttributeRule &) const = default;
    };

    struct TagRule
    {
        std::string name; ///< Lower-case.
        std::vector<AttributeRule> attributes;

        /// The rule for the attribute, or nullptr when the element may not carry it.
        const AttributeRule *attribute(std::string_view name) const;
        bool operator==(const TagRule &) const = default;
    };

    /// Parses Drupal's `allowed_html` notation. Unparsable pieces are skipped.
    static AllowList fromDrupalAllowedHtml(QStringView allowedHtml);

    /// The `wysiwyg` text format every LocalGov Drupal site ships (localgov_media's
    /// filter.format.wysiwyg.yml), plus what cmark-gfm emits for Markdown the site's editor
    /// produces too: `br`, `hr` and `del`.
    static AllowList localGovWysiwyg();

    /// Allows the element, and the attributes with any value; adds to what was allowed before.
    void allowTag(QStringView tag, const QStringList &attributes = {});
    /// Allows the attribute on the element with only these space-separated tokens.
    void allowValues(QStringView tag, QStringView attribute, const QStringList &values);

    bool allowsTag(QStringView tag) const;
    bool allowsAttribute(QStringView tag, QStringView attribute) const;
    /// The tokens allowed for the attribute; empty when any value is allowed (or none is).
    QStringList allowedValues(QStringView tag, QStringView attribute) const;
    /// The allowed elements, sorted.
    QStringList tags() const;

    /// The rule for the element, or nullptr when it is not allowed. Names are lower-case.
    const TagRule *tag(std::string_view name) const;

    bool operator==(const AllowList &) const = default;

private:
    TagRule &ensureTag(QStringView name);
    AttributeRule &ensureAttribute(TagRule &tag, QStringView name);

    std::vector<TagRule> m_tags; // Sorted by name, for binary search.
};

} // namespace lga::render
