// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <cms-emulator/media.h>
#include <cms-emulator/storedfile.h>

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace lga::emulator {

// Uploaded files (with their bytes) and media entities, in their own tables of the emulator's
// SQLite file, through a connection of their own.
class MediaStore
{
public:
    explicit MediaStore(const QString &path);
    ~MediaStore();
    MediaStore(const MediaStore &) = delete;
    MediaStore &operator=(const MediaStore &) = delete;

    bool open(QString *error);
    // Stores a new file and its bytes, giving it the next fid.
    bool addFile(StoredFile *file, const QByteArray &bytes, QString *error);
    std::optional<StoredFile> file(const QString &uuid) const;
    std::optional<StoredFile> fileAt(const QString &uri) const;
    QByteArray bytes(qint64 fid) const;
    // Stores a new media entity, giving it the next mid and vid.
    bool addMedia(Media *media, QString *error);
    std::optional<Media> media(const QString &uuid) const;

private:
    std::optional<StoredFile> fileWhere(const QString &column, const QString &value) const;

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
};

} // namespace lga::emulator
