// SPDX-License-Identifier: GPL-2.0-or-later
#include "contenttype.h"

#include <QCoreApplication>

namespace lga::core {

namespace {
const char *const kContext = "lga::core::ContentType";
}

QList<ContentType> contentTypes()
{
    // Required summaries follow the field configs of localgov_services_page, _status and
    // localgov_news_article (body: required_summary: true).
    auto tr = [](const char *s) {
        return QCoreApplication::translate(kContext, s);
    };
    return {
        {QStringLiteral("localgov_services_page"), tr("Service page"), true},
        {QStringLiteral("localgov_services_landing"), tr("Service landing page"), false},
        {QStringLiteral("localgov_services_sublanding"), tr("Service sub-landing page"), false},
        {QStringLiteral("localgov_guides_overview"), tr("Guide overview"), false},
        {QStringLiteral("localgov_guides_page"), tr("Guide page"), false},
        {QStringLiteral("localgov_news_article"), tr("News article"), true},
        {QStringLiteral("localgov_newsroom"), tr("Newsroom"), false},
        {QStringLiteral("localgov_step_by_step_overview"), tr("Step-by-step overview"), false},
        {QStringLiteral("localgov_step_by_step_page"), tr("Step-by-step page"), false},
    };
}

ContentType contentType(const QString &bundle)
{
    for (const ContentType &type : contentTypes()) {
        if (type.bundle == bundle)
            return type;
    }
    return {};
}

bool isKnownBundle(const QString &bundle)
{
    return !contentType(bundle).bundle.isEmpty();
}

QString defaultBundle()
{
    return QStringLiteral("localgov_services_page");
}

} // namespace lga::core
