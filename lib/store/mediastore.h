// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <core/mediaitem.h>
#include <store/storeaccess.h>
#include <store/storeerror.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlError>
#include <QString>
#include <QUuid>

#include <functional>
#include <optional>

namespace lga::store {

class PageStore;

/// Images and documents kept in the store, so a page's media travel with the store file and
/// its backups, and nothing breaks when the original file moves.
///
/// Only PNG, JPEG and GIF images and PDF and Word (DOCX) documents come in; the type is read
/// from the file's content and must match its name, and an image must decode. The same bytes
/// imported again are the same item, so the alt text written for an image the first time is
/// offered again (ATAG 2.0 B.2.3.3).
///
/// Uses the PageStore's connection, so the same thread rules apply. Calls that fail return false
/// (or an empty value) and leave the reason in lastError().
class MediaStore : public StoreAccess
{
    Q_DECLARE_TR_FUNCTIONS(lga::store::MediaStore)

public:
    /// Files larger than this are refused: a council page should link to nothing heavier.
    static constexpr qint64 kMaxFileSize = 50 * 1024 * 1024;

    /// A file checked and read, not yet in the store.
    struct Prepared
    {
        /// Type, size and name from the file. When the same bytes are already stored, the
        /// stored item (its uuid, alt text and dates) and `stored` is true.
        core::MediaItem item;
        QByteArray data;
        QString sha256;
        bool stored = false;
    };

    /// \a store must outlive this object and be open when its functions are called.
    explicit MediaStore(PageStore &store);

    /// Reads and checks the file at \a path without storing it (for a dialog to show first).
    std::optional<Prepared> prepareFile(const QString &path) const;
    /// Checks bytes that claim to be a file called \a fileName.
    std::optional<Prepared> prepareData(const QByteArray &data, const QString &fileName) const;
    /// Stores a prepared file. Bytes already stored give back the stored item unchanged;
    /// otherwise a new item with the prepared uuid (a fresh one when null), alt and decorative.
    std::optional<core::MediaItem> add(const Prepared &prepared);
    /// prepareFile() then add().
    std::optional<core::MediaItem> importFile(const QString &path);

    /// Writes \a item with \a data under the item's own uuid, adding it or replacing what the
    /// store holds for that uuid; its dates are kept as given. For folder imports.
    bool put(const core::MediaItem &item, const QByteArray &data);

    /// The item, or std::nullopt with lastError() NotFound (or the read error).
    std::optional<core::MediaItem> item(const QUuid &uuid) const;
    /// The file's bytes, or std::nullopt with lastError() NotFound (or the read error).
    std::optional<QByteArray> data(const QUuid &uuid) const;
    /// Every item, most recently updated first.
    QList<core::MediaItem> list() const;

    /// Sets an image's text alternative. \a alt is trimmed and must not be empty unless the image
    /// is \a decorative; a decorative image keeps no alt text.
    bool setAlt(const QUuid &uuid, const QString &alt, bool decorative);
    bool remove(const QUuid &uuid);

    /// "PNG, JPEG or GIF images; PDF or Word (DOCX) documents", for messages and file dialogs.
    static QString allowedTypesText();
    /// The name filter for a file dialog offering the allowed files of \a kind.
    static QString fileDialogFilter(core::MediaKind kind);

private:
    std::optional<core::MediaItem> findBySha(const QString &sha256) const;
    std::optional<core::MediaItem> selectOne(const QString &where, const QVariant &value) const;
    /// Records an SQLite error in words for this table (see StoreAccess::failSql).
    bool failSql(const QSqlError &error) const;
};

} // namespace lga::store
