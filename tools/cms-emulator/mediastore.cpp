// SPDX-License-Identifier: GPL-2.0-or-later
#include <cms-emulator/mediastore.h>

#include <QAtomicInteger>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace lga::emulator {

MediaStore::MediaStore(const QString &path)
    : m_path(path)
{
    static QAtomicInteger<int> counter;
    m_connectionName =
        QStringLiteral("lga-cms-emulator-media-%1").arg(counter.fetchAndAddRelaxed(1));
}

MediaStore::~MediaStore()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool MediaStore::open(QString *error)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    if (!m_db.open()) {
        *error = m_db.lastError().text();
        return false;
    }
    QSqlQuery q(m_db);
    const QStringList schema{
        // The node store's connection may be writing at the same moment.
        QStringLiteral("PRAGMA busy_timeout = 5000"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS files ("
                       " fid INTEGER PRIMARY KEY,"
                       " uuid TEXT NOT NULL UNIQUE,"
                       " filename TEXT NOT NULL,"
                       " uri TEXT NOT NULL UNIQUE,"
                       " filemime TEXT NOT NULL,"
                       " filesize INTEGER NOT NULL,"
                       " created INTEGER NOT NULL,"
                       " uid INTEGER NOT NULL,"
                       " data BLOB NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS media ("
                       " mid INTEGER PRIMARY KEY,"
                       " uuid TEXT NOT NULL UNIQUE,"
                       " vid INTEGER NOT NULL,"
                       " bundle TEXT NOT NULL,"
                       " name TEXT NOT NULL,"
                       " status INTEGER NOT NULL,"
                       " created INTEGER NOT NULL,"
                       " changed INTEGER NOT NULL,"
                       " uid INTEGER NOT NULL,"
                       " file_uuid TEXT NOT NULL,"
                       " file_meta TEXT NOT NULL)"),
    };
    for (const QString &statement : schema) {
        if (!q.exec(statement)) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

bool MediaStore::addFile(StoredFile *file, const QByteArray &bytes, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO files (fid, uuid, filename, uri, filemime, filesize, "
                             "created, uid, data) VALUES ((SELECT IFNULL(MAX(fid), 0) + 1 FROM "
                             "files), ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(file->uuid);
    q.addBindValue(file->filename);
    q.addBindValue(file->uri);
    q.addBindValue(file->filemime);
    q.addBindValue(file->filesize);
    q.addBindValue(file->created);
    q.addBindValue(file->uid);
    q.addBindValue(bytes);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    file->fid = q.lastInsertId().toLongLong();
    return true;
}

std::optional<StoredFile> MediaStore::fileWhere(const QString &column, const QString &value) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT uuid, fid, filename, uri, filemime, filesize, created, uid "
                             "FROM files WHERE ") +
              column + QStringLiteral(" = ?"));
    q.addBindValue(value);
    if (!q.exec() || !q.next())
        return std::nullopt;
    StoredFile f;
    f.uuid = q.value(0).toString();
    f.fid = q.value(1).toLongLong();
    f.filename = q.value(2).toString();
    f.uri = q.value(3).toString();
    f.filemime = q.value(4).toString();
    f.filesize = q.value(5).toLongLong();
    f.created = q.value(6).toLongLong();
    f.uid = q.value(7).toLongLong();
    return f;
}

std::optional<StoredFile> MediaStore::file(const QString &uuid) const
{
    return fileWhere(QStringLiteral("uuid"), uuid);
}

std::optional<StoredFile> MediaStore::fileAt(const QString &uri) const
{
    return fileWhere(QStringLiteral("uri"), uri);
}

QByteArray MediaStore::bytes(qint64 fid) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT data FROM files WHERE fid = ?"));
    q.addBindValue(fid);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toByteArray();
}

bool MediaStore::addMedia(Media *media, QString *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT IFNULL(MAX(mid), 0) + 1 FROM media")) || !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    // Media are never revised here, so the first revision id equals the media id.
    media->mid = q.value(0).toLongLong();
    media->vid = media->mid;
    q.prepare(QStringLiteral("INSERT INTO media (mid, uuid, vid, bundle, name, status, created, "
                             "changed, uid, file_uuid, file_meta) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                             "?, ?, ?)"));
    q.addBindValue(media->mid);
    q.addBindValue(media->uuid);
    q.addBindValue(media->vid);
    q.addBindValue(media->bundle);
    q.addBindValue(media->name);
    q.addBindValue(media->status ? 1 : 0);
    q.addBindValue(media->created);
    q.addBindValue(media->changed);
    q.addBindValue(media->uid);
    q.addBindValue(media->fileUuid);
    q.addBindValue(
        QString::fromUtf8(QJsonDocument(media->fileMeta).toJson(QJsonDocument::Compact)));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

std::optional<Media> MediaStore::media(const QString &uuid) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT uuid, mid, vid, bundle, name, status, created, changed, uid, "
                             "file_uuid, file_meta FROM media WHERE uuid = ?"));
    q.addBindValue(uuid);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Media m;
    m.uuid = q.value(0).toString();
    m.mid = q.value(1).toLongLong();
    m.vid = q.value(2).toLongLong();
    m.bundle = q.value(3).toString();
    m.name = q.value(4).toString();
    m.status = q.value(5).toInt() != 0;
    m.created = q.value(6).toLongLong();
    m.changed = q.value(7).toLongLong();
    m.uid = q.value(8).toLongLong();
    m.fileUuid = q.value(9).toString();
    m.fileMeta = QJsonDocument::fromJson(q.value(10).toByteArray()).object();
    return m;
}

} // namespace lga::emulator
