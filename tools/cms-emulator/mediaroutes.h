// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <cms-emulator/account.h>
#include <cms-emulator/mediastore.h>
#include <cms-emulator/reply.h>

#include <QHttpServerRequest>
#include <QStringList>

#include <optional>

namespace lga::emulator {

// Files and media as Drupal 10 core's JSON:API and file modules answer them: binary uploads
// to /jsonapi/media/{image|document}/field_media_{image|document}, media created over the
// uploaded file, reads of both, and the public files themselves at /sites/default/files/….
class MediaRoutes
{
public:
    static constexpr qint64 maxFileSize = 20 * 1024 * 1024;

    explicit MediaRoutes(MediaStore &store);

    // Whether the path is one of the routes answered here.
    static bool handles(const QStringList &segments);
    // The 415 for a POST whose Content-Type does not fit its route; Drupal's router refuses
    // these before checking access.
    static std::optional<Reply> refuseContentType(const QHttpServerRequest &request);
    // Answers a request on a handled path. Writes arrive here only with `account`, after the
    // read-only and CSRF checks.
    Reply answer(const QHttpServerRequest &request, const QString &base,
                 const std::optional<Account> &account);

private:
    Reply upload(const QHttpServerRequest &request, const QString &bundle, const Account &account);
    Reply create(const QByteArray &body, const QString &bundle, const Account &account);
    Reply readMedia(const QHttpServerRequest &request, const QString &bundle, const QString &uuid);
    Reply readFile(const QString &uuid);
    Reply publicFile(const QStringList &segments) const;
    // The file's URI under public://YYYY-MM/, numbered as Drupal does when the name is taken.
    QString freeUri(const QString &filename) const;
    Reply error(int status, const QString &detail, const QString &pointer = {}) const;
    Reply notConverted(const QString &type) const;

    MediaStore &m_store;
    QString m_base;
    QString m_via;
};

} // namespace lga::emulator
