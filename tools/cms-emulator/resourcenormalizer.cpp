// SPDX-License-Identifier: GPL-2.0-or-later
#include <cms-emulator/resourcenormalizer.h>

#include <QDateTime>
#include <QJsonArray>
#include <QUuid>

namespace lga::emulator {

namespace {

const QUuid configNamespace(QStringLiteral("{0b7d2e4a-5c61-4f83-a9d0-3e2f1b6c8a47}"));

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

QJsonObject ResourceNormalizer::normalize(const Node &node,
                                          const std::optional<QStringList> &fields) const
{
    QJsonObject attributes = node.fields;
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

    // Every node is owned by the same seeded editor account.
    const QString editor = QUuid::createUuidV5(configNamespace, QStringLiteral("user/27"))
                               .toString(QUuid::WithoutBraces);
    QJsonObject relationships{
        {QStringLiteral("node_type"),
         relationship(
             node, QStringLiteral("node_type"),
             identifier(
                 QStringLiteral("node_type--node_type"),
                 QUuid::createUuidV5(configNamespace, node.bundle).toString(QUuid::WithoutBraces),
                 node.bundle))},
        {QStringLiteral("uid"), relationship(node, QStringLiteral("uid"),
                                             identifier(QStringLiteral("user--user"), editor, 27))},
        {QStringLiteral("revision_uid"),
         relationship(node, QStringLiteral("revision_uid"),
                      identifier(QStringLiteral("user--user"), editor, 27))}};
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
    QJsonObject resource{
        {QStringLiteral("type"), QString(QStringLiteral("node--") + node.bundle)},
        {QStringLiteral("id"), node.uuid},
        {QStringLiteral("links"),
         QJsonObject{{QStringLiteral("self"),
                      href(individualUrl(node) + QStringLiteral("?resourceVersion=id%3A") +
                           QString::number(node.vid))}}},
        {QStringLiteral("attributes"), attributes}};
    if (!relationships.isEmpty())
        resource.insert(QStringLiteral("relationships"), relationships);
    return resource;
}

} // namespace lga::emulator
