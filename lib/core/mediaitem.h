// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QUrl>
#include <QUuid>

#include <optional>

namespace lga::core {

/// What a media item is: the two LocalGov media bundles an author can use from the editor.
enum class MediaKind
{
    Image,    ///< PNG, JPEG or GIF, shown in the page; needs alt text or a decorative choice.
    Document, ///< PDF or Word document, linked from the page.
};

QString toMachineName(MediaKind kind);
std::optional<MediaKind> mediaKindFromMachineName(const QString &name);

/// An image or document in the store, without its bytes. A value type passed between layers.
///
/// Pages refer to media by `lga-media:<uuid>` URLs, so a body keeps working wherever the original
/// file went; the store holds the bytes (MediaStore::data()).
struct MediaItem
{
    QUuid uuid;
    MediaKind kind = MediaKind::Image;
    QString fileName; ///< The name the file had when it was imported, without a folder.
    QString mimeType;
    qint64 size = 0; ///< Bytes.
    int width = 0;   ///< Pixels; 0 for documents.
    int height = 0;
    /// The image's text alternative; empty for documents and decorative images.
    QString alt;
    /// The author said the image is decoration only, so it is inserted with an empty alt.
    bool decorative = false;
    QDateTime created;
    QDateTime updated;

    /// The URL a page body uses for this item.
    QUrl url() const;
    /// An image has alt text or was marked decorative: it may go into a page.
    bool hasTextAlternative() const { return decorative || !alt.trimmed().isEmpty(); }

    bool operator==(const MediaItem &) const = default;
};

/// Media URLs and the Markdown that refers to media. Every function is thread-safe.
class MediaMarkdown
{
    Q_DECLARE_TR_FUNCTIONS(lga::core::MediaMarkdown)
public:
    /// "lga-media", the scheme of media URLs (and of the preview's scheme handler).
    static QString scheme();
    static QUrl url(const QUuid &uuid);
    /// The uuid in a `lga-media:<uuid>` URL, or std::nullopt for any other URL.
    static std::optional<QUuid> uuidFromUrl(const QUrl &url);

    /// `![alt](lga-media:uuid)`; a decorative image has an empty alt.
    static QString image(const MediaItem &item);
    /// `[text (PDF, 1.2 MB)](lga-media:uuid)`: the file's type and size in the link text, as
    /// GOV.UK asks, so nobody opens a large download by surprise.
    static QString documentLink(const MediaItem &item, const QString &text);
    /// "(PDF, 1.2 MB)".
    static QString documentSuffix(const MediaItem &item);
    /// "PDF", "Word document", "PNG image"…
    static QString typeLabel(const QString &mimeType);
    /// "980 bytes", "12 KB", "1.2 MB", in the GOV.UK style (base 1024).
    static QString humanSize(qint64 bytes);

    /// Escapes text for use inside `[...]` in Markdown, and makes it one line.
    static QString escapeLinkText(const QString &text);
    /// Gives every image in `body` that shows `uuid` the alt text `alt`; `count` (if given)
    /// says how many were changed. Links to the item and other images are left alone.
    static QString replaceImageAlt(const QString &body, const QUuid &uuid, const QString &alt,
                                   int *count = nullptr);
    /// How many images in `body` show `uuid`.
    static int imageReferences(const QString &body, const QUuid &uuid);
};

} // namespace lga::core
