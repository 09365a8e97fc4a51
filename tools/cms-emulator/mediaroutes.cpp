// SPDX-License-Identifier: GPL-2.0-or-later
#include <cms-emulator/mediaroutes.h>

#include <cms-emulator/errordocument.h>
#include <cms-emulator/medianormalizer.h>

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QUuid>

#include <cmath>

namespace lga::emulator {

namespace {

// The file field settings LocalGov's media types ship with.
QStringList allowedExtensions(const QString &bundle)
{
    if (bundle == u"image")
        return {QStringLiteral("png"), QStringLiteral("gif"), QStringLiteral("jpg"),
                QStringLiteral("jpeg"), QStringLiteral("webp")};
    return {QStringLiteral("pdf"), QStringLiteral("doc"), QStringLiteral("docx"),
            QStringLiteral("odt"), QStringLiteral("xls"), QStringLiteral("xlsx"),
            QStringLiteral("ods"), QStringLiteral("ppt"), QStringLiteral("pptx"),
            QStringLiteral("odp"), QStringLiteral("txt"), QStringLiteral("csv")};
}

bool isBundle(const QString &bundle)
{
    return bundle == u"image" || bundle == u"document";
}

QString methodName(const QHttpServerRequest &request)
{
    return QString::fromLatin1(
        QByteArray(
            QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(request.method())))
            .toUpper());
}

QByteArray contentTypeOf(const QHttpServerRequest &request)
{
    return request.value(QByteArrayLiteral("Content-Type")).split(';').constFirst().trimmed();
}

// Drupal's format_size() for the sizes met here.
QString formatSize(qint64 bytes)
{
    if (bytes < 1024)
        return QStringLiteral("%1 bytes").arg(bytes);
    if (bytes < 1024 * 1024)
        return QStringLiteral("%1 KB").arg(QString::number(double(bytes) / 1024, 'g', 6));
    const double mb = std::round(double(bytes) / (1024 * 1024) * 100) / 100;
    return QStringLiteral("%1 MB").arg(QString::number(mb, 'g', 6));
}

bool isUuid(const QString &id)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(id).hasMatch();
}

QJsonObject document(const QJsonObject &data, const QString &self)
{
    return QJsonObject{
        {QStringLiteral("jsonapi"), ErrorDocument::jsonapiMember()},
        {QStringLiteral("data"), data},
        {QStringLiteral("links"),
         QJsonObject{{QStringLiteral("self"), QJsonObject{{QStringLiteral("href"), self}}}}}};
}

} // namespace

MediaRoutes::MediaRoutes(MediaStore &store)
    : m_store(store)
{}

bool MediaRoutes::handles(const QStringList &segments)
{
    if (segments.size() >= 3 && segments[0] == u"jsonapi")
        return segments[1] == u"media" || segments[1] == u"file";
    return segments.size() >= 4 && segments[0] == u"sites" && segments[1] == u"default" &&
           segments[2] == u"files";
}

std::optional<Reply> MediaRoutes::refuseContentType(const QHttpServerRequest &request)
{
    const QStringList segments = request.url().path().split(u'/', Qt::SkipEmptyParts);
    if (request.method() != QHttpServerRequest::Method::Post || segments.value(0) != u"jsonapi" ||
        segments.value(1) != u"media" || !isBundle(segments.value(2)))
        return std::nullopt;
    const bool binary = segments.size() == 4;
    const QByteArray expected = binary ? QByteArrayLiteral("application/octet-stream")
                                       : QByteArrayLiteral("application/vnd.api+json");
    const QByteArray sent = request.value(QByteArrayLiteral("Content-Type"));
    if (contentTypeOf(request) == expected)
        return std::nullopt;
    return Reply{415, ErrorDocument::make(415,
                                          QStringLiteral("No route found that matches "
                                                         "\"Content-Type: %1\"")
                                              .arg(QString::fromLatin1(sent)),
                                          request.url().toString())};
}

Reply MediaRoutes::error(int status, const QString &detail, const QString &pointer) const
{
    return {status, pointer.isEmpty() ? ErrorDocument::make(status, detail, m_via)
                                      : ErrorDocument::make(status, detail, m_via, pointer)};
}

Reply MediaRoutes::notConverted(const QString &type) const
{
    const QString entityType = type.section(QStringLiteral("--"), 0, 0);
    const QString bundle = type.section(QStringLiteral("--"), 1);
    return error(404, QStringLiteral("The \"entity\" parameter was not converted for the path "
                                     "\"/jsonapi/%1/%2/{entity}\" (route name: "
                                     "\"jsonapi.%3.individual\")")
                          .arg(entityType, bundle, type));
}

Reply MediaRoutes::answer(const QHttpServerRequest &request, const QString &base,
                          const std::optional<Account> &account)
{
    m_base = base;
    m_via = request.url().toString();
    using Method = QHttpServerRequest::Method;
    const QStringList segments = request.url().path().split(u'/', Qt::SkipEmptyParts);
    if (segments[0] == u"sites")
        return publicFile(segments);

    const bool media = segments[1] == u"media" && isBundle(segments[2]);
    const bool files = segments[1] == u"file" && segments[2] == u"file";
    const bool get = request.method() == Method::Get;
    const bool post = request.method() == Method::Post;
    const QString path = request.url().adjusted(QUrl::RemoveQuery).toString();
    if ((!media && !files) || segments.size() > 4)
        return error(404,
                     QStringLiteral("No route found for \"%1 %2\"").arg(methodName(request), path));
    if (media && segments.size() == 4 && post &&
        segments[3] == MediaNormalizer::sourceField(segments[2]))
        return upload(request, segments[2], *account);
    if (media && segments.size() == 3 && post)
        return create(request.body(), segments[2], *account);
    if (get && segments.size() == 4)
        return media ? readMedia(request, segments[2], segments[3]) : readFile(segments[3]);
    return error(405, QStringLiteral("No route found for \"%1 %2\": Method Not Allowed (Allow: "
                                     "%3)")
                          .arg(methodName(request), path,
                               segments.size() == 3 && media ? QStringLiteral("POST")
                                                             : QStringLiteral("GET")));
}

Reply MediaRoutes::upload(const QHttpServerRequest &request, const QString &bundle,
                          const Account &account)
{
    // ContentDispositionFilenameParser: a quoted filename is required, filename* is refused.
    const QString disposition =
        QString::fromUtf8(request.value(QByteArrayLiteral("Content-Disposition")));
    if (disposition.trimmed().isEmpty())
        return error(400, QStringLiteral("\"Content-Disposition\" header is required. A file name "
                                         "in the format \"filename=FILENAME\" must be provided."));
    static const QRegularExpression filenamePattern(
        QStringLiteral("\\bfilename(?<star>\\*?)=\"(?<filename>.+)\""));
    const QRegularExpressionMatch match = filenamePattern.match(disposition);
    if (!match.hasMatch())
        return error(400, QStringLiteral("No filename found in \"Content-Disposition\" header. A "
                                         "file name in the format \"filename=FILENAME\" must be "
                                         "provided."));
    if (!match.captured(u"star").isEmpty())
        return error(400, QStringLiteral("The extended \"filename*\" format is currently not "
                                         "supported in the \"Content-Disposition\" header."));
    const QString filename = QFileInfo(match.captured(u"filename")).fileName();

    const QByteArray bytes = request.body();
    QStringList problems;
    const QStringList extensions = allowedExtensions(bundle);
    const QString extension = QFileInfo(filename).suffix().toLower();
    if (!filename.contains(u'.') || !extensions.contains(extension))
        problems << QStringLiteral("Only files with the following extensions are allowed: <em "
                                   "class=\"placeholder\">%1</em>.")
                        .arg(extensions.join(u' '));
    if (bytes.size() > maxFileSize)
        problems << QStringLiteral("The file is <em class=\"placeholder\">%1</em> exceeding the "
                                   "maximum file size of <em class=\"placeholder\">%2</em>.")
                        .arg(formatSize(bytes.size()), formatSize(maxFileSize));
    if (!problems.isEmpty())
        return error(422, QStringLiteral("Unprocessable Entity: file validation failed.\n") +
                              problems.join(u'\n'));

    StoredFile file;
    file.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    file.filename = filename;
    file.uri = freeUri(filename);
    file.filename = file.uri.section(u'/', -1);
    file.filemime = QMimeDatabase().mimeTypeForFile(filename, QMimeDatabase::MatchExtension).name();
    file.filesize = bytes.size();
    file.created = QDateTime::currentSecsSinceEpoch();
    file.uid = account.uid;
    QString problem;
    if (!m_store.addFile(&file, bytes, &problem))
        return error(500, problem);
    // FileUpload::handleFileUploadForNewResource answers 201 without a Location header.
    const MediaNormalizer normalizer(m_base);
    return {201, document(normalizer.normalize(file), m_via)};
}

QString MediaRoutes::freeUri(const QString &filename) const
{
    const QString directory = QStringLiteral("public://") +
                              QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM")) +
                              u'/';
    QString uri = directory + filename;
    const QFileInfo info(filename);
    const QString suffix = info.suffix().isEmpty() ? QString() : u'.' + info.suffix();
    const QString stem = filename.left(filename.size() - suffix.size());
    for (int counter = 0; m_store.fileAt(uri); ++counter)
        uri = directory + stem + u'_' + QString::number(counter) + suffix;
    return uri;
}

Reply MediaRoutes::create(const QByteArray &body, const QString &bundle, const Account &account)
{
    const QString type = QStringLiteral("media--") + bundle;
    if (body.trimmed().isEmpty())
        return error(400, QStringLiteral("Empty request body."));
    QJsonParseError parseError;
    const QJsonDocument parsed = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !parsed.isObject())
        return error(400, QStringLiteral("Syntax error"));
    const QJsonObject data = parsed.object().value(u"data").toObject();
    if (!data.contains(u"type"))
        return error(400, QStringLiteral("Resource object must include a \"type\"."));
    if (data.value(u"type").toString() != type)
        return error(409, QStringLiteral("The provided type (%1) does not match the destination "
                                         "resource types (%2).")
                              .arg(data.value(u"type").toString(), type));
    QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (data.contains(u"id")) {
        uuid = data.value(u"id").toString();
        if (!isUuid(uuid))
            return error(422, QStringLiteral("IDs should be properly generated and formatted UUIDs "
                                             "as described in RFC 4122."));
        if (m_store.media(uuid))
            return error(409, QStringLiteral("Conflict: Entity already exists."));
    }

    const QJsonObject attributes = data.value(u"attributes").toObject();
    static const QStringList writable{QStringLiteral("name"), QStringLiteral("langcode"),
                                      QStringLiteral("status"), QStringLiteral("path"),
                                      QStringLiteral("revision_log_message")};
    const QString field = MediaNormalizer::sourceField(bundle);
    for (const QString &key : attributes.keys()) {
        if (key == field || key == u"thumbnail")
            return error(422, QStringLiteral("The following relationship fields were provided as "
                                             "attributes: [ %1 ]")
                                  .arg(key));
        if (!writable.contains(key))
            return error(422, QStringLiteral("The attribute %1 does not exist on the %2 resource "
                                             "type.")
                                  .arg(key, type));
    }
    const QJsonObject relationships = data.value(u"relationships").toObject();
    for (const QString &key : relationships.keys()) {
        if (key != field)
            return error(422, QStringLiteral("The attribute %1 does not exist on the %2 resource "
                                             "type.")
                                  .arg(key, type));
    }
    const QString pointer = QStringLiteral("/data/relationships/") + field;
    const QJsonObject identifier = relationships.value(field).toObject().value(u"data").toObject();
    if (identifier.isEmpty())
        return {422, ErrorDocument::unprocessable(
                         {{field + QStringLiteral(": This value should not be null."), pointer}})};
    // JSON:API resolves every relationship item before validating; a missing one is a 404, as
    // for node references.
    const QString fileUuid = identifier.value(u"id").toString();
    const std::optional<StoredFile> file = m_store.file(fileUuid);
    if (!file)
        return error(404, QStringLiteral("The resource identified by `%1:%2` (given as a "
                                         "relationship item) could not be found.")
                              .arg(identifier.value(u"type").toString(), fileUuid));
    const QStringList extensions = allowedExtensions(bundle);
    if (!extensions.contains(QFileInfo(file->filename).suffix().toLower()))
        return {422, ErrorDocument::unprocessable(
                         {{field + QStringLiteral(".0: Only files with the following extensions "
                                                  "are allowed: <em class=\"placeholder\">%1</em>.")
                                       .arg(extensions.join(u' ')),
                           pointer}})};

    Media media;
    media.uuid = uuid;
    media.bundle = bundle;
    // Media::prepareSave names a nameless media item after its source file.
    media.name = attributes.value(u"name").toString();
    if (media.name.trimmed().isEmpty())
        media.name = file->filename;
    media.status = attributes.value(u"status").toBool(true);
    media.created = QDateTime::currentSecsSinceEpoch();
    media.changed = media.created;
    media.uid = account.uid;
    media.fileUuid = file->uuid;
    // The API does not require alt text (the form widget does): a missing one is stored empty.
    const QJsonObject sent = identifier.value(u"meta").toObject();
    if (bundle == u"image") {
        media.fileMeta.insert(QStringLiteral("alt"), sent.value(u"alt").toString());
        media.fileMeta.insert(QStringLiteral("title"), sent.value(u"title").toString());
    } else {
        media.fileMeta.insert(QStringLiteral("display"), sent.value(u"display").toBool(true));
        media.fileMeta.insert(QStringLiteral("description"), sent.value(u"description").toString());
    }
    QString problem;
    if (!m_store.addMedia(&media, &problem))
        return error(500, problem);
    const MediaNormalizer normalizer(m_base);
    Reply r{201, document(normalizer.normalize(media, file), normalizer.mediaUrl(media))};
    r.headers.append({QByteArrayLiteral("Location"), normalizer.mediaUrl(media).toUtf8()});
    return r;
}

Reply MediaRoutes::readMedia(const QHttpServerRequest &request, const QString &bundle,
                             const QString &uuid)
{
    const std::optional<Media> media = m_store.media(uuid);
    if (!media || media->bundle != bundle)
        return notConverted(QStringLiteral("media--") + bundle);
    const std::optional<StoredFile> file = m_store.file(media->fileUuid);
    const MediaNormalizer normalizer(m_base);
    QJsonObject answer = document(normalizer.normalize(*media, file), normalizer.mediaUrl(*media));
    const QStringList include = request.query()
                                    .queryItemValue(QStringLiteral("include"), QUrl::FullyDecoded)
                                    .split(u',', Qt::SkipEmptyParts);
    for (const QString &path : include) {
        if (path != MediaNormalizer::sourceField(bundle) && path != u"thumbnail" &&
            path != u"uid" && path != u"revision_user")
            return error(400, QStringLiteral("`%1` is not a valid relationship field name. "
                                             "Possible values: %2, revision_user, thumbnail, uid.")
                                  .arg(path, MediaNormalizer::sourceField(bundle)));
    }
    const bool withFile = include.contains(MediaNormalizer::sourceField(bundle)) ||
                          (bundle == u"image" && include.contains(u"thumbnail"));
    if (!include.isEmpty())
        answer.insert(QStringLiteral("included"),
                      withFile && file ? QJsonArray{normalizer.normalize(*file)} : QJsonArray());
    return {200, answer};
}

Reply MediaRoutes::readFile(const QString &uuid)
{
    const std::optional<StoredFile> file = m_store.file(uuid);
    if (!file)
        return notConverted(QStringLiteral("file--file"));
    const MediaNormalizer normalizer(m_base);
    return {200, document(normalizer.normalize(*file), normalizer.fileUrl(file->uuid))};
}

Reply MediaRoutes::publicFile(const QStringList &segments) const
{
    const QString uri = QStringLiteral("public://") + segments.mid(3).join(u'/');
    const std::optional<StoredFile> file = m_store.fileAt(uri);
    Reply r;
    if (!file) {
        r.status = 404;
        r.raw = QByteArrayLiteral("Not Found\n");
        r.contentType = QByteArrayLiteral("text/plain; charset=UTF-8");
        return r;
    }
    r.raw = m_store.bytes(file->fid);
    r.contentType = file->filemime.toUtf8();
    return r;
}

} // namespace lga::emulator
