// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <cms-emulator/account.h>
#include <cms-emulator/mediastore.h>
#include <cms-emulator/nodestore.h>
#include <cms-emulator/reply.h>

#include <QJsonObject>

namespace lga::emulator {

// JSON:API writes on nodes as Drupal 10 core with content_moderation and localgov_editorial
// answers them: POST, PATCH and DELETE with their access checks, field access, validation,
// moderation transitions and forward (working-copy) revisions.
class NodeWriter
{
public:
    // `base` is scheme and authority; `via` the request URL for error documents.
    // \a media, when given, resolves references to media entities (images, documents).
    NodeWriter(NodeStore &store, const QString &base, const QString &via,
               const MediaStore *media = nullptr);

    Reply create(const QByteArray &body, const QString &bundle, const Account &account);
    Reply patch(const QByteArray &body, const QString &bundle, const QString &uuid,
                const Account &account);
    Reply remove(const QString &bundle, const QString &uuid, const Account &account);

    // Saves a forward draft revision on top of `node`'s default revision, as an editor saving a
    // published page as Draft in the web UI would. False when there is one already.
    static bool addWorkingCopy(NodeStore &store, const QString &uuid, QString *error);
    // Moves a draft that was never published to Review as its owner, with a message, as an
    // author pressing "Submit for review" in the web UI would.
    static bool submitForReview(NodeStore &store, const QString &uuid, QString *error);

private:
    std::optional<Reply> parse(const QByteArray &body, const QString &bundle, QJsonObject *data);
    // Applies the submitted attributes and relationships to `node`; a refusal when any fails.
    std::optional<Reply> apply(const QJsonObject &data, const Node *stored, const QString &verb,
                               Node *node);
    std::optional<Reply> moderate(const QJsonObject &attributes, const QString &from,
                                  const Account &account, Node *node);
    Reply saved(int status, const Node &node, bool isDefault);
    Reply error(int status, const QString &detail, const QString &pointer = {}) const;

    NodeStore &m_store;
    const MediaStore *m_media = nullptr;
    QString m_base;
    QString m_via;
};

} // namespace lga::emulator
