// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <cms-emulator/account.h>
#include <cms-emulator/node.h>

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace lga::emulator {

// Turns a node into a JSON:API resource object the way Drupal 10's ResourceObjectNormalizer
// does: attributes, relationships with links, `?resourceVersion=id:<vid>` on every link.
class ResourceNormalizer
{
public:
    // `baseUrl` is scheme and authority, e.g. http://127.0.0.1:8080.
    explicit ResourceNormalizer(const QString &baseUrl);

    QString collectionUrl(const QString &bundle) const;
    QString individualUrl(const Node &node) const;
    QString userUrl(const QString &uuid) const;
    // Only the members named in `fields` when given (a sparse fieldset). `links` are added to
    // the resource's own (working-copy, latest-version).
    QJsonObject normalize(const Node &node, const std::optional<QStringList> &fields,
                          const QJsonObject &links = {}) const;
    QJsonObject normalizeUser(const Account &account) const;
    // Anonymous readers do not see revision logs.
    void setAnonymous(bool anonymous) { m_anonymous = anonymous; }

    static QString timestamp(qint64 unixSeconds);

private:
    QJsonObject relationship(const Node &node, const QString &name, const QJsonValue &data) const;

    QString m_baseUrl;
    bool m_anonymous = false;
};

} // namespace lga::emulator
