// SPDX-License-Identifier: GPL-2.0-or-later
#include "medialinks.h"

#include <core/fielddefinition.h>
#include <core/mediaitem.h>
#include <store/mediastore.h>
#include <store/syncstore.h>

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace lga::sync {

namespace {

// The renderer's own output: `<img src="lga-media:UUID" alt="…">` and `href="lga-media:UUID"`.
const QRegularExpression &localImage()
{
    static const QRegularExpression re(
        uR"x(<img src="lga-media:([0-9a-f-]{36})"((?: [a-z-]+="[^"]*")*) ?/?>)x"_s);
    return re;
}

const QRegularExpression &localHref()
{
    static const QRegularExpression re(uR"x(href="lga-media:([0-9a-f-]{36})")x"_s);
    return re;
}

const QRegularExpression &siteEmbed()
{
    static const QRegularExpression re(uR"x(<drupal-media\b([^>]*)>\s*</drupal-media>)x"_s);
    return re;
}

QString attribute(const QString &attributes, const QString &name)
{
    const QRegularExpression re(u"\\b"_s + name + uR"x(="([^"]*)")x"_s);
    return re.match(attributes).captured(1);
}

} // namespace

MediaLinks::MediaLinks(QHash<QUuid, QString> onSite, QSet<QUuid> local)
    : m_onSite(std::move(onSite))
    , m_local(std::move(local))
{
    for (auto it = m_onSite.cbegin(); it != m_onSite.cend(); ++it)
        if (!it.value().isEmpty())
            m_byUrl.insert(it.value(), it.key());
}

MediaLinks MediaLinks::forSite(store::PageStore &store, const store::SyncStore &syncStore,
                               const QString &site)
{
    QSet<QUuid> local;
    for (const core::MediaItem &item : store::MediaStore(store).list())
        local.insert(item.uuid);
    return MediaLinks(syncStore.mediaOnSite(site), local);
}

void MediaLinks::addOnSite(const QUuid &media, const QString &fileUrl)
{
    m_onSite.insert(media, fileUrl);
    m_local.insert(media);
    if (!fileUrl.isEmpty())
        m_byUrl.insert(fileUrl, media);
}

QString MediaLinks::toSite(const QString &html) const
{
    QString result;
    qsizetype last = 0;
    for (const QRegularExpressionMatch &match : localImage().globalMatch(html)) {
        const QUuid uuid = QUuid::fromString(match.captured(1));
        if (!m_onSite.contains(uuid))
            continue;
        result += QStringView(html).mid(last, match.capturedStart() - last);
        const QString alt = attribute(match.captured(2), u"alt"_s);
        result += uR"x(<drupal-media data-entity-type="media" data-entity-uuid=")x"_s +
                  match.captured(1) + u'"';
        if (!alt.isNull())
            result += uR"x( alt=")x"_s + alt + u'"';
        result += u"></drupal-media>"_s;
        last = match.capturedEnd();
    }
    result += QStringView(html).mid(last);

    QString linked;
    last = 0;
    for (const QRegularExpressionMatch &match : localHref().globalMatch(result)) {
        const QString url = m_onSite.value(QUuid::fromString(match.captured(1)));
        if (url.isEmpty())
            continue;
        linked += QStringView(result).mid(last, match.capturedStart() - last);
        linked += uR"x(href=")x"_s + url.toHtmlEscaped() + u'"';
        last = match.capturedEnd();
    }
    linked += QStringView(result).mid(last);
    return linked;
}

QString MediaLinks::toLocal(const QString &html) const
{
    QString result;
    qsizetype last = 0;
    for (const QRegularExpressionMatch &match : siteEmbed().globalMatch(html)) {
        const QString attributes = match.captured(1);
        const QString id = attribute(attributes, u"data-entity-uuid"_s);
        if (!m_local.contains(QUuid::fromString(id)))
            continue; // The site's own media: kept as the site has it.
        result += QStringView(html).mid(last, match.capturedStart() - last);
        result += uR"x(<img src="lga-media:)x"_s + id + uR"x(" alt=")x"_s +
                  attribute(attributes, u"alt"_s) + uR"x(">)x"_s;
        last = match.capturedEnd();
    }
    result += QStringView(html).mid(last);
    if (m_byUrl.isEmpty())
        return result;
    static const QRegularExpression href(uR"x(href="([^"]*)")x"_s);
    QString linked;
    last = 0;
    for (const QRegularExpressionMatch &match : href.globalMatch(result)) {
        const auto found = m_byUrl.constFind(match.captured(1));
        if (found == m_byUrl.cend())
            continue;
        linked += QStringView(result).mid(last, match.capturedStart() - last);
        linked += uR"x(href="lga-media:)x"_s + found.value().toString(QUuid::WithoutBraces) + u'"';
        last = match.capturedEnd();
    }
    linked += QStringView(result).mid(last);
    return linked;
}

QJsonObject MediaLinks::localResource(QJsonObject resource) const
{
    QJsonObject attributes = resource.value(u"attributes"_s).toObject();
    QJsonObject body = attributes.value(u"body"_s).toObject();
    const QString value = body.value(u"value"_s).toString();
    if (value.isEmpty())
        return resource;
    const QString local = toLocal(value);
    if (local == value)
        return resource;
    body.insert(u"value"_s, local);
    body.remove(u"processed"_s);
    attributes.insert(u"body"_s, body);
    resource.insert(u"attributes"_s, attributes);
    return resource;
}

QList<QUuid> MediaLinks::usedBy(const core::Page &page)
{
    QList<QUuid> result;
    auto add = [&](const QUuid &uuid) {
        if (!uuid.isNull() && !result.contains(uuid))
            result.append(uuid);
    };
    static const QRegularExpression named(u"lga-media:([0-9a-f-]{36})"_s);
    for (const QRegularExpressionMatch &match : named.globalMatch(page.body))
        add(QUuid::fromString(match.captured(1)));
    for (const core::FieldDefinition &field : core::fieldDefinitions(page.bundle)) {
        if (field.kind != core::FieldKind::MediaReference)
            continue;
        const QJsonValue value = page.fields.value(field.name);
        if (value.isArray()) {
            for (const QJsonValue &item : value.toArray())
                add(QUuid::fromString(item.toString()));
        } else {
            add(QUuid::fromString(value.toString()));
        }
    }
    return result;
}

} // namespace lga::sync
