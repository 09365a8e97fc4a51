// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <cms-emulator/media.h>
#include <cms-emulator/storedfile.h>

#include <QJsonObject>

#include <optional>

namespace lga::emulator {

// Turns files and media into JSON:API resource objects as Drupal 10 core writes them
// (file--file, media--image, media--document).
class MediaNormalizer
{
public:
    // `baseUrl` is scheme and authority, e.g. http://127.0.0.1:8080.
    explicit MediaNormalizer(const QString &baseUrl);

    QString fileUrl(const QString &uuid) const;
    QString mediaUrl(const Media &media) const;
    // The source field of a media bundle: field_media_image or field_media_document.
    static QString sourceField(const QString &bundle);
    // A public:// URI as the site serves it, root-relative: /sites/default/files/….
    static QString publicUrl(const QString &uri);

    QJsonObject normalize(const StoredFile &file) const;
    // `file` is the source file; its fid goes into the relationship's meta.
    QJsonObject normalize(const Media &media, const std::optional<StoredFile> &file) const;

private:
    QJsonObject relationship(const Media &media, const QString &field,
                             const QJsonValue &data) const;

    QString m_baseUrl;
};

} // namespace lga::emulator
