// SPDX-License-Identifier: GPL-2.0-or-later
#include "collectionpage.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::Literals::StringLiterals;

namespace lga::sync {

CollectionPage CollectionPage::parse(const QByteArray &json)
{
    CollectionPage page;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        page.m_error = QCoreApplication::translate("lga::sync::CollectionPage",
                                                   "The site's answer is not JSON.");
        return page;
    }
    const QJsonValue data = document.object().value(u"data"_s);
    if (!data.isArray()) {
        page.m_error = QCoreApplication::translate("lga::sync::CollectionPage",
                                                   "The site's answer holds no list of pages.");
        return page;
    }
    const QJsonArray items = data.toArray();
    for (const QJsonValue &item : items) {
        if (!item.isObject()) {
            page.m_error = QCoreApplication::translate(
                "lga::sync::CollectionPage", "The site's list of pages holds something else.");
            page.m_resources.clear();
            return page;
        }
        page.m_resources.append(item.toObject());
    }
    // Anything odd in `included` only loses names, never the pages.
    for (const QJsonValue &item : document.object().value(u"included"_s).toArray()) {
        const QJsonObject user = item.toObject();
        if (user.value(u"type"_s).toString() != u"user--user")
            continue;
        const QString name =
            user.value(u"attributes"_s).toObject().value(u"display_name"_s).toString().trimmed();
        const QString id = user.value(u"id"_s).toString();
        if (!id.isEmpty() && !name.isEmpty())
            page.m_userNames.insert(id, name);
    }
    const QJsonValue links = document.object().value(u"links"_s);
    const QJsonValue next = links.toObject().value(u"next"_s);
    // Links are objects with href; older servers and other JSON:API implementations send a
    // bare string, which means the same.
    const QString href =
        next.isString() ? next.toString() : next.toObject().value(u"href"_s).toString();
    if (!href.isEmpty()) {
        page.m_next = QUrl(href, QUrl::StrictMode);
        if (!page.m_next.isValid() || page.m_next.isRelative()) {
            page.m_error = QCoreApplication::translate(
                "lga::sync::CollectionPage", "The site's link to the next page is not valid.");
            page.m_next.clear();
            page.m_resources.clear();
        }
    }
    return page;
}

QJsonObject CollectionPage::withOwnerName(const QJsonObject &resource) const
{
    QJsonObject relationships = resource.value(u"relationships"_s).toObject();
    QJsonObject uid = relationships.value(u"uid"_s).toObject();
    QJsonObject data = uid.value(u"data"_s).toObject();
    const QString name = m_userNames.value(data.value(u"id"_s).toString());
    if (name.isEmpty())
        return resource;
    QJsonObject meta = data.value(u"meta"_s).toObject();
    meta.insert(u"display_name"_s, name);
    data.insert(u"meta"_s, meta);
    uid.insert(u"data"_s, data);
    relationships.insert(u"uid"_s, uid);
    QJsonObject out = resource;
    out.insert(u"relationships"_s, relationships);
    return out;
}

} // namespace lga::sync
