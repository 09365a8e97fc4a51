// SPDX-License-Identifier: GPL-2.0-or-later
#include <store/mediastore.h>

#include <store/pagestore.h>
#include <store/sqlvalues.h>
#include <store/storelog.h>

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QMimeDatabase>
#include <QSqlQuery>

namespace lga::store {

namespace {

const QString kColumns = QStringLiteral(
    "uuid, kind, file_name, mime_type, size, width, height, alt, decorative, created, updated");

const QString kDocxMime =
    QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

// A type of file the store accepts. The image format is the one QImageReader decodes it with.
struct FileType
{
    core::MediaKind kind;
    QString mimeType;
    QStringList suffixes;
    QByteArray imageFormat;
};

const QList<FileType> &fileTypes()
{
    static const QList<FileType> types = {
        {core::MediaKind::Image, QStringLiteral("image/png"), {QStringLiteral("png")}, "png"},
        {core::MediaKind::Image,
         QStringLiteral("image/jpeg"),
         {QStringLiteral("jpg"), QStringLiteral("jpeg")},
         "jpeg"},
        {core::MediaKind::Image, QStringLiteral("image/gif"), {QStringLiteral("gif")}, "gif"},
        {core::MediaKind::Document, QStringLiteral("application/pdf"), {QStringLiteral("pdf")}, {}},
        {core::MediaKind::Document, kDocxMime, {QStringLiteral("docx")}, {}},
    };
    return types;
}

const FileType *typeForMime(const QString &mimeType)
{
    for (const FileType &type : fileTypes()) {
        if (type.mimeType == mimeType)
            return &type;
    }
    return nullptr;
}

// The type the bytes themselves show. A DOCX file is a zip archive, which its content alone
// cannot tell from any other: it counts only when it is named .docx and holds the Word part.
const FileType *detectType(const QByteArray &data, const QString &suffix)
{
    static const QMimeDatabase db;
    const QMimeType mime = db.mimeTypeForData(data);
    if (const FileType *type = typeForMime(mime.name()))
        return type;
    const bool zip = data.startsWith(QByteArrayLiteral("PK\x03\x04"));
    if (zip && suffix == QLatin1String("docx") && data.contains("word/"))
        return typeForMime(kDocxMime);
    return nullptr;
}

core::MediaItem itemFromRow(const QSqlQuery &query)
{
    core::MediaItem item;
    item.uuid = QUuid::fromString(query.value(0).toString());
    item.kind = core::mediaKindFromMachineName(query.value(1).toString())
                    .value_or(core::MediaKind::Document);
    item.fileName = query.value(2).toString();
    item.mimeType = query.value(3).toString();
    item.size = query.value(4).toLongLong();
    item.width = query.value(5).toInt();
    item.height = query.value(6).toInt();
    item.alt = query.value(7).toString();
    item.decorative = query.value(8).toInt() != 0;
    item.created = fromMsecs(query.value(9).toLongLong());
    item.updated = fromMsecs(query.value(10).toLongLong());
    return item;
}

// Width and height are NULL for documents, which have no pixels.
QVariant pixels(const core::MediaItem &item, int value)
{
    return item.kind == core::MediaKind::Image ? QVariant(value)
                                               : QVariant(QMetaType::fromType<int>());
}

} // namespace

MediaStore::MediaStore(PageStore &store)
    : StoreAccess(store)
{}

QString MediaStore::allowedTypesText()
{
    return tr("PNG, JPEG or GIF images, and PDF or Word (DOCX) documents");
}

QString MediaStore::fileDialogFilter(core::MediaKind kind)
{
    if (kind == core::MediaKind::Image)
        return tr("Images (*.png *.jpg *.jpeg *.gif)");
    return tr("Documents (*.pdf *.docx)");
}

std::optional<MediaStore::Prepared> MediaStore::prepareFile(const QString &path) const
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.isFile()) {
        fail(StoreError::NotFound, tr("There is no file “%1”.").arg(name), path);
        return std::nullopt;
    }
    // The size is checked before reading, so a huge file is refused without loading it.
    if (info.size() > kMaxFileSize) {
        fail(StoreError::Invalid,
             tr("“%1” is %2, larger than the %3 a file may be. Make it smaller (for an image, "
                "save it at a lower resolution) and try again.")
                 .arg(name, core::MediaMarkdown::humanSize(info.size()),
                      core::MediaMarkdown::humanSize(kMaxFileSize)));
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(StoreError::Io, tr("“%1” could not be read: %2").arg(name, file.errorString()), path);
        return std::nullopt;
    }
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        fail(StoreError::Io, tr("“%1” could not be read: %2").arg(name, file.errorString()), path);
        return std::nullopt;
    }
    return prepareData(data, name);
}

std::optional<MediaStore::Prepared> MediaStore::prepareData(const QByteArray &data,
                                                            const QString &fileName) const
{
    if (!checkOpen())
        return std::nullopt;
    const QString name = QFileInfo(fileName).fileName();
    if (data.size() > kMaxFileSize) {
        fail(StoreError::Invalid,
             tr("“%1” is %2, larger than the %3 a file may be. Make it smaller (for an image, "
                "save it at a lower resolution) and try again.")
                 .arg(name, core::MediaMarkdown::humanSize(data.size()),
                      core::MediaMarkdown::humanSize(kMaxFileSize)));
        return std::nullopt;
    }
    const QString suffix = QFileInfo(name).suffix().toLower();
    const FileType *type = data.isEmpty() ? nullptr : detectType(data, suffix);
    if (!type) {
        fail(StoreError::Invalid,
             tr("“%1” cannot be added: only %2 can be. Save it in one of those formats and try "
                "again.")
                 .arg(name, allowedTypesText()));
        return std::nullopt;
    }
    // A name that says something other than the content would mislead the people who download
    // the file from the site, and the site checks extensions too.
    if (!type->suffixes.contains(suffix)) {
        fail(StoreError::Invalid,
             tr("“%1” is a %2 but its name does not end in .%3. Rename it and try again.")
                 .arg(name, core::MediaMarkdown::typeLabel(type->mimeType), type->suffixes[0]));
        return std::nullopt;
    }

    Prepared prepared;
    core::MediaItem &item = prepared.item;
    item.kind = type->kind;
    item.fileName = name;
    item.mimeType = type->mimeType;
    item.size = data.size();
    if (type->kind == core::MediaKind::Image) {
        // Decoding the whole image refuses a damaged file now rather than in the published page.
        QByteArray copy = data;
        QBuffer buffer(&copy);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer, type->imageFormat);
        const QImage image = reader.read();
        if (image.isNull()) {
            fail(StoreError::Invalid,
                 tr("“%1” looks like a %2 but cannot be read (%3). It may be damaged; try saving "
                    "it again from the program that made it.")
                     .arg(name, core::MediaMarkdown::typeLabel(type->mimeType),
                          reader.errorString()));
            return std::nullopt;
        }
        item.width = image.width();
        item.height = image.height();
    }
    prepared.data = data;
    prepared.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    const std::optional<core::MediaItem> existing = findBySha(prepared.sha256);
    if (m_error.isError())
        return std::nullopt;
    if (existing) {
        prepared.item = *existing;
        prepared.stored = true;
    }
    m_error = {};
    return prepared;
}

std::optional<core::MediaItem> MediaStore::add(const Prepared &prepared)
{
    if (!checkOpen())
        return std::nullopt;
    if (const std::optional<core::MediaItem> existing = findBySha(prepared.sha256))
        return existing;
    if (m_error.isError())
        return std::nullopt;
    core::MediaItem item = prepared.item;
    if (item.uuid.isNull())
        item.uuid = QUuid::createUuid();
    item.created = now();
    item.updated = item.created;
    if (item.decorative || item.kind == core::MediaKind::Document)
        item.alt.clear();
    if (!put(item, prepared.data))
        return std::nullopt;
    return item;
}

std::optional<core::MediaItem> MediaStore::importFile(const QString &path)
{
    const std::optional<Prepared> prepared = prepareFile(path);
    if (!prepared)
        return std::nullopt;
    return add(*prepared);
}

bool MediaStore::put(const core::MediaItem &item, const QByteArray &data)
{
    if (!checkOpen())
        return false;
    if (item.uuid.isNull())
        return fail(StoreError::Invalid, tr("The file has no identifier."));
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    const QDateTime time = now();
    const QDateTime created = item.created.isValid() ? item.created : time;
    const QDateTime updated = item.updated.isValid() ? item.updated : created;
    QSqlQuery query(m_store.database());
    // An upsert on the uuid keeps the row's id, so nothing that refers to it is disturbed.
    query.prepare(QStringLiteral(
        "INSERT INTO media (uuid, sha256, kind, file_name, mime_type, size, width, height, alt,"
        " decorative, data, created, updated) VALUES (:uuid, :sha, :kind, :file_name, :mime,"
        " :size, :width, :height, :alt, :decorative, :data, :created, :updated)"
        " ON CONFLICT (uuid) DO UPDATE SET sha256 = excluded.sha256, kind = excluded.kind,"
        " file_name = excluded.file_name, mime_type = excluded.mime_type, size = excluded.size,"
        " width = excluded.width, height = excluded.height, alt = excluded.alt,"
        " decorative = excluded.decorative, data = excluded.data, created = excluded.created,"
        " updated = excluded.updated"));
    query.bindValue(QStringLiteral(":uuid"), uuidKey(item.uuid));
    query.bindValue(QStringLiteral(":sha"), sha);
    query.bindValue(QStringLiteral(":kind"), core::toMachineName(item.kind));
    query.bindValue(QStringLiteral(":file_name"), nonNullText(item.fileName));
    query.bindValue(QStringLiteral(":mime"), nonNullText(item.mimeType));
    query.bindValue(QStringLiteral(":size"), qint64(data.size()));
    query.bindValue(QStringLiteral(":width"), pixels(item, item.width));
    query.bindValue(QStringLiteral(":height"), pixels(item, item.height));
    query.bindValue(QStringLiteral(":alt"), nonNullText(item.decorative ? QString() : item.alt));
    query.bindValue(QStringLiteral(":decorative"), item.decorative ? 1 : 0);
    query.bindValue(QStringLiteral(":data"), data.isNull() ? QByteArray("") : data);
    query.bindValue(QStringLiteral(":created"), created.toMSecsSinceEpoch());
    query.bindValue(QStringLiteral(":updated"), updated.toMSecsSinceEpoch());
    if (!query.exec())
        return failSql(query.lastError());
    m_error = {};
    return true;
}

std::optional<core::MediaItem> MediaStore::item(const QUuid &uuid) const
{
    if (!checkOpen())
        return std::nullopt;
    std::optional<core::MediaItem> found =
        selectOne(QStringLiteral("uuid = :value"), uuidKey(uuid));
    if (!found && !m_error.isError())
        fail(StoreError::NotFound, tr("The file is no longer in the store."), uuidKey(uuid));
    return found;
}

std::optional<QByteArray> MediaStore::data(const QUuid &uuid) const
{
    if (!checkOpen())
        return std::nullopt;
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT data FROM media WHERE uuid = :uuid"));
    query.bindValue(QStringLiteral(":uuid"), uuidKey(uuid));
    if (!fetchOne(query, tr("The file is no longer in the store."), uuidKey(uuid)))
        return std::nullopt;
    return query.value(0).toByteArray();
}

QList<core::MediaItem> MediaStore::list() const
{
    if (!checkOpen())
        return {};
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT ") + kColumns +
                    QStringLiteral(" FROM media ORDER BY updated DESC, id DESC"))) {
        failSql(query.lastError());
        return {};
    }
    QList<core::MediaItem> items;
    while (query.next())
        items.append(itemFromRow(query));
    if (query.lastError().isValid()) {
        failSql(query.lastError());
        return {};
    }
    m_error = {};
    return items;
}

bool MediaStore::setAlt(const QUuid &uuid, const QString &alt, bool decorative)
{
    if (!checkOpen())
        return false;
    const QString trimmed = alt.trimmed();
    if (!decorative && trimmed.isEmpty()) {
        return fail(StoreError::Invalid,
                    tr("Write alt text for the image, or mark it as decorative."));
    }
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("UPDATE media SET alt = :alt, decorative = :decorative,"
                                 " updated = :updated WHERE uuid = :uuid"));
    query.bindValue(QStringLiteral(":alt"), decorative ? QStringLiteral("") : trimmed);
    query.bindValue(QStringLiteral(":decorative"), decorative ? 1 : 0);
    query.bindValue(QStringLiteral(":updated"), now().toMSecsSinceEpoch());
    query.bindValue(QStringLiteral(":uuid"), uuidKey(uuid));
    if (!query.exec())
        return failSql(query.lastError());
    if (query.numRowsAffected() == 0)
        return fail(StoreError::NotFound, tr("The file is no longer in the store."), uuidKey(uuid));
    m_error = {};
    return true;
}

bool MediaStore::remove(const QUuid &uuid)
{
    if (!checkOpen())
        return false;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("DELETE FROM media WHERE uuid = :uuid"));
    query.bindValue(QStringLiteral(":uuid"), uuidKey(uuid));
    if (!query.exec())
        return failSql(query.lastError());
    if (query.numRowsAffected() == 0)
        return fail(StoreError::NotFound, tr("The file is no longer in the store."), uuidKey(uuid));
    m_error = {};
    return true;
}

std::optional<core::MediaItem> MediaStore::findBySha(const QString &sha256) const
{
    return selectOne(QStringLiteral("sha256 = :value"), sha256);
}

std::optional<core::MediaItem> MediaStore::selectOne(const QString &where,
                                                     const QVariant &value) const
{
    m_error = {};
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM media WHERE ") +
                  where);
    query.bindValue(QStringLiteral(":value"), value);
    if (!fetchOne(query))
        return std::nullopt;
    return itemFromRow(query);
}

bool MediaStore::failSql(const QSqlError &error) const
{
    // The only constraint a valid item can break is the unique file hash: the same bytes are
    // already stored under another uuid.
    return StoreAccess::failSql(error,
                                tr("The same file is already in the store under another name."));
}

} // namespace lga::store
