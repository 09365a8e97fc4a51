// SPDX-License-Identifier: GPL-2.0-or-later
#include "page.h"

#include "fielddefinition.h"

#include <QRegularExpression>

namespace lga::core {

QString toMachineName(SourceFormat format)
{
    return format == SourceFormat::Html ? QStringLiteral("html") : QStringLiteral("markdown");
}

std::optional<SourceFormat> sourceFormatFromMachineName(const QString &name)
{
    if (name == QLatin1String("markdown"))
        return SourceFormat::Markdown;
    if (name == QLatin1String("html"))
        return SourceFormat::Html;
    return std::nullopt;
}

Page Page::create(const QString &bundle)
{
    Page page;
    page.uuid = QUuid::createUuid();
    page.bundle = bundle;
    // Millisecond precision is what the store keeps, so a page compares equal after a round trip.
    const QDateTime now =
        QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
    page.created = now;
    page.updated = now;
    page.fields = defaultFields(bundle, now.toLocalTime().date());
    return page;
}

PageSummary Page::toSummary() const
{
    return {uuid, bundle, title, state, updated, reviewDate};
}

QString titleSlug(const QString &title)
{
    static const QRegularExpression notWord(QStringLiteral("[^a-z0-9]+"));
    QString slug = title.normalized(QString::NormalizationForm_KD).toLower();
    slug.replace(notWord, QStringLiteral("-"));
    while (slug.startsWith(u'-'))
        slug.remove(0, 1);
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug;
}

} // namespace lga::core
