// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <core/page.h>

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QUuid>

namespace lga::store {
class PageStore;
class SyncStore;
} // namespace lga::store

namespace lga::sync {

/// How the store's images and documents appear in a page on the site, and back. In the store a
/// body names them `lga-media:<uuid>`; an image sent to the site keeps its uuid there as a
/// media entity and is embedded the way LocalGov's editor embeds it,
/// `<drupal-media data-entity-type="media" data-entity-uuid="<uuid>">`, and a document link
/// points at the file's address on the site. Pulled pages get the store's names back for the
/// media the store holds, so they show in the preview and compare equal to what was sent.
class MediaLinks
{
public:
    /// \a onSite: the media already on the site, with their file addresses; \a local: every
    /// media uuid the store holds.
    MediaLinks(QHash<QUuid, QString> onSite, QSet<QUuid> local);

    /// \a html as the site should receive it.
    QString toSite(const QString &html) const;
    /// The site's \a html with the store's own names for its media.
    QString toLocal(const QString &html) const;
    /// The links for \a site: what the store holds and what it has sent there.
    static MediaLinks forSite(store::PageStore &store, const store::SyncStore &syncStore,
                              const QString &site);

    /// \a resource with its body's HTML passed through toLocal().
    QJsonObject localResource(QJsonObject resource) const;

    bool isOnSite(const QUuid &media) const { return m_onSite.contains(media); }
    void addOnSite(const QUuid &media, const QString &fileUrl);

    /// The store's media a page uses: in its body and in its media fields, in order.
    static QList<QUuid> usedBy(const core::Page &page);

private:
    QHash<QUuid, QString> m_onSite;
    QHash<QString, QUuid> m_byUrl;
    QSet<QUuid> m_local;
};

} // namespace lga::sync
