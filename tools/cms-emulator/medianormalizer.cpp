// SPDX-License-Identifier: GPL-2.0-or-later
#include <cms-emulator/medianormalizer.h>

#include <cms-emulator/account.h>
#include <cms-emulator/resourcenormalizer.h>

namespace lga::emulator {

namespace {

QJsonObject href(const QString &url)
{
    return QJsonObject{{QStringLiteral("href"), url}};
}

QJsonObject userIdentifier(qint64 uid)
{
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("user--user")},
        {QStringLiteral("id"), Account::uuidForUser(uid)},
        {QStringLiteral("meta"), QJsonObject{{QStringLiteral("drupal_internal__target_id"), uid}}}};
}

const QString publicScheme = QStringLiteral("public://");

} // namespace

MediaNormalizer::MediaNormalizer(const QString &baseUrl)
    : m_baseUrl(baseUrl)
{}

QString MediaNormalizer::fileUrl(const QString &uuid) const
{
    return m_baseUrl + QStringLiteral("/jsonapi/file/file/") + uuid;
}

QString MediaNormalizer::mediaUrl(const Media &media) const
{
    return m_baseUrl + QStringLiteral("/jsonapi/media/") + media.bundle + u'/' + media.uuid;
}

QString MediaNormalizer::sourceField(const QString &bundle)
{
    return QStringLiteral("field_media_") + bundle;
}

QString MediaNormalizer::publicUrl(const QString &uri)
{
    return QStringLiteral("/sites/default/files/") + uri.mid(publicScheme.size());
}

QJsonObject MediaNormalizer::normalize(const StoredFile &file) const
{
    const QString self = fileUrl(file.uuid);
    const QJsonObject attributes{
        {QStringLiteral("drupal_internal__fid"), file.fid},
        {QStringLiteral("langcode"), QStringLiteral("en")},
        {QStringLiteral("filename"), file.filename},
        {QStringLiteral("uri"), QJsonObject{{QStringLiteral("value"), file.uri},
                                            {QStringLiteral("url"), publicUrl(file.uri)}}},
        {QStringLiteral("filemime"), file.filemime},
        {QStringLiteral("filesize"), file.filesize},
        {QStringLiteral("status"), true},
        {QStringLiteral("created"), ResourceNormalizer::timestamp(file.created)},
        {QStringLiteral("changed"), ResourceNormalizer::timestamp(file.created)}};
    const QJsonObject relationships{
        {QStringLiteral("uid"),
         QJsonObject{{QStringLiteral("data"), userIdentifier(file.uid)},
                     {QStringLiteral("links"),
                      QJsonObject{{QStringLiteral("related"), href(self + QStringLiteral("/uid"))},
                                  {QStringLiteral("self"),
                                   href(self + QStringLiteral("/relationships/uid"))}}}}}};
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("file--file")},
                       {QStringLiteral("id"), file.uuid},
                       {QStringLiteral("links"), QJsonObject{{QStringLiteral("self"), href(self)}}},
                       {QStringLiteral("attributes"), attributes},
                       {QStringLiteral("relationships"), relationships}};
}

QJsonObject MediaNormalizer::relationship(const Media &media, const QString &field,
                                          const QJsonValue &data) const
{
    const QString self = mediaUrl(media);
    return QJsonObject{{QStringLiteral("data"), data},
                       {QStringLiteral("links"),
                        QJsonObject{{QStringLiteral("related"), href(self + u'/' + field)},
                                    {QStringLiteral("self"),
                                     href(self + QStringLiteral("/relationships/") + field)}}}};
}

QJsonObject MediaNormalizer::normalize(const Media &media,
                                       const std::optional<StoredFile> &file) const
{
    const QString self = mediaUrl(media);
    const QJsonObject attributes{
        {QStringLiteral("drupal_internal__mid"), media.mid},
        {QStringLiteral("drupal_internal__vid"), media.vid},
        {QStringLiteral("langcode"), QStringLiteral("en")},
        {QStringLiteral("revision_created"), ResourceNormalizer::timestamp(media.created)},
        {QStringLiteral("revision_log_message"), QJsonValue::Null},
        {QStringLiteral("status"), media.status},
        {QStringLiteral("name"), media.name},
        {QStringLiteral("created"), ResourceNormalizer::timestamp(media.created)},
        {QStringLiteral("changed"), ResourceNormalizer::timestamp(media.changed)},
        {QStringLiteral("default_langcode"), true},
        {QStringLiteral("revision_translation_affected"), true},
        {QStringLiteral("path"), QJsonObject{{QStringLiteral("alias"), QJsonValue::Null},
                                             {QStringLiteral("pid"), QJsonValue::Null},
                                             {QStringLiteral("langcode"), QStringLiteral("en")}}}};
    QJsonObject meta = media.fileMeta;
    if (file)
        meta.insert(QStringLiteral("drupal_internal__target_id"), file->fid);
    const QJsonObject source{{QStringLiteral("type"), QStringLiteral("file--file")},
                             {QStringLiteral("id"), media.fileUuid},
                             {QStringLiteral("meta"), meta}};
    QJsonObject relationships{
        {QStringLiteral("uid"),
         relationship(media, QStringLiteral("uid"), userIdentifier(media.uid))},
        {QStringLiteral("revision_user"),
         relationship(media, QStringLiteral("revision_user"), userIdentifier(media.uid))},
        {sourceField(media.bundle), relationship(media, sourceField(media.bundle), source)}};
    // An image is its own thumbnail; documents get a generic icon the emulator does not have.
    relationships.insert(
        QStringLiteral("thumbnail"),
        relationship(media, QStringLiteral("thumbnail"),
                     media.bundle == u"image" ? QJsonValue(source) : QJsonValue(QJsonValue::Null)));
    return QJsonObject{{QStringLiteral("type"), QString(QStringLiteral("media--") + media.bundle)},
                       {QStringLiteral("id"), media.uuid},
                       {QStringLiteral("links"), QJsonObject{{QStringLiteral("self"), href(self)}}},
                       {QStringLiteral("attributes"), attributes},
                       {QStringLiteral("relationships"), relationships}};
}

} // namespace lga::emulator
