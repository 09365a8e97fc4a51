// SPDX-License-Identifier: GPL-2.0-or-later
#include "fielddefinition.h"

#include <QCoreApplication>

namespace lga::core {

namespace {

const char *const kContext = "lga::core::FieldDefinition";

// Labels and help are marked with QT_TRANSLATE_NOOP where they are written, so lupdate
// finds them, and translated here, when the definitions are built.
QString tr(const char *text)
{
    return QCoreApplication::translate(kContext, text);
}

// Bundle machine names, spelled once.
const QString kServicesPage = QStringLiteral("localgov_services_page");
const QString kServicesLanding = QStringLiteral("localgov_services_landing");
const QString kServicesSublanding = QStringLiteral("localgov_services_sublanding");
const QString kGuidesOverview = QStringLiteral("localgov_guides_overview");
const QString kGuidesPage = QStringLiteral("localgov_guides_page");
const QString kNewsArticle = QStringLiteral("localgov_news_article");
const QString kNewsroom = QStringLiteral("localgov_newsroom");
const QString kStepOverview = QStringLiteral("localgov_step_by_step_overview");
const QString kStepPage = QStringLiteral("localgov_step_by_step_page");

FieldDefinition field(const char *name, const char *label, FieldKind kind, const char *help = "")
{
    FieldDefinition definition;
    definition.name = QString::fromLatin1(name);
    definition.label = tr(label);
    definition.help = *help ? tr(help) : QString();
    definition.kind = kind;
    return definition;
}

FieldDefinition required(FieldDefinition definition)
{
    definition.required = true;
    return definition;
}

FieldDefinition atMost(int count, FieldDefinition definition)
{
    definition.maxValues = count;
    return definition;
}

FieldDefinition pointingAt(QStringList bundles, FieldDefinition definition)
{
    definition.targetBundles = std::move(bundles);
    return definition;
}

// The fields below follow the field configs of the LocalGov modules (field.field.node.*.yml):
// cardinality, required flags and reference targets as the site enforces them. Fields the
// site hides from its edit form (e.g. download links) or that need site-only entities
// (paragraphs, page components) are left out: the app could not offer a sensible control.

FieldDefinition topTasks()
{
    FieldDefinition definition = atMost(
        6, field("localgov_common_tasks",
                 QT_TRANSLATE_NOOP("lga::core::FieldDefinition", "Top tasks"), FieldKind::Links,
                 QT_TRANSLATE_NOOP(
                     "lga::core::FieldDefinition",
                     "The most common things people come to this page to do. At most 6.")));
    definition.linkTitleRequired = true;
    return definition;
}

FieldDefinition servicesParent()
{
    return pointingAt(
        {kServicesLanding, kServicesSublanding},
        field("localgov_services_parent",
              QT_TRANSLATE_NOOP("lga::core::FieldDefinition", "Parent page"),
              FieldKind::PageReference,
              QT_TRANSLATE_NOOP("lga::core::FieldDefinition",
                                "The landing or sub-landing page this page sits under. It sets the "
                                "breadcrumb and the web address.")));
}

FieldDefinition topics(const char *name = "localgov_topic_classified",
                       const char *label = QT_TRANSLATE_NOOP("lga::core::FieldDefinition",
                                                             "Topics"))
{
    return atMost(
        FieldDefinition::kUnlimited,
        field(name, label, FieldKind::Terms,
              QT_TRANSLATE_NOOP("lga::core::FieldDefinition", "Separate topics with commas.")));
}

FieldDefinition pageList(const char *name, const char *label, QStringList targets, const char *help,
                         int maxValues = FieldDefinition::kUnlimited)
{
    return atMost(maxValues, pointingAt(std::move(targets),
                                        field(name, label, FieldKind::PageReferences, help)));
}

FieldDefinition boolean(const char *name, const char *label, bool byDefault, const char *help)
{
    FieldDefinition definition = field(name, label, FieldKind::Boolean, help);
    definition.defaultValue = byDefault;
    return definition;
}

} // namespace

QList<FieldDefinition> fieldDefinitions(const QString &bundle)
{
    if (bundle == kServicesPage) {
        return {
            topTasks(),
            atMost(FieldDefinition::kUnlimited,
                   field("localgov_related_links",
                         QT_TRANSLATE_NOOP("lga::core::FieldDefinition", "Related links"),
                         FieldKind::Links,
                         QT_TRANSLATE_NOOP("lga::core::FieldDefinition",
                                           "Links to other pages that help with the same task."))),
            boolean(
                "localgov_override_related_links",
                QT_TRANSLATE_NOOP("lga::core::FieldDefinition", "Show only my related links"),
                false,
                QT_TRANSLATE_NOOP("lga::core::FieldDefinition",
                                  "Replace the links the site would suggest with the ones above.")),
            servicesParent(),
            topics(),
            boolean("localgov_hide_related_topics",
                    QT_TRANSLATE_NOOP("lga::core::FieldDefinition", "Hide related topics"), true,
                    QT_TRANSLATE_NOOP(
                        "lga::core::FieldDefinition",
                        "Leave ticked unless the topics help readers find similar pages.")),
        };
    }
    if (bundle == kServicesLanding) {
        return {
            topTasks(),
            pageList("localgov_destinations",
                     QT_TRANSLATE_NOOP("lga::core::FieldDefinition", "Child pages"),
                     {kServicesLanding, kServicesSublanding, kServicesPage},
                     QT_TRANSLATE_NOOP("lga::core::FieldDefinition",
                                       "The pages listed on this landing page, in order.")),
            topics("localgov_popular_topics",
                   QT_TRANSLATE_NOOP("lga::core::FieldDefinition", "Popular topics")),
            field("localgov_phone", QT_TRANSLATE_NOOP("lga::core::FieldDefinition", "Phone"),
                  FieldKind::Text),
            field("localgov_email_address",
                  QT_TRANSLATE_NOOP("lga::core::FieldDefinition", "Email address"),
                  FieldKind::Text),
            field("localgov_address", QT_TRANSLATE_NOOP("lga::core::FieldDefinition", "Address"),
                  FieldKind::LongText),
            field("localgov_opening_hours",
                  QT_TRANSLATE_NOOP("lga::core::FieldDefinition", "Opening hours"),
                  FieldKind::LongText),
            atMost(1, field("localgov_link_to_map",
                            QT_TRANSLATE_NOOP("lga::core::FieldDefinition", "Link to map"),
                            FieldKind::Links)),
        };
    }
    if (bundle == kServicesSublanding) {
        return {servicesParent(), topics()};
    }
    if (bundle == kGuidesOverview) {
        FieldDefinition format =
            field("localgov_guides_list_format",
                  QT_TRANSLATE_NOOP("lga::core::FieldDefinition", "Guide contents list"),
                  FieldKind::Choice);
        format.choices = {{QStringLiteral("unordered"),
                           QCoreApplication::translate("lga::core::FieldDefinition", "Bulleted")},
                          {QStringLiteral("ordered"),
                           QCoreApplication::translate("lga::core::FieldDefinition", "Numbered")}};
        format.defaultValue = QStringLiteral("unordered");
        return {
            field("localgov_guides_section_title",
                  QT_TRANSLATE_NOOP("lga::core::FieldDefinition", "Section title"), FieldKind::Text,
                  QT_TRANSLATE_NOOP("lga::core::FieldDefinition",
                                    "The overview's own title in the guide's contents list.")),
            pageList("localgov_guides_pages",
                     QT_TRANSLATE_NOOP("lga::core::FieldDefinition", "Guide pages"), {kGuidesPage},
                     QT_TRANSLATE_NOOP("lga::core::FieldDefinition",
                                       "The pages of the guide, in reading order.")),
            format,
            servicesParent(),
            topics(),
        };
    }
    if (bundle == kGuidesPage) {
        return {
            required(
                pointingAt({kGuidesOverview},
                           field("localgov_guides_parent",
                                 QT_TRANSLATE_NOOP("lga::core::FieldDefinition", "Guide"),
                                 FieldKind::PageReference,
                                 QT_TRANSLATE_NOOP("lga::core::FieldDefinition",
                                                   "The guide overview this page belongs to.")))),
            required(field("localgov_guides_section_title",
                           QT_TRANSLATE_NOOP("lga::core::FieldDefinition", "Section title"),
                           FieldKind::Text,
                           QT_TRANSLATE_NOOP("lga::core::FieldDefinition",
                                             "The page's title in the guide's contents list."))),
        };
    }
    if (bundle == kNewsArticle) {
        return {
            required(field("field_media_image",
                           QT_TRANSLATE_NOOP("lga::core::FieldDefinition", "Image"),
                           FieldKind::MediaReference,
                           QT_TRANSLATE_NOOP("lga::core::FieldDefinition",
                                             "The article's main image. It needs alt text."))),
            required(field("localgov_news_date",
                           QT_TRANSLATE_NOOP("lga::core::FieldDefinition", "News date"),
                           FieldKind::Date)),
            required(pointingAt({kNewsroom},
                                field("localgov_newsroom",
                                      QT_TRANSLATE_NOOP("lga::core::FieldDefinition", "Newsroom"),
                                      FieldKind::PageReference,
                                      QT_TRANSLATE_NOOP("lga::core::FieldDefinition",
                                                        "The newsroom that lists this article.")))),
            topics("localgov_news_categories",
                   QT_TRANSLATE_NOOP("lga::core::FieldDefinition", "Categories")),
            pageList("localgov_news_related",
                     QT_TRANSLATE_NOOP("lga::core::FieldDefinition", "Related news"),
                     {kNewsArticle},
                     QT_TRANSLATE_NOOP("lga::core::FieldDefinition", "Up to 3 other articles."), 3),
        };
    }
    if (bundle == kNewsroom) {
        return {pageList(
            "localgov_newsroom_featured",
            QT_TRANSLATE_NOOP("lga::core::FieldDefinition", "Featured news"), {kNewsArticle},
            QT_TRANSLATE_NOOP("lga::core::FieldDefinition", "Up to 3 articles shown first."), 3)};
    }
    if (bundle == kStepOverview) {
        return {
            pageList("localgov_step_by_step_pages",
                     QT_TRANSLATE_NOOP("lga::core::FieldDefinition", "Steps"), {kStepPage},
                     QT_TRANSLATE_NOOP("lga::core::FieldDefinition", "The steps, in order.")),
            servicesParent(),
            topics(),
        };
    }
    if (bundle == kStepPage) {
        return {
            pointingAt({kStepOverview},
                       field("localgov_step_parent",
                             QT_TRANSLATE_NOOP("lga::core::FieldDefinition", "Step-by-step"),
                             FieldKind::PageReference,
                             QT_TRANSLATE_NOOP("lga::core::FieldDefinition",
                                               "The step-by-step overview this step belongs to."))),
            field("localgov_step_section_title",
                  QT_TRANSLATE_NOOP("lga::core::FieldDefinition", "Step title"), FieldKind::Text,
                  QT_TRANSLATE_NOOP("lga::core::FieldDefinition",
                                    "The step's title in the list of steps.")),
            field("localgov_step_summary",
                  QT_TRANSLATE_NOOP("lga::core::FieldDefinition", "Step summary"),
                  FieldKind::LongText),
        };
    }
    return {};
}

FieldDefinition fieldDefinition(const QString &bundle, const QString &name)
{
    for (const FieldDefinition &definition : fieldDefinitions(bundle)) {
        if (definition.name == name)
            return definition;
    }
    return {};
}

QJsonObject defaultFields(const QString &bundle, const QDate &today)
{
    QJsonObject fields;
    for (const FieldDefinition &definition : fieldDefinitions(bundle)) {
        if (!definition.defaultValue.isNull() && !definition.defaultValue.isUndefined())
            fields.insert(definition.name, definition.defaultValue);
        else if (definition.kind == FieldKind::Date && definition.required)
            fields.insert(definition.name, today.toString(Qt::ISODate));
    }
    return fields;
}

bool bodyRequired(const QString &bundle)
{
    // body is required (with its summary) on service pages, service status and news articles.
    return bundle == kServicesPage || bundle == kNewsArticle;
}

QString fieldLabel(const QString &bundle, const QString &field)
{
    const FieldDefinition definition = fieldDefinition(bundle, field);
    if (!definition.label.isEmpty())
        return definition.label;
    QString words = field;
    if (words.startsWith(QLatin1String("localgov_")))
        words.remove(0, 9);
    words.replace(u'_', u' ');
    if (!words.isEmpty())
        words[0] = words.at(0).toUpper();
    return words;
}

} // namespace lga::core
