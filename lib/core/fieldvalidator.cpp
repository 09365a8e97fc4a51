// SPDX-License-Identifier: GPL-2.0-or-later
#include "fieldvalidator.h"

#include "contenttype.h"
#include "fielddefinition.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace lga::core {

namespace {

using Severity = FieldProblem::Severity;

bool isEmptyValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return true;
    case QJsonValue::String:
        return value.toString().trimmed().isEmpty();
    case QJsonValue::Array:
        return value.toArray().isEmpty();
    default:
        return false;
    }
}

// A link field takes external http(s) addresses, site paths and Drupal's own URI schemes
// (link_type 17: internal and external).
bool isLinkTarget(const QString &uri)
{
    if (uri.startsWith(u'/') && !uri.startsWith(QLatin1String("//")))
        return true;
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        return !url.host().isEmpty();
    return scheme == QLatin1String("mailto") || scheme == QLatin1String("tel") ||
           scheme == QLatin1String("internal") || scheme == QLatin1String("entity");
}

std::optional<QUuid> mediaUuid(const QString &url)
{
    static const QLatin1String scheme("lga-media:");
    if (!url.startsWith(scheme))
        return std::nullopt;
    const QUuid uuid = QUuid::fromString(QStringView(url).mid(scheme.size()));
    if (uuid.isNull())
        return std::nullopt;
    return uuid;
}

} // namespace

QList<FieldProblem> FieldValidator::validate(const Page &page) const
{
    QList<FieldProblem> problems;
    auto add = [&problems](const QString &field, Severity severity, const QString &message) {
        problems.append({field, severity, message});
    };

    if (page.title.trimmed().isEmpty())
        add(QStringLiteral("title"), Severity::Blocking, tr("Give the page a title."));
    if (page.title.size() > 255) {
        add(QStringLiteral("title"), Severity::Blocking,
            tr("The title is %1 characters long; the site takes at most 255.")
                .arg(page.title.size()));
    }
    const ContentType type = contentType(page.bundle);
    if (type.summaryRequired && page.summary.trimmed().isEmpty()) {
        add(QStringLiteral("summary"), Severity::Blocking,
            tr("The site requires a summary for a %1. Say in a sentence or two what the page "
               "is for.")
                .arg(type.label.toLower()));
    }
    if (bodyRequired(page.bundle) && page.body.trimmed().isEmpty())
        add(QStringLiteral("body"), Severity::Blocking, tr("The site requires a body text."));
    checkBodyImages(page, problems);

    for (const FieldDefinition &definition : fieldDefinitions(page.bundle)) {
        const QJsonValue value = page.fields.value(definition.name);
        const QString &name = definition.name;
        if (isEmptyValue(value)) {
            if (definition.required)
                add(name, Severity::Blocking, tr("%1 is required.").arg(definition.label));
            continue;
        }
        switch (definition.kind) {
        case FieldKind::Text:
        case FieldKind::LongText:
        case FieldKind::Choice:
            if (!value.isString()) {
                add(name, Severity::Blocking, tr("%1 must be text.").arg(definition.label));
            } else if (definition.kind == FieldKind::Text && value.toString().size() > 255) {
                add(name, Severity::Blocking,
                    tr("%1 is %2 characters long; the site takes at most 255.")
                        .arg(definition.label)
                        .arg(value.toString().size()));
            } else if (definition.kind == FieldKind::Choice) {
                const bool known = std::any_of(
                    definition.choices.cbegin(), definition.choices.cend(),
                    [&](const FieldChoice &choice) { return choice.value == value.toString(); });
                if (!known)
                    add(name, Severity::Blocking,
                        tr("%1 has a value the site does not offer.").arg(definition.label));
            }
            break;
        case FieldKind::Boolean:
            if (!value.isBool())
                add(name, Severity::Blocking, tr("%1 must be yes or no.").arg(definition.label));
            break;
        case FieldKind::Date:
            if (!QDate::fromString(value.toString(), Qt::ISODate).isValid())
                add(name, Severity::Blocking,
                    tr("%1 is not a date. Use a date such as 2026-03-31.").arg(definition.label));
            break;
        case FieldKind::Links:
        case FieldKind::PageReferences:
        case FieldKind::Terms: {
            if (!value.isArray()) {
                add(name, Severity::Blocking, tr("%1 must be a list.").arg(definition.label));
                break;
            }
            const QJsonArray items = value.toArray();
            if (definition.maxValues != FieldDefinition::kUnlimited &&
                items.size() > definition.maxValues) {
                add(name, Severity::Blocking,
                    tr("%1 takes at most %n item(s); remove %2.", nullptr, definition.maxValues)
                        .arg(definition.label)
                        .arg(items.size() - definition.maxValues));
            }
            for (int i = 0; i < items.size(); ++i) {
                const QJsonValue item = items.at(i);
                if (definition.kind == FieldKind::Links) {
                    const QString uri = item.toObject().value(QStringLiteral("uri")).toString();
                    const QString title =
                        item.toObject().value(QStringLiteral("title")).toString().trimmed();
                    if (uri.trimmed().isEmpty()) {
                        add(name, Severity::Blocking,
                            tr("Link %1 in %2 has no address.").arg(i + 1).arg(definition.label));
                    } else if (!isLinkTarget(uri.trimmed())) {
                        add(name, Severity::Blocking,
                            tr("“%1” in %2 is not a web address. Use a full address starting "
                               "with https:// or a site path starting with /.")
                                .arg(uri, definition.label));
                    }
                    if (definition.linkTitleRequired && title.isEmpty()) {
                        add(name, Severity::Blocking,
                            tr("Link %1 in %2 needs link text.").arg(i + 1).arg(definition.label));
                    }
                } else if (definition.kind == FieldKind::PageReferences) {
                    if (m_pages) {
                        const QUuid target = QUuid::fromString(item.toString());
                        const std::optional<QString> bundle = m_pages(target);
                        if (!bundle) {
                            add(name, Severity::Blocking,
                                tr("Item %1 in %2 is a page that is no longer in the store.")
                                    .arg(i + 1)
                                    .arg(definition.label));
                        } else if (!definition.targetBundles.contains(*bundle)) {
                            add(name, Severity::Blocking,
                                tr("Item %1 in %2 is a %3, which the site does not accept here.")
                                    .arg(i + 1)
                                    .arg(definition.label, contentType(*bundle).label.toLower()));
                        }
                    }
                } else if (item.toString().trimmed().isEmpty()) {
                    add(name, Severity::Blocking,
                        tr("%1 has an empty item; remove it.").arg(definition.label));
                }
            }
            break;
        }
        case FieldKind::PageReference: {
            if (!m_pages)
                break;
            const QUuid target = QUuid::fromString(value.toString());
            const std::optional<QString> bundle = m_pages(target);
            if (target == page.uuid) {
                add(name, Severity::Blocking,
                    tr("A page cannot be its own %1.").arg(definition.label.toLower()));
            } else if (!bundle) {
                add(name, Severity::Blocking,
                    tr("The page chosen as %1 is no longer in the store.")
                        .arg(definition.label.toLower()));
            } else if (!definition.targetBundles.contains(*bundle)) {
                add(name, Severity::Blocking,
                    tr("A %1 cannot be the %2 of this page.")
                        .arg(contentType(*bundle).label.toLower(), definition.label.toLower()));
            }
            break;
        }
        case FieldKind::MediaReference: {
            if (!m_images)
                break;
            const std::optional<ImageInfo> image = m_images(QUuid::fromString(value.toString()));
            if (!image) {
                add(name, Severity::Blocking,
                    tr("The image chosen for %1 is no longer in the store.")
                        .arg(definition.label.toLower()));
            } else if (image->alt.trimmed().isEmpty()) {
                // The site's image media type has alt_field_required: true.
                add(name, Severity::Blocking,
                    tr("The image for %1 has no alt text, which the site requires. Add it in "
                       "the media library.")
                        .arg(definition.label.toLower()));
            }
            break;
        }
        }
    }
    return problems;
}

void FieldValidator::checkBodyImages(const Page &page, QList<FieldProblem> &problems) const
{
    // The site does not check alt text in the body, so this is advice. A full check of the
    // rendered body (file names as alt text, linked images and more) belongs to the checker;
    // this one only makes sure no image goes out with nothing said about it.
    static const QRegularExpression markdownImage(
        QStringLiteral(R"(!\[([^\]]*)\]\(\s*<?([^)\s>]*))"));
    static const QRegularExpression htmlImage(QStringLiteral(R"(<img\b[^>]*>)"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression htmlAlt(
        QStringLiteral(R"re(\balt\s*=\s*("([^"]*)"|'([^']*)'))re"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression htmlSrc(QStringLiteral(R"(\bsrc\s*=\s*["']([^"']*))"),
                                            QRegularExpression::CaseInsensitiveOption);

    int missing = 0;
    auto judge = [&](bool hasAlt, const QString &alt, const QString &src) {
        if (hasAlt && !alt.trimmed().isEmpty())
            return;
        // An empty alt is right for an image the author marked decorative in the media
        // library; anything else needs words.
        if (hasAlt && m_images) {
            if (const std::optional<QUuid> uuid = mediaUuid(src)) {
                const std::optional<ImageInfo> image = m_images(*uuid);
                if (image && image->decorative)
                    return;
            }
        }
        ++missing;
    };
    if (page.format == SourceFormat::Markdown) {
        for (auto it = markdownImage.globalMatch(page.body); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            judge(true, match.captured(1), match.captured(2));
        }
    }
    for (auto it = htmlImage.globalMatch(page.body); it.hasNext();) {
        const QString tag = it.next().captured(0);
        const QRegularExpressionMatch alt = htmlAlt.match(tag);
        const QString altText = alt.hasMatch() ? alt.captured(2) + alt.captured(3) : QString();
        judge(alt.hasMatch(), altText, htmlSrc.match(tag).captured(1));
    }
    if (missing > 0) {
        problems.append(
            {QStringLiteral("body"), FieldProblem::Severity::Advice,
             tr("Alt text is missing on %n image(s) in the body. Describe each image, or mark "
                "it decorative in the media library.",
                nullptr, missing)});
    }
}

bool FieldValidator::siteWouldAccept(const QList<FieldProblem> &problems)
{
    return std::none_of(problems.cbegin(), problems.cend(), [](const FieldProblem &problem) {
        return problem.severity == FieldProblem::Severity::Blocking;
    });
}

} // namespace lga::core
