// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "fieldproblem.h"
#include "page.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

#include <functional>
#include <optional>

namespace lga::core {

/// Checks a page's title, summary, body and fields against the rules the LocalGov site
/// enforces when it saves a node (required fields, the required summary, cardinality, link
/// and reference targets), and against rules it does not enforce but readers need (alt text
/// on images in the body). Each problem names the field it belongs to, so the editor can show
/// it there.
class FieldValidator
{
    Q_DECLARE_TR_FUNCTIONS(lga::core::FieldValidator)

public:
    /// What the validator knows of an image the page uses.
    struct ImageInfo
    {
        QString alt;
        bool decorative = false;
    };

    /// The bundle of a page in the store, or std::nullopt when no such page exists.
    using PageLookup = std::function<std::optional<QString>(const QUuid &)>;
    /// An image in the store's media, or std::nullopt when no such image exists.
    using ImageLookup = std::function<std::optional<ImageInfo>(const QUuid &)>;

    /// Lookups that are not set skip the checks that need them.
    void setPageLookup(PageLookup lookup) { m_pages = std::move(lookup); }
    void setImageLookup(ImageLookup lookup) { m_images = std::move(lookup); }

    /// Every problem of \a page, in the order of its edit form (title, summary, body, fields).
    QList<FieldProblem> validate(const Page &page) const;

    /// True when none of \a problems would make the site refuse the page.
    static bool siteWouldAccept(const QList<FieldProblem> &problems);

private:
    void checkBodyImages(const Page &page, QList<FieldProblem> &problems) const;

    PageLookup m_pages;
    ImageLookup m_images;
};

} // namespace lga::core
