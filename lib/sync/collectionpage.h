// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace lga::sync {

/// One page of a JSON:API collection (localgov.md §4.4): its resource objects and the link to
/// the next page. A page may hold fewer items than asked for and still have a next page, so
/// sync follows next() until it is empty and never counts items.
///
/// Asked with `include=uid`, the page also names the owners of its pages: the site sends their
/// user resources in `included`. The site leaves out users the reader may not see, and sends
/// some (the anonymous user) without a name, so an owner's name may be unknown.
class CollectionPage
{
public:
    /// Parses a collection document; on failure error() says why and there are no items.
    static CollectionPage parse(const QByteArray &json);

    const QList<QJsonObject> &resources() const { return m_resources; }
    /// `links.next.href`; empty on the last page.
    const QUrl &next() const { return m_next; }
    /// Empty on success; otherwise a translated sentence.
    const QString &error() const { return m_error; }
    bool ok() const { return m_error.isEmpty(); }
    /// \a resource with its owner's display name, when the page names it, put where Drupal
    /// puts what it knows of a reference: `relationships.uid.data.meta.display_name`. Without
    /// a name, \a resource as it is.
    QJsonObject withOwnerName(const QJsonObject &resource) const;

private:
    QList<QJsonObject> m_resources;
    QUrl m_next;
    QString m_error;
    /// Display names of the included users, by user uuid.
    QHash<QString, QString> m_userNames;
};

} // namespace lga::sync
