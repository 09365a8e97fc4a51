// SPDX-License-Identifier: GPL-2.0-or-later
#include <cms-emulator/resourcenormalizer.h>

#include <QDateTime>
#include <QJsonArray>
#include <QUuid>

namespace lga::emulator {

namespace {

QJsonObject href(const QString &url)
{
    return QJsonObject{{QStringLiteral("href"), url}};
}

QJsonObject identifier(const QString &type, const QString &id, const QJsonValue &target)
{
    return QJsonObject{{QStringLiteral("type"), type},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("meta"),
                        QJsonObject{{QStringLiteral("drupal_internal__target_id"), target}}}};
}

QJsonValue identifierFrom(const QJsonValue &stored)
{
    if (stored.isArray()) {
        QJsonArray list;
        for (const QJsonValue &item : stored.toArray())
            list.append(identifierFrom(item));
        return list;
    }
    if (!stored.isObject())
        return QJsonValue::Null;
    const QJsonObject o = stored.toObject();
    return identifier(o.value(u"type").toString(), o.value(u"id").toString(), o.value(u"target"));
}

} // namespace

ResourceNormalizer::ResourceNormalizer(const QString &baseUrl)
    : m_baseUrl(baseUrl)
{}

QString ResourceNormalizer::timestamp(qint64 unixSeconds)
{
    return QDateTime::fromSecsSinceEpoch(unixSeconds, Qt::UTC)
               .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) +
           QStringLiteral("+00:00");
}

QString ResourceNormalizer::collectionUrl(const QString &bundle) const
{
    return m_baseUrl + QStringLiteral("/jsonapi/node/") + bundle;
}

QString ResourceNormalizer::individualUrl(const Node &node) const
{
    return collectionUrl(node.bundle) + u'/' + node.uuid;
}

QJsonObject ResourceNormalizer::relationship(const Node &node, const QString &name,
                                             const QJsonValue &data) const
{
    const QString version = QStringLiteral("?resourceVersion=id%3A") + QString::number(node.vid);
    return QJsonObject{
        {QStringLiteral("data"), data},
        {QStringLiteral("links"),
         QJsonObject{
             {QStringLiteral("related"), href(individualUrl(node) + u'/' + name + version)},
             {QStringLiteral("self"),
              href(individualUrl(node) + QStringLiteral("/relationships/") + name + version)}}}};
}

QString ResourceNormalizer::userUrl(const QString &uuid) const
{
    return m_baseUrl + QStringLiteral("/jsonapi/user/user/") + uuid;
}

QJsonObject ResourceNormalizer::normalizeUser(const Account &account) const
{
    const QJsonObject attributes{{QStringLiteral("display_name"), account.name},
                                 {QStringLiteral("drupal_internal__uid"), account.uid},
                                 {QStringLiteral("langcode"), QStringLiteral("en")},
                                 {QStringLiteral("name"), account.name},
                                 {QStringLiteral("status"), true},
                                 {QStringLiteral("created"), timestamp(1672531200)},
                                 {QStringLiteral("changed"), timestamp(1672531200)},
                                 {QStringLiteral("default_langcode"), true}};
    const QJsonArray roles{identifier(QStringLiteral("user_role--user_role"),
                                      Account::uuidForRole(account.role), account.role)};
    const QString self = userUrl(account.uuid);
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("user--user")},
        {QStringLiteral("id"), account.uuid},
        {QStringLiteral("links"), QJsonObject{{QStringLiteral("self"), href(self)}}},
        {QStringLiteral("attributes"), attributes},
        {QStringLiteral("relationships"),
         QJsonObject{
             {QStringLiteral("roles"),
              QJsonObject{
                  {QStringLiteral("data"), roles},
                  {QStringLiteral("links"),
                   QJsonObject{{QStringLiteral("related"), href(self + QStringLiteral("/roles"))},
                               {QStringLiteral("self"),
                                href(self + QStringLiteral("/relationships/roles"))}}}}}}}};
}

QJsonObject ResourceNormalizer::normalize(const Node &node,
                                          const std::optional<QStringList> &fields,
                                          const QJsonObject &links) const
{
    QJsonObject attributes = node.fields;
    if (m_anonymous)
        attributes.remove(QStringLiteral("revision_log"));
    attributes.insert(QStringLiteral("drupal_internal__nid"), node.nid);
    attributes.insert(QStringLiteral("drupal_internal__vid"), node.vid);
    attributes.insert(QStringLiteral("revision_timestamp"), timestamp(node.changed));
    attributes.insert(QStringLiteral("status"), node.status);
    attributes.insert(QStringLiteral("title"), node.title);
    attributes.insert(QStringLiteral("created"), timestamp(node.created));
    attributes.insert(QStringLiteral("changed"), timestamp(node.changed));
    attributes.insert(QStringLiteral("default_langcode"), true);
    attributes.insert(QStringLiteral("revision_translation_affected"), true);
    attributes.insert(QStringLiteral("moderation_state"), node.moderationState);
    QString processed = node.bodyValue;
    processed.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    attributes.insert(QStringLiteral("body"),
                      QJsonObject{{QStringLiteral("value"), node.bodyValue},
                                  {QStringLiteral("format"), node.bodyFormat},
                                  {QStringLiteral("processed"), processed},
                                  {QStringLiteral("summary"), node.bodySummary}});

    QJsonObject relationships{
        {QStringLiteral("node_type"),
         relationship(node, QStringLiteral("node_type"),
                      identifier(QStringLiteral("node_type--node_type"),
                                 QUuid::createUuidV5(Account::configNamespace(), node.bundle)
                                     .toString(QUuid::WithoutBraces),
                                 node.bundle))},
        {QStringLiteral("uid"), relationship(node, QStringLiteral("uid"),
                                             identifier(QStringLiteral("user--user"),
                                                        Account::uuidForUser(node.uid), node.uid))},
        {QStringLiteral("revision_uid"),
         relationship(node, QStringLiteral("revision_uid"),
                      identifier(QStringLiteral("user--user"),
                                 Account::uuidForUser(node.revisionUid), node.revisionUid))}};
    for (auto it = node.references.begin(); it != node.references.end(); ++it)
        relationships.insert(it.key(), relationship(node, it.key(), identifierFrom(it.value())));

    if (fields) {
        for (const QString &key : attributes.keys()) {
            if (!fields->contains(key))
                attributes.remove(key);
        }
        for (const QString &key : relationships.keys()) {
            if (!fields->contains(key))
                relationships.remove(key);
        }
    }
    QJsonObject resourceLinks = links;
    resourceLinks.insert(QStringLiteral("self"),
                         href(individualUrl(node) + QStringLiteral("?resourceVersion=id%3A") +
                              QString::number(node.vid)));
    QJsonObject resource{{QStringLiteral("type"), QString(QStringLiteral("node--") + node.bundle)},
                         {QStringLiteral("id"), node.uuid},
                         {QStringLiteral("links"), resourceLinks},
                         {QStringLiteral("attributes"), attributes}};
    if (!relationships.isEmpty())
        resource.insert(QStringLiteral("relationships"), relationships);
    return resource;
}

} // namespace lga::emulator
