// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace lga::sync {

/// What went wrong with a request, read from a Drupal JSON:API error document
/// (localgov.md §4.6) and its HTTP status.
class ErrorDocument
{
public:
    enum class Kind
    {
        StaleChanged, ///< 403 on /data/attributes/changed: someone else saved the page first.
        WorkingCopy,  ///< 400: the page has a pending draft on the site, PATCH is refused.
        Validation,   ///< 422: the site refused values; see fieldPointers().
        ReadOnly,     ///< 405: the site's JSON:API accepts only reads.
        NotFound,     ///< 404.
        Other,
    };

    /// \a httpStatus is used when the body carries no status (or is not JSON at all).
    static ErrorDocument parse(const QByteArray &json, int httpStatus = 0);

    Kind kind() const { return m_kind; }
    int status() const { return m_status; }
    /// Plain-English, translated, for the author.
    QString message() const;
    /// For Validation: the members the site refused, e.g. `title`, `body/format`.
    const QStringList &fieldPointers() const { return m_pointers; }
    /// The site's own details, one per error, for a log or a "Details" box.
    const QStringList &details() const { return m_details; }

private:
    Kind m_kind = Kind::Other;
    int m_status = 0;
    QStringList m_pointers;
    QStringList m_details;
};

} // namespace lga::sync
