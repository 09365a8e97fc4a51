// SPDX-License-Identifier: GPL-2.0-or-later
#include <cms-emulator/seeder.h>

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QUuid>

namespace lga::emulator {

namespace {

const QUuid uuidNamespace(QStringLiteral("{6f3b1c52-8a0e-4d7b-9e21-4c5a7d9b0f13}"));

// Services and the things residents do with them; titles are built from both.
const QStringList services{
    QStringLiteral("bin collection"),   QStringLiteral("council tax"),
    QStringLiteral("parking permit"),   QStringLiteral("planning application"),
    QStringLiteral("school place"),     QStringLiteral("library card"),
    QStringLiteral("blue badge"),       QStringLiteral("housing benefit"),
    QStringLiteral("pothole"),          QStringLiteral("street light fault"),
    QStringLiteral("fly-tipping"),      QStringLiteral("garden waste subscription"),
    QStringLiteral("building control"), QStringLiteral("birth registration"),
    QStringLiteral("allotment"),        QStringLiteral("noise complaint")};
const QStringList actions{QStringLiteral("Apply for a"), QStringLiteral("Report a"),
                          QStringLiteral("Pay for a"),   QStringLiteral("Change your"),
                          QStringLiteral("Cancel a"),    QStringLiteral("Check your")};
const QStringList areas{QStringLiteral("Bins and recycling"),
                        QStringLiteral("Council tax"),
                        QStringLiteral("Parking"),
                        QStringLiteral("Planning"),
                        QStringLiteral("Schools"),
                        QStringLiteral("Libraries"),
                        QStringLiteral("Housing"),
                        QStringLiteral("Roads and travel")};

QString slug(const QString &title)
{
    QString s;
    for (const QChar c : title.toLower()) {
        if (c.isLetterOrNumber())
            s += c;
        else if (!s.endsWith(u'-'))
            s += u'-';
    }
    while (s.endsWith(u'-'))
        s.chop(1);
    return s;
}

QString bodyFor(const QString &subject, int variant)
{
    const QString lower = subject.toLower();
    QString html = QStringLiteral("<p>You can do this online at any time. It takes about %1 "
                                  "minutes.</p>\r\n")
                       .arg(5 + variant % 15);
    html += QStringLiteral("<h2>Before you start</h2>\r\n<p>You will need:</p>\r\n<ul><li>your "
                           "address and postcode</li><li>an email address</li><li>details "
                           "about your %1</li></ul>\r\n")
                .arg(lower);
    html += QStringLiteral("<h2>What happens next</h2>\r\n<p>We will contact you within %1 "
                           "working days.</p>")
                .arg(2 + variant % 9);
    return html;
}

QJsonObject reference(const Node &target)
{
    return QJsonObject{{QStringLiteral("type"), QString(QStringLiteral("node--") + target.bundle)},
                       {QStringLiteral("id"), target.uuid},
                       {QStringLiteral("target"), target.nid}};
}

} // namespace

SeedPlan Seeder::spread(int total)
{
    // Weights in tenths of a percent; service pages take whatever is left.
    const QList<QPair<QString, int>> weights{{QStringLiteral("localgov_services_landing"), 50},
                                             {QStringLiteral("localgov_guides_overview"), 30},
                                             {QStringLiteral("localgov_step_by_step_overview"), 30},
                                             {QStringLiteral("localgov_news_article"), 150},
                                             {QStringLiteral("localgov_guides_page"), 70},
                                             {QStringLiteral("localgov_step_by_step_page"), 70}};
    SeedPlan plan;
    int used = 0;
    for (const auto &[bundle, weight] : weights) {
        const int n = total * weight / 1000;
        plan.append({bundle, n});
        used += n;
    }
    plan.insert(1, {QStringLiteral("localgov_services_page"), total - used});
    return plan;
}

QList<Node> Seeder::generate(const SeedPlan &plan)
{
    QRandomGenerator rng(20241014);
    QList<Node> nodes;
    QHash<QString, QList<qsizetype>> byBundle;
    qint64 vid = 0;
    const qint64 start = 1672531200; // 2023-01-01T00:00:00+00:00
    for (const auto &[bundle, count] : plan) {
        for (int i = 0; i < count; ++i) {
            Node n;
            n.nid = nodes.size() + 1;
            vid += 1 + rng.bounded(4);
            n.vid = vid;
            n.uuid = QUuid::createUuidV5(uuidNamespace, QStringLiteral("node/%1").arg(n.nid))
                         .toString(QUuid::WithoutBraces);
            n.bundle = bundle;
            const QString area = areas.at(rng.bounded(int(areas.size())));
            const QString service = services.at(rng.bounded(int(services.size())));
            const QString action = actions.at(rng.bounded(int(actions.size())));
            if (bundle == u"localgov_services_landing") {
                n.title = area;
            } else if (bundle == u"localgov_news_article") {
                n.title =
                    QStringLiteral("Changes to %1 services from %2").arg(service).arg(2023 + i % 3);
            } else if (bundle.endsWith(u"_overview")) {
                n.title = QStringLiteral("A guide to your %1").arg(service);
            } else if (bundle.endsWith(u"_page") && bundle != u"localgov_services_page") {
                n.title = QStringLiteral("Step %1: %2 %3").arg(i % 6 + 1).arg(action, service);
            } else {
                n.title = action + u' ' + service;
            }
            if (i >= services.size())
                n.title += QStringLiteral(" (%1)").arg(n.nid);
            const int roll = rng.bounded(100);
            n.moderationState = roll < 80   ? QStringLiteral("published")
                                : roll < 95 ? QStringLiteral("draft")
                                            : QStringLiteral("archived");
            n.status = n.moderationState == u"published";
            // The editor owns most pages; the author and the contributor a third each.
            n.uid = 27 + n.nid % 3;
            n.revisionUid = n.uid;
            n.created = start + n.nid * 7200 + rng.bounded(3600);
            n.changed = n.created + rng.bounded(400 * 86400);
            n.bodyValue = bodyFor(service, int(n.nid));
            n.bodyFormat = QStringLiteral("wysiwyg");
            n.bodySummary = QStringLiteral("How to %1 %2 and what happens next.")
                                .arg(action.toLower(), service);
            n.fields.insert(QStringLiteral("langcode"), QStringLiteral("en"));
            n.fields.insert(QStringLiteral("revision_log"), QString());
            n.fields.insert(QStringLiteral("promote"), false);
            n.fields.insert(QStringLiteral("sticky"), false);
            n.fields.insert(QStringLiteral("path"),
                            QJsonObject{{QStringLiteral("alias"), QString(u'/' + slug(n.title))},
                                        {QStringLiteral("pid"), n.nid},
                                        {QStringLiteral("langcode"), QStringLiteral("en")}});
            auto parentFrom = [&](const QString &parentBundle) -> QJsonValue {
                const QList<qsizetype> &candidates = byBundle.value(parentBundle);
                if (candidates.isEmpty())
                    return QJsonValue::Null;
                return reference(nodes.at(candidates.at(rng.bounded(int(candidates.size())))));
            };
            if (bundle == u"localgov_services_page" || bundle == u"localgov_services_landing") {
                n.fields.insert(
                    QStringLiteral("localgov_common_tasks"),
                    QJsonArray{QJsonObject{
                        {QStringLiteral("uri"),
                         QString(QStringLiteral("https://forms.example-council.gov.uk/") +
                                 slug(service))},
                        {QStringLiteral("title"), QString(action + u' ' + service)},
                        {QStringLiteral("options"),
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("action")}}}}});
            }
            if (bundle == u"localgov_services_page") {
                n.fields.insert(QStringLiteral("localgov_download_links"), QJsonArray());
                n.fields.insert(QStringLiteral("localgov_related_links"), QJsonArray());
                n.fields.insert(QStringLiteral("localgov_hide_related_topics"), true);
                n.fields.insert(QStringLiteral("localgov_override_related_links"), false);
                n.references.insert(QStringLiteral("localgov_services_parent"),
                                    parentFrom(QStringLiteral("localgov_services_landing")));
                n.references.insert(QStringLiteral("localgov_page_components"), QJsonArray());
                n.references.insert(QStringLiteral("localgov_topic_classified"), QJsonArray());
            } else if (bundle == u"localgov_news_article") {
                n.fields.insert(QStringLiteral("localgov_news_date"),
                                QDateTime::fromSecsSinceEpoch(n.created, Qt::UTC)
                                    .toString(QStringLiteral("yyyy-MM-dd")));
            } else if (bundle == u"localgov_guides_page") {
                n.fields.insert(QStringLiteral("localgov_guides_section_title"), n.title);
                n.references.insert(QStringLiteral("localgov_guides_parent"),
                                    parentFrom(QStringLiteral("localgov_guides_overview")));
            } else if (bundle == u"localgov_step_by_step_page") {
                n.fields.insert(QStringLiteral("localgov_step_section_title"), n.title);
                n.references.insert(QStringLiteral("localgov_step_parent"),
                                    parentFrom(QStringLiteral("localgov_step_by_step_overview")));
            }
            byBundle[bundle].append(nodes.size());
            nodes.append(n);
        }
    }
    return nodes;
}

} // namespace lga::emulator
